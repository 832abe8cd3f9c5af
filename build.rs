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

#[path = "src/app/dictionary_sources.rs"]
mod dictionary_sources;

use std::error::Error;
use std::path::Path;

fn main() -> Result<(), Box<dyn Error>> {
    println!("cargo::rerun-if-changed=dictionaries");
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("dictionaries");
    let (sources, frequencies) = dictionary_sources::read_dictionary_sources(&root)?;
    let frequencies = frequencies.ok_or("dictionaries/wordfreq-nl-top30k.tsv is missing")?;
    // A line that does not parse fails the build, naming file and line.
    let dictionary = dictionary::Dictionary::from_sources(&sources, Some(&frequencies))?;
    let out = Path::new(&std::env::var("OUT_DIR")?).join("dictionary.bin");
    std::fs::write(out, dictionary.to_cache_bytes())?;
    Ok(())
}
