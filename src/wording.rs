//! Words that agree with a count, and numbers as the page shows them.

/// The plural ending of a noun counted `n` times: `format!("{n} mark{}", plural(n))`.
pub fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// `x` to the nearest whole number, for pixels and percents on the page:
/// formatting integers only keeps core's float formatting out of the wasm.
pub fn rounded(x: f64) -> i64 {
    x.round() as i64
}
