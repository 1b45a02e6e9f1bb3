//! What makes a label set usable.

/// Keys the editor uses itself, which no label can have.
const RESERVED_KEYS: &[&str] = &["a", "n", "u", "q", "r", "?"];

/// Why a label set cannot be used (a name missing or used twice, a hotkey on two labels), if it cannot.
pub fn check_labels(labels: &[newsmark_engine::document::Label]) -> Result<(), String> {
    for (i, label) in labels.iter().enumerate() {
        if label.name.trim().is_empty() {
            return Err("A label needs a name.".into());
        }
        let earlier = &labels[..i];
        if earlier.iter().any(|l| l.name == label.name) {
            return Err(format!("There is already a label {}.", label.name));
        }
        if let Some(key) = label.hotkey.as_deref().filter(|k| RESERVED_KEYS.contains(k)) {
            return Err(format!("The key {key} is one of the editor's own (a, n, u, q, r, ?); choose another key for {}.", label.name));
        }
        if let Some(other) = label.hotkey.as_ref().and_then(|key| earlier.iter().find(|l| l.hotkey.as_ref() == Some(key))) {
            return Err(format!(
                "The key {} already gives {}; choose another key for {}.",
                label.hotkey.as_deref().unwrap_or(""),
                other.name,
                label.name
            ));
        }
    }
    Ok(())
}
