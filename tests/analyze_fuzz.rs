//! Property tests of the tokenizer and the analysis on arbitrary text: no panic, and every
//! byte of the input is covered by exactly one token, in order.

mod common;

use leesbril::lang::tokenize::tokenize;
use leesbril::reading::analyze;
use proptest::prelude::*;

/// Text that looks like Dutch news at times and like anything at other times.
fn text_strategy() -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        any::<char>().prop_map(String::from),
        Just("’s avonds".to_owned()),
        Just("zo'n".to_owned()),
        Just("Wit-Rusland".to_owned()),
        Just("pic.twitter.com/dAP2nkrXfK".to_owned()),
        Just("@SecBlinken".to_owned()),
        Just(",,".to_owned()),
        Just("o.a.".to_owned()),
        Just("ĳs".to_owned()),
        Just("\n\n".to_owned()),
        Just(" ".to_owned()),
        Just("stelt".to_owned()),
        Just("voor".to_owned()),
        Just("25%".to_owned()),
        Just("e\u{301}e\u{301}n".to_owned()),
        "[a-zA-Zëïéü'’\\-\\. ]{1,12}",
    ];
    prop::collection::vec(pieces, 0..40).prop_map(|parts| parts.concat())
}

fn assert_covers(text: &str) {
    let tokens = tokenize(text);
    let mut position = 0;
    for token in &tokens {
        assert_eq!(token.start, position, "tokens are contiguous in {text:?}");
        assert!(token.end > token.start, "no empty token in {text:?}");
        assert!(
            text.is_char_boundary(token.end),
            "token ends inside a character in {text:?}"
        );
        position = token.end;
    }
    assert_eq!(position, text.len(), "tokens reach the end of {text:?}");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn tokens_cover_every_byte_exactly_once(text in text_strategy()) {
        assert_covers(&text);
    }

    #[test]
    fn analysis_never_panics_and_keeps_the_byte_cover(text in text_strategy()) {
        let analysis = analyze(&text, &common::dictionary());
        let mut position = 0;
        for token in &analysis.tokens {
            prop_assert_eq!(token.start, position);
            position = token.end;
        }
        prop_assert_eq!(position, text.len());
        for word in &analysis.words {
            prop_assert!(analysis.tokens.get(word.token).is_some());
        }
    }

    #[test]
    fn any_unicode_at_all(text in "\\PC{0,200}") {
        assert_covers(&text);
        let _analysis = analyze(&text, &common::dictionary());
    }
}
