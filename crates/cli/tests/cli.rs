//! The `newsmark` binary, run as a user would.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn newsmark(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_newsmark"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

fn seed_path() -> String {
    concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data/seed-article.txt").to_string()
}

fn temp_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("newsmark-cli-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn annotate_file_writes_the_export() {
    let out = newsmark(&["annotate", &seed_path()], b"");
    assert!(out.status.success());
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let names: Vec<&str> = doc["entities"].as_array().unwrap().iter().map(|e| e["text"].as_str().unwrap()).collect();
    for name in ["James Mattis", "Jens Stoltenberg", "NATO", "Brussels"] {
        assert!(names.contains(&name), "{name} in {names:?}");
    }
}

#[test]
fn stdin_and_file_give_the_same_bytes() {
    let text = std::fs::read(seed_path()).unwrap();
    let from_stdin = newsmark(&["annotate", "-"], &text);
    let from_file = newsmark(&["annotate", &seed_path()], b"");
    assert_eq!(from_stdin.stdout, from_file.stdout);
}

#[test]
fn bad_files_are_named_and_the_others_still_written() {
    let dir = temp_dir("bad");
    let good = dir.join("good.txt");
    let binary = dir.join("binary.txt");
    let empty = dir.join("empty.txt");
    std::fs::write(&good, "Angela Merkel visited Paris.").unwrap();
    std::fs::write(&binary, [0xff, 0xfe, 0x00, 0x41]).unwrap();
    std::fs::write(&empty, "  \n").unwrap();
    let out_dir = dir.join("out");
    let out = newsmark(
        &["annotate", binary.to_str().unwrap(), empty.to_str().unwrap(), good.to_str().unwrap(), "--out", out_dir.to_str().unwrap()],
        b"",
    );
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("binary.txt: not UTF-8"), "{stderr}");
    assert!(stderr.contains("empty.txt: the text is empty"), "{stderr}");
    let written = std::fs::read_to_string(out_dir.join("good.newsmark.json")).unwrap();
    assert!(written.contains("\"Angela Merkel\""));
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn jsonl_keeps_ids_and_order_and_reports_bad_lines() {
    let mut input = String::new();
    for i in 0..40 {
        input += &format!("{{\"id\": \"doc{i}\", \"source\": \"wire\", \"entities\": [], \"text\": \"Rex Tillerson met Sergei Lavrov in Bonn ({i}).\"}}\n");
    }
    input += "{broken\n{\"id\": \"no-text\"}\n";
    let out = newsmark(&["annotate", "--jsonl", "-"], input.as_bytes());
    assert!(!out.status.success());
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 40);
    for (i, line) in lines.iter().enumerate() {
        assert_eq!(line["id"], format!("doc{i}"));
        assert_eq!(line["source"], "wire");
        assert_eq!(line["format"], "newsmark");
        let keys: Vec<&str> = line.as_object().unwrap().keys().map(String::as_str).collect();
        assert_eq!(keys[..3], ["id", "source", "format"], "the record's own fields first, then the export's in order");
        assert!(line["entities"].as_array().unwrap().iter().any(|e| e["text"] == "Rex Tillerson"));
    }
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("line 41: not valid JSON"), "{stderr}");
    assert!(stderr.contains("line 42: no \"text\" string"), "{stderr}");
}

#[test]
fn eval_prints_scores() {
    let gold = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data/articles-dev");
    let out = newsmark(&["eval", gold], b"");
    assert!(out.status.success());
    let report = String::from_utf8(out.stdout).unwrap();
    assert!(report.contains("overall") && report.contains("direct") && report.contains("speaker right"), "{report}");
}

#[test]
fn usage_errors_exit_2_and_failed_inputs_1() {
    for args in [
        &["frobnicate"][..],
        &["annotate"],
        &["annotate", "a.txt", "b.txt"],
        &["convert", "x.json", "--to", "nope"],
        &["train", "--code-bytes", "3"],
        &["--bogus"],
    ] {
        let out = newsmark(args, b"");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("try '--help'"), "{args:?}");
    }
    let missing = newsmark(&["annotate", "/no/such/article.txt"], b"");
    assert_eq!(missing.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("/no/such/article.txt"));
}

