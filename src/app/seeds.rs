//! First-run set-up: the bundled dictionary and the bundled seed articles.

use std::path::Path;

use anyhow::Context as _;

use super::article_text;
use super::dictionary_sources::read_dictionary_sources;
use crate::dictionary::Dictionary;
use crate::store::{AddedArticle, Store};

/// Reads every `*.tsv` in `dir/nl-en` and the frequency list, and builds the dictionary from
/// them (what `build.rs` does at compile time; tests and benchmarks use it on the sources).
pub fn load_bundled_dictionary(dir: &Path) -> anyhow::Result<Dictionary> {
    let (sources, frequencies) = read_dictionary_sources(dir)?;
    Ok(Dictionary::from_sources(&sources, frequencies.as_deref())?)
}

/// The bundled dictionary's index, built from `dictionaries/` when the program is compiled
/// (`build.rs`): every entry with its generated forms, ranks and indexes, ready to read.
static BUNDLED_INDEX: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/dictionary.bin"));

/// The bundled dictionary, read from the index compiled into the program (a few ms, no files).
pub fn bundled_dictionary() -> anyhow::Result<Dictionary> {
    Dictionary::from_static_cache_bytes(BUNDLED_INDEX).context("reading the bundled dictionary")
}

/// Adds the bundled articles in `dir` that are not in the library yet; returns how many
/// were added. Running it again adds nothing.
pub fn import_seeds(store: &mut Store, dir: &Path, now: i64) -> anyhow::Result<usize> {
    let Ok(listing) = std::fs::read_dir(dir) else {
        log::warn!("no seed folder at {:?}", dir.display().to_string());
        return Ok(0);
    };
    let mut paths: Vec<_> = listing
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "txt"))
        .collect();
    paths.sort();
    let mut added = 0;
    for path in paths {
        let bytes = std::fs::read(&path).with_context(|| format!("reading {}", path.display()))?;
        let text =
            article_text::decode(&bytes).with_context(|| format!("seed {}", path.display()))?;
        let name = path
            .file_name()
            .map_or_else(String::new, |name| name.to_string_lossy().into_owned());
        // Remembered per file, so that a seed the learner deleted does not come back.
        let marker = format!("seed.imported.{name}");
        if store.setting(&marker)?.is_some() {
            continue;
        }
        let article = article_text::article_from_text(text, None, format!("seed:{name}"))?;
        if matches!(store.add_article(&article, now)?, AddedArticle::Added(_)) {
            added += 1;
        }
        store.set_setting(&marker, "1")?;
    }
    Ok(added)
}
