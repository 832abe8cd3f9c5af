//! The binary index of the real dictionary (what build.rs embeds): it loads back to the same dictionary (same
//! entries, ranks and analyses) and damage is reported, never a panic.

#[path = "engine_support/mod.rs"]
mod common;

use leesbril::dictionary::Dictionary;
use leesbril::reading::analyze;

#[test]
fn the_cache_gives_the_same_dictionary_and_analyses() {
    let dict = common::dictionary();
    let bytes = dict.to_cache_bytes();
    let cached = Dictionary::from_cache_bytes(&bytes).expect("cache loads");
    assert_eq!(cached.len(), dict.len());
    assert!(
        dict.entries().eq(cached.entries()),
        "entries or ranks differ"
    );
    let text: String = common::seeds()
        .into_iter()
        .map(|s| s.1)
        .collect::<Vec<_>>()
        .join("\n\n");
    let (a, b) = (analyze(&text, &dict), analyze(&text, &cached));
    assert_eq!(a.words.len(), b.words.len());
    for (x, y) in a.words.iter().zip(&b.words) {
        assert_eq!(
            (&x.lemma, x.kind, &x.gloss, x.partner),
            (&y.lemma, y.kind, &y.gloss, y.partner),
            "{}",
            x.form
        );
    }
    // Truncated anywhere (sampled): an error.
    let step = (bytes.len() / 40).max(1);
    for end in (0..bytes.len()).step_by(step) {
        assert!(Dictionary::from_cache_bytes(&bytes[..end]).is_err());
    }
}
