//! The reducer, natively: the engine's effects run here, storage effects are
//! only checked for, never run.

use super::*;
use crate::effects::Engine;
use newsmark_engine::document::Document;
use newsmark_engine::edit::Edit;

/// Reduces `action` and runs the engine effects that follow, as the app does after paint.
fn step(state: Rc<State>, action: Action, engine: &mut Engine) -> (Rc<State>, Vec<Effect>) {
    let (mut state, effects) = state.reduce(action);
    let mut seen = Vec::new();
    for effect in effects {
        let reply = match &effect {
            Effect::Annotate { text, learned, .. } => Some(engine.annotate(text, learned)),
            Effect::LearnAfterPaint => Some(Action::Learn),
            Effect::Learn { doc, corrections, learned } => Some(engine.learn(doc.clone(), corrections, learned)),
            _ => None,
        };
        seen.push(effect);
        if let Some(reply) = reply {
            let (next, more) = step(state, reply, engine);
            state = next;
            seen.extend(more);
        }
    }
    (state, seen)
}

fn run(actions: Vec<Action>) -> (Rc<State>, Engine) {
    let mut engine = Engine::new(newsmark_engine::tagger::Model::shipped().unwrap(), &Default::default());
    let state = actions.into_iter().fold(Rc::new(State::default()), |s, a| step(s, a, &mut engine).0);
    (state, engine)
}

fn marks(state: &State) -> Vec<(String, String, bool)> {
    state.article.doc.as_ref().unwrap().entities.iter().map(|e| (e.text.clone(), e.label.clone(), e.reviewed)).collect()
}

#[test]
fn annotate_then_bad_file_keeps_the_document() {
    let (state, _) = run(vec![Action::SetInput("NATO met in Brussels.".into()), Action::Annotate]);
    let doc = state.article.doc.clone().expect("annotated");
    let (state, effects) = state.reduce(Action::OpenFile { name: "x.json".into(), bytes: b"{\"format\": 1}".to_vec() });
    assert!(state.ui.error.as_deref().unwrap().contains("Nothing was changed"));
    assert!(effects.is_empty());
    assert_eq!(state.article.doc.as_deref(), Some(&*doc));
    let (state, _) = state.reduce(Action::OpenFile { name: "x.txt".into(), bytes: vec![0xff, 0xfe, 0x00] });
    assert!(state.ui.error.as_deref().unwrap().contains("not UTF-8"));
    assert_eq!(state.article.doc.as_deref(), Some(&*doc));
    // Texts without marks, as doccano imports them, say what to do with them.
    let texts = b"{\"text\": \"NATO met.\"}\n{\"text\": \"EU met.\", \"id\": 2}\n".to_vec();
    let (state, effects) = state.reduce(Action::OpenFile { name: "texts.jsonl".into(), bytes: texts });
    assert!(state.ui.error.as_deref().unwrap().contains("texts without marks"), "{:?}", state.ui.error);
    assert!(state.ui.error.as_deref().unwrap().contains("newsmark annotate --jsonl"));
    assert!(effects.is_empty());
    assert_eq!(state.article.doc.as_deref(), Some(&*doc));
}

#[test]
fn empty_text_is_refused_with_a_message_and_nothing_to_run() {
    let (state, effects) = Rc::new(State::default()).reduce(Action::Annotate);
    assert!(state.ui.error.as_deref().unwrap().contains("empty"));
    assert!(state.article.doc.is_none());
    assert!(effects.is_empty());
}

#[test]
fn an_import_opens_the_first_document_once_the_others_are_saved() {
    let (state, _) = run(vec![Action::SetInput("\"Go,\" said Angela Merkel.".into()), Action::Annotate]);
    let json = newsmark_engine::format::to_json(state.article.doc.as_deref().unwrap());
    let (fresh, effects) =
        Rc::new(State::default()).reduce(Action::OpenFile { name: "a.newsmark.json".into(), bytes: json.clone().into_bytes() });
    assert!(fresh.article.doc.is_none(), "nothing opens before it is saved");
    let Some(Effect::Import { name, mut docs }) = effects.into_iter().next() else { panic!("an import to run") };
    let (opened, _) = fresh.reduce(Action::Imported { name, first: Box::new(docs.remove(0)), result: Ok(Vec::new()) });
    assert_eq!(opened.article.doc.as_ref().map(|d| newsmark_engine::format::to_json(d)), Some(json));
}

