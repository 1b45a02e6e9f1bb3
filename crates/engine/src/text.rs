//! Offsets: newsmark stores Unicode code points, end exclusive (as Python,
//! spaCy and Prodigy do). [`OffsetMap`] converts them to UTF-8 bytes (Rust
//! strings) and UTF-16 units (the DOM, JavaScript, doccano).

/// Conversions between code-point offsets and byte or UTF-16 offsets of one text.
///
/// ```
/// use newsmark_engine::text::OffsetMap;
/// let map = OffsetMap::new("né 😀!");
/// assert_eq!(map.len_chars(), 5);
/// assert_eq!(map.byte(4), 8);
/// assert_eq!(map.utf16(4), 5);
/// assert_eq!(map.char_from_utf16(5), Some(4));
/// ```
#[derive(Debug, Clone)]
pub struct OffsetMap {
    /// `bytes[i]` is the byte offset of code point `i`; one extra entry for the end.
    bytes: Vec<u32>,
    /// `utf16[i]` is the UTF-16 offset of code point `i`; one extra entry for the end.
    utf16: Vec<u32>,
}

impl OffsetMap {
    /// Builds the map for `text`.
    ///
    /// ```
    /// let map = newsmark_engine::text::OffsetMap::new("abc");
    /// assert_eq!(map.len_chars(), 3);
    /// ```
    pub fn new(text: &str) -> Self {
        let mut bytes = Vec::with_capacity(text.len() + 1);
        let mut utf16 = Vec::with_capacity(text.len() + 1);
        let mut units = 0u32;
        for (byte, ch) in text.char_indices() {
            bytes.push(byte as u32);
            utf16.push(units);
            units += ch.len_utf16() as u32;
        }
        bytes.push(text.len() as u32);
        utf16.push(units);
        OffsetMap { bytes, utf16 }
    }

    /// Number of code points in the text.
    ///
    /// ```
    /// assert_eq!(newsmark_engine::text::OffsetMap::new("日本").len_chars(), 2);
    /// ```
    pub fn len_chars(&self) -> usize {
        self.bytes.len() - 1
    }

    /// Byte offset of code point `char_offset` (clamped to the end).
    ///
    /// ```
    /// assert_eq!(newsmark_engine::text::OffsetMap::new("日本").byte(1), 3);
    /// ```
    pub fn byte(&self, char_offset: usize) -> usize {
        self.bytes[char_offset.min(self.len_chars())] as usize
    }

    /// UTF-16 offset of code point `char_offset` (clamped to the end).
    ///
    /// ```
    /// assert_eq!(newsmark_engine::text::OffsetMap::new("😀a").utf16(1), 2);
    /// ```
    pub fn utf16(&self, char_offset: usize) -> usize {
        self.utf16[char_offset.min(self.len_chars())] as usize
    }

    /// Code point at byte offset `byte`, if `byte` is on a character boundary.
    ///
    /// ```
    /// let map = newsmark_engine::text::OffsetMap::new("é!");
    /// assert_eq!(map.char_from_byte(2), Some(1));
    /// assert_eq!(map.char_from_byte(1), None);
    /// ```
    pub fn char_from_byte(&self, byte: usize) -> Option<usize> {
        self.bytes.binary_search(&(byte as u32)).ok()
    }

    /// Code point at UTF-16 offset `unit`, if `unit` does not split a surrogate pair.
    ///
    /// ```
    /// let map = newsmark_engine::text::OffsetMap::new("😀!");
    /// assert_eq!(map.char_from_utf16(2), Some(1));
    /// assert_eq!(map.char_from_utf16(1), None);
    /// ```
    pub fn char_from_utf16(&self, unit: usize) -> Option<usize> {
        self.utf16.binary_search(&(unit as u32)).ok()
    }

    /// The substring between code points `start` and `end` (end exclusive).
    ///
    /// ```
    /// let text = "ça va";
    /// let map = newsmark_engine::text::OffsetMap::new(text);
    /// assert_eq!(map.slice(text, 0, 2), "ça");
    /// ```
    pub fn slice<'a>(&self, text: &'a str, start: usize, end: usize) -> &'a str {
        &text[self.byte(start)..self.byte(end.max(start))]
    }
}

/// The substring between code points `start` and `end` (end exclusive),
/// found in one pass up to `end` without an [`OffsetMap`] (for one span of a
/// long article); `None` if the span is empty, reversed or past the end.
///
/// ```
/// use newsmark_engine::text::char_slice;
/// assert_eq!(char_slice("ça va", 0, 2), Some("ça"));
/// assert_eq!(char_slice("😀 NATO", 2, 6), Some("NATO"));
/// assert_eq!(char_slice("abc", 2, 4), None);
/// assert_eq!(char_slice("abc", 2, 2), None);
/// ```
pub fn char_slice(text: &str, start: usize, end: usize) -> Option<&str> {
    if start >= end {
        return None;
    }
    let mut bytes = text.char_indices().map(|(b, _)| b).chain(std::iter::once(text.len()));
    let from = bytes.nth(start)?;
    let to = bytes.nth(end - start - 1)?;
    Some(&text[from..to])
}

