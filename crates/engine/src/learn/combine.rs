//! Learning put together: undoing or redoing one correction's part of it,
//! and joining what two places (two browser tabs) learned.

use super::{LayerRow, Learned, MAX_EXAMPLES};
use std::collections::{BTreeMap, BTreeSet};

impl Learned {
    /// This learning with the change from `from` to `to` made to it: what
    /// `to` added (examples, decisions, ambiguous strings, user-layer weights)
    /// added, what it took away taken away. Undoing a correction is
    /// `now.with_change(&after, &before)`, redoing it
    /// `now.with_change(&before, &after)`; learning done since (in another
    /// article) is kept.
    ///
    /// ```
    /// use newsmark_engine::learn::Learned;
    /// let before = Learned::default();
    /// let mut after = before.clone();
    /// after.decisions.insert("Reuters".into(), None);
    /// let mut now = after.clone();
    /// now.decisions.insert("Daesh".into(), Some("ORG".into()));
    /// let undone = now.with_change(&after, &before);
    /// assert!(!undone.decisions.contains_key("Reuters") && undone.decisions.contains_key("Daesh"));
    /// assert_eq!(undone.with_change(&before, &after), now);
    /// ```
    pub fn with_change(&self, from: &Learned, to: &Learned) -> Learned {
        let mut next = self.clone();
        next.examples.retain(|e| !from.examples.contains(e) || to.examples.contains(e));
        next.examples.extend(to.examples.iter().filter(|e| !from.examples.contains(e)).cloned());
        let keys: BTreeSet<&String> = from.decisions.keys().chain(to.decisions.keys()).collect();
        for key in keys {
            match (from.decisions.get(key), to.decisions.get(key)) {
                (a, b) if a == b => {}
                (_, Some(decision)) => {
                    next.decisions.insert(key.clone(), decision.clone());
                }
                (_, None) => {
                    next.decisions.remove(key);
                }
            }
        }
        next.ambiguous.retain(|s| !from.ambiguous.contains(s) || to.ambiguous.contains(s));
        next.ambiguous.extend(to.ambiguous.difference(&from.ambiguous).cloned());
        next.layer = layer_with_change(&self.layer, &from.layer, &to.layer);
        next
    }

    /// What two places (two browser tabs) learned, together: every example of
    /// either (ours first), every decision, and a string decided differently
    /// by the two is ambiguous. The user layer is left empty, so that loading
    /// the result replays the examples into it.
    ///
    /// ```
    /// use newsmark_engine::learn::Learned;
    /// let mut ours = Learned::default();
    /// ours.decisions.insert("Daesh".into(), Some("ORG".into()));
    /// ours.decisions.insert("Bonn".into(), Some("LOC".into()));
    /// let mut theirs = Learned::default();
    /// theirs.decisions.insert("Photo".into(), None);
    /// theirs.decisions.insert("Bonn".into(), Some("ORG".into()));
    /// let both = ours.merged_with(&theirs);
    /// assert_eq!(both.decisions.len(), 2);
    /// assert!(both.ambiguous.contains("Bonn"));
    /// ```
    pub fn merged_with(&self, other: &Learned) -> Learned {
        let mut merged = Learned { layer: Vec::new(), ..self.clone() };
        for example in &other.examples {
            if !merged.examples.contains(example) {
                merged.examples.push(example.clone());
            }
        }
        let extra = merged.examples.len().saturating_sub(MAX_EXAMPLES);
        merged.examples.drain(..extra);
        merged.ambiguous.extend(other.ambiguous.iter().cloned());
        for (string, decision) in &other.decisions {
            match merged.decisions.get(string) {
                Some(ours) if ours != decision => {
                    merged.decisions.remove(string);
                    merged.ambiguous.insert(string.clone());
                }
                _ if merged.ambiguous.contains(string) => {}
                _ => {
                    merged.decisions.insert(string.clone(), decision.clone());
                }
            }
        }
        merged
    }
}

/// `layer` plus (`to` − `from`), weight by weight; a zero weight is dropped.
fn layer_with_change(layer: &[LayerRow], from: &[LayerRow], to: &[LayerRow]) -> Vec<LayerRow> {
    let mut weights: BTreeMap<(u32, u8), f32> = BTreeMap::new();
    let mut add = |rows: &[LayerRow], sign: f32| {
        for (feature, row) in rows {
            for &(tag, weight) in row {
                *weights.entry((*feature, tag)).or_default() += sign * weight;
            }
        }
    };
    add(layer, 1.0);
    add(to, 1.0);
    add(from, -1.0);
    let mut out: Vec<LayerRow> = Vec::new();
    for ((feature, tag), weight) in weights {
        if weight.abs() < 1e-6 {
            continue;
        }
        match out.last_mut() {
            Some((last, row)) if *last == feature => row.push((tag, weight)),
            _ => out.push((feature, vec![(tag, weight)])),
        }
    }
    out
}
