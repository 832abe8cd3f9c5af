//! Builds the bundled dictionary's index at compile time: the entries in `dictionaries/` are
//! parsed, every inflected form is generated and indexed, and the result is written in the
//! dictionary's binary format to `$OUT_DIR/dictionary.bin`, which the program embeds. Starting
//! the program then only reads that index (a few ms) instead of parsing 35,000 entries.
//!
//! The dictionary code is the library's own (`src/lang`, `src/dictionary`), compiled into this
//! script as modules, so the index can never disagree with the code that reads it.

#[expect(
    dead_code,
    reason = "the build script uses only the dictionary builder"
)]
#[path = "src/lang/mod.rs"]
mod lang;

#[expect(
    dead_code,
    unused_imports,
    reason = "the build script uses only the dictionary builder"
)]
#[path = "src/dictionary/mod.rs"]
mod dictionary;

use std::error::Error;
use std::path::Path;

fn main() -> Result<(), Box<dyn Error>> {
    println!("cargo::rerun-if-changed=dictionaries");
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("dictionaries");
    let mut paths: Vec<_> = std::fs::read_dir(root.join("nl-en"))?
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "tsv"))
        .collect();
    paths.sort();
    let mut sources = Vec::with_capacity(paths.len());
    for path in paths {
        let name = path
            .file_name()
            .map_or_else(String::new, |name| name.to_string_lossy().into_owned());
        sources.push((name, std::fs::read_to_string(&path)?));
    }
    let frequencies = std::fs::read_to_string(root.join("wordfreq-nl-top30k.tsv"))?;
    // A line that does not parse fails the build, naming file and line.
    let dictionary = dictionary::Dictionary::from_sources(&sources, Some(&frequencies))?;
    let out = Path::new(&std::env::var("OUT_DIR")?).join("dictionary.bin");
    std::fs::write(out, dictionary.to_cache_bytes())?;
    Ok(())
}