#[test]
fn help_and_version_are_conventional() {
    let help = newsmark(&["--help"], b"");
    assert!(help.status.success());
    let text = String::from_utf8(help.stdout).unwrap();
    for command in ["annotate", "convert", "train", "eval", "simulate", "Exit codes"] {
        assert!(text.contains(command), "{command} in {text}");
    }
    for command in ["annotate", "convert", "train", "eval", "simulate"] {
        let help = newsmark(&[command, "--help"], b"");
        assert!(help.status.success(), "{command}");
        assert!(String::from_utf8(help.stdout).unwrap().contains(&format!("Usage: newsmark {command}")), "{command}");
    }
    let convert = String::from_utf8(newsmark(&["convert", "--help"], b"").stdout).unwrap();
    assert!(convert.contains("label-studio") && convert.contains("--to <FORMAT>"), "{convert}");
    let version = newsmark(&["--version"], b"");
    assert_eq!(String::from_utf8(version.stdout).unwrap().trim(), format!("newsmark {}", env!("CARGO_PKG_VERSION")));
}

#[test]
fn convert_between_formats_and_refuse_bad_spans() {
    let dir = temp_dir("convert");
    let ann = dir.join("seed.ann");
    let out = newsmark(&["convert", &seed_path(), "--to", "brat", "--out", ann.to_str().unwrap()], b"");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(std::fs::read_to_string(&ann).unwrap().contains("PER"));
    let spacy = newsmark(&["convert", ann.to_str().unwrap(), "--to", "spacy"], b"");
    assert!(spacy.status.success());
    let line: serde_json::Value = serde_json::from_slice(&spacy.stdout).unwrap();
    assert!(line["spans"].as_array().unwrap().iter().any(|s| s["label"] == "PER"));
    let bad = dir.join("bad.jsonl");
    std::fs::write(&bad, "{\"text\": \"Hi\", \"label\": [[0, 9, \"PER\"]]}\n").unwrap();
    let refused = newsmark(&["convert", bad.to_str().unwrap(), "--to", "newsmark-jsonl"], b"");
    assert_eq!(refused.status.code(), Some(1));
    assert!(refused.stdout.is_empty());
    let message = String::from_utf8_lossy(&refused.stderr);
    assert!(message.contains("bad.jsonl: line 1") && message.contains("nothing was converted"), "{message}");
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn a_reader_that_stops_early_is_not_an_error() {
    use std::io::Read;
    let article = std::fs::read_to_string(seed_path()).unwrap();
    let big = article.repeat(1 + 1_000_000 / article.len());
    let dir = temp_dir("pipe");
    let input = dir.join("big.txt");
    std::fs::write(&input, big).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_newsmark"))
        .args(["annotate", input.to_str().unwrap()])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let mut first = [0u8; 100];
    child.stdout.take().unwrap().read_exact(&mut first).unwrap();
    // The pipe is closed here, as `| head -c100` does.
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn sources_add_up_documents_and_name_what_they_leave_out() {
    let dir = temp_dir("sources");
    let annotated = |text: &str| String::from_utf8(newsmark(&["annotate", "-"], text.as_bytes()).stdout).unwrap();
    std::fs::write(
        dir.join("a.json"),
        annotated("\"We are ready,\" said Margaret Kowalski. \"Prices will rise,\" a senior official said."),
    )
    .unwrap();
    let lines = ["\"Not yet,\" Kowalski said, adding that she would wait.", "\"Later,\" said Gregory Nowak."]
        .map(|t| annotated(t).replace('\n', ""))
        .join("\n");
    std::fs::write(dir.join("b.jsonl"), lines).unwrap();
    std::fs::write(dir.join("broken.json"), "{\"format\": \"newsmark\"").unwrap();
    std::fs::write(dir.join("notes.txt"), "not read: directories give their .json and .jsonl files").unwrap();

    let out = newsmark(&["sources", dir.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(1), "the broken file makes the run fail");
    assert!(String::from_utf8_lossy(&out.stderr).contains("broken.json"));
    let csv = String::from_utf8(out.stdout).unwrap();
    let rows: Vec<&str> = csv.split_terminator("\r\n").collect();
    assert_eq!(
        rows,
        [
            "name,kind,gender,gender_basis,quotes,documents",
            // Her quote, and the report after `adding that` in the second document.
            "Margaret Kowalski,person,female,pronoun,3,2",
            "Gregory Nowak,person,male,first-name,1,1",
            "a senior official,unnamed,unknown,none,1,1",
        ]
    );

    let out =
        newsmark(&["sources", "--format", "json", &dir.join("a.json").to_string_lossy(), &dir.join("b.jsonl").to_string_lossy()], b"");
    assert!(out.status.success());
    let tally: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(tally["sources"][0]["appearances"][1]["document"], format!("{}:1", dir.join("b.jsonl").display()));
    assert_eq!(tally["totals"]["by_gender"][0], serde_json::json!({"group": "female", "sources": 1, "quotes": 3}));
    assert_eq!(tally["totals"]["documents"], 3);
}

#[test]
fn simulate_replays_the_articles_in_the_order_asked() {
    let dir = temp_dir("simulate");
    let gold = dir.join("stream.conll");
    let mut text = String::new();
    for name in ["Paris", "Berlin", "Rome", "Madrid"] {
        text += &format!("-DOCSTART- -X- O O\n\n{name} NNP I-NP I-LOC\nwaits VBZ I-VP O\n. . O O\n\n");
    }
    std::fs::write(&gold, text).unwrap();
    let order = |extra: &[&str]| -> Vec<String> {
        let mut args = vec!["simulate", gold.to_str().unwrap(), "--learn"];
        args.extend_from_slice(extra);
        let out = newsmark(&args, b"");
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let report = String::from_utf8(out.stdout).unwrap();
        report.lines().skip(1).take(4).map(|l| l.split('\t').next().unwrap().to_string()).collect()
    };
    assert_eq!(order(&[]), ["article 1", "article 2", "article 3", "article 4"]);
    assert_eq!(order(&["--reverse"]), ["article 4", "article 3", "article 2", "article 1"]);
    let shuffled = order(&["--shuffle", "3"]);
    assert_eq!(shuffled, order(&["--shuffle", "3"]));
    assert_ne!(shuffled, order(&[]));
}

#[test]
fn data_that_is_not_an_article_is_refused_not_annotated_as_prose() {
    let dir = temp_dir("not-articles");
    let write = |name: &str, content: &str| {
        let path = dir.join(name);
        std::fs::write(&path, content).unwrap();
        path.to_str().unwrap().to_string()
    };
    let conll = write("tokens.txt", "-DOCSTART- -X- O O\n\nEU NNP I-NP I-ORG\nrejects VBZ I-VP O\nGerman JJ I-NP I-MISC\n");
    let array = write("data.json", "[{\"a\": 1}]");
    let texts = write("texts.jsonl", "{\"id\": 1, \"text\": \"Angela Merkel met Emmanuel Macron in Paris.\"}\n");
    let marked = write("marked.jsonl", &String::from_utf8(newsmark(&["annotate", "--jsonl", &texts], b"").stdout).unwrap());
    let cut_short = write("cut.json", "{\"format\": \"newsmark\", \"version\": 1, \"text\": \"Paris\",\n \"entities\": [");
    let refused = |args: &[&str], expected: &str| {
        let out = newsmark(args, b"");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {stderr}");
        assert!(out.stdout.is_empty(), "{args:?} wrote {}", String::from_utf8_lossy(&out.stdout));
        assert!(stderr.contains(expected), "{args:?}: {stderr}");
    };
    for command in ["annotate", "convert"] {
        let to = if command == "convert" { &["--to", "spacy"][..] } else { &[] };
        for (file, expected) in [
            (&conll, "it is CoNLL data, not an article"),
            (&array, "it is JSON data, not an article"),
            (&texts, "it holds texts without marks (JSON lines with a \"text\"), not one article; nothing was"),
            (&cut_short, "it is not valid JSON: it breaks off at line 2, column 14 (was the file cut short?)"),
        ] {
            refused(&[&[command, file.as_str()][..], to].concat(), expected);
        }
    }
    refused(&["annotate", &marked], "it is a newsmark file, not an article: `newsmark convert` reads it");
    // What annotate --jsonl wrote converts.
    assert!(newsmark(&["convert", &marked, "--to", "spacy"], b"").status.success());
    // Gold that is not gold: an article, an empty folder.
    let empty = dir.join("empty");
    std::fs::create_dir_all(&empty).unwrap();
    for command in ["eval", "simulate"] {
        refused(&[command, &seed_path()], "not gold: a CoNLL file");
        refused(&[command, empty.to_str().unwrap()], "no gold articles in it");
    }
}

#[test]
fn convert_and_sources_read_standard_input_as_annotate_does() {
    let annotated = newsmark(&["annotate", &seed_path()], b"").stdout;
    let converted = newsmark(&["convert", "-", "--to", "conll"], &annotated);
    assert!(converted.status.success(), "{}", String::from_utf8_lossy(&converted.stderr));
    assert!(String::from_utf8_lossy(&converted.stdout).starts_with("US\tB-LOC\n"));
    let sources = newsmark(&["sources", "-"], &annotated);
    assert!(sources.status.success(), "{}", String::from_utf8_lossy(&sources.stderr));
    assert!(String::from_utf8_lossy(&sources.stdout).contains("\nJames Mattis,person,"));
    // Messages name standard input; brat cannot find its .txt beside it.
    let refused = newsmark(&["convert", "-", "--to", "spacy"], b"EU\tB-ORG\nrejects\tO\n");
    assert!(String::from_utf8_lossy(&refused.stderr).contains("stdin: it is CoNLL data"));
    assert_eq!(newsmark(&["convert", "-", "--from", "brat", "--to", "spacy"], b"T1\tPER 0 3\tBob\n").status.code(), Some(2));
}

#[test]
fn files_of_the_same_name_are_each_written_none_overwritten() {
    let dir = temp_dir("same-names");
    let (first, second, out) = (dir.join("a"), dir.join("b"), dir.join("out"));
    for (folder, text) in [(&first, "Angela Merkel met Emmanuel Macron."), (&second, "Boris Johnson met Joe Biden.")] {
        std::fs::create_dir_all(folder).unwrap();
        std::fs::write(folder.join("article.txt"), text).unwrap();
    }
    let (a, b) = (first.join("article.txt"), second.join("article.txt"));
    let run = newsmark(&["annotate", a.to_str().unwrap(), b.to_str().unwrap(), "--out", out.to_str().unwrap()], b"");
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let text_of = |name: &str| {
        let doc: serde_json::Value = serde_json::from_slice(&std::fs::read(out.join(name)).unwrap()).unwrap();
        doc["text"].as_str().unwrap().to_string()
    };
    assert_eq!(text_of("article.newsmark.json"), "Angela Merkel met Emmanuel Macron.");
    assert_eq!(text_of("article-2.newsmark.json"), "Boris Johnson met Joe Biden.");
    assert!(String::from_utf8_lossy(&run.stderr).contains("article-2.newsmark.json"));
}

#[test]
fn a_file_wrapped_by_hand_is_joined_when_asked_and_hinted_at_when_not() {
    let wrapped = b"The talks in Geneva were led by the United Nations envoy Staffan de\nMistura, who said on Monday that the Syrian government and the\nopposition had agreed to meet again after the meeting with Walid\nMoualem.";
    let persons = |out: &Output| -> Vec<String> {
        let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        doc["entities"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| e["label"] == "PER")
            .map(|e| e["text"].as_str().unwrap().to_string())
            .collect()
    };
    let joined = newsmark(&["annotate", "--join-lines", "-"], wrapped);
    assert!(joined.status.success());
    assert_eq!(persons(&joined), ["Staffan de Mistura", "Walid Moualem"]);
    assert!(String::from_utf8_lossy(&joined.stderr).contains("joined 3 line break(s)"));
    let kept = newsmark(&["annotate", "-"], wrapped);
    assert!(kept.status.success());
    assert!(persons(&kept).iter().all(|p| !p.contains('\n')));
    assert!(String::from_utf8_lossy(&kept.stderr).contains("--join-lines"));
    // Text not wrapped: no hint, the same export either way.
    let plain = newsmark(&["annotate", &seed_path()], b"");
    assert!(plain.stderr.is_empty());
    assert_eq!(newsmark(&["annotate", "--join-lines", &seed_path()], b"").stdout, plain.stdout);
}