#[test]
fn select_label_relabel_delete_undo_redo() {
    let mut engine = Engine::new(newsmark_engine::tagger::Model::shipped().unwrap(), &Default::default());
    let text = "Officials in Kandahar met the Blorgh envoy.";
    let blorgh = text.find("Blorgh").unwrap();
    let (state, _) = step(Rc::new(State::default()), Action::SetInput(text.into()), &mut engine);
    let (state, _) = step(state, Action::Annotate, &mut engine);
    let before = marks(&state);
    // A selection inside the word snaps to the whole token.
    let (state, _) = step(state, Action::SelectText { start: blorgh + 1, end: blorgh + 3, exact: false, at: (0.0, 0.0) }, &mut engine);
    let (state, effects) = step(state, Action::Hotkey("2".into()), &mut engine);
    assert!(marks(&state).contains(&("Blorgh".into(), "ORG".into(), true)));
    assert!(state.ui.unsaved_document, "an edit is to be saved");
    assert!(
        effects.iter().any(|e| matches!(e, Effect::SaveLearned { learned, .. } if learned.decisions.contains_key("Blorgh"))),
        "and learned from"
    );
    assert!(state.article.pending.is_empty());
    let (state, _) = step(state, Action::Hotkey("4".into()), &mut engine);
    assert!(marks(&state).contains(&("Blorgh".into(), "MISC".into(), true)));
    let (state, _) = step(state, Action::DeleteSelected, &mut engine);
    assert!(!marks(&state).iter().any(|m| m.0 == "Blorgh"));
    let (state, _) = step(state, Action::Undo, &mut engine);
    let (state, _) = step(state, Action::Undo, &mut engine);
    let (state, _) = step(state, Action::Undo, &mut engine);
    assert_eq!(marks(&state), before);
    let (state, _) = step(state, Action::Redo, &mut engine);
    assert!(marks(&state).contains(&("Blorgh".into(), "ORG".into(), true)));
}

#[test]
fn a_re_tag_for_a_document_edited_meanwhile_is_dropped() {
    let (state, mut engine) = run(vec![Action::SetInput("Officials met the Blorgh envoy in Bonn.".into()), Action::Annotate]);
    let blorgh = "Officials met the ".chars().count();
    let (state, _) = state.reduce(Action::SelectText { start: blorgh, end: blorgh + 6, exact: false, at: (0.0, 0.0) });
    let (state, _) = state.reduce(Action::Hotkey("2".into()));
    let (learning, effects) = state.reduce(Action::Learn);
    let Some(Effect::Learn { doc, corrections, learned }) = effects.into_iter().next() else { panic!("learning to run") };
    let learned_reply = engine.learn(doc, &corrections, &learned);
    // Another edit lands before learning answers.
    let (edited, _) = learning.reduce(Action::DeleteSelected);
    let (after, _) = edited.reduce(learned_reply);
    assert!(Rc::ptr_eq(after.article.doc.as_ref().unwrap(), edited.article.doc.as_ref().unwrap()));
    assert!(after.library.learned.decisions.contains_key("Blorgh"));
}

#[test]
fn saving_asks_for_a_new_id_then_keeps_the_one_given() {
    let (state, _) = run(vec![Action::SetInput("NATO met in Brussels.".into()), Action::Annotate]);
    assert!(state.ui.unsaved_document);
    let (state, effects) = state.reduce(Action::Save);
    assert!(matches!(effects.as_slice(), [Effect::SaveDocument { id: None, title, base: 0, .. }] if title == "NATO met in Brussels."));
    let state = saved(state, &effects, "d1", 1);
    assert_eq!(state.article.current.as_deref(), Some("d1"));
    let (state, _) = state.reduce(Action::SelectText { start: 0, end: 4, exact: false, at: (0.0, 0.0) });
    let (state, _) = state.reduce(Action::AcceptSelected);
    let (state, _) = state.reduce(Action::Select(Some(Selected::Entity(state.article.doc.as_ref().unwrap().entities[0].id.clone()))));
    let (state, _) = state.reduce(Action::AcceptSelected);
    let (_, effects) = state.reduce(Action::Save);
    assert!(matches!(effects.as_slice(), [Effect::SaveDocument { id: Some(id), base: 1, .. }] if id == "d1"));
}

