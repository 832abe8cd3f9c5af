//! Helpers shared by the engine's integration tests and benches: the real dictionary and seeds.
#![allow(dead_code, reason = "each test file uses a different subset")]

use std::fs;
use std::path::{Path, PathBuf};

use leesbril::dictionary::Dictionary;

/// `dictionaries/` of the crate.
pub fn dictionaries_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("dictionaries")
}

/// The files in `dir` with this extension, sorted by name.
pub fn sorted_files(dir: &Path, extension: &str) -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|err| panic!("{} exists: {err}", dir.display()))
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == extension))
        .collect();
    paths.sort();
    paths
}

/// Each file as (file name, contents).
fn read_named(paths: Vec<PathBuf>) -> Vec<(String, String)> {
    paths
        .into_iter()
        .map(|p| {
            let name = p
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let text = fs::read_to_string(&p)
                .unwrap_or_else(|err| panic!("{} is readable: {err}", p.display()));
            (name, text)
        })
        .collect()
}

/// The bundled source files (name, contents), sorted by name.
pub fn dictionary_sources() -> Vec<(String, String)> {
    read_named(sorted_files(&dictionaries_dir().join("nl-en"), "tsv"))
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
    read_named(sorted_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds"),
        "txt",
    ))
}