/// The part of `start..end` (code points) that a mark may take: without
/// white space at either end, and cut at the first line break after its
/// first character, as no name runs from one line into the next (the tagger
/// never crosses a line break either). `None` if nothing is left.
///
/// ```
/// use newsmark_engine::text::within_line;
/// let text = "met Russia\n\nJames Mattis.";
/// assert_eq!(within_line(text, 3, 16), Some((4, 10))); // " Russia\n\nJam"
/// assert_eq!(within_line(text, 10, 18), Some((12, 17))); // "\n\nJames "
/// assert_eq!(within_line("a\r\nb", 0, 4), Some((0, 1)));
/// assert_eq!(within_line(text, 10, 12), None);
/// assert_eq!(within_line("😀 習近平\nx", 1, 7), Some((2, 5)));
/// assert_eq!(within_line(" Cafe\u{301} ", 0, 7), Some((1, 6)));
/// assert_eq!(within_line("Scholz.\u{200b} Done", 0, 9), Some((0, 7)));
/// ```
pub fn within_line(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let span = char_slice(text, start, end)?;
    let leading = span.chars().take_while(|&c| is_space(c)).count();
    let line = span.trim_start_matches(is_space).split(['\n', '\r']).next().unwrap_or_default().trim_end_matches(is_space);
    let first = start + leading;
    (!line.is_empty()).then(|| (first, first + char_len(line)))
}

/// Whether `c` separates words: white space, and the invisible zero-width
/// space and byte-order mark that text copied from web pages or joined files
/// carries (`said Olaf Scholz.\u{200B} Done`: `Scholz` is a word of its own).
///
/// ```
/// use newsmark_engine::text::is_space;
/// assert!(is_space(' ') && is_space('\u{a0}') && is_space('\u{200b}') && is_space('\u{feff}'));
/// assert!(!is_space('\u{200d}')); // the joiner inside 👩‍👩‍👧 is no space
/// ```
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}' | '\u{FEFF}')
}

/// Code point offset of byte `byte` (a character boundary), counted in one pass.
///
/// ```
/// assert_eq!(newsmark_engine::text::char_at_byte("é!", 2), 1);
/// ```
pub fn char_at_byte(text: &str, byte: usize) -> usize {
    text[..byte].chars().count()
}

/// Number of code points in `text`.
///
/// ```
/// assert_eq!(newsmark_engine::text::char_len("🇫🇷"), 2);
/// ```
pub fn char_len(text: &str) -> usize {
    text.chars().count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_slice_agrees_with_the_map() {
        for &(text, start, end, expected, _, _) in CASES {
            assert_eq!(char_slice(text, start, end), Some(expected), "{text}");
        }
    }

    /// (text, code point start, end, expected slice, utf16 start, utf16 end)
    const CASES: &[(&str, usize, usize, &str, usize, usize)] = &[
        ("plain text", 6, 10, "text", 6, 10),
        ("I ❤️ NATO", 5, 9, "NATO", 5, 9),
        ("flag 🇺🇸 US", 8, 10, "US", 10, 12),
        ("family 👨‍👩‍👧 Smith", 13, 18, "Smith", 16, 21),
        ("東京 Tokyo", 0, 2, "東京", 0, 2),
        ("Zoe\u{301} Saldana", 5, 12, "Saldana", 5, 12),
        ("line one\r\nMattis", 10, 16, "Mattis", 10, 16),
        ("😀😀x", 2, 3, "x", 4, 5),
    ];

    #[test]
    fn table_of_offsets() {
        for &(text, start, end, expected, u_start, u_end) in CASES {
            let map = OffsetMap::new(text);
            assert_eq!(map.slice(text, start, end), expected, "{text:?}");
            assert_eq!(map.utf16(start), u_start, "{text:?}");
            assert_eq!(map.utf16(end), u_end, "{text:?}");
            assert_eq!(map.char_from_utf16(u_start), Some(start), "{text:?}");
            assert_eq!(map.char_from_byte(map.byte(end)), Some(end), "{text:?}");
            assert_eq!(map.len_chars(), char_len(text));
        }
    }

    #[test]
    fn offsets_past_the_end_clamp() {
        let map = OffsetMap::new("ab");
        assert_eq!(map.byte(10), 2);
        assert_eq!(map.slice("ab", 1, 10), "b");
    }
}
