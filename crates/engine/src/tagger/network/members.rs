//! The networks a model carries to vote with its perceptron, their word
//! vectors, and the name-list bits they read.

use super::super::codec::{Reader, Writer};
use super::super::features::TokenView;
use super::crf::Lattice;
use super::inference::{GateCache, Inference, Sentence};
use super::{spans_of_bio, Network, WordCodes};

/// What one network read in a sentence: its best spans (first token, token
/// after the last, type index) and its tag scores.
pub(crate) struct Reading<'a> {
    pub spans: Vec<(usize, usize, usize)>,
    network: &'a Network,
    emissions: Vec<f32>,
}

impl<'a> Reading<'a> {
    /// The network's belief in any span of the sentence (computed only when
    /// the members disagree, as it costs about as much as the tag scores' last layer).
    pub(crate) fn lattice(self) -> Lattice<'a> {
        Lattice::new(self.network, self.emissions)
    }
}

/// The networks that vote with the perceptron, and their word vectors.
#[derive(Debug, Clone, PartialEq)]
pub struct Members {
    codes: WordCodes,
    networks: Vec<Network>,
    /// The networks' weights as tagging reads them (made from `networks`,
    /// which is why neither can be changed from outside).
    inference: Vec<Inference>,
}

impl Members {
    /// Networks that read their word vectors from `codes`.
    pub fn new(codes: WordCodes, networks: Vec<Network>) -> Self {
        let inference = networks.iter().map(Inference::new).collect();
        Members { codes, networks, inference }
    }

    /// The word vectors.
    pub fn codes(&self) -> &WordCodes {
        &self.codes
    }

    /// The networks.
    pub fn networks(&self) -> &[Network] {
        &self.networks
    }

    /// What each network reads in a sentence; `caches` keep each network's
    /// word inputs from sentence to sentence (start with [`Members::caches`]).
    pub(crate) fn read_sentence(&self, views: &[TokenView], caches: &mut [GateCache]) -> Vec<Reading<'_>> {
        let words: Vec<&str> = views.iter().map(|v| v.word.as_str()).collect();
        let bits = bits_of_views(views);
        let vector = |i: usize| {
            let view = &views[i];
            let (_, _, cluster) = (*view.clusters.first()?)?;
            self.codes.vector(&view.lower, cluster)
        };
        let sentence = Sentence { words: &words, bits: &bits, vector: &vector };
        self.networks
            .iter()
            .zip(&self.inference)
            .zip(caches)
            .map(|((network, fast), cache)| {
                let emissions = fast.emissions(network, &sentence, cache);
                Reading { spans: spans_of_bio(&network.viterbi(&emissions)), network, emissions }
            })
            .collect()
    }

    /// Bytes the word vectors and each network take in the model file.
    pub fn sizes(&self) -> (usize, Vec<usize>) {
        let size = |write: &dyn Fn(&mut Writer)| {
            let mut out = Writer::default();
            write(&mut out);
            out.into_bytes().len()
        };
        (size(&|out| self.codes.write(out)), self.networks.iter().map(|n| size(&|out| n.write(out))).collect())
    }

    /// Empty caches for [`Members::read_sentence`].
    pub fn caches(&self) -> Vec<GateCache> {
        vec![GateCache::new(); self.networks.len()]
    }

    pub(crate) fn write(&self, out: &mut Writer) {
        self.codes.write(out);
        out.varint(self.networks.len() as u64);
        for network in &self.networks {
            network.write(out);
        }
    }

    pub(crate) fn read(input: &mut Reader<'_>) -> Result<Self, String> {
        let codes = WordCodes::read(input)?;
        let count = input.varint()?;
        if count > 8 {
            return Err("model file has malformed networks".into());
        }
        let networks = (0..count).map(|_| Network::read(input)).collect::<Result<Vec<_>, _>>()?;
        if networks.iter().any(|n| n.dims.word != codes.dim()) {
            return Err("model file's networks do not fit its word vectors".into());
        }
        Ok(Members::new(codes, networks))
    }
}

/// Each word's name-list bits: list × 4 + its place in the longest phrase
/// of that list covering it (0 alone, 1 first, 2 inside, 3 last).
///
/// ```
/// use newsmark_engine::tagger::{network::lexicon_bits, Gazetteer, Lexicon};
/// let lists = vec![vec![], vec![], vec!["New York".to_string()]];
/// let lexicon = Lexicon::new(Gazetteer::from_phrases(&lists), Vec::new(), Default::default());
/// assert_eq!(lexicon_bits(&["in", "New", "York"], &lexicon), [vec![], vec![9], vec![11]]);
/// ```
pub fn lexicon_bits(words: &[&str], lexicon: &super::super::Lexicon) -> Vec<Vec<usize>> {
    bits_of_views(&super::super::features::views(words, lexicon))
}

fn bits_of_views(views: &[TokenView]) -> Vec<Vec<usize>> {
    views.iter().map(|v| v.gazetteer.iter().map(|&(list, place)| list as usize * 4 + place as usize).collect()).collect()
}