/// The state after the save `effects` asked for was written as `revision` under `id`.
fn saved(state: Rc<State>, effects: &[Effect], id: &str, revision: u64) -> Rc<State> {
    let Some(Effect::SaveDocument { serial, doc, .. }) = effects.iter().find(|e| matches!(e, Effect::SaveDocument { .. })) else {
        panic!("a save: {effects:?}")
    };
    let result = Ok(SaveOutcome::Written { revision, index: Vec::new() });
    state.reduce(Action::Saved { id: id.into(), serial: *serial, doc: doc.clone(), result }).0
}

/// An annotated article saved as d1, revision 1, and what another tab would store next from it.
fn saved_article() -> (Rc<State>, Document) {
    let (state, _) = run(vec![Action::SetInput("Rex Tillerson met Sergei Lavrov in Bonn.".into()), Action::Annotate]);
    let (state, effects) = state.reduce(Action::Save);
    let state = saved(state, &effects, "d1", 1);
    let theirs = (**state.article.doc.as_ref().unwrap()).clone();
    (state, theirs)
}

fn select(state: Rc<State>, text: &str) -> Rc<State> {
    let id = state.article.doc.as_ref().unwrap().entities.iter().find(|e| e.text == text).unwrap().id.clone();
    state.reduce(Action::Select(Some(Selected::Entity(id)))).0
}

fn external(state: &Rc<State>, theirs: &Document, revision: u64, overridden: Vec<String>) -> (Rc<State>, Vec<Effect>) {
    let stored = Some((newsmark_engine::format::to_json_keeping_ids(theirs), revision));
    state.reduce(Action::ExternalDocument { id: "d1".into(), stored, overridden })
}

#[test]
fn another_tabs_save_is_taken_as_it_is_where_nothing_changed_here() {
    let (state, mut theirs) = saved_article();
    theirs.entities.retain(|e| e.text != "Bonn");
    let state = select(state, "Rex Tillerson");
    let (state, effects) = external(&state, &theirs, 2, vec![]);
    assert!(!marks(&state).iter().any(|m| m.0 == "Bonn"));
    assert_eq!(state.article.revision, 2);
    assert!(effects.is_empty() && !state.ui.unsaved_document, "nothing to save back: {effects:?}");
    assert!(matches!(&state.article.selected, Some(Selected::Entity(_))), "the selection stays");
}

#[test]
fn another_tabs_save_merges_with_changes_made_here_and_both_are_saved() {
    let (state, mut theirs) = saved_article();
    theirs.entities.retain(|e| e.text != "Bonn");
    let state = select(state, "Rex Tillerson");
    let (state, _) = state.reduce(Action::Hotkey("2".into()));
    let (state, effects) = external(&state, &theirs, 2, vec![]);
    assert!(!marks(&state).iter().any(|m| m.0 == "Bonn"), "their delete");
    assert!(marks(&state).contains(&("Rex Tillerson".into(), "ORG".into(), true)), "our relabel");
    assert!(matches!(effects.as_slice(), [Effect::SaveDocument { base: 2, .. }]), "saved on top of theirs: {effects:?}");
}

#[test]
fn a_save_that_finds_a_newer_revision_merges_and_saves_again() {
    let (state, mut theirs) = saved_article();
    let state = select(state, "Rex Tillerson");
    let (state, _) = state.reduce(Action::Hotkey("2".into()));
    let (state, effects) = state.reduce(Action::Save);
    let Some(Effect::SaveDocument { serial, doc, base: 1, .. }) = effects.first().cloned() else { panic!("{effects:?}") };
    theirs.entities.retain(|e| e.text != "Bonn");
    let json = newsmark_engine::format::to_json_keeping_ids(&theirs);
    let (state, effects) =
        state.reduce(Action::Saved { id: "d1".into(), serial, doc, result: Ok(SaveOutcome::Stale { revision: 2, json }) });
    assert!(!marks(&state).iter().any(|m| m.0 == "Bonn"));
    assert!(marks(&state).contains(&("Rex Tillerson".into(), "ORG".into(), true)));
    assert!(matches!(effects.as_slice(), [Effect::SaveDocument { base: 2, .. }]), "{effects:?}");
}

