//! The few vector operations the network needs, written so that the
//! compiler vectorises them (eight running sums instead of one).

/// The dot product of two equally long slices.
///
/// ```
/// assert_eq!(newsmark_engine::tagger::network::math::dot(&[1.0; 11], &[2.0; 11]), 22.0);
/// ```
#[inline(always)]
pub fn dot(a: &[f32], b: &[f32]) -> f32 {
    let mut sums = [0.0f32; 8];
    let (a8, b8) = (a.chunks_exact(8), b.chunks_exact(8));
    let tail: f32 = a8.remainder().iter().zip(b8.remainder()).map(|(x, y)| x * y).sum();
    for (x, y) in a8.zip(b8) {
        for k in 0..8 {
            sums[k] += x[k] * y[k];
        }
    }
    sums.iter().sum::<f32>() + tail
}

/// `out += scale · x`.
#[inline(always)]
pub fn axpy(scale: f32, x: &[f32], out: &mut [f32]) {
    for (o, v) in out.iter_mut().zip(x) {
        *o += scale * v;
    }
}

/// `out += W·x` for a row-major `rows × cols` matrix `w`.
pub fn matvec_add(w: &[f32], rows: usize, cols: usize, x: &[f32], out: &mut [f32]) {
    for (r, o) in out.iter_mut().enumerate().take(rows) {
        *o += dot(&w[r * cols..(r + 1) * cols], x);
    }
}

/// `out += Σⱼ x[j]·T[j]` where `t` holds the rows `T[j]` (each `out.len()`
/// long, one per `x[j]`): a matrix-vector product with the matrix stored
/// transposed. The sums are kept in registers 32 at a time.
///
/// ```
/// use newsmark_engine::tagger::network::math::add_rows;
/// let mut out = vec![1.0; 40];
/// let t: Vec<f32> = (0..80).map(|i| (i / 40) as f32 + 1.0).collect();
/// add_rows(&t, &[2.0, 3.0], &mut out);
/// assert_eq!(out, vec![9.0; 40]);
/// ```
#[inline(always)]
pub fn add_rows(t: &[f32], x: &[f32], out: &mut [f32]) {
    const BLOCK: usize = 32;
    let width = out.len();
    let mut start = 0;
    while start + BLOCK <= width {
        let mut sums = [0.0f32; BLOCK];
        sums.copy_from_slice(&out[start..start + BLOCK]);
        for (j, &xj) in x.iter().enumerate() {
            let row = &t[j * width + start..j * width + start + BLOCK];
            for k in 0..BLOCK {
                sums[k] += xj * row[k];
            }
        }
        out[start..start + BLOCK].copy_from_slice(&sums);
        start += BLOCK;
    }
    for (j, &xj) in x.iter().enumerate() {
        axpy(xj, &t[j * width + start..(j + 1) * width], &mut out[start..]);
    }
}

