//! Reads the bundled dictionary's source files. The program uses it (tests and benchmarks build
//! the dictionary from the sources) and so does `build.rs`, which compiles this file as a module
//! of its own: it may use std only.

use std::path::{Path, PathBuf};

/// The dictionary's source files (file name, text) in name order, and the word-frequency list
/// if it is there.
pub type DictionarySources = (Vec<(String, String)>, Option<String>);

/// Reads every `*.tsv` in `dir/nl-en` and `dir/wordfreq-nl-top30k.tsv`.
pub fn read_dictionary_sources(dir: &Path) -> std::io::Result<DictionarySources> {
    let entries_dir = dir.join("nl-en");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&entries_dir)
        .map_err(|err| naming(err, &entries_dir))?
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "tsv"))
        .collect();
    paths.sort();
    let mut sources = Vec::with_capacity(paths.len());
    for path in paths {
        let text = std::fs::read_to_string(&path).map_err(|err| naming(err, &path))?;
        let name = path
            .file_name()
            .map_or_else(String::new, |name| name.to_string_lossy().into_owned());
        sources.push((name, text));
    }
    let frequencies = std::fs::read_to_string(dir.join("wordfreq-nl-top30k.tsv")).ok();
    Ok((sources, frequencies))
}

/// The error with the path it happened on.
fn naming(err: std::io::Error, path: &Path) -> std::io::Error {
    std::io::Error::new(err.kind(), format!("reading {}: {err}", path.display()))
}