#[test]
fn a_mark_both_tabs_changed_keeps_the_later_and_offers_this_tabs_back() {
    let (state, mut theirs) = saved_article();
    let state = select(state, "Rex Tillerson");
    let (state, _) = state.reduce(Action::Hotkey("2".into()));
    let (state, effects) = state.reduce(Action::Save);
    let state = saved(state, &effects, "d1", 2);
    let mark = theirs.entities.iter_mut().find(|e| e.text == "Rex Tillerson").unwrap();
    mark.label = "MISC".into();
    let id = mark.id.clone();
    let (state, _) = external(&state, &theirs, 3, vec![id]);
    assert!(marks(&state).iter().any(|m| m.0 == "Rex Tillerson" && m.1 == "MISC"), "the later save's version");
    assert!(state.ui.notice.as_deref().unwrap().contains("Another tab changed a mark"));
    let (state, effects) = state.reduce(Action::KeepMine);
    assert!(marks(&state).iter().any(|m| m.0 == "Rex Tillerson" && m.1 == "ORG"), "ours back");
    assert!(matches!(effects.as_slice(), [Effect::SaveAfterPaint]), "and saved: {effects:?}");
}

#[test]
fn an_open_document_deleted_in_another_tab_closes_with_a_word() {
    let (state, _) = saved_article();
    let (state, _) = state.reduce(Action::ExternalDocument { id: "d1".into(), stored: None, overridden: vec![] });
    assert!(state.article.doc.is_none());
    assert!(state.ui.notice.as_deref().unwrap().contains("deleted in another tab"));
}

#[test]
fn a_deleted_open_document_closes_and_can_come_back() {
    let (state, _) = run(vec![Action::SetInput("NATO met in Brussels.".into()), Action::Annotate]);
    let (state, effects) = state.reduce(Action::Save);
    let state = saved(state, &effects, "d1", 1);
    let summary = Summary { id: "d1".into(), title: "NATO".into(), total: 2, ..Summary::default() };
    let (state, _) = state.reduce(Action::Deleted(Ok((summary, "{}".into(), Vec::new()))));
    assert!(state.article.doc.is_none());
    let (_, effects) = state.reduce(Action::UndoDelete);
    assert!(matches!(effects.as_slice(), [Effect::RestoreDocument(d)] if d.0.id == "d1"));
}

#[test]
fn a_long_article_is_re_tagged_by_the_worker_and_one_undo_takes_back_both() {
    use newsmark_engine::document::{default_labels, Entity, Source};
    let text = format!("{}Bonn and Blorgh.", "Filler words here. ".repeat(WORKER_THRESHOLD / 19 + 1));
    let bonn = text.chars().count() - "Bonn and Blorgh.".chars().count();
    let mark = |id: &str, start: usize, end: usize, label: &str, source: Source| Entity {
        id: id.into(),
        start,
        end,
        label: label.into(),
        text: text.chars().skip(start).take(end - start).collect(),
        source,
        score: None,
        reviewed: false,
    };
    let doc = Document {
        text: text.clone(),
        labels: default_labels(),
        entities: vec![mark("e1", bonn, bonn + 4, "PER", Source::Model)],
        ..Default::default()
    };
    let mut engine = Engine::new(newsmark_engine::tagger::Model::shipped().unwrap(), &Default::default());
    let (state, _) = step(Rc::new(State::default()), Action::Annotated(Ok(doc)), &mut engine);
    let (state, _) = step(state, Action::Select(Some(Selected::Entity("e1".into()))), &mut engine);
    let (state, effects) = step(state, Action::Hotkey("3".into()), &mut engine);
    let Some(Effect::RetagInWorker { request, doc, .. }) = effects.iter().find(|e| matches!(e, Effect::RetagInWorker { .. })).cloned()
    else {
        panic!("a long article is re-tagged in the worker: {effects:?}")
    };
    assert_eq!(doc.entities[0].label, "LOC");
    // The worker answers with the changes the re-tag makes.
    let blorgh = mark("e2", bonn + 9, bonn + 15, "ORG", Source::Model);
    let reply = serde_json::json!({"retag_edit": Edit::Batch(vec![Edit::PutEntity(blorgh)]), "request": request});
    let (state, _) = step(state, Action::WorkerReply(reply.to_string()), &mut engine);
    assert_eq!(marks(&state), [("Bonn".into(), "LOC".into(), true), ("Blorgh".into(), "ORG".into(), false)]);
    let (state, _) = step(state, Action::Undo, &mut engine);
    assert_eq!(marks(&state), [("Bonn".into(), "PER".into(), false)]);
}

