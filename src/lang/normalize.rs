//! Normalization: NFC, lower case, ĳ → ij, apostrophe and hyphen folding.
//!
//! ```
//! use leesbril::lang::normalize::normalize;
//! assert_eq!(normalize("Zo’n"), "zo'n");
//! assert_eq!(normalize("ĳs"), "ijs");
//! assert_eq!(normalize("Oekrai\u{308}ne"), "oekraïne");
//! ```

use unicode_normalization::UnicodeNormalization as _;

/// Is this character used as an apostrophe (straight, curly, modifier letter, backtick, acute)?
pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ' | '`' | '´' | '‘')
}

/// Is this character a word-joining hyphen (hyphen-minus, hyphen, non-breaking hyphen)?
pub fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// Folds one character: apostrophes → `'`, hyphens → `-`, ĳ → ij. Returns `None` for
/// characters that are dropped (soft hyphen, zero-width joiners).
fn fold_char(c: char, out: &mut String, lower: bool) {
    match c {
        c if is_apostrophe(c) => out.push('\''),
        c if is_hyphen(c) => out.push('-'),
        'ĳ' => out.push_str("ij"),
        'Ĳ' => out.push_str(if lower { "ij" } else { "IJ" }),
        '\u{ad}' | '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{feff}' => {}
        c if lower => out.extend(c.to_lowercase()),
        c => out.push(c),
    }
}

/// The lookup key of a word: NFC, lower case, apostrophes and hyphens folded, ĳ → ij.
pub fn normalize(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    normalize_into(word, &mut out);
    out
}

/// Like [`normalize`], writing into a reusable buffer (cleared first).
pub fn normalize_into(word: &str, out: &mut String) {
    out.clear();
    if word.is_ascii() {
        for b in word.bytes() {
            match b {
                b'`' => out.push('\''),
                b => out.push(char::from(b.to_ascii_lowercase())),
            }
        }
        return;
    }
    for c in word.nfc() {
        fold_char(c, out, true);
    }
}

/// Like [`normalize`] but keeps the case (`Zo’n` → `Zo'n`): the form as a dictionary would
/// write it, for matching capitalized headwords (`NAVO`, `Kremlin`).
pub fn fold(word: &str) -> String {
    if word.is_ascii() {
        return word.replace('`', "'");
    }
    let mut out = String::with_capacity(word.len());
    for c in word.nfc() {
        fold_char(c, &mut out, false);
    }
    out
}

/// Removes diacritics from a normalized word (`oekraïne` → `oekraine`, `één` → `een`), for
/// forgiving lookups of what a user types.
pub fn strip_diacritics(word: &str) -> String {
    if word.is_ascii() {
        return word.to_owned();
    }
    word.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .collect()
}

/// The word without the acute and grave accents Dutch writes for emphasis (écht, óók, dát,
/// vóór); other diacritics (ë, ï) stay. Only for forms that are not found as written: één and
/// café are words of their own.
pub fn strip_emphasis(word: &str) -> String {
    word.chars()
        .map(|c| match c {
            'á' | 'à' => 'a',
            'é' | 'è' => 'e',
            'í' | 'ì' => 'i',
            'ó' | 'ò' => 'o',
            'ú' | 'ù' => 'u',
            other => other,
        })
        .collect()
}

/// The word with one letter given a diacritic, for every letter that can take one, diaeresis
/// first (patienten → patiënten, belgie → belgië, premiere → première): the spellings to try
/// for a word typed without them. Only for forms that are not found as written.
pub fn with_one_diacritic(word: &str) -> impl Iterator<Item = String> + '_ {
    word.char_indices().flat_map(move |(at, c)| {
        let marked: &[char] = match c {
            'e' => &['ë', 'é', 'è', 'ê'],
            'i' => &['ï', 'í'],
            'o' => &['ö', 'ó', 'ô'],
            'u' => &['ü', 'ú', 'û'],
            'a' => &['á', 'à', 'â'],
            'c' => &['ç'],
            'n' => &['ñ'],
            _ => &[],
        };
        marked.iter().map(move |m| {
            let mut variant = String::with_capacity(word.len() + 1);
            variant.push_str(&word[..at]);
            variant.push(*m);
            variant.push_str(&word[at + c.len_utf8()..]);
            variant
        })
    })
}

