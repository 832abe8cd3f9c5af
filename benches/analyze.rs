//! Throughput of the whole analyze pipeline (tokenize, lemmas in context, separable verbs,
//! compounds, multiword expressions) over the seed articles repeated to ≥ 1 MB.
//! Target: ≥ 5 million tokens/s on one core (DESIGN.md §5). Also a 3,000-word article
//! (budget ≤ 5 ms). The analysis is dropped outside the measurement (freeing it happens
//! when the article is closed, not while it is being opened).
#![allow(missing_docs, reason = "criterion macros generate undocumented items")]

#[path = "../tests/engine_support/mod.rs"]
mod common;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use leesbril::reading::analyze;

fn bench(c: &mut Criterion) {
    let dict = common::dictionary();
    let seeds: Vec<String> = common::seeds().into_iter().map(|s| s.1).collect();
    let one = seeds.join("\n\n");
    let mut big = String::new();
    while big.len() < 1_000_000 {
        big.push_str(&one);
        big.push_str("\n\n");
    }
    let analysis = analyze(&big, &dict);
    let tokens = analysis.tokens.len() as u64;
    let words = analysis.words.len() as u64;
    eprintln!(
        "1 MB text: {} bytes, {tokens} tokens, {words} words",
        big.len()
    );
    let mut group = c.benchmark_group("analyze");
    group.sample_size(10);
    group.throughput(Throughput::Elements(tokens));
    group.bench_function("seeds_1mb_tokens", |b| {
        b.iter_with_large_drop(|| analyze(&big, &dict))
    });
    group.throughput(Throughput::Elements(words));
    group.bench_function("seeds_1mb_words", |b| {
        b.iter_with_large_drop(|| analyze(&big, &dict))
    });
    // A 3,000-word article.
    let mut article = String::new();
    while analyze(&article, &dict).words.len() < 3000 {
        article.push_str(&one);
        article.push_str("\n\n");
    }
    let cut = analyze(&article, &dict);
    let end = cut
        .words
        .get(3000)
        .map_or(article.len(), |w| cut.tokens[w.token].start);
    let article = article[..end].to_owned();
    group.throughput(Throughput::Elements(3000));
    group.sample_size(50);
    group.bench_function("article_3000_words", |b| {
        b.iter_with_large_drop(|| analyze(&article, &dict))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