#[test]
fn a_new_article_after_a_saved_one_is_saved_as_a_new_document() {
    let (state, _) = saved_article();
    let (state, _) = state.reduce(Action::SetInput("Angela Merkel visited Paris.".into()));
    let (state, _) =
        step(state, Action::Annotate, &mut Engine::new(newsmark_engine::tagger::Model::shipped().unwrap(), &Default::default()));
    let (state, effects) = state.reduce(Action::Save);
    assert!(matches!(effects.as_slice(), [Effect::SaveDocument { id: None, base: 0, .. }]), "{effects:?}");
    let state = saved(state, &effects, "d2", 1);
    assert_eq!(state.article.current.as_deref(), Some("d2"));
}

#[test]
fn undo_and_redo_take_what_was_learned_back_and_forth() {
    let text = "The news agency Reuters reported that Angela Merkel met Emmanuel Macron in Paris.";
    let mut engine = Engine::new(newsmark_engine::tagger::Model::shipped().unwrap(), &Default::default());
    let (state, _) = step(Rc::new(State::default()), Action::SetInput(text.into()), &mut engine);
    let (state, _) = step(state, Action::Annotate, &mut engine);
    let state = select(state, "Reuters");
    let (state, _) = step(state, Action::DeleteSelected, &mut engine);
    assert!(state.library.learned.decisions.contains_key("Reuters"), "deleting teaches");
    let (state, effects) = step(state, Action::Undo, &mut engine);
    assert!(marks(&state).iter().any(|m| m.0 == "Reuters"));
    assert!(!state.library.learned.decisions.contains_key("Reuters"), "undo takes it back");
    assert!(state.library.learned.examples.is_empty());
    assert!(effects.iter().any(|e| matches!(e, Effect::ReloadModel(l) if l.decisions.is_empty())), "the model forgets: {effects:?}");
    let (state, _) = step(state, Action::Redo, &mut engine);
    assert!(state.library.learned.decisions.contains_key("Reuters"), "redo teaches again");
    let (state, _) = step(state, Action::Undo, &mut engine);
    // A new edit after undo: the undone learning can no longer come back.
    let state = select(state, "Paris");
    let (state, _) = step(state, Action::Hotkey("4".into()), &mut engine);
    let (state, _) = step(state, Action::Redo, &mut engine);
    assert!(!state.library.learned.decisions.contains_key("Reuters"));
}

#[test]
fn re_annotating_an_edited_text_keeps_the_document_and_the_review_of_unchanged_lines() {
    let mut engine = Engine::new(newsmark_engine::tagger::Model::shipped().unwrap(), &Default::default());
    let text = "Rex Tillerson met Sergei Lavrov in Bonn.\n\nAngela Merkel spoke in Berlinn.";
    let (state, _) = step(Rc::new(State::default()), Action::SetInput(text.into()), &mut engine);
    let (state, _) = step(state, Action::Annotate, &mut engine);
    let (state, effects) = state.reduce(Action::Save);
    let state = saved(state, &effects, "d1", 1);
    let state = select(state, "Rex Tillerson");
    let (state, _) = step(state, Action::AcceptSelected, &mut engine);
    let (state, _) = step(state, Action::SetInput(text.replace("Berlinn", "Berlin")), &mut engine);
    let (state, _) = step(state, Action::Annotate, &mut engine);
    assert_eq!(state.article.current.as_deref(), Some("d1"), "still the same document");
    assert!(marks(&state).contains(&("Rex Tillerson".into(), "PER".into(), true)), "the review is kept: {:?}", marks(&state));
    assert!(state.ui.notice.as_deref().unwrap().contains("1 changed line"));
    let (_, effects) = state.reduce(Action::Save);
    assert!(matches!(effects.as_slice(), [Effect::SaveDocument { id: Some(id), base: 1, .. }] if id == "d1"), "{effects:?}");
}

