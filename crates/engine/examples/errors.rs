use newsmark_engine::{conll, tagger::Model};
use std::collections::HashMap;
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let text = std::fs::read_to_string(&args[1]).unwrap();
    let model = match args.get(2) { Some(p) => Model::from_bytes(&std::fs::read(p).unwrap()).unwrap(), None => Model::shipped().unwrap() };
    let docs = conll::parse(&text);
    let mut kinds: HashMap<String, usize> = HashMap::new();
    for doc in &docs {
        let words: Vec<&str> = doc.iter().flat_map(|s| s.words.iter().map(String::as_str)).collect();
        let mut ranges = Vec::new();
        let mut gold = Vec::new();
        for s in doc {
            let start = ranges.last().map_or(0, |r: &std::ops::Range<usize>| r.end);
            gold.extend(conll::spans(&s.tags).into_iter().map(|(a, b, l)| (start + a, start + b, l)));
            ranges.push(start..start + s.words.len());
        }
        let pred: Vec<(usize, usize, String)> = model.tag(&words, &ranges).into_iter().map(|s| (s.start, s.end, s.label.to_string())).collect();
        for g in &gold {
            if !pred.contains(g) {
                let same_span = pred.iter().find(|p| p.0 == g.0 && p.1 == g.1);
                let overlap = pred.iter().find(|p| p.0 < g.1 && g.0 < p.1);
                let kind = match (same_span, overlap) { (Some(p), _) => format!("type {}->{}", g.2, p.2), (None, Some(_)) => format!("boundary {}", g.2), _ => format!("missed {}", g.2) };
                *kinds.entry(kind.clone()).or_default() += 1;
                let ctx = words[g.0.saturating_sub(3)..(g.1 + 3).min(words.len())].join(" ");
                println!("{kind}\t{}\t{:?}\t{ctx}", words[g.0..g.1].join(" "), overlap.map(|p| (words[p.0..p.1].join(" "), &p.2)));
            }
        }
        for p in &pred {
            if !gold.iter().any(|g| g.0 < p.1 && p.0 < g.1) {
                let kind = format!("spurious {}", p.2);
                *kinds.entry(kind.clone()).or_default() += 1;
                let ctx = words[p.0.saturating_sub(3)..(p.1 + 3).min(words.len())].join(" ");
                println!("{kind}\t{}\t\t{ctx}", words[p.0..p.1].join(" "));
            }
        }
    }
    let mut k: Vec<_> = kinds.into_iter().collect();
    k.sort_by_key(|x| std::cmp::Reverse(x.1));
    for (kind, n) in k { eprintln!("{n:5} {kind}"); }
}
