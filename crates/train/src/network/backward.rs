//! Gradients of the BiLSTM-CRF's loss (the CRF's negative log-likelihood
//! of the gold tags), going back through what the forward pass kept.

use newsmark_engine::tagger::network::crf::Lattice;
use newsmark_engine::tagger::network::math::{axpy, matvec_t_add, outer_add, tanh};
use newsmark_engine::tagger::network::{window_of, LstmTrace, Network, Trace, CHAR_WINDOW, TAGS};

/// The CRF's loss for `gold` tags given `emissions`; adds the gradients of the
/// transition, start and end scores to `grads` and returns the loss and the
/// gradient of the emissions.
pub fn crf(net: &Network, emissions: &[f32], gold: &[usize], grads: &mut [f32]) -> (f32, Vec<f32>) {
    let n = gold.len();
    let l = &net.layout;
    let trans = &net.params[l.transitions.clone()];
    let (start, end) = (&net.params[l.start.clone()], &net.params[l.end.clone()]);
    let em = |t: usize, y: usize| emissions[t * TAGS + y];
    let lattice = Lattice::new(net, emissions.to_vec());
    let mut gold_score = start[gold[0]] + end[gold[n - 1]];
    for t in 0..n {
        gold_score += em(t, gold[t]);
        if t > 0 {
            gold_score += trans[gold[t - 1] * TAGS + gold[t]];
        }
    }
    let mut d_em = vec![0.0f32; n * TAGS];
    for t in 0..n {
        for y in 0..TAGS {
            d_em[t * TAGS + y] = lattice.marginal(t, y);
        }
        d_em[t * TAGS + gold[t]] -= 1.0;
    }
    for y in 0..TAGS {
        grads[l.start.start + y] += d_em[y];
        grads[l.end.start + y] += d_em[(n - 1) * TAGS + y];
    }
    for t in 1..n {
        let pairs = lattice.pair_marginals(t);
        grads[l.transitions.clone()].iter_mut().zip(pairs).for_each(|(g, p)| *g += p);
        grads[l.transitions.start + gold[t - 1] * TAGS + gold[t]] -= 1.0;
    }
    (lattice.log_z - gold_score, d_em)
}

/// Goes back through an LSTM: `d_h` is the gradient of its outputs; adds its
/// weights' gradients to `grads` (`ranges` as in the layout) and its
/// inputs' gradients to `d_xs`.
#[allow(clippy::too_many_arguments)]
fn lstm_backward(
    net: &Network,
    ranges: &[std::ops::Range<usize>; 3],
    xs: &[f32],
    trace: &LstmTrace,
    reverse: bool,
    d_h: &[f32],
    grads: &mut [f32],
    d_xs: &mut [f32],
) {
    let (input, h) = (net.dims.input(), net.dims.hidden);
    let n = xs.len() / input;
    let (wx, wh) = (&net.params[ranges[0].clone()], &net.params[ranges[1].clone()]);
    let (mut dh_next, mut dc_next) = (vec![0.0f32; h], vec![0.0f32; h]);
    let zero = vec![0.0f32; h];
    let mut da = vec![0.0f32; 4 * h];
    for step in (0..n).rev() {
        let t = if reverse { n - 1 - step } else { step };
        let prev = (step > 0).then(|| if reverse { t + 1 } else { t - 1 });
        let g = &trace.gates[t * 4 * h..(t + 1) * 4 * h];
        let (c_prev, h_prev) = match prev {
            Some(p) => (&trace.c[p * h..(p + 1) * h], &trace.h[p * h..(p + 1) * h]),
            None => (&zero[..], &zero[..]),
        };
        for j in 0..h {
            let (i, f, o, cand) = (g[j], g[h + j], g[2 * h + j], g[3 * h + j]);
            let dh = d_h[t * h + j] + dh_next[j];
            let tc = tanh(trace.c[t * h + j]);
            let dc = dh * o * (1.0 - tc * tc) + dc_next[j];
            da[j] = dc * cand * i * (1.0 - i);
            da[h + j] = dc * c_prev[j] * f * (1.0 - f);
            da[2 * h + j] = dh * tc * o * (1.0 - o);
            da[3 * h + j] = dc * i * (1.0 - cand * cand);
            dc_next[j] = dc * f;
        }
        let x = &xs[t * input..(t + 1) * input];
        outer_add(&mut grads[ranges[0].clone()], &da, x);
        outer_add(&mut grads[ranges[1].clone()], &da, h_prev);
        axpy(1.0, &da, &mut grads[ranges[2].clone()]);
        matvec_t_add(wx, input, &da, &mut d_xs[t * input..(t + 1) * input]);
        dh_next.fill(0.0);
        matvec_t_add(wh, h, &da, &mut dh_next);
    }
}

