//! The review flow through the real UI: words marked as learning become due cards, the
//! library offers "Review (N due)", Space and "Show answer" reveal, keys and buttons grade,
//! the summary counts, and the review log and the cards' due times are in SQLite.
#![expect(
    clippy::unwrap_used,
    reason = "test helpers unwrap: a panic is the failure report"
)]

mod common;

use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use leesbril::app::{Command, Screen};
use leesbril::learn::{Grade, Level, Phase, Status};
use leesbril::ui::LeesbrilApp;

const NOW: i64 = 1_800_000_000;
const DAY: i64 = 86_400;

fn harness(app: LeesbrilApp) -> Harness<'static, LeesbrilApp> {
    Harness::builder()
        .with_size([1280.0, 900.0])
        .build_ui_state(|ui, app: &mut LeesbrilApp| app.frame_ui(ui), app)
}

fn level(number: u8) -> Status {
    Status::Learning(Level::new(number).unwrap())
}

/// An app on a fresh database with a fixed clock, the first seed article open.
fn app_with_article(db: &std::path::Path) -> Harness<'static, LeesbrilApp> {
    let mut app = common::app(db);
    app.state.set_clock(|| NOW);
    let mut harness = harness(app);
    harness.run();
    harness
        .get_by_label_contains("De onderhandelingen tussen Rusland en Oekraïne")
        .click();
    harness.run();
    assert_eq!(harness.state().state.screen, Screen::Reader);
    harness
}

fn current_lemma(harness: &Harness<'static, LeesbrilApp>) -> String {
    harness
        .state()
        .state
        .review()
        .and_then(|session| session.current())
        .map(|card| card.card.lemma.clone())
        .expect("a card on screen")
}

#[test]
fn a_review_session_reveals_grades_by_key_and_button_and_saves_each_review() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("review.sqlite3");
    let mut harness = app_with_article(&db);

    // Two words become learning cards: one by click and key, one by commands.
    harness
        .get_all_by_label("onderhandelingen")
        .next()
        .expect("the word is a click target")
        .click();
    harness.run();
    harness.key_press(Key::Num1);
    harness.run();
    let gestart = common::word_index(&harness.state().state, "gestart");
    harness
        .state_mut()
        .state
        .apply_all([Command::SelectWord(gestart), Command::SetStatus(level(2))]);
    harness.run();

    harness.get_by_label("Back to library").click();
    harness.run();
    harness.get_by_label("Review (2 due)").click();
    harness.run();
    assert_eq!(harness.state().state.screen, Screen::Review);

    // Card 1: the word in its sentence; Space reveals; key 3 grades Good.
    assert_eq!(current_lemma(&harness), "onderhandeling");
    assert!(
        harness
            .query_all_by_label_contains("De onderhandelingen tussen Rusland")
            .count()
            >= 1,
        "the sentence is shown"
    );
    assert_eq!(
        harness.query_all_by_label_contains("negotiation").count(),
        0,
        "the answer is hidden"
    );
    harness.key_press(Key::Space);
    harness.run();
    assert!(harness.state().state.review().unwrap().revealed());
    assert!(harness.query_all_by_label_contains("negotiation").count() >= 1);
    harness.get_by_label("10m"); // Good's next interval: the second learning step
    harness.key_press(Key::Num3);
    harness.run();

    // Card 2: the button reveals, the Easy button grades.
    let second = current_lemma(&harness);
    harness.get_by_label("Show answer").click();
    harness.run();
    harness.get_by_label("8d"); // Easy on a new card: eight days
    harness.get_by_label("Easy").click();
    harness.run();

    // Card 1 again, ten minutes of learning step ahead: Good graduates it.
    assert_eq!(current_lemma(&harness), "onderhandeling");
    harness.key_press(Key::Space);
    harness.run();
    harness.get_by_label("Good").click();
    harness.run();

    // The summary.
    let session = harness.state().state.review().unwrap();
    let summary = *session.summary().expect("the session is over");
    assert_eq!(summary.reviewed(), 3);
    assert_eq!(summary.by_grade, [0, 0, 2, 1]);
    assert_eq!(summary.next_due, Some(NOW + 2 * DAY));
    harness.get_by_label("Review done");
    harness.get_by_label("Reviewed: 3");
    harness.get_by_label("Again: 0 · Hard: 0 · Good: 2 · Easy: 1");
    harness.get_by_label("Next card due in 2d");

    // In SQLite: the review log rows and the cards' schedules.
    let store = harness.state().state.store();
    let log = store.reviews_of("onderhandeling").unwrap();
    let grades: Vec<Grade> = log.iter().map(|review| review.grade).collect();
    assert_eq!(grades, vec![Grade::Good, Grade::Good]);
    assert!(log.iter().all(|review| review.reviewed_at == NOW));
    let card = store.card_of("onderhandeling").unwrap().unwrap();
    assert_eq!(card.card.phase, Phase::Review);
    assert_eq!(card.card.due, NOW + 2 * DAY);
    assert_eq!(card.card.last_review, Some(NOW));
    assert_eq!(
        card.status,
        level(2),
        "a two-day interval raises level 1 to 2"
    );
    let log = store.reviews_of(&second).unwrap();
    assert_eq!(log.len(), 1);
    assert_eq!(log[0].grade, Grade::Easy);
    let card = store.card_of(&second).unwrap().unwrap();
    assert_eq!(card.card.due, NOW + 8 * DAY);
    assert_eq!(
        card.status,
        level(3),
        "an eight-day interval raises level 2 to 3"
    );
    assert_eq!(store.review_count().unwrap(), 3);

    harness.get_by_label("Done").click();
    harness.run();
    assert_eq!(harness.state().state.screen, Screen::Library);
    assert!(harness.state().state.review().is_none());
    harness.get_by_label("Review (0 due)");
}

#[test]
fn escape_ends_a_session_and_known_words_are_not_reviewed() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app_with_article(&dir.path().join("escape.sqlite3"));
    let first = common::word_index(&harness.state().state, "onderhandelingen");
    let second = common::word_index(&harness.state().state, "gestart");
    harness.state_mut().state.apply_all([
        Command::SelectWord(first),
        Command::SetStatus(level(1)),
        Command::SelectWord(second),
        Command::SetStatus(level(1)),
    ]);
    let known = harness
        .state()
        .state
        .reader()
        .and_then(|reader| reader.gloss())
        .map(|gloss| gloss.lemma.clone())
        .unwrap();
    // Marked known: out of review, its card kept.
    harness
        .state_mut()
        .state
        .apply_all([Command::SetStatus(Status::Known), Command::ShowLibrary]);
    harness.run();
    assert_eq!(harness.state().state.due_counts().now, 1);
    harness.get_by_label("Review (1 due)").click();
    harness.run();
    assert_eq!(harness.state().state.review().unwrap().remaining(), 0);
    // Grading before the answer shows does nothing.
    harness.key_press(Key::Num4);
    harness.run();
    assert_eq!(harness.state().state.store().review_count().unwrap(), 0);
    harness.key_press(Key::Escape);
    harness.run();
    assert_eq!(harness.state().state.screen, Screen::Library);
    assert!(harness.state().state.review().is_none());
    let store = harness.state().state.store();
    let card = store
        .card_of(&known)
        .unwrap()
        .expect("the known word keeps its card");
    assert_eq!(card.status, Status::Known);
    assert_eq!(store.review_count().unwrap(), 0);
}