#[test]
fn forgetting_what_was_learned_and_importing_a_saved_article_again_ask_first() {
    let (state, _) = state_with_a_saved("Rex Tillerson met Sergei Lavrov in Bonn.");
    let (state, effects) = state.reduce(Action::AskResetLearning);
    assert!(effects.is_empty() && state.ui.question.is_some());
    let (state, effects) = state.reduce(Action::Answer(false));
    assert!(effects.is_empty() && state.ui.question.is_none());
    let (state, _) = state.reduce(Action::AskResetLearning);
    let (state, effects) = state.reduce(Action::Answer(true));
    assert!(effects.iter().any(|e| matches!(e, Effect::SaveLearned { replace: true, .. })));
    let json = newsmark_engine::format::to_json(state.article.doc.as_ref().unwrap());
    let (state, effects) = state.reduce(Action::OpenFile { name: "again.json".into(), bytes: json.into_bytes() });
    assert!(effects.is_empty(), "asked first: {effects:?}");
    assert!(matches!(state.ui.question.as_deref(), Some(Question::ImportAgain { .. })));
    let (_, effects) = state.reduce(Action::Answer(true));
    assert!(matches!(effects.as_slice(), [Effect::Import { .. }]));
}

/// An annotated article, saved and listed as the effects would list it.
fn state_with_a_saved(text: &str) -> (Rc<State>, Vec<Effect>) {
    let (state, _) = run(vec![Action::SetInput(text.into()), Action::Annotate]);
    let (state, effects) = state.reduce(Action::Save);
    let summary = Summary { id: "d1".into(), title: title_of(text), text: text_key(text), ..Summary::default() };
    let Some(Effect::SaveDocument { serial, doc, .. }) = effects.first().cloned() else { panic!("{effects:?}") };
    let result = Ok(SaveOutcome::Written { revision: 1, index: vec![summary] });
    (state.reduce(Action::Saved { id: "d1".into(), serial, doc, result }).0, effects)
}

#[test]
fn next_to_review_goes_through_the_unreviewed_marks_in_order_and_round() {
    let (state, _) = run(vec![Action::SetInput("Rex Tillerson met Sergei Lavrov in Bonn.".into()), Action::Annotate]);
    let texts = |state: &State| match &state.article.selected {
        Some(Selected::Entity(id)) => state.article.doc.as_ref().unwrap().entity(id).unwrap().text.clone(),
        other => panic!("{other:?}"),
    };
    let (state, effects) = state.reduce(Action::Next(Review::Unreviewed));
    assert_eq!(texts(&state), "Rex Tillerson");
    assert!(matches!(effects.as_slice(), [Effect::FocusMark(_)]));
    let (state, _) = state.reduce(Action::AcceptSelected);
    let (state, _) = state.reduce(Action::Next(Review::Unreviewed));
    assert_eq!(texts(&state), "Sergei Lavrov");
    let (state, _) = state.reduce(Action::Next(Review::Unreviewed));
    let (state, _) = state.reduce(Action::Next(Review::Unreviewed));
    assert_eq!(texts(&state), "Sergei Lavrov", "round again, past the reviewed one");
}

#[test]
fn a_gender_set_in_the_sources_view_is_an_undoable_edit_here_and_a_storage_write_elsewhere() {
    let (state, _) = run(vec![Action::SetInput("\"Talks will resume,\" said Jordan Lee.".into()), Action::Annotate]);
    let (state, effects) = state.reduce(Action::OpenDashboard);
    assert!(matches!(state.ui.dashboard, Dashboard::Loading));
    assert!(matches!(effects.as_slice(), [Effect::TallySources { open: Some((id, _)) }] if id == "open"));
    let appearances = vec![("open".to_string(), "Jordan Lee".to_string()), ("d7".to_string(), "Lee".to_string())];
    let (state, effects) = state.reduce(Action::SetSourceGender { appearances, gender: Some(newsmark_engine::names::Gender::Female) });
    let notes = &state.article.doc.as_ref().unwrap().sources;
    assert_eq!(notes.len(), 1);
    assert_eq!((notes[0].name.as_str(), notes[0].gender), ("Jordan Lee", Some(newsmark_engine::names::Gender::Female)));
    assert!(effects
        .iter()
        .any(|e| matches!(e, Effect::NoteGender { documents, .. } if documents == &[("d7".to_string(), "Lee".to_string())])));
    assert!(state.ui.unsaved_document, "the open document is to be saved");
    let (state, _) = state.reduce(Action::Undo);
    assert!(state.article.doc.as_ref().unwrap().sources.is_empty());
}

