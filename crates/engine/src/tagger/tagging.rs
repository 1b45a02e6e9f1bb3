//! Tagging an article: sentence by sentence, each seeing the document memory of the ones before, or only the
//! words around some tokens (a re-tag after a correction); then the rules for names that follow tagging.

use super::features::{views, DocumentMemory, TokenView};
use super::tags::{bilou_tags, decode_sentence, decode_window, spans_from_tags, type_of, TagScorer, TaggedSpan};
use super::{
    administrations, aliases, appositives, awards, body_fields, body_openings, continents, credit_lines, datelines, edges, firm_kinds,
    firms, games, jurisdictions, kind_lists, kind_names, laws, misread_bodies, movements, namesakes, nicknames, offices, organisations,
    particles, peoples, places, planets, titles, whole_names, workplaces, Model, ShippedWeights, ENTITY_TYPES,
};

/// The entity type (1-based, 0 for none) of each token of sentence `s` under the spans `known`.
pub(super) fn known_types(known: &[TaggedSpan], s: &std::ops::Range<usize>) -> Vec<u8> {
    let mut types = vec![0u8; s.len()];
    for span in known {
        let t = ENTITY_TYPES.iter().position(|&l| l == span.label).map_or(0, |i| i as u8 + 1);
        for k in span.start.max(s.start)..span.end.min(s.end) {
            types[k - s.start] = t;
        }
    }
    types
}

/// A sentence as [`Model::tag_some`] tags it: all of it, or the windows around the `focused` tokens.
pub(super) struct SentenceToTag<'a> {
    pub(super) views: &'a [TokenView],
    memory: &'a DocumentMemory,
    focused: &'a [usize],
    known: &'a [TaggedSpan],
    pub(super) range: &'a std::ops::Range<usize>,
}

