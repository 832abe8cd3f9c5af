//! Dictionary load time: parse all bundled sources + the word-frequency list and build every
//! index (budget: ≤ 30 ms, DESIGN.md §5). Files are read once, outside the measurement.
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
    group.finish();
}

criterion_group!(benches, load);
criterion_main!(benches);
