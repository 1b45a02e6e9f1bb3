//! One LSTM over a sentence, in either direction.

use super::math::{matvec_add, sigmoid, tanh};

/// What an LSTM computed at each word (indexed by the word, whichever way it reads).
#[derive(Debug, Clone, Default)]
pub struct LstmTrace {
    /// Gates after their activations, `n × 4·hidden`: input, forget, output, candidate.
    pub gates: Vec<f32>,
    /// Cell states, `n × hidden`.
    pub c: Vec<f32>,
    /// Outputs, `n × hidden`.
    pub h: Vec<f32>,
}

/// Runs an LSTM with recurrent weights `wh` (`4h × h`) over a sentence
/// whose words' gate inputs (bias plus input weights times input) are
/// `pre` (`n × 4h`), last word first when `reverse`.
pub fn lstm_forward(pre: &[f32], wh: &[f32], h: usize, reverse: bool) -> LstmTrace {
    let n = pre.len() / (4 * h);
    let mut trace = LstmTrace { gates: vec![0.0; n * 4 * h], c: vec![0.0; n * h], h: vec![0.0; n * h] };
    let (zero_c, zero_h) = (vec![0.0; h], vec![0.0; h]);
    for step in 0..n {
        let t = if reverse { n - 1 - step } else { step };
        let prev = (step > 0).then(|| if reverse { t + 1 } else { t - 1 });
        let mut a = pre[t * 4 * h..(t + 1) * 4 * h].to_vec();
        let (c_prev, h_prev) = match prev {
            Some(p) => (trace.c[p * h..(p + 1) * h].to_vec(), &trace.h[p * h..(p + 1) * h]),
            None => (zero_c.clone(), &zero_h[..]),
        };
        matvec_add(wh, 4 * h, h, h_prev, &mut a);
        for (k, v) in a.iter_mut().enumerate() {
            *v = if k < 3 * h { sigmoid(*v) } else { tanh(*v) };
        }
        for j in 0..h {
            let c = a[h + j] * c_prev[j] + a[j] * a[3 * h + j];
            trace.c[t * h + j] = c;
            trace.h[t * h + j] = a[2 * h + j] * tanh(c);
        }
        trace.gates[t * 4 * h..(t + 1) * 4 * h].copy_from_slice(&a);
    }
    trace
}
