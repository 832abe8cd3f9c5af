//! The app layer driven by commands, as the UI drives it: adding articles, choosing another
//! lemma for an ambiguous form, and the library's "% known".

#![expect(
    clippy::unwrap_used,
    reason = "test helpers unwrap: a panic is the failure report"
)]
mod common;

use leesbril::app::{AppState, Command, DictionarySlot, Screen};
use leesbril::learn::Status;
use leesbril::store::Store;

fn state(path: &std::path::Path) -> AppState {
    AppState::new(
        Store::open(path).unwrap(),
        DictionarySlot::Ready(common::dictionary()),
    )
    .unwrap()
}

fn open_only_article(state: &mut AppState) {
    let article_id = state.library_rows()[0].article_id;
    state.apply(Command::OpenArticle(article_id)).unwrap();
    assert_eq!(state.screen, Screen::Reader);
}

fn select_form(state: &mut AppState, form: &str) {
    let reader = state.reader().unwrap();
    let word = reader
        .analysis()
        .words
        .iter()
        .position(|word| word.form == form)
        .unwrap();
    state.apply(Command::SelectWord(word)).unwrap();
}

#[test]
fn a_chosen_lemma_is_remembered_for_that_form() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("choice.sqlite3");
    let chosen;
    {
        let mut state = state(&db);
        state
            .apply(Command::AddArticle {
                title: String::new(),
                text: "De was hing buiten te drogen.".into(),
            })
            .unwrap();
        open_only_article(&mut state);
        select_form(&mut state, "was");
        let gloss = state.reader().unwrap().gloss().unwrap().clone();
        let other = if gloss.lemma == "was" { "zijn" } else { "was" };
        assert!(
            gloss.alternatives.iter().any(|lemma| lemma == other),
            "{:?}",
            gloss.alternatives
        );
        state.apply(Command::ChooseLemma(other.into())).unwrap();
        assert_eq!(state.reader().unwrap().gloss().unwrap().lemma, other);
        chosen = other;
    }
    let mut state = state(&db);
    open_only_article(&mut state);
    select_form(&mut state, "was");
    assert_eq!(
        state.reader().unwrap().gloss().unwrap().lemma,
        chosen,
        "remembered after a restart"
    );
    assert_eq!(
        state.store().lemma_choice("was").unwrap().as_deref(),
        Some(chosen)
    );
}

#[test]
fn known_share_follows_status_changes() {
    let dir = tempfile::tempdir().unwrap();
    let mut state = state(&dir.path().join("known.sqlite3"));
    state
        .apply(Command::AddArticle {
            title: "Kort".into(),
            text: "Het huis is groot.".into(),
        })
        .unwrap();
    assert_eq!(state.library_rows()[0].title, "Kort");
    assert_eq!(state.library_rows()[0].known_share, Some(0.0));
    open_only_article(&mut state);
    for form in ["Het", "huis"] {
        select_form(&mut state, form);
        state.apply(Command::SetStatus(Status::Known)).unwrap();
    }
    let share = state.library_rows()[0].known_share.unwrap();
    assert!((share - 0.5).abs() < 1e-9, "2 of 4 lemmas known: {share}");
}

#[test]
fn a_bad_import_reports_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut state = state(&dir.path().join("bad.sqlite3"));
    let binary = dir.path().join("plaatje.txt");
    std::fs::write(&binary, [0_u8, 159, 146, 150, 0, 1]).unwrap();
    state.apply_all([Command::ImportFile(binary)]);
    assert!(
        state.message().unwrap().contains("not a UTF-8 text"),
        "{:?}",
        state.message()
    );
    state.apply_all([Command::AddArticle {
        title: "x".into(),
        text: "   ".into(),
    }]);
    assert!(state.message().unwrap().contains("empty"));
    assert!(state.library_rows().is_empty());
}

#[test]
fn the_index_compiled_into_the_program_is_the_dictionary_of_the_sources() {
    // build.rs indexes `dictionaries/` at compile time; the program must carry exactly what
    // the sources say today (cargo rebuilds the index whenever a file there changes).
    let embedded = leesbril::app::bundled_dictionary().unwrap();
    let from_sources =
        leesbril::app::load_bundled_dictionary(&common::root().join("dictionaries")).unwrap();
    assert_eq!(embedded.len(), from_sources.len());
    assert!(embedded.to_cache_bytes() == from_sources.to_cache_bytes());
    assert_eq!(embedded.lookup("gingen")[0].headword, "gaan");
}
