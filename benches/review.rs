//! Review budget (DESIGN.md §5): grading a card is durable within 5 ms, the SQLite commit
//! included. The database is a real file (WAL, `synchronous=FULL`, as the app opens it).
#![expect(
    missing_docs,
    reason = "criterion's macros generate undocumented functions"
)]

use criterion::{Criterion, criterion_group, criterion_main};
use leesbril::app::{self, AppState, Command, DictionarySlot};
use leesbril::learn::{Grade, Level, Scheduler, Status, TermContext};
use leesbril::store::{Review, Store};

const CARDS: usize = 1_000;
const START: i64 = 1_700_000_000;

fn store_with_cards(path: &std::path::Path) -> Store {
    let mut store = Store::open(path).expect("store opens");
    let level = Status::Learning(Level::new(1).expect("level 1"));
    for index in 0..CARDS {
        let context = TermContext {
            form: format!("woord{index}"),
            sentence: format!("Dit is woord{index} in een zin."),
        };
        store
            .set_status(
                &format!("woord{index}"),
                level,
                Some((&context, None)),
                START,
            )
            .expect("status saved");
    }
    store
}

/// The store path: FSRS's next state for the grade, then the log row, the card and the
/// status in one committed transaction.
fn grade_and_commit(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut store = store_with_cards(&dir.path().join("bench.sqlite3"));
    let scheduler = Scheduler::default();
    let mut cards = store.due_cards(START, CARDS).expect("due cards");
    let grades = [
        Grade::Good,
        Grade::Again,
        Grade::Good,
        Grade::Easy,
        Grade::Hard,
    ];
    let mut turn = 0_usize;
    let mut now = START;
    c.bench_function("review/grade_card_durable", |b| {
        b.iter(|| {
            turn += 1;
            now += 97;
            let index = turn % cards.len();
            let grade = grades[turn % grades.len()];
            let card = &mut cards[index];
            let after = scheduler.grade(&card.card, grade, now);
            store
                .record_review(&Review {
                    card_id: card.card_id,
                    grade,
                    reviewed_at: now,
                    card: after,
                    status: Some(Status::Learning(
                        Level::new(u8::try_from(turn % 4 + 1).expect("small")).expect("level"),
                    )),
                })
                .expect("review saved");
            card.card = after;
        });
    });
}

/// The whole app path: `Command::Grade` applied to a session (scheduling, the commit, the
/// level update, the next card's view with its gloss), then `Command::Reveal` for the next.
fn apply_grade_command(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = store_with_cards(&dir.path().join("app.sqlite3"));
    let dictionary = app::load_bundled_dictionary(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("dictionaries"),
    )
    .expect("dictionary");
    let mut state = AppState::new(store, DictionarySlot::Ready(dictionary.into())).expect("state");
    state.set_clock(|| START + 60);
    state.apply(Command::StartReview).expect("session starts");
    state.apply(Command::Reveal).expect("reveal");
    c.bench_function("review/apply_grade_command", |b| {
        b.iter(|| {
            // Again keeps every card in a one-minute step: the session never runs dry.
            state.apply(Command::Grade(Grade::Again)).expect("graded");
            state.apply(Command::Reveal).expect("revealed");
        });
    });
    assert!(state.message().is_none(), "{:?}", state.message());
}

criterion_group!(benches, grade_and_commit, apply_grade_command);
criterion_main!(benches);