impl SentenceToTag<'_> {
    /// The perceptron's tags and spans (in document tokens) with `scorer`'s weights.
    pub(super) fn perceptron_spans<S: TagScorer>(&self, scorer: &S) -> (Vec<u8>, Vec<TaggedSpan>) {
        let (tags, probabilities) = if self.focused.is_empty() {
            decode_sentence(scorer, self.views, self.memory, None)
        } else {
            let (mut tags, mut probabilities) = known_tags(self.known, self.range);
            for window in windows(self.focused, self.known, self.range) {
                decode_window(scorer, self.views, self.memory, window, &mut tags, &mut probabilities);
            }
            (tags, probabilities)
        };
        let spans = spans_from_tags(&tags, &probabilities, self.range.start);
        (tags, spans)
    }

    /// The rules for names that follow tagging, on the sentence's marks after any vote.
    fn mend(&self, spans: &mut Vec<TaggedSpan>) {
        let offset = self.range.start;
        edges::trim_separators(spans, self.views, offset);
        edges::leave_out_linking_adverbs(spans, self.views, offset);
        edges::drop_things_in_capitals(spans, self.views, offset);
        aliases::complete_first_names(spans, self.views, offset);
        particles::take_name_particles(spans, self.views, offset);
        particles::places_cut_at_a_particle(spans, self.views, offset);
        particles::take_article_surnames(spans, self.views, offset);
        particles::join_patronymic_names(spans, self.views, offset);
        particles::take_generations(spans, self.views, offset);
        particles::regnal_names(spans, self.views, offset);
        titles::drop_marks_inside_titles(spans, self.views, offset);
        titles::leave_out_role_words(spans, self.views, offset);
        titles::first_names_after_titles(spans, self.views, offset);
        titles::speakers_after_titles(spans, self.views, offset);
        titles::drop_party_and_state(spans, self.views, offset);
        body_openings::capitals_cut_off_bodies(spans, self.views, offset);
        organisations::join_coordinated_bodies(spans, self.views, offset);
        organisations::committees_of_a_chamber(spans, self.views, offset);
        firms::join_firm_names(spans, self.views, offset);
        firms::firms_by_their_legal_form(spans, self.views, offset);
        organisations::join_names_across_possessives(spans, self.views, offset);
        edges::mend_leading_connectors(spans, self.views, offset);
        organisations::mend_names_ending_in_of_or_for(spans, self.views, offset);
        edges::trim_trailing_connectors(spans, self.views, offset);
        edges::trim_trailing_possessives(spans, self.views, offset);
        places::mend_feature_places(spans, self.views, offset);
        namesakes::places_named_after_people(spans, self.views, offset);
        namesakes::sites_with_a_possessive(spans, self.views, offset);
        places::whole_street_names(spans, self.views, offset);
        places::whole_country_names(spans, self.views, offset);
        places::dateline_places(spans, self.views, offset);
        places::places_before_their_offices(spans, self.views, offset);
        places::counties_before_their_offices(spans, self.views, offset);
        places::counties_cut_off(spans, self.views, offset);
        jurisdictions::courts(spans, self.views, offset);
        jurisdictions::service_districts(spans, self.views, offset);
        places::republics(spans, self.views, offset);
        places::places_by_their_first_word(spans, self.views, offset);
        places::places_after_their_kind(spans, self.views, offset);
        continents::continents(spans, self.views, offset);
        places::listed_places_after_in(spans, self.views, offset);
        places::party_members_of_a_place(spans, self.views, offset);
        firms::firms_before_their_titles(spans, self.views, offset);
        firms::firms_that_speak(spans, self.views, offset);
        firms::firms_cut_at_the_opening(spans, self.views, offset);
        firms::firms_named_by_their_address(spans, self.views, offset);
        datelines::agencies_in_datelines(spans, self.views, offset);
        datelines::agencies_in_photo_credits(spans, self.views, offset);
        misread_bodies::acronyms_listed_with_bodies(spans, self.views, offset);
        organisations::bodies_named_with_a_preposition(spans, self.views, offset);
        organisations::bodies_for_a_cause(spans, self.views, offset);
        organisations::bodies_opening_with_their_noun(spans, self.views, offset);
        body_fields::join_cut_bodies(spans, self.views, offset);
        body_fields::bodies_of_joined_fields(spans, self.views, offset);
        body_fields::bodies_on_a_subject(spans, self.views, offset);
        body_fields::bodies_named_after_people(spans, self.views, offset);
        misread_bodies::misread_bodies(spans, self.views, offset);
        body_openings::bodies_named_premier(spans, self.views, offset);
        misread_bodies::bodies_read_as_places_or_people(spans, self.views, offset);
        movements::movements(spans, self.views, offset);
        movements::branches_of_al_qaida(spans, self.views, offset);
        body_openings::leave_out_descriptions(spans, self.views, offset);
        whole_names::join_names_spelled_by_acronyms(spans, self.views, offset);
        games::games(spans, self.views, offset);
        awards::awards(spans, self.views, offset);
        planets::planets(spans, self.views, offset);
        laws::laws(spans, self.views, offset);
        laws::court_cases(spans, self.views, offset);
        peoples::peoples(spans, self.views, offset);
        peoples::peoples_of_no_country(spans, self.views, offset);
        workplaces::workplaces(spans, self.views, offset);
        offices::offices_of_a_post(spans, self.views, offset);
        firm_kinds::firms_after_their_kind(spans, self.views, offset);
        firm_kinds::carriers_named_after_a_place(spans, self.views, offset);
        firm_kinds::persons_before_a_kind(spans, self.views, offset);
        kind_lists::kind_lists(spans, self.views, offset);
        appositives::appositives(spans, self.views, offset);
        appositives::people_after_their_description(spans, self.views, offset);
        nicknames::nicknames(spans, self.views, offset);
        administrations::administrations(spans, self.views, offset);
        credit_lines::credit_lines(spans, self.views, offset);
        credit_lines::reporters_in_lead_ins(spans, self.views, offset);
        aliases::join_touching_names(spans);
    }
}

/// The BILOU tags of sentence `s` under the spans `known`, and each token's probability (its span's score).
fn known_tags(known: &[TaggedSpan], s: &std::ops::Range<usize>) -> (Vec<u8>, Vec<f32>) {
    let mut local = Vec::new();
    let mut probabilities = vec![1.0; s.len()];
    for span in known.iter().filter(|k| s.start <= k.start && k.end <= s.end) {
        let (from, to) = (span.start - s.start, span.end - s.start);
        local.push((from, to, span.label));
        probabilities[from..to].fill(span.score);
    }
    (bilou_tags(s.len(), &local), probabilities)
}

