//! Quantising the networks' word vectors: each word cluster's mean, and
//! product quantisation of what it leaves (each vector is cut into parts
//! and each part replaced by the nearest of 256 centres found by k-means, so
//! that a word costs a byte a part).

/// Centres of each part: `parts × 256 × (dim / parts)`.
#[derive(Debug, Clone, PartialEq)]
pub struct Codebook {
    /// Vector width.
    pub dim: usize,
    /// Parts per vector.
    pub parts: usize,
    /// The centres.
    pub centres: Vec<f32>,
}

impl Codebook {
    /// The vector a word's codes stand for.
    pub fn decode(&self, codes: &[u8]) -> Vec<f32> {
        let width = self.dim / self.parts;
        codes.iter().enumerate().flat_map(|(p, &c)| self.centre(p, c as usize)[..width].to_vec()).collect()
    }

    fn centre(&self, part: usize, code: usize) -> &[f32] {
        let width = self.dim / self.parts;
        let at = (part * 256 + code) * width;
        &self.centres[at..at + width]
    }
}

fn nearest(centres: &[f32], width: usize, point: &[f32]) -> usize {
    let distance = |c: &[f32]| c.iter().zip(point).map(|(a, b)| (a - b) * (a - b)).sum::<f32>();
    (0..centres.len() / width)
        .min_by(|&a, &b| distance(&centres[a * width..(a + 1) * width]).total_cmp(&distance(&centres[b * width..(b + 1) * width])))
        .unwrap_or(0)
}

/// The mean of the `vectors` (each `dim` wide) in each cluster (`clusters[i]`
/// is vector `i`'s), `clusters × dim`.
///
/// ```
/// let means = newsmark_train::network::codes::cluster_means(&[vec![1.0, 2.0], vec![3.0, 4.0], vec![5.0, 5.0]], &[0, 0, 1], 2);
/// assert_eq!(means, [2.0, 3.0, 5.0, 5.0]);
/// ```
pub fn cluster_means(vectors: &[Vec<f32>], clusters: &[usize], dim: usize) -> Vec<f32> {
    let count = clusters.iter().max().map_or(0, |c| c + 1);
    means_and_sizes(vectors.iter().map(Vec::as_slice), clusters, count, dim).0
}

/// The mean of the `points` (each `dim` wide) in each of `count` clusters
/// (`clusters[i]` is point `i`'s; an empty cluster's mean is zero), and how
/// many points each cluster has.
fn means_and_sizes<'a>(points: impl Iterator<Item = &'a [f32]>, clusters: &[usize], count: usize, dim: usize) -> (Vec<f32>, Vec<usize>) {
    let mut sums = vec![0.0f64; count * dim];
    let mut sizes = vec![0usize; count];
    for (v, &c) in points.zip(clusters) {
        sizes[c] += 1;
        sums[c * dim..(c + 1) * dim].iter_mut().zip(v).for_each(|(s, x)| *s += *x as f64);
    }
    let means = sums.iter().enumerate().map(|(k, s)| (s / sizes[k / dim].max(1) as f64) as f32).collect();
    (means, sizes)
}

/// Quantises `vectors` (`n × dim`) in `parts` parts with `iterations` of
/// Lloyd's algorithm from centres drawn with `seed`; gives the codebook and
/// each vector's codes.
///
/// ```
/// let points: Vec<f32> = (0..600).map(|i| ((i * 37) % 101) as f32 / 101.0).collect();
/// let (book, codes) = newsmark_train::network::codes::quantise(&points, 2, 1, 5, 3);
/// let error: f32 = codes.iter().enumerate().map(|(i, c)| book.decode(c).iter().zip(&points[i * 2..i * 2 + 2]).map(|(a, b)| (a - b).abs()).sum::<f32>()).sum();
/// assert!(error / 300.0 < 0.05);
/// ```
pub fn quantise(vectors: &[f32], dim: usize, parts: usize, iterations: usize, seed: u64) -> (Codebook, Vec<Vec<u8>>) {
    let n = vectors.len() / dim;
    let width = dim / parts;
    let mut centres = Vec::with_capacity(parts * 256 * width);
    let mut codes = vec![vec![0u8; parts]; n];
    for part in 0..parts {
        let point = |i: usize| &vectors[i * dim + part * width..i * dim + (part + 1) * width];
        let mut order: Vec<usize> = (0..n).collect();
        crate::shuffle(&mut order, &mut (seed + part as u64));
        let mut mine: Vec<f32> = (0..256).flat_map(|k| point(order[k % n.max(1)]).to_vec()).collect();
        let mut assigned = vec![0usize; n];
        for _ in 0..iterations {
            for (i, a) in assigned.iter_mut().enumerate() {
                *a = nearest(&mine, width, point(i));
            }
            // An empty centre stays where it was.
            let (means, sizes) = means_and_sizes((0..n).map(point), &assigned, 256, width);
            for k in (0..256).filter(|&k| sizes[k] > 0) {
                mine[k * width..(k + 1) * width].copy_from_slice(&means[k * width..(k + 1) * width]);
            }
        }
        for (i, c) in codes.iter_mut().enumerate() {
            c[part] = nearest(&mine, width, point(i)) as u8;
        }
        centres.extend(mine);
    }
    (Codebook { dim, parts, centres }, codes)
}
