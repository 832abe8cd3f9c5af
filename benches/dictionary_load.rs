//! Dictionary load time (budget: ≤ 30 ms, DESIGN.md §5). `load_bundled` is what the program does
//! at start: read the index that build.rs compiled into it. Also measured: building from the
//! sources (parse all bundled files + the word-frequency list and build every index: what
//! build.rs does), loading from index bytes, and writing them. Files are read once, outside
//! the measurement.
#![allow(missing_docs, reason = "criterion macros generate undocumented items")]

#[path = "../tests/engine_support/mod.rs"]
mod common;

use criterion::{Criterion, criterion_group, criterion_main};
use leesbril::dictionary::Dictionary;

fn load(c: &mut Criterion) {
    let sources = common::dictionary_sources();
    let wordfreq = common::wordfreq();
    let entries = Dictionary::from_sources_lenient(&sources, Some(&wordfreq))
        .0
        .len();
    eprintln!("{entries} entries");
    let mut group = c.benchmark_group("dictionary");
    group.sample_size(20);
    group.bench_function("load_all", |b| {
        // The dictionary is dropped outside the measurement: "ready" is what counts.
        b.iter_with_large_drop(|| Dictionary::from_sources_lenient(&sources, Some(&wordfreq)))
    });
    let cache = Dictionary::from_sources_lenient(&sources, Some(&wordfreq))
        .0
        .to_cache_bytes();
    eprintln!("cache: {} bytes", cache.len());
    group.bench_function("load_from_cache", |b| {
        b.iter_with_large_drop(|| Dictionary::from_cache_bytes(&cache))
    });
    // What the program does at start: read the index build.rs compiled into it.
    group.bench_function("load_bundled", |b| {
        b.iter_with_large_drop(leesbril::app::bundled_dictionary)
    });
    let dict = Dictionary::from_cache_bytes(&cache).expect("cache loads");
    group.bench_function("write_cache", |b| {
        b.iter_with_large_drop(|| dict.to_cache_bytes())
    });
    group.finish();
}

criterion_group!(benches, load);
criterion_main!(benches);