/// The token windows (sentence-relative) to decode again around the `focused` tokens of sentence `s`: from two
/// tokens before each to three after, widened to cover the spans in `known` they touch, overlapping ones merged.
fn windows(focused: &[usize], known: &[TaggedSpan], s: &std::ops::Range<usize>) -> Vec<std::ops::Range<usize>> {
    let mut out: Vec<std::ops::Range<usize>> = Vec::new();
    for &i in focused {
        let (near_from, near_to) = (i.saturating_sub(2).max(s.start), (i + 3).min(s.end));
        let touched = known.iter().filter(|k| k.start < near_to && near_from < k.end);
        let from = touched.clone().map(|k| k.start.max(s.start)).fold(near_from, usize::min);
        let to = touched.map(|k| k.end.min(s.end)).fold(near_to, usize::max);
        match out.last_mut() {
            Some(last) if from <= last.end => last.end = last.end.max(to),
            _ => out.push(from..to),
        }
    }
    out.into_iter().map(|w| w.start - s.start..w.end - s.start).collect()
}

/// Cuts each of `spans` (sorted, not overlapping) that runs past the end of
/// its sentence into one span per sentence: the rules over the whole article
/// look past a sentence's end (a line's end among them, `the ship Diamond` at
/// one line's end and `Princess` at the next one's start), and a mark never
/// crosses a line. `sentences` are sorted token ranges.
fn within_sentences(spans: Vec<TaggedSpan>, sentences: &[std::ops::Range<usize>]) -> Vec<TaggedSpan> {
    let mut out = Vec::with_capacity(spans.len());
    for span in spans {
        let first = sentences.partition_point(|s| s.end <= span.start);
        for s in sentences[first..].iter().take_while(|s| s.start < span.end) {
            let (start, end) = (span.start.max(s.start), span.end.min(s.end));
            out.push(TaggedSpan { start, end, ..span.clone() });
        }
        if sentences.get(first).is_none_or(|s| s.start >= span.end) {
            out.push(span);
        }
    }
    out
}

impl Model {
    /// Tags a whole document: tokens grouped into sentences (token index ranges).
    /// Sentences are tagged in order, each seeing what was predicted before it.
    ///
    /// ```
    /// use newsmark_engine::{sentence::sentences, tagger::Model, token::tokenize};
    /// let model = Model::shipped().unwrap();
    /// let tokens = tokenize("Angela Merkel visited Paris.");
    /// let words: Vec<&str> = tokens.iter().map(|t| t.text).collect();
    /// let ranges: Vec<_> = sentences(&tokens).into_iter().map(|s| s.tokens).collect();
    /// let spans = model.tag(&words, &ranges);
    /// assert_eq!(spans.iter().map(|s| s.label).collect::<Vec<_>>(), ["PER", "LOC"]);
    /// ```
    pub fn tag(&self, words: &[&str], sentences: &[std::ops::Range<usize>]) -> Vec<TaggedSpan> {
        self.tag_with_progress(words, sentences, &mut |_| {})
    }

    /// Like [`Model::tag`], telling `progress` the share of sentences done (0 to 1) every 1,000 sentences.
    ///
    /// ```
    /// let model = newsmark_engine::tagger::Model::shipped().unwrap();
    /// let mut seen = Vec::new();
    /// model.tag_with_progress(&["Hi", "."], &[0..2], &mut |p| seen.push(p));
    /// assert_eq!(seen, [1.0]);
    /// ```
    pub fn tag_with_progress(
        &self,
        words: &[&str],
        sentences: &[std::ops::Range<usize>],
        progress: &mut dyn FnMut(f32),
    ) -> Vec<TaggedSpan> {
        self.tag_some(self, words, sentences, None, &[], true, progress)
    }

    /// Like [`Model::tag_with_progress`] with the shipped weights alone, as if nothing had been learned.
    ///
    /// ```
    /// let model = newsmark_engine::tagger::Model::shipped().unwrap();
    /// let words = ["Angela", "Merkel", "spoke", "."];
    /// assert_eq!(model.tag_shipped(&words, &[0..4], &mut |_| {}), model.tag(&words, &[0..4]));
    /// ```
    pub fn tag_shipped(&self, words: &[&str], sentences: &[std::ops::Range<usize>], progress: &mut dyn FnMut(f32)) -> Vec<TaggedSpan> {
        self.tag_some(&ShippedWeights(self), words, sentences, None, &[], true, progress)
    }

