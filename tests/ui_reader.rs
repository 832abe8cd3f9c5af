//! The reader flow through the real UI, driven by AccessKit labels: open an article, click a
//! word, read its gloss, press 1, and find the status again after a restart.

mod common;

use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use leesbril::app::Screen;
use leesbril::learn::{Level, Status};
use leesbril::ui::LeesbrilApp;

fn harness(app: LeesbrilApp) -> Harness<'static, LeesbrilApp> {
    Harness::builder()
        .with_size([1280.0, 900.0])
        .build_ui_state(|ui, app: &mut LeesbrilApp| app.frame_ui(ui), app)
}

const ARTICLE: &str = "De onderhandelingen tussen Rusland en Oekraïne in Belarus zijn gestart";

fn open_article(harness: &mut Harness<'static, LeesbrilApp>) {
    open_article_titled(harness, ARTICLE);
}

fn open_article_titled(harness: &mut Harness<'static, LeesbrilApp>, title_start: &str) {
    harness.run();
    harness.get_by_label_contains(title_start).click();
    harness.run();
    assert_eq!(harness.state().state.screen, Screen::Reader);
}

#[test]
fn clicking_a_word_shows_its_lemma_and_gloss_and_1_sets_learning_level_1() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("ui.sqlite3");
    let level_1 = Status::Learning(Level::new(1).unwrap());
    {
        let mut harness = harness(common::app(&db));
        open_article(&mut harness);

        // "onderhandelingen" is a plural: the gloss panel shows its lemma.
        harness
            .get_all_by_label("onderhandelingen")
            .next()
            .expect("the word is a click target")
            .click();
        harness.run();
        let gloss = harness
            .state()
            .state
            .reader()
            .and_then(|r| r.gloss())
            .cloned()
            .expect("a gloss");
        assert_eq!(gloss.form, "onderhandelingen");
        assert_eq!(gloss.lemma, "onderhandeling");
        // The panel shows the lemma and the entry's sense.
        assert!(harness.query_all_by_label("onderhandeling").count() >= 1);
        assert!(harness.query_all_by_label_contains("negotiation").count() >= 1);

        harness.key_press(Key::Num1);
        harness.run();
        assert_eq!(
            harness
                .state()
                .state
                .store()
                .statuses()
                .unwrap()
                .get("onderhandeling"),
            Some(&level_1),
            "the status is in the database at once"
        );
    }

    // A fresh app on the same database shows the word tinted as learning level 1.
    let mut harness = harness(common::app(&db));
    open_article(&mut harness);
    let reader = harness.state().state.reader().expect("article open");
    let word = reader
        .analysis()
        .words
        .iter()
        .position(|word| word.form == "onderhandelingen")
        .expect("word present");
    assert_eq!(reader.word_status(word), level_1);
    assert_ne!(
        leesbril::ui::theme::status_background(level_1, false),
        leesbril::ui::theme::status_background(Status::Known, false),
        "learning words are tinted, known words are not"
    );
}

#[test]
fn arrow_keys_move_the_selection_and_escape_clears_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(common::app(&dir.path().join("keys.sqlite3")));
    open_article(&mut harness);
    harness.key_press(Key::ArrowRight);
    harness.run();
    assert_eq!(harness.state().state.reader().unwrap().selected(), Some(0));
    harness.key_press(Key::ArrowRight);
    harness.run();
    assert_eq!(harness.state().state.reader().unwrap().selected(), Some(1));
    harness.key_press(Key::ArrowLeft);
    harness.run();
    assert_eq!(harness.state().state.reader().unwrap().selected(), Some(0));
    harness.key_press(Key::K);
    harness.run();
    let first_lemma = harness
        .state()
        .state
        .reader()
        .unwrap()
        .gloss()
        .unwrap()
        .lemma
        .clone();
    assert_eq!(harness.state().state.status_of(&first_lemma), Status::Known);
    harness.key_press(Key::Escape);
    harness.run();
    assert_eq!(harness.state().state.reader().unwrap().selected(), None);
}

#[test]
fn the_library_lists_the_seeds_and_goes_back_from_the_reader() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(common::app(&dir.path().join("library.sqlite3")));
    harness.run();
    assert_eq!(harness.state().state.library_rows().len(), 5);
    open_article(&mut harness);
    harness.get_by_label("Back to library").click();
    harness.run();
    assert_eq!(harness.state().state.screen, Screen::Library);
}