/// [`add_rows`] for two products at once (the two LSTMs' steps): each sum
/// adds the same terms in the same order as alone, but the two sets of
/// running sums do not wait for each other, so the processor keeps twice as
/// many additions in flight.
///
/// ```
/// use newsmark_engine::tagger::network::math::{add_rows, add_rows_pair};
/// let t: Vec<f32> = (0..3 * 70).map(|i| (i % 7) as f32 * 0.3 - 0.9).collect();
/// let u: Vec<f32> = (0..3 * 70).map(|i| (i % 5) as f32 * 0.7 - 1.1).collect();
/// let (mut a, mut b) = (vec![0.5; 70], vec![-0.25; 70]);
/// let (mut a_alone, mut b_alone) = (a.clone(), b.clone());
/// add_rows_pair([&t, &u], [&[0.1, 0.2, 0.3], &[1.5, -2.0, 0.7]], [&mut a, &mut b]);
/// add_rows(&t, &[0.1, 0.2, 0.3], &mut a_alone);
/// add_rows(&u, &[1.5, -2.0, 0.7], &mut b_alone);
/// assert_eq!((a, b), (a_alone, b_alone));
/// ```
#[inline(always)]
pub fn add_rows_pair(t: [&[f32]; 2], x: [&[f32]; 2], out: [&mut [f32]; 2]) {
    const BLOCK: usize = 32;
    let [out0, out1] = out;
    let width = out0.len();
    assert!(out1.len() == width && x[0].len() == x[1].len(), "two products of one shape");
    let mut start = 0;
    while start + BLOCK <= width {
        let mut sums = [[0.0f32; BLOCK]; 2];
        sums[0].copy_from_slice(&out0[start..start + BLOCK]);
        sums[1].copy_from_slice(&out1[start..start + BLOCK]);
        for j in 0..x[0].len() {
            let rows = [0, 1].map(|p| &t[p][j * width + start..j * width + start + BLOCK]);
            for k in 0..BLOCK {
                sums[0][k] += x[0][j] * rows[0][k];
                sums[1][k] += x[1][j] * rows[1][k];
            }
        }
        out0[start..start + BLOCK].copy_from_slice(&sums[0]);
        out1[start..start + BLOCK].copy_from_slice(&sums[1]);
        start += BLOCK;
    }
    for (p, out) in [out0, out1].into_iter().enumerate() {
        for (j, &xj) in x[p].iter().enumerate() {
            axpy(xj, &t[p][j * width + start..(j + 1) * width], &mut out[start..]);
        }
    }
}

/// `out += Wᵀ·d` for a row-major `rows × cols` matrix `w`.
pub fn matvec_t_add(w: &[f32], cols: usize, d: &[f32], out: &mut [f32]) {
    for (r, &dr) in d.iter().enumerate() {
        if dr != 0.0 {
            axpy(dr, &w[r * cols..(r + 1) * cols], out);
        }
    }
}

/// `g += d ⊗ x` (a gradient of a row-major matrix with `x.len()` columns).
pub fn outer_add(g: &mut [f32], d: &[f32], x: &[f32]) {
    let cols = x.len();
    for (r, &dr) in d.iter().enumerate() {
        if dr != 0.0 {
            axpy(dr, x, &mut g[r * cols..(r + 1) * cols]);
        }
    }
}

/// The hyperbolic tangent as a ratio of polynomials (Eigen's
/// `generic_fast_tanh_float`): within a few units in the last place, and
/// without a call into the maths library, which took two fifths of the
/// networks' time.
///
/// ```
/// use newsmark_engine::tagger::network::math::tanh;
/// for x in [-20.0f32, -3.0, -0.5, 0.0, 1e-5, 0.7, 2.0, 9.0] {
///     assert!((tanh(x) - x.tanh()).abs() < 1e-6, "{x}");
/// }
/// ```
#[inline(always)]
pub fn tanh(x: f32) -> f32 {
    let x = x.clamp(-7.905_311, 7.905_311);
    let x2 = x * x;
    let p = [2.000_188e-13, -8.604_672e-11, 5.122_297e-8, 1.485_722_4e-5, 6.372_619_3e-4, 4.893_524_6e-3]
        .iter()
        .fold(-2.760_768_5e-16f32, |acc, &a| acc * x2 + a);
    let q = [1.185_347e-4, 2.268_434_6e-3, 4.893_525e-3].iter().fold(1.198_258_4e-6f32, |acc, &b| acc * x2 + b);
    x * p / q
}

/// The logistic function, by way of [`tanh`].
///
/// ```
/// use newsmark_engine::tagger::network::math::sigmoid;
/// for x in [-20.0f32, -1.0, 0.0, 0.3, 5.0] {
///     assert!((sigmoid(x) - 1.0 / (1.0 + (-x).exp())).abs() < 1e-6, "{x}");
/// }
/// ```
#[inline(always)]
pub fn sigmoid(x: f32) -> f32 {
    0.5 * tanh(0.5 * x) + 0.5
}
