//! The CRF's sums over all tag sequences of a sentence (forward-backward):
//! the marginals training's gradient needs, and how sure a network is of
//! any one span, which lets the vote weigh a network's belief in spans it
//! did not pick. The sums are kept as products rescaled at every word (with
//! the log of the scale kept aside), which needs a tenth of the
//! exponentials that sums of logarithms would.

use super::{Network, TAGS};

/// Forward and backward sums of a sentence's tag scores.
#[derive(Debug, Clone)]
pub struct Lattice<'a> {
    network: &'a Network,
    /// The tag scores, `n × TAGS`.
    pub emissions: Vec<f32>,
    /// `exp(emission − top[t])`, the scores in products, by word.
    weights: Vec<f32>,
    /// Each word's highest score.
    top: Vec<f32>,
    /// `exp(transition)`, `from × to`.
    transitions: [f32; TAGS * TAGS],
    /// Forward sums (all tags up to `t` ending in `y`), each word's summing to one.
    alpha: Vec<f32>,
    /// The log of what each word's forward sums were divided by, added up to it.
    alpha_log: Vec<f32>,
    /// Backward sums (all tags after `t` given `y` at `t`), each word's summing to one.
    beta: Vec<f32>,
    /// The log of what each word's backward sums were divided by, added up from the end.
    beta_log: Vec<f32>,
    /// Log-sum of the scores of all tag sequences.
    pub log_z: f32,
}

/// Divides `values` by their sum and gives the sum's log.
fn rescale(values: &mut [f32]) -> f32 {
    let sum: f32 = values.iter().sum();
    values.iter_mut().for_each(|v| *v /= sum);
    sum.ln()
}

impl<'a> Lattice<'a> {
    /// The lattice of tag scores `emissions` (`n × TAGS`, `n > 0`).
    pub fn new(network: &'a Network, emissions: Vec<f32>) -> Self {
        let n = emissions.len() / TAGS;
        let exp = |range: &std::ops::Range<usize>| network.part(range).iter().map(|v| v.exp()).collect::<Vec<f32>>();
        let (start, end) = (exp(&network.layout.start), exp(&network.layout.end));
        let mut transitions = [0.0; TAGS * TAGS];
        transitions.iter_mut().zip(network.part(&network.layout.transitions)).for_each(|(t, v)| *t = v.exp());
        let top: Vec<f32> = emissions.chunks(TAGS).map(|row| row.iter().copied().fold(f32::NEG_INFINITY, f32::max)).collect();
        let weights: Vec<f32> = emissions.iter().enumerate().map(|(i, e)| (e - top[i / TAGS]).exp()).collect();
        let mut alpha = vec![0.0f32; n * TAGS];
        let mut alpha_log = vec![0.0f32; n];
        for y in 0..TAGS {
            alpha[y] = start[y] * weights[y];
        }
        alpha_log[0] = rescale(&mut alpha[..TAGS]) + top[0];
        for t in 1..n {
            let (before, now) = alpha.split_at_mut(t * TAGS);
            let previous = &before[(t - 1) * TAGS..];
            for (y, value) in now[..TAGS].iter_mut().enumerate() {
                *value = weights[t * TAGS + y] * (0..TAGS).map(|p| previous[p] * transitions[p * TAGS + y]).sum::<f32>();
            }
            alpha_log[t] = alpha_log[t - 1] + rescale(&mut now[..TAGS]) + top[t];
        }
        let mut beta = vec![0.0f32; n * TAGS];
        let mut beta_log = vec![0.0f32; n];
        beta[(n - 1) * TAGS..].copy_from_slice(&end);
        beta_log[n - 1] = rescale(&mut beta[(n - 1) * TAGS..]);
        for t in (0..n - 1).rev() {
            let (now, after) = beta.split_at_mut((t + 1) * TAGS);
            let next: Vec<f32> = (0..TAGS).map(|q| weights[(t + 1) * TAGS + q] * after[q]).collect();
            for (y, value) in now[t * TAGS..].iter_mut().enumerate() {
                *value = (0..TAGS).map(|q| transitions[y * TAGS + q] * next[q]).sum();
            }
            beta_log[t] = beta_log[t + 1] + top[t + 1] + rescale(&mut now[t * TAGS..]);
        }
        let last = &alpha[(n - 1) * TAGS..];
        let log_z = alpha_log[n - 1] + (0..TAGS).map(|y| last[y] * end[y]).sum::<f32>().ln();
        Lattice { network, emissions, weights, top, transitions, alpha, alpha_log, beta, beta_log, log_z }
    }

    /// The probability of tag `y` at word `t`.
    pub fn marginal(&self, t: usize, y: usize) -> f32 {
        self.alpha[t * TAGS + y] * self.beta[t * TAGS + y] * (self.alpha_log[t] + self.beta_log[t] - self.log_z).exp()
    }

    /// The probability of tag `p` at word `t − 1` and each tag at `t`, `p × y`.
    pub fn pair_marginals(&self, t: usize) -> [f32; TAGS * TAGS] {
        let scale = (self.alpha_log[t - 1] + self.top[t] + self.beta_log[t] - self.log_z).exp();
        let mut pairs = [0.0; TAGS * TAGS];
        for p in 0..TAGS {
            for y in 0..TAGS {
                let ahead = self.weights[t * TAGS + y] * self.beta[t * TAGS + y];
                pairs[p * TAGS + y] = self.alpha[(t - 1) * TAGS + p] * self.transitions[p * TAGS + y] * ahead * scale;
            }
        }
        pairs
    }

    /// The probability that the tags make exactly the span of tokens
    /// `start..end` of entity type `entity_type` (B, then I up to `end`,
    /// and no I of that type at `end`).
    pub fn span_probability(&self, start: usize, end: usize, entity_type: usize) -> f32 {
        let n = self.emissions.len() / TAGS;
        let (begin, inside) = (1 + 2 * entity_type, 2 + 2 * entity_type);
        let trans = self.network.part(&self.network.layout.transitions);
        let mut score = self.alpha[start * TAGS + begin].ln() + self.alpha_log[start];
        let mut last = begin;
        for t in start + 1..end {
            score += trans[last * TAGS + inside] + self.emissions[t * TAGS + inside];
            last = inside;
        }
        score += if end == n {
            self.network.part(&self.network.layout.end)[last]
        } else {
            let ahead = (0..TAGS).filter(|&q| q != inside);
            let sum: f32 =
                ahead.map(|q| self.transitions[last * TAGS + q] * self.weights[end * TAGS + q] * self.beta[end * TAGS + q]).sum();
            sum.ln() + self.top[end] + self.beta_log[end]
        };
        (score - self.log_z).exp().min(1.0)
    }
}
