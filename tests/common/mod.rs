//! Shared test helpers: the bundled data, a temp database, an app harness.

#![expect(dead_code, reason = "each test binary uses a different subset")]

use std::path::{Path, PathBuf};

#[path = "../engine_support/mod.rs"]
mod engine_support;
use std::sync::{Arc, OnceLock};

use leesbril::app::{self, AppState, DictionarySlot};
use leesbril::dictionary::Dictionary;
use leesbril::store::Store;
use leesbril::ui::LeesbrilApp;

/// The repository root.
pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The bundled dictionary, loaded once per test binary.
pub fn dictionary() -> Arc<Dictionary> {
    static DICTIONARY: OnceLock<Arc<Dictionary>> = OnceLock::new();
    DICTIONARY
        .get_or_init(|| {
            Arc::new(
                app::load_bundled_dictionary(&root().join("dictionaries"))
                    .expect("bundled dictionary loads"),
            )
        })
        .clone()
}

/// A store at `path` with the seed articles imported.
pub fn seeded_store(path: &Path) -> Store {
    let mut store = Store::open(path).expect("store opens");
    app::import_seeds(&mut store, &root().join("seeds"), 1_700_000_000).expect("seeds import");
    store
}

/// The whole app over the database at `path`, dictionary ready.
pub fn app(path: &Path) -> LeesbrilApp {
    let state =
        AppState::new(seeded_store(path), DictionarySlot::Ready(dictionary())).expect("state");
    LeesbrilApp::new(state, None)
}

/// Index of the first word of the open article written `form`.
pub fn word_index(state: &AppState, form: &str) -> usize {
    state
        .reader()
        .expect("an article is open")
        .analysis()
        .words
        .iter()
        .position(|word| word.form == form)
        .unwrap_or_else(|| panic!("{form:?} is in the article"))
}

/// The seed articles' paths, sorted.
pub fn seed_files() -> Vec<PathBuf> {
    engine_support::sorted_files(&root().join("seeds"), "txt")
}

/// Runs the real `leesbril` binary, its dictionary cache kept out of the user's cache folder.
pub fn leesbril(args: &[&str]) -> std::process::Output {
    let cache = std::env::temp_dir().join("leesbril-cli-tests-cache");
    std::process::Command::new(env!("CARGO_BIN_EXE_leesbril"))
        .env("XDG_CACHE_HOME", cache)
        .args(args)
        .output()
        .expect("the binary runs")
}
