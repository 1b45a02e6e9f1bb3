//! Words that agree with a count.

/// The plural ending of a noun counted `n` times: `format!("{n} mark{}", plural(n))`.
pub fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}
