//! Reader budgets (DESIGN.md §5): a frame of a 10,000-word article, opening a 3,000-word
//! article (tokens, lemmas, statuses), and a status change with its recoloured frame.
#![expect(
    missing_docs,
    reason = "criterion's macros generate undocumented functions"
)]

use std::sync::Arc;

use criterion::{Criterion, criterion_group, criterion_main};
use leesbril::app::{self, AppState, Command, DictionarySlot};
use leesbril::learn::{Level, Status};
use leesbril::store::{ArticleId, NewArticle, Store};
use leesbril::ui::LeesbrilApp;

/// Seed article bodies repeated until the text has at least `words` words.
fn article_of(words: usize) -> String {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut paths: Vec<_> = std::fs::read_dir(root)
        .expect("seeds")
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "txt"))
        .collect();
    paths.sort();
    let bodies: Vec<String> = paths
        .iter()
        .map(|path| {
            let text = std::fs::read_to_string(path).expect("seed text");
            app::article_text::article_from_text(&text, None, String::new())
                .expect("seed parses")
                .body
        })
        .collect();
    let mut text = String::new();
    while text.split_whitespace().count() < words {
        for body in &bodies {
            text.push_str(body);
            text.push_str("\n\n");
        }
    }
    text
}

fn app_with_article(words: usize) -> (LeesbrilApp, ArticleId) {
    let dictionary = app::load_bundled_dictionary(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("dictionaries"),
    )
    .expect("dictionary");
    let mut store = Store::open_in_memory().expect("store");
    let article_id = store
        .add_article(
            &NewArticle {
                title: format!("{words} words"),
                date: None,
                body: article_of(words),
                origin: "bench".into(),
            },
            0,
        )
        .expect("article")
        .article_id();
    let state = AppState::new(store, DictionarySlot::Ready(Arc::new(dictionary))).expect("state");
    (LeesbrilApp::new(state, None), article_id)
}

fn input() -> egui::RawInput {
    egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1280.0, 900.0),
        )),
        ..Default::default()
    }
}

/// One frame of the whole app, headless. The texture changes a renderer would upload are
/// dropped deliberately: there is no GPU here.
fn frame(ctx: &egui::Context, app: &mut LeesbrilApp) {
    let mut output = ctx.run_ui(input(), |ui| app.frame_ui(ui));
    output.textures_delta.clear();
}

fn reader_benches(c: &mut Criterion) {
    let (mut app, article_id) = app_with_article(10_000);
    app.state.apply_all([Command::OpenArticle(article_id)]);
    let words = app
        .state
        .reader()
        .map_or(0, |reader| reader.analysis().words.len());
    assert!(
        words >= 10_000,
        "the reader holds the whole article: {words} words"
    );
    let ctx = egui::Context::default();
    for _ in 0..3 {
        frame(&ctx, &mut app);
    }
    c.bench_function("reader frame, 10,000-word article", |b| {
        b.iter(|| frame(&ctx, &mut app));
    });

    let mut level = 1;
    c.bench_function("status change + recoloured frame, 10,000 words", |b| {
        b.iter(|| {
            level = level % 4 + 1;
            let status = Status::Learning(Level::new(level).expect("1..=4"));
            app.state
                .apply_all([Command::SelectWord(7), Command::SetStatus(status)]);
            frame(&ctx, &mut app);
        });
    });

    let (mut small, small_id) = app_with_article(3_000);
    c.bench_function("open a 3,000-word article (reading model ready)", |b| {
        b.iter(|| small.state.apply_all([Command::OpenArticle(small_id)]));
    });
}

criterion_group!(benches, reader_benches);
criterion_main!(benches);