#[test]
fn pasted_text_becomes_an_article_in_the_library() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(common::app(&dir.path().join("paste.sqlite3")));
    harness.run();
    harness.get_by_label("Add article").click();
    harness.run();
    let text_box = harness
        .get_all_by_role(egui::accesskit::Role::MultilineTextInput)
        .next()
        .expect("a box to paste into");
    text_box.focus();
    text_box.type_text("Het kabinet is gevallen. De premier biedt zijn ontslag aan.");
    harness.run();
    harness.get_by_label("Add pasted text").click();
    harness.run();
    let rows = harness.state().state.library_rows();
    assert_eq!(rows.len(), 6);
    assert!(
        rows.iter()
            .any(|row| row.title == "Het kabinet is gevallen")
    );
    harness.get_by_label("Het kabinet is gevallen").click();
    harness.run();
    assert_eq!(harness.state().state.screen, Screen::Reader);
}

#[test]
fn clicking_a_separable_verb_selects_both_parts_and_glosses_the_joined_verb() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(common::app(&dir.path().join("separable.sqlite3")));
    open_article_titled(
        &mut harness,
        "Op satellietbeelden van het Amerikaanse bedrijf Maxar",
    );
    // "Rusland voerde de spanningen … op": the finite verb and its particle belong together.
    // It stands further down: move the selection next to it so the reader scrolls there.
    let verb = common::word_index(&harness.state().state, "voerde");
    harness
        .state_mut()
        .state
        .apply_all([leesbril::app::Command::SelectWord(verb - 1)]);
    harness.run();
    harness
        .get_all_by_label("voerde")
        .next()
        .expect("the verb is on the page")
        .click();
    harness.run();
    let reader = harness.state().state.reader().unwrap();
    let gloss = reader.gloss().unwrap();
    assert_eq!(gloss.lemma, "opvoeren");
    assert_eq!(gloss.joined_with, vec!["op".to_owned()]);
    let group = reader.selected_group();
    assert_eq!(group.len(), 2, "both parts are highlighted");
    let particle = group[1];
    assert_eq!(reader.analysis().words[particle].form, "op");

    // Clicking the particle selects the same verb.
    harness
        .state_mut()
        .state
        .apply_all([leesbril::app::Command::SelectWord(particle)]);
    harness.run();
    let gloss = harness.state().state.reader().unwrap().gloss().unwrap();
    assert_eq!(gloss.lemma, "opvoeren");
    assert_eq!(gloss.joined_with, vec!["voerde".to_owned()]);
}

#[test]
fn a_dictionary_imported_from_settings_shows_in_the_gloss_panel() {
    let dir = tempfile::tempdir().unwrap();
    let tsv = dir.path().join("mijn-woordenlijst.tsv");
    std::fs::write(&tsv, "onderhandeling\tmy own note: talks\n").unwrap();
    let mut harness = harness(common::app(&dir.path().join("settings.sqlite3")));
    harness.run();
    harness.get_by_label("Settings").click();
    harness.run();
    let path_box = harness.get_by_label("Import:");
    path_box.focus();
    path_box.type_text(tsv.to_str().unwrap());
    harness.run();
    harness.get_by_label("Import dictionary").click();
    for _ in 0..200 {
        harness.step();
        if !harness.state().state.importing() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    harness.run();
    let dictionaries = harness.state().state.user_dictionaries();
    assert_eq!(
        dictionaries.len(),
        1,
        "{:?}",
        harness.state().state.message()
    );
    assert_eq!(dictionaries[0].entry_count, 1);

    harness.get_by_label("Back to library").click();
    open_article(&mut harness);
    harness
        .get_all_by_label("onderhandelingen")
        .next()
        .unwrap()
        .click();
    harness.run();
    let gloss = harness.state().state.reader().unwrap().gloss().unwrap();
    assert_eq!(gloss.other_sources.len(), 1);
    assert_eq!(gloss.other_sources[0].gloss, "my own note: talks");
    assert!(harness.query_all_by_label("my own note: talks").count() >= 1);
}