/// The word with every run of three or more of the same letter shortened to `keep` letters
/// (neeee → nee with 2, jaaa → ja with 1); `None` when it has no such run.
pub fn without_drawl(word: &str, keep: usize) -> Option<String> {
    let chars: Vec<char> = word.chars().collect();
    let mut out = String::with_capacity(word.len());
    let mut drawled = false;
    let mut i = 0;
    while i < chars.len() {
        let run = chars[i..].iter().take_while(|&&c| c == chars[i]).count();
        if run >= 3 && chars[i].is_alphabetic() {
            drawled = true;
            out.extend(std::iter::repeat_n(chars[i], keep));
        } else {
            out.extend(&chars[i..i + run]);
        }
        i += run;
    }
    drawled.then_some(out)
}

/// Does the word start with an upper-case letter?
pub fn is_capitalized(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Is the word written entirely in capitals (at least two letters: `NAVO`, `VS`)?
pub fn is_all_caps(word: &str) -> bool {
    let mut letters = 0;
    for c in word.chars() {
        if c.is_lowercase() {
            return false;
        }
        if c.is_uppercase() {
            letters += 1;
        }
    }
    letters >= 2
}

#[cfg(test)]
mod tests {
    #[test]
    fn diacritics_and_drawls_to_try() {
        let variants: Vec<String> = super::with_one_diacritic("belgie").collect();
        assert!(variants.contains(&"belgië".to_owned()));
        assert!(super::with_one_diacritic("premiere").any(|v| v == "première"));
        assert_eq!(super::with_one_diacritic("xyz").count(), 0);
        assert_eq!(super::without_drawl("neeee", 2).as_deref(), Some("nee"));
        assert_eq!(super::without_drawl("jaaaa", 1).as_deref(), Some("ja"));
        assert_eq!(super::without_drawl("hmmm", 2).as_deref(), Some("hmm"));
        assert_eq!(super::without_drawl("zee", 1), None);
        assert_eq!(super::without_drawl("123333", 1), None);
    }

    use super::*;

    macro_rules! normalize_cases {
        ($($input:expr => $expected:expr),* $(,)?) => {
            $(assert_eq!(normalize($input), $expected, "normalize({:?})", $input);)*
        };
    }

    #[test]
    fn normalizes_case_apostrophes_hyphens_and_ligatures() {
        normalize_cases! {
            "Het" => "het",
            "zo’n" => "zo'n",
            "‘s" => "'s",
            "auto`s" => "auto's",
            "Wit‐Rusland" => "wit-rusland",
            "ĳzer" => "ijzer",
            "ĲSSELMEER" => "ijsselmeer",
            "e\u{301}e\u{301}n" => "één",
            "coördinatie" => "coördinatie",
            "NAVO" => "navo",
            "soft\u{ad}hyphen" => "softhyphen",
        }
    }

    #[test]
    fn fold_keeps_case() {
        assert_eq!(fold("Zo’n"), "Zo'n");
        assert_eq!(fold("Ĳsland"), "IJsland");
    }

    #[test]
    fn strips_diacritics() {
        assert_eq!(strip_diacritics("oekraïne"), "oekraine");
        assert_eq!(strip_diacritics("één"), "een");
    }

    #[test]
    fn capitals() {
        assert!(is_capitalized("Poetin"));
        assert!(!is_capitalized("poetin"));
        assert!(is_all_caps("NAVO"));
        assert!(!is_all_caps("Navo"));
        assert!(!is_all_caps("A"));
    }

    #[test]
    fn emphasis_accents_are_removed_but_other_diacritics_stay() {
        assert_eq!(strip_emphasis("écht"), "echt");
        assert_eq!(strip_emphasis("vóór"), "voor");
        assert_eq!(strip_emphasis("óók"), "ook");
        assert_eq!(strip_emphasis("ruïne"), "ruïne");
        assert_eq!(strip_emphasis("huis"), "huis");
    }
}