#[test]
fn a_quote_picked_in_another_document_is_selected_once_that_document_is_open() {
    let (state, _) = run(vec![Action::SetInput("\"Talks will resume,\" said Jordan Lee.".into()), Action::Annotate]);
    let (state, effects) = state.reduce(Action::ShowQuote { document: "d9".into(), quote: "q1".into() });
    assert!(matches!(state.ui.dashboard, Dashboard::Closed));
    assert!(effects.iter().any(|e| matches!(e, Effect::LoadDocument(id) if id == "d9")));
    let json = newsmark_engine::format::to_json(state.article.doc.as_ref().unwrap());
    let (state, effects) = state.reduce(Action::DocumentLoaded { id: "d9".into(), json: Some((json, 1)), history: Default::default() });
    assert_eq!(state.article.selected, Some(Selected::Quote("q1".into())));
    assert!(effects.iter().any(|e| matches!(e, Effect::FocusQuote(id) if id == "q1")));
}

#[test]
fn annotate_waits_for_the_model_and_says_so_or_says_why_it_cannot() {
    let state = Rc::new(State::default());
    let (state, effects) = state.reduce(Action::SetInput("NATO met in Brussels.".into())).0.reduce(Action::Annotate);
    assert!(state.ui.awaiting_model, "a visible state while the model arrives");
    assert!(matches!(effects.as_slice(), [Effect::Annotate { .. }]), "the effect waits for the model, it is not dropped");
    let (state, _) = state.reduce(Action::ModelLoaded(Err("ner.bin: HTTP 404".into())));
    assert!(!state.ui.awaiting_model);
    assert!(state.ui.error.as_deref().unwrap().contains("could not be loaded (ner.bin: HTTP 404)"));
    let (state, effects) = state.reduce(Action::Annotate);
    assert!(effects.is_empty());
    assert!(state.ui.error.as_deref().unwrap().starts_with("Cannot annotate"));
}

#[test]
fn an_open_sources_view_counts_again_when_another_tab_saves_a_document() {
    let state = Rc::new(State { ui: Ui { dashboard: Dashboard::Loading, ..Default::default() }, ..Default::default() });
    let external = || Action::External { keys: vec!["newsmark.document.d3".into()], overridden: vec![] };
    let (_, effects) = state.reduce(external());
    assert!(!effects.iter().any(|e| matches!(e, Effect::TallySources { .. })), "a tally is already on its way");
    let view = SourcesView { tally: newsmark_engine::sources::tally(&[], &|_| None), quotes: Default::default(), unreadable: 0 };
    let (state, _) = state.reduce(Action::SourcesTallied(Rc::new(view)));
    let (_, effects) = state.reduce(external());
    assert!(effects.iter().any(|e| matches!(e, Effect::TallySources { .. })), "{effects:?}");
    let (_, effects) = state.reduce(Action::External { keys: vec!["newsmark.labels".into()], overridden: vec![] });
    assert!(!effects.iter().any(|e| matches!(e, Effect::TallySources { .. })));
}

