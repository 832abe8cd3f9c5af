//! Helpers shared by the engine's integration tests and benches: the real dictionary and seeds.
#![allow(dead_code, reason = "each test file uses a different subset")]

use std::fs;
use std::path::{Path, PathBuf};

use leesbril::dictionary::Dictionary;

/// `dictionaries/` of the crate.
pub fn dictionaries_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("dictionaries")
}

/// The bundled source files (name, contents), sorted by name.
pub fn dictionary_sources() -> Vec<(String, String)> {
    let dir = dictionaries_dir().join("nl-en");
    let mut paths: Vec<PathBuf> = fs::read_dir(&dir)
        .expect("dictionaries/nl-en exists")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "tsv"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let name = p
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            (
                name,
                fs::read_to_string(&p).expect("readable dictionary file"),
            )
        })
        .collect()
}

/// The word-frequency list.
pub fn wordfreq() -> String {
    fs::read_to_string(dictionaries_dir().join("wordfreq-nl-top30k.tsv")).expect("wordfreq list")
}

/// The real dictionary, loaded leniently (files are still being written).
pub fn dictionary() -> Dictionary {
    let (dict, errors) = Dictionary::from_sources_lenient(&dictionary_sources(), Some(&wordfreq()));
    for e in errors.iter().take(10) {
        eprintln!("dictionary: {e}");
    }
    dict
}

/// The seed articles (name, text), sorted by name.
pub fn seeds() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut paths: Vec<PathBuf> = fs::read_dir(&dir)
        .expect("seeds/ exists")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let name = p
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            (name, fs::read_to_string(&p).expect("readable seed"))
        })
        .collect()
}
