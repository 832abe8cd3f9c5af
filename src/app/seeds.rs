//! First-run set-up: the bundled dictionary and the bundled seed articles.

use std::path::Path;

use anyhow::Context as _;

use super::article_text;
use crate::dictionary::{Dictionary, sources_checksum};
use crate::store::{AddedArticle, Store};

/// The dictionary's source files (name, text), sorted, and the frequency list if present.
type DictionarySources = (Vec<(String, String)>, Option<String>);

fn read_dictionary_sources(dir: &Path) -> anyhow::Result<DictionarySources> {
    let entries_dir = dir.join("nl-en");
    let mut paths: Vec<_> = std::fs::read_dir(&entries_dir)
        .with_context(|| format!("reading the dictionary folder {}", entries_dir.display()))?
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "tsv"))
        .collect();
    paths.sort();
    let mut sources = Vec::with_capacity(paths.len());
    for path in paths {
        let text = std::fs::read_to_string(&path)
            .with_context(|| format!("reading {}", path.display()))?;
        let name = path
            .file_name()
            .map_or_else(String::new, |name| name.to_string_lossy().into_owned());
        sources.push((name, text));
    }
    let frequencies = std::fs::read_to_string(dir.join("wordfreq-nl-top30k.tsv")).ok();
    Ok((sources, frequencies))
}

/// Reads every `*.tsv` in `dir/nl-en` and the frequency list, and builds the dictionary.
pub fn load_bundled_dictionary(dir: &Path) -> anyhow::Result<Dictionary> {
    load_bundled_dictionary_cached(dir, None)
}

/// Like [`load_bundled_dictionary`], keeping the built dictionary in `cache_dir` under a name
/// that carries a checksum of the sources: a later start reads the cache (a few ms) instead of
/// parsing and indexing again; changed sources make a new cache; a damaged cache is rebuilt.
pub fn load_bundled_dictionary_cached(
    dir: &Path,
    cache_dir: Option<&Path>,
) -> anyhow::Result<Dictionary> {
    let (sources, frequencies) = read_dictionary_sources(dir)?;
    let Some(cache_dir) = cache_dir else {
        return Ok(Dictionary::from_sources(&sources, frequencies.as_deref())?);
    };
    let checksum = sources_checksum(&sources, frequencies.as_deref());
    let cache_path = cache_dir.join(format!("dictionary-{checksum:016x}.bin"));
    if let Ok(bytes) = std::fs::read(&cache_path) {
        match Dictionary::from_cache_bytes(&bytes) {
            Ok(dictionary) => return Ok(dictionary),
            Err(err) => log::warn!(
                "rebuilding the dictionary cache {:?}: {err}",
                cache_path.display().to_string()
            ),
        }
    }
    let dictionary = Dictionary::from_sources(&sources, frequencies.as_deref())?;
    if let Err(err) = write_cache(cache_dir, &cache_path, &dictionary.to_cache_bytes()) {
        log::warn!("the dictionary cache could not be written: {err:#}");
    }
    Ok(dictionary)
}

/// Writes the cache atomically (temporary file, then rename) and removes caches of older
/// sources.
fn write_cache(cache_dir: &Path, cache_path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    std::fs::create_dir_all(cache_dir)?;
    let temporary = cache_path.with_extension("tmp");
    std::fs::write(&temporary, bytes)?;
    std::fs::rename(&temporary, cache_path)?;
    for entry in std::fs::read_dir(cache_dir)?.flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if path != cache_path && name.starts_with("dictionary-") && name.ends_with(".bin") {
            std::fs::remove_file(path).ok();
        }
    }
    Ok(())
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