#[test]
fn a_selection_across_a_line_break_marks_only_its_first_line_and_says_so() {
    let mut engine = Engine::new(newsmark_engine::tagger::Model::shipped().unwrap(), &Default::default());
    let text = "Talks with Russia\n\nJames Mattis said so.";
    let (state, _) = step(Rc::new(State::default()), Action::SetInput(text.into()), &mut engine);
    let (state, _) = step(state, Action::Annotate, &mut engine);
    // Exact characters from the space before "Russia" into the next paragraph.
    let (state, _) = step(state, Action::SelectText { start: 10, end: 24, exact: true, at: (0.0, 0.0) }, &mut engine);
    let (state, _) = step(state, Action::Hotkey("4".into()), &mut engine);
    let doc = state.article.doc.as_ref().unwrap();
    assert!(doc.entities.iter().all(|e| !e.text.contains('\n') && e.text.trim() == e.text), "{:?}", doc.entities);
    assert!(marks(&state).contains(&("Russia".into(), "MISC".into(), true)), "{:?}", marks(&state));
    assert!(state.ui.notice.as_deref().unwrap().contains("one line"), "{:?}", state.ui.notice);
    // Moving the mark's end by a word does not take it into the next paragraph either.
    let (state, _) = step(state, Action::MoveEdge { edge: Edge::End, step: 1, by_char: false }, &mut engine);
    assert!(marks(&state).contains(&("Russia".into(), "MISC".into(), true)), "{:?}", marks(&state));
}

#[test]
fn a_mark_edge_moved_by_a_character_steps_over_a_space() {
    let mut engine = Engine::new(newsmark_engine::tagger::Model::shipped().unwrap(), &Default::default());
    let (state, _) = step(Rc::new(State::default()), Action::SetInput("Talks with Angela Merkel ended.".into()), &mut engine);
    let (state, _) = step(state, Action::Annotate, &mut engine);
    let (state, _) = step(state, Action::SelectText { start: 11, end: 17, exact: true, at: (0.0, 0.0) }, &mut engine);
    let (state, _) = step(state, Action::Hotkey("4".into()), &mut engine);
    let by_char = |edge, step| Action::MoveEdge { edge, step, by_char: true };
    let (state, _) = step(state, by_char(Edge::End, 1), &mut engine);
    assert!(marks(&state).contains(&("Angela M".into(), "MISC".into(), true)), "{:?}", marks(&state));
    let (state, _) = step(state, by_char(Edge::End, -1), &mut engine);
    assert!(marks(&state).contains(&("Angela".into(), "MISC".into(), true)), "{:?}", marks(&state));
    let (state, _) = step(state, by_char(Edge::Start, -1), &mut engine);
    assert!(marks(&state).contains(&("h Angela".into(), "MISC".into(), true)), "{:?}", marks(&state));
}

#[test]
fn an_article_wrapped_by_hand_is_joined_only_if_the_user_says_so() {
    let wrapped = "The talks in Geneva were led by the United Nations envoy Staffan de\nMistura, who said on Monday that the Syrian government and the\nopposition had agreed to meet again after the meeting with Walid\nMoualem.";
    let asked = |state: &State| matches!(state.ui.question.as_deref(), Some(Question::JoinLines { breaks: 3, .. }));
    let (state, _) = run(vec![Action::SetInput(wrapped.into())]);
    let (state, effects) = state.reduce(Action::Annotate);
    assert!(effects.is_empty() && asked(&state), "asked first: {effects:?}");
    // Joined: the text box and the article hold the joined text.
    let (joined, effects) = state.clone().reduce(Action::Answer(true));
    assert!(matches!(effects.as_slice(), [Effect::Annotate { text, .. }] if !text.contains('\n') && text.contains("Staffan de Mistura")));
    assert!(!joined.article.input.contains('\n'));
    // Kept: annotated as it is.
    let (kept, effects) = state.reduce(Action::Answer(false));
    assert!(matches!(effects.as_slice(), [Effect::Annotate { text, .. }] if **text == *wrapped), "{effects:?}");
    assert_eq!(&*kept.article.input, wrapped);
    // An article not wrapped is annotated at once.
    let (_, effects) = run(vec![Action::SetInput("Rex Tillerson met Sergei Lavrov in Bonn.".into())]).0.reduce(Action::Annotate);
    assert!(matches!(effects.as_slice(), [Effect::Annotate { .. }]));
}

#[test]
fn a_document_marked_done_counts_as_unsaved_until_the_database_reports_it_in() {
    let (state, _) = saved_article();
    let (state, effects) = state.reduce(Action::SetDone("d1".into(), true));
    assert!(effects.iter().any(|e| matches!(e, Effect::SetDone(id, true) if id == "d1")), "{effects:?}");
    assert!(state.ui.writes_in_flight);
    let (state, _) = state.reduce(Action::Stored(None));
    assert!(!state.ui.writes_in_flight);
}