    /// Tags with the perceptron alone, with what was learned (what learning compares with what it was taught).
    pub fn tag_alone(&self, words: &[&str], sentences: &[std::ops::Range<usize>]) -> Vec<TaggedSpan> {
        self.tag_some(self, words, sentences, None, &[], false, &mut |_| {})
    }

    /// Tags again only the tokens around those `focus` picks (token indices):
    /// in each sentence holding one, the words from two before it to three
    /// after it, widened to the marks they touch and on while an entity is
    /// open; all else keeps the spans in `known` (sorted, token indices),
    /// which also stand in for the model's predictions as the document's
    /// memory and as the full names that surnames link to. Gives the spans of
    /// the sentences tagged again. A re-tag after a correction needs only the
    /// words around the corrected ones.
    ///
    /// ```
    /// use newsmark_engine::tagger::Model;
    /// let model = Model::shipped().unwrap();
    /// let words = ["Bob", "Dylan", "sang", ".", "Dylan", "left", "."];
    /// let all = model.tag(&words, &[0..4, 4..7]);
    /// let second = model.tag_around(&words, &[0..4, 4..7], &|i| i == 4, &all[..1]);
    /// assert_eq!(second, all[1..]);
    /// ```
    pub fn tag_around(
        &self,
        words: &[&str],
        sentences: &[std::ops::Range<usize>],
        focus: &dyn Fn(usize) -> bool,
        known: &[TaggedSpan],
    ) -> Vec<TaggedSpan> {
        self.tag_some(self, words, sentences, Some(focus), known, true, &mut |_| {})
    }

