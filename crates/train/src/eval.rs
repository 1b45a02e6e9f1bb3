//! Scoring the conlleval way: entity-level, exact span and type, micro-averaged.

use std::collections::BTreeMap;

/// True positives, false positives and false negatives of one type.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Predicted and right.
    pub true_positives: usize,
    /// Predicted and wrong.
    pub false_positives: usize,
    /// In the gold data and not predicted.
    pub false_negatives: usize,
}

impl Counts {
    /// Precision, 0 when nothing was predicted.
    ///
    /// ```
    /// let c = newsmark_train::eval::Counts { true_positives: 3, false_positives: 1, false_negatives: 0 };
    /// assert_eq!(c.precision(), 0.75);
    /// ```
    pub fn precision(&self) -> f64 {
        ratio(self.true_positives, self.true_positives + self.false_positives)
    }
    /// Recall, 0 when the gold data has nothing.
    ///
    /// ```
    /// let c = newsmark_train::eval::Counts { true_positives: 1, false_positives: 0, false_negatives: 1 };
    /// assert_eq!(c.recall(), 0.5);
    /// ```
    pub fn recall(&self) -> f64 {
        ratio(self.true_positives, self.true_positives + self.false_negatives)
    }
    /// Harmonic mean of precision and recall.
    ///
    /// ```
    /// let c = newsmark_train::eval::Counts { true_positives: 1, false_positives: 1, false_negatives: 1 };
    /// assert_eq!(c.f1(), 0.5);
    /// ```
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn add(&mut self, other: Counts) {
        self.true_positives += other.true_positives;
        self.false_positives += other.false_positives;
        self.false_negatives += other.false_negatives;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// A labelled span: start, end (exclusive) and label.
pub type Span = (usize, usize, String);

/// Counts per label, accumulated over documents.
///
/// ```
/// use newsmark_train::eval::Scores;
/// let mut scores = Scores::default();
/// scores.add(&[(0, 2, "PER".into())], &[(0, 2, "PER".into()), (3, 4, "LOC".into())]);
/// assert_eq!(scores.overall().true_positives, 1);
/// assert_eq!(scores.overall().false_positives, 1);
/// ```
#[derive(Debug, Clone, Default)]
pub struct Scores {
    /// Counts per label.
    pub per_label: BTreeMap<String, Counts>,
}

impl Scores {
    /// Compares the predicted spans of one document with its gold spans.
    pub fn add(&mut self, gold: &[Span], predicted: &[Span]) {
        for span in predicted {
            let counts = self.per_label.entry(span.2.clone()).or_default();
            if gold.contains(span) {
                counts.true_positives += 1;
            } else {
                counts.false_positives += 1;
            }
        }
        for span in gold.iter().filter(|s| !predicted.contains(s)) {
            self.per_label.entry(span.2.clone()).or_default().false_negatives += 1;
        }
    }

    /// Counts over all labels (micro-average).
    pub fn overall(&self) -> Counts {
        let mut total = Counts::default();
        for c in self.per_label.values() {
            total.add(*c);
        }
        total
    }

    /// A conlleval-like table: precision, recall, F1 and counts per label and overall.
    ///
    /// ```
    /// let mut scores = newsmark_train::eval::Scores::default();
    /// scores.add(&[(0, 1, "ORG".into())], &[(0, 1, "ORG".into())]);
    /// assert!(scores.report().contains("overall"));
    /// ```
    pub fn report(&self) -> String {
        let mut out = format!("{:<10} {:>9} {:>9} {:>9} {:>7} {:>7}\n", "label", "precision", "recall", "F1", "gold", "found");
        let rows = self.per_label.iter().map(|(l, c)| (l.as_str(), *c)).chain(std::iter::once(("overall", self.overall())));
        for (label, c) in rows {
            out += &format!(
                "{:<10} {:>9.4} {:>9.4} {:>9.4} {:>7} {:>7}\n",
                label,
                c.precision(),
                c.recall(),
                c.f1(),
                c.true_positives + c.false_negatives,
                c.true_positives + c.false_positives
            );
        }
        out
    }
}

/// A gold quote: span, kind and the speaker's fullest name.
#[derive(Debug, Clone, PartialEq)]
pub struct GoldQuote {
    /// First code point.
    pub start: usize,
    /// Code point after the last.
    pub end: usize,
    /// `direct` or `indirect`.
    pub kind: String,
    /// The speaker's fullest name, if any.
    pub speaker_name: Option<String>,
}

/// A gold document in the `articles-dev` format (or a newsmark export).
#[derive(Debug, Clone, PartialEq)]
pub struct GoldDocument {
    /// Identifier (`id` field, or the file name).
    pub id: String,
    /// The text.
    pub text: String,
    /// Entity spans in code points.
    pub entities: Vec<Span>,
    /// Quotes.
    pub quotes: Vec<GoldQuote>,
}

/// Reads a gold document from JSON; `fallback_id` names it when it has no `id`.
///
/// ```
/// let json = serde_json::json!({"text": "Hi Bob", "entities": [{"start": 3, "end": 6, "label": "PER"}], "quotes": []});
/// let doc = newsmark_train::eval::gold_from_value(&json, "x").unwrap();
/// assert_eq!(doc.entities, [(3, 6, "PER".to_string())]);
/// ```
pub fn gold_from_value(value: &serde_json::Value, fallback_id: &str) -> Result<GoldDocument, String> {
    let text = value.get("text").and_then(|t| t.as_str()).ok_or("gold document has no \"text\"")?.to_string();
    let num = |v: &serde_json::Value, k: &str| {
        v.get(k).and_then(|n| n.as_u64()).map(|n| n as usize).ok_or(format!("a span has no numeric {k:?}"))
    };
    let list = |k: &str| value.get(k).and_then(|l| l.as_array()).cloned().unwrap_or_default();
    let entities = list("entities")
        .iter()
        .map(|e| Ok((num(e, "start")?, num(e, "end")?, e.get("label").and_then(|l| l.as_str()).unwrap_or("").to_string())))
        .collect::<Result<_, String>>()?;
    let quotes = list("quotes")
        .iter()
        .map(|q| {
            Ok(GoldQuote {
                start: num(q, "start")?,
                end: num(q, "end")?,
                kind: q.get("kind").and_then(|k| k.as_str()).unwrap_or("direct").to_string(),
                speaker_name: q.get("speaker_name").and_then(|s| s.as_str()).map(str::to_string),
            })
        })
        .collect::<Result<_, String>>()?;
    let id = value.get("id").and_then(|i| i.as_str()).unwrap_or(fallback_id).to_string();
    Ok(GoldDocument { id, text, entities, quotes })
}

/// Quote finding scores: counts per kind and speaker agreement on matched quotes.
#[derive(Debug, Clone, Default)]
pub struct QuoteScores {
    /// Counts per kind (`direct`, `indirect`); a quote matches a gold quote of
    /// its kind when they overlap by at least half of the longer one.
    pub per_kind: BTreeMap<String, Counts>,
    /// Matched quotes whose speaker is right (same last word of the name, or both unnamed).
    pub speakers_right: usize,
    /// Matched quotes.
    pub matched: usize,
}

fn last_word(name: &Option<String>) -> Option<String> {
    name.as_ref().and_then(|n| n.split_whitespace().last().map(|w| w.to_lowercase()))
}

impl QuoteScores {
    /// Adds one document: gold quotes and found quotes (as gold-shaped records).
    ///
    /// ```
    /// use newsmark_train::eval::{GoldQuote, QuoteScores};
    /// let q = |s, e, who: &str| GoldQuote { start: s, end: e, kind: "direct".into(), speaker_name: Some(who.into()) };
    /// let mut scores = QuoteScores::default();
    /// scores.add(&[q(0, 10, "James Mattis")], &[q(2, 10, "Mattis")]);
    /// assert_eq!(scores.per_kind["direct"].f1(), 1.0);
    /// assert_eq!(scores.speaker_accuracy(), 1.0);
    /// ```
    pub fn add(&mut self, gold: &[GoldQuote], found: &[GoldQuote]) {
        let mut used = vec![false; gold.len()];
        for f in found {
            let counts = self.per_kind.entry(f.kind.clone()).or_default();
            let hit = gold.iter().enumerate().find(|(i, g)| {
                let overlap = f.end.min(g.end).saturating_sub(f.start.max(g.start));
                let longer = (f.end - f.start).max(g.end - g.start);
                !used[*i] && g.kind == f.kind && overlap * 2 >= longer && overlap > 0
            });
            match hit {
                Some((i, g)) => {
                    used[i] = true;
                    counts.true_positives += 1;
                    self.matched += 1;
                    if last_word(&g.speaker_name) == last_word(&f.speaker_name) {
                        self.speakers_right += 1;
                    }
                }
                None => counts.false_positives += 1,
            }
        }
        for (g, _) in gold.iter().zip(&used).filter(|(_, u)| !**u) {
            self.per_kind.entry(g.kind.clone()).or_default().false_negatives += 1;
        }
    }

    /// Share of matched quotes with the right speaker.
    pub fn speaker_accuracy(&self) -> f64 {
        ratio(self.speakers_right, self.matched)
    }

    /// A table of quote F1 per kind and the speaker accuracy.
    pub fn report(&self) -> String {
        let mut out = format!("{:<10} {:>9} {:>9} {:>9} {:>7} {:>7}\n", "quotes", "precision", "recall", "F1", "gold", "found");
        for (kind, c) in &self.per_kind {
            out += &format!(
                "{:<10} {:>9.4} {:>9.4} {:>9.4} {:>7} {:>7}\n",
                kind,
                c.precision(),
                c.recall(),
                c.f1(),
                c.true_positives + c.false_negatives,
                c.true_positives + c.false_positives
            );
        }
        out += &format!("speaker right for {}/{} matched quotes ({:.4})\n", self.speakers_right, self.matched, self.speaker_accuracy());
        out
    }
}

/// The entity spans of an annotated document, for scoring.
///
/// ```
/// assert!(newsmark_train::eval::spans_of(&Default::default()).is_empty());
/// ```
pub fn spans_of(doc: &newsmark_engine::document::Document) -> Vec<Span> {
    doc.entities.iter().map(|e| (e.start, e.end, e.label.clone())).collect()
}

/// Scores CoNLL articles through the raw-text path: detokenised text, then
/// newsmark's own tokenizer and sentence splitter, spans compared in code points.
///
/// ```
/// use newsmark_engine::Annotator;
/// use newsmark_train::{conll::parse, eval::evaluate_raw};
/// let docs = parse("Angela NNP x I-PER\nMerkel NNP x I-PER\nvisited VBD x O\nParis NNP x I-LOC\n. . x O\n");
/// let scores = evaluate_raw(&Annotator::shipped().unwrap(), &docs);
/// assert_eq!(scores.overall().f1(), 1.0);
/// ```
pub fn evaluate_raw(annotator: &newsmark_engine::Annotator, docs: &[crate::conll::ConllDocument]) -> Scores {
    let mut scores = Scores::default();
    for doc in docs {
        let (text, gold) = crate::conll::detokenise(doc);
        let predicted = annotator.annotate(&text).map(|d| spans_of(&d)).unwrap_or_default();
        scores.add(&gold, &predicted);
    }
    scores
}