/// Adds the gradients of every weight to `grads` given the gradient of the
/// emissions, the trace of the forward pass and its dropout masks; returns
/// the gradient of the words' inputs (for the word vectors' projection).
pub fn backward(net: &Network, trace: &Trace, d_em: &[f32], masks: Option<(&[f32], &[f32])>, grads: &mut [f32]) -> Vec<f32> {
    let l = &net.layout;
    let (d, h) = (net.dims, net.dims.hidden);
    let n = d_em.len() / TAGS;
    let mut d_states = vec![0.0f32; n * 2 * h];
    for t in 0..n {
        let e = &d_em[t * TAGS..(t + 1) * TAGS];
        let s = &trace.states[t * 2 * h..(t + 1) * 2 * h];
        outer_add(&mut grads[l.out.clone()], e, s);
        axpy(1.0, e, &mut grads[l.out_bias.clone()]);
        matvec_t_add(&net.params[l.out.clone()], 2 * h, e, &mut d_states[t * 2 * h..(t + 1) * 2 * h]);
    }
    if let Some((_, states)) = masks {
        d_states.iter_mut().zip(states).for_each(|(g, m)| *g *= m);
    }
    let (mut d_fw, mut d_bw) = (vec![0.0f32; n * h], vec![0.0f32; n * h]);
    for t in 0..n {
        d_fw[t * h..(t + 1) * h].copy_from_slice(&d_states[t * 2 * h..t * 2 * h + h]);
        d_bw[t * h..(t + 1) * h].copy_from_slice(&d_states[t * 2 * h + h..(t + 1) * 2 * h]);
    }
    let input = d.input();
    let mut d_inputs = vec![0.0f32; n * input];
    lstm_backward(net, &l.forward, &trace.inputs, &trace.forward, false, &d_fw, grads, &mut d_inputs);
    lstm_backward(net, &l.backward, &trace.inputs, &trace.backward, true, &d_bw, grads, &mut d_inputs);
    if let Some((inputs, _)) = masks {
        d_inputs.iter_mut().zip(inputs).for_each(|(g, m)| *g *= m);
    }
    let window = CHAR_WINDOW * d.char_dim;
    let mut column = vec![0.0f32; window];
    let mut d_column = vec![0.0f32; window];
    for (t, (ids, argmax)) in trace.chars.iter().enumerate() {
        for f in 0..d.filters {
            let dz = d_inputs[t * input + d.word + f];
            if dz == 0.0 {
                continue;
            }
            let centre = argmax[f];
            window_of(ids, centre, &net.params[l.char_emb.clone()], d.char_dim, &mut column);
            grads[l.conv_bias.start + f] += dz;
            axpy(dz, &column, &mut grads[l.conv.start + f * window..l.conv.start + (f + 1) * window]);
            d_column.fill(0.0);
            axpy(dz, &net.params[l.conv.start + f * window..l.conv.start + (f + 1) * window], &mut d_column);
            for k in 0..CHAR_WINDOW {
                if let Some(&id) = (centre + k).checked_sub(CHAR_WINDOW / 2).and_then(|i| ids.get(i)) {
                    let at = l.char_emb.start + id * d.char_dim;
                    axpy(1.0, &d_column[k * d.char_dim..(k + 1) * d.char_dim], &mut grads[at..at + d.char_dim]);
                }
            }
        }
    }
    d_inputs
}