    /// Tags every sentence (`focus` is `None`), or the words around the
    /// tokens `focus` picks (see [`Model::tag_around`]).
    #[allow(clippy::too_many_arguments)]
    fn tag_some(
        &self,
        scorer: &impl TagScorer,
        words: &[&str],
        sentences: &[std::ops::Range<usize>],
        focus: Option<&dyn Fn(usize) -> bool>,
        known: &[TaggedSpan],
        with_networks: bool,
        progress: &mut dyn FnMut(f32),
    ) -> Vec<TaggedSpan> {
        let mut memory = DocumentMemory::default();
        #[cfg(not(target_arch = "wasm32"))]
        let mut caches = None;
        // (Only a model with networks reads it: without them the perceptron tags alone anyway.)
        #[cfg(target_arch = "wasm32")]
        let _ = with_networks;
        for s in sentences {
            memory.observe_lowercase(&words[s.clone()]);
        }
        let mut out = Vec::new();
        let mut kept = Vec::new();
        let mut redone = Vec::new();
        let mut next_known = 0;
        for (n, s) in sentences.iter().enumerate() {
            if n % 1000 == 999 {
                progress(n as f32 / sentences.len() as f32);
            }
            let first_known = next_known;
            while next_known < known.len() && known[next_known].start < s.end {
                next_known += 1;
            }
            let known_here = &known[first_known..next_known];
            let focused: Vec<usize> = focus.map_or_else(Vec::new, |f| s.clone().filter(|&i| f(i)).collect());
            if focus.is_some() && focused.is_empty() {
                let types = known_types(known_here, s);
                memory.record_words(&words[s.clone()], &types);
                kept.extend_from_slice(known_here);
                continue;
            }
            redone.push(s.clone());
            let sentence_views = views(&words[s.clone()], &self.lexicon);
            let sentence = SentenceToTag { views: &sentence_views, memory: &memory, focused: &focused, known: known_here, range: s };
            let (tags, mut spans) = sentence.perceptron_spans(scorer);
            // The memory holds what was marked: after a vote, its spans (as a
            // sentence that is not tagged again is remembered, so that a re-tag
            // around a correction sees the memory the whole article's tagging saw).
            let perceptron_types = || tags.iter().map(|&t| type_of(t)).collect::<Vec<u8>>();
            #[cfg(not(target_arch = "wasm32"))]
            let types = match self.voters().filter(|_| with_networks) {
                Some(members) => {
                    let caches = caches.get_or_insert_with(|| members.caches());
                    self.vote_sentence(members, caches, scorer.has_learned(), &sentence, &mut spans)
                }
                None => perceptron_types(),
            };
            #[cfg(target_arch = "wasm32")]
            let types = perceptron_types();
            sentence.mend(&mut spans);
            memory.record(&sentence_views, &types);
            out.extend(spans);
        }
        progress(1.0);
        // Names the article gives elsewhere, persons' names across it, then names given after their kind (ships,
        // storms), none crossing a sentence's end; last, one reading of a name in the article.
        let across_article = |spans: Vec<TaggedSpan>| {
            let whole = whole_names::mark_acronyms(words, whole_names::complete_from_article(words, spans));
            let persons =
                aliases::link_person_names(words, &self.lexicon, aliases::join_cut_person_names(words, &self.lexicon, whole, sentences));
            super::agreement::agree_labels(
                words,
                sentences,
                within_sentences(kind_names::name_kinds(words, &self.lexicon, persons), sentences),
            )
        };
        if kept.is_empty() {
            return across_article(out);
        }
        // Surnames link to full names anywhere in the article; only the re-tagged sentences' spans come back.
        let in_redone = |span: &TaggedSpan| {
            let at = redone.partition_point(|s| s.end <= span.start);
            redone.get(at).is_some_and(|s| s.start <= span.start)
        };
        let mut all: Vec<TaggedSpan> = out.into_iter().chain(kept).collect();
        crate::sort::sort_by_key(&mut all, |s| (s.start, s.end));
        across_article(all).into_iter().filter(in_redone).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tagger::rule_table::span;

    #[test]
    fn a_span_past_its_sentence_s_end_is_cut_at_it() {
        let sentences = [0..3, 3..5, 5..9];
        let cut =
            |spans: Vec<TaggedSpan>| within_sentences(spans, &sentences).iter().map(|s| (s.start, s.end, s.label)).collect::<Vec<_>>();
        assert_eq!(cut(vec![span(1, 3, "PER"), span(3, 4, "ORG")]), [(1, 3, "PER"), (3, 4, "ORG")]);
        assert_eq!(cut(vec![span(2, 4, "MISC")]), [(2, 3, "MISC"), (3, 4, "MISC")]);
        assert_eq!(cut(vec![span(1, 7, "ORG")]), [(1, 3, "ORG"), (3, 5, "ORG"), (5, 7, "ORG")]);
        // Outside every sentence (no sentences at all): as it is.
        assert_eq!(within_sentences(vec![span(0, 2, "LOC")], &[]), [span(0, 2, "LOC")]);
    }

    #[test]
    #[cfg(feature = "embedded-model")]
    fn tagging_around_words_with_nothing_learned_gives_back_what_tagging_the_whole_article_gave() {
        let seed = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data/seed-article.txt")).unwrap();
        let tokens = crate::token::tokenize(&seed);
        let words: Vec<&str> = tokens.iter().map(|t| t.text).collect();
        let sentences: Vec<_> = crate::sentence::sentences(&tokens).into_iter().map(|s| s.tokens).collect();
        let model = Model::shipped().unwrap();
        let all = model.tag(&words, &sentences);
        for focus in ["Mattis", "NATO", "US", "said", "Trump", "the"] {
            let around = model.tag_around(&words, &sentences, &|i| words[i] == focus, &all);
            let held: Vec<usize> = (0..sentences.len()).filter(|&n| words[sentences[n].clone()].contains(&focus)).collect();
            assert!(!held.is_empty(), "the seed article has {focus}");
            // Spans and labels, not scores: the tags before a window are the repaired ones, which can move a probability a little.
            let marks = |spans: Vec<&TaggedSpan>| spans.into_iter().map(|s| (s.start, s.end, s.label)).collect::<Vec<_>>();
            let expected = marks(all.iter().filter(|span| held.iter().any(|&n| sentences[n].contains(&span.start))).collect());
            assert_eq!(marks(around.iter().collect()), expected, "around {focus}");
        }
    }
}
