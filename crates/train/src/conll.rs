//! Reading CoNLL-2003 files (`token POS chunk NER`, IOB1 tags).

/// One sentence: tokens and their IOB1 entity tags.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ConllSentence {
    /// The tokens.
    pub words: Vec<String>,
    /// One tag per token, as in the file (`I-PER`, `B-LOC`, `O`).
    pub tags: Vec<String>,
}

/// An article: the sentences between two `-DOCSTART-` lines.
pub type ConllDocument = Vec<ConllSentence>;

/// Parses a CoNLL file into articles.
///
/// ```
/// let docs = newsmark_train::conll::parse("-DOCSTART- -X- -X- O\n\nEU NNP I-NP I-ORG\nrejects VBZ I-VP O\n\n");
/// assert_eq!(docs.len(), 1);
/// assert_eq!(docs[0][0].tags, ["I-ORG", "O"]);
/// ```
pub fn parse(text: &str) -> Vec<ConllDocument> {
    let mut docs: Vec<ConllDocument> = Vec::new();
    let mut sentence = ConllSentence::default();
    let flush = |sentence: &mut ConllSentence, docs: &mut Vec<ConllDocument>| {
        if !sentence.words.is_empty() {
            if docs.is_empty() {
                docs.push(Vec::new());
            }
            docs.last_mut().expect("pushed above").push(std::mem::take(sentence));
        }
    };
    for line in text.lines() {
        let cols: Vec<&str> = line.split_whitespace().collect();
        if cols.is_empty() {
            flush(&mut sentence, &mut docs);
        } else if cols[0] == "-DOCSTART-" {
            flush(&mut sentence, &mut docs);
            docs.push(Vec::new());
        } else {
            sentence.words.push(cols[0].to_string());
            sentence.tags.push(cols.last().copied().unwrap_or("O").to_string());
        }
    }
    flush(&mut sentence, &mut docs);
    docs.retain(|d| !d.is_empty());
    docs
}

/// Entity spans (token start, token end, type) of IOB1 or IOB2 tags.
///
/// ```
/// let tags: Vec<String> = ["I-PER", "I-PER", "B-PER", "O", "I-LOC"].iter().map(|s| s.to_string()).collect();
/// assert_eq!(newsmark_train::conll::spans(&tags), [(0, 2, "PER".to_string()), (2, 3, "PER".into()), (4, 5, "LOC".into())]);
/// ```
pub fn spans(tags: &[String]) -> Vec<(usize, usize, String)> {
    let mut out: Vec<(usize, usize, String)> = Vec::new();
    let mut prev_type = "";
    for (i, tag) in tags.iter().enumerate() {
        let (prefix, entity_type) = tag.split_once('-').unwrap_or(("O", ""));
        if prefix == "O" || entity_type.is_empty() {
            prev_type = "";
            continue;
        }
        if prefix == "B" || entity_type != prev_type {
            out.push((i, i + 1, entity_type.to_string()));
        } else if let Some(last) = out.last_mut() {
            last.1 = i + 1;
        }
        prev_type = entity_type;
    }
    out
}

/// Joins an article's tokens into running text (no space before closing
/// punctuation and clitics), a line per sentence, with its gold entity spans
/// in code points.
///
/// ```
/// let docs = newsmark_train::conll::parse("Moscow NNP x I-LOC\n's POS x O\nhopes NNS x O\n. . x O\n");
/// let (text, gold) = newsmark_train::conll::detokenise(&docs[0]);
/// assert_eq!(text, "Moscow's hopes.\n");
/// assert_eq!(gold, [(0, 6, "LOC".to_string())]);
/// ```
pub fn detokenise(doc: &ConllDocument) -> (String, Vec<(usize, usize, String)>) {
    let mut text = String::new();
    let mut gold = Vec::new();
    let mut len = 0;
    for sentence in doc {
        let mut starts = Vec::new();
        let mut ends = Vec::new();
        let mut open_quote = false;
        for (i, word) in sentence.words.iter().enumerate() {
            let attach = i > 0
                && (matches!(
                    word.as_str(),
                    "." | "," | ":" | ";" | "?" | "!" | ")" | "'s" | "n't" | "'re" | "'ve" | "'ll" | "'m" | "'d" | "%"
                ) || (word == "\"" && open_quote)
                    || matches!(sentence.words[i - 1].as_str(), "(" | "$")
                    || (sentence.words[i - 1] == "\"" && open_quote));
            if word == "\"" {
                open_quote = !open_quote;
            }
            if i > 0 && !attach {
                text.push(' ');
                len += 1;
            }
            starts.push(len);
            text.push_str(word);
            len += word.chars().count();
            ends.push(len);
        }
        for (s, e, label) in spans(&sentence.tags) {
            gold.push((starts[s], ends[e - 1], label));
        }
        text.push('\n');
        len += 1;
    }
    (text, gold)
}
