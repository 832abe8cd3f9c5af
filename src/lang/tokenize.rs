//! Dutch tokenizer: article text → word/non-word tokens with sentence and paragraph numbers.
//!
//! Unicode word boundaries (UAX #29, unicode-segmentation) underneath, Dutch rules on top:
//! elided articles (`’s`, `’t`) and `’s-Hertogenbosch`, hyphenated words as one token, known
//! abbreviations keep their period and do not end a sentence, URLs, e-mail addresses,
//! `@handles` and `pic.twitter.com/…` links stay whole, quotes are never part of a word.
//! Every byte of the text belongs to exactly one token.
//!
//! ```
//! use leesbril::lang::tokenize::{bracketed, tokenize};
//! let text = "Het kabinet valt.";
//! let toks = tokenize(text);
//! assert_eq!(bracketed(text, &toks), "[Het] [kabinet] [valt].");
//! ```

use unicode_segmentation::UnicodeSegmentation as _;

use super::normalize::{is_apostrophe, is_hyphen};

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// A word (`kabinet`, `zo’n`, `Wit-Rusland`, `o.a.`, `’s`).
    Word,
    /// A number, date, time or percentage (`127.000`, `25%`, `18-01-2022`, `21e`).
    Number,
    /// A web address (`https://nos.nl/…`, `pic.twitter.com/dAP2nkrXfK`).
    Url,
    /// An e-mail address.
    Email,
    /// A social-media handle or hashtag (`@SecBlinken`, `#Oekraïne`).
    Handle,
    /// Punctuation or a symbol, including quotes (`‘`, `,,`, `—`, `.`).
    Punctuation,
    /// Horizontal white space.
    Space,
    /// White space containing one line break.
    LineBreak,
    /// White space containing a blank line: the end of a paragraph.
    ParagraphBreak,
}

impl TokenKind {
    /// Is this a link of some kind (URL, e-mail, handle), kept whole and never glossed?
    pub fn is_link(self) -> bool {
        matches!(self, Self::Url | Self::Email | Self::Handle)
    }

    /// Is this white space of any kind?
    pub fn is_space(self) -> bool {
        matches!(self, Self::Space | Self::LineBreak | Self::ParagraphBreak)
    }
}

/// One token: a byte range of the text with its kind and position in the text's structure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// What the token is.
    pub kind: TokenKind,
    /// Sentence number, from 0, counted over the whole text.
    pub sentence: u32,
    /// Paragraph number, from 0.
    pub paragraph: u32,
    /// For word tokens after analysis: the index of the analyzed word (filled by `reading`).
    pub word: Option<u32>,
}

impl Token {
    /// The token's text.
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// The byte range.
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start..self.end
    }
}

/// Abbreviations that are written with a final period and do not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "a.s",
    "afb",
    "blz",
    "bv",
    "bijv",
    "bijvoorbeeld",
    "ca",
    "d.w.z",
    "dhr",
    "dr",
    "drs",
    "e.a",
    "e.d",
    "e.v",
    "enz",
    "etc",
    "evt",
    "i.p.v",
    "ing",
    "ir",
    "jl",
    "jr",
    "m.a.w",
    "m.b.t",
    "mevr",
    "mr",
    "mw",
    "n.a.v",
    "nr",
    "o.a",
    "o.b.v",
    "p",
    "pag",
    "prof",
    "resp",
    "sr",
    "st",
    "t.a.v",
    "t.o.v",
    "v.d",
    "vgl",
    "vnl",
    "vs",
    "z.g.a.n",
    "zgn",
];

/// Top-level domains that mark a dotted word as a host name (`pic.twitter.com`).
const TLDS: &[&str] = &[
    "com", "nl", "org", "net", "eu", "be", "de", "uk", "fr", "ru", "ua", "io", "gov", "edu",
    "info", "co", "tv", "me", "ly", "int", "news", "app", "ch", "es", "it", "pl",
];

#[derive(Clone, Copy)]
struct Seg<'a> {
    start: usize,
    text: &'a str,
}

impl Seg<'_> {
    fn end(&self) -> usize {
        self.start + self.text.len()
    }
    fn first(&self) -> char {
        self.text.chars().next().unwrap_or(' ')
    }
    fn is_wordlike(&self) -> bool {
        self.first().is_alphanumeric()
    }
    fn is_space(&self) -> bool {
        self.first().is_whitespace()
    }
    fn is_single(&self, pred: fn(char) -> bool) -> bool {
        let mut chars = self.text.chars();
        matches!((chars.next(), chars.next()), (Some(c), None) if pred(c))
    }
}

fn is_url_char_end(c: char) -> bool {
    matches!(
        c,
        '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '}' | '\'' | '"' | '’' | '”' | '»' | '…'
    )
}

/// End of a link starting at `start`: up to white space, minus trailing punctuation.
fn link_end(text: &str, start: usize) -> usize {
    let rest = text.get(start..).unwrap_or("");
    let len = rest.find(char::is_whitespace).unwrap_or(rest.len());
    let mut link = rest.get(..len).unwrap_or("");
    while let Some(c) = link.chars().last() {
        if !is_url_char_end(c) {
            break;
        }
        link = &link[..link.len() - c.len_utf8()];
    }
    start + link.len()
}

fn looks_like_host(word: &str) -> bool {
    if !word.contains('.') {
        return false;
    }
    let mut parts = word.split('.');
    let (Some(first), Some(last)) = (parts.next(), word.rsplit('.').next()) else {
        return false;
    };
    word.contains('.')
        && first.len() >= 2
        && word.split('.').all(|p| !p.is_empty())
        && TLDS.iter().any(|tld| last.eq_ignore_ascii_case(tld))
}

fn starts_with_ignore_case(haystack: &str, needle: &str) -> bool {
    haystack
        .get(..needle.len())
        .is_some_and(|h| h.eq_ignore_ascii_case(needle))
}

fn is_dotted_abbreviation(word: &str) -> bool {
    word.contains('.')
        && word
            .split('.')
            .all(|p| !p.is_empty() && p.chars().count() <= 3 && p.chars().all(char::is_alphabetic))
}

fn is_known_abbreviation(word: &str) -> bool {
    let lower = word.to_lowercase();
    ABBREVIATIONS.contains(&lower.as_str())
}

fn is_number_text(word: &str) -> bool {
    word.chars().next().is_some_and(|c| c.is_ascii_digit())
        && word
            .chars()
            .all(|c| c.is_numeric() || matches!(c, '.' | ',' | '%'))
}

/// Splits text into tokens; see the module docs.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens: Vec<Token> = Vec::with_capacity(text.len() / 3 + 1);
    // Segment a few paragraphs at a time: the segment buffer stays small and warm.
    let mut segs: Vec<Seg<'_>> = Vec::new();
    let mut start = 0;
    while start < text.len() {
        let end = chunk_end(text, start);
        let chunk = text.get(start..end).unwrap_or("");
        segs.clear();
        segments(chunk, start, &mut segs);
        scan(text, &segs, start, &mut tokens);
        start = end;
    }
    number_sentences(text, &mut tokens);
    tokens
}

/// The Unicode word-boundary segments (UAX #29) of `chunk`, offset by `base`. Runs of ASCII
/// letters between ASCII white space and runs of ASCII white space are one segment each
/// under UAX #29, so they are taken whole; anything else between ASCII white space goes
/// through unicode-segmentation (a boundary always falls at ASCII white space that is
/// followed by an ASCII character).
fn segments<'a>(chunk: &'a str, base: usize, out: &mut Vec<Seg<'a>>) {
    let bytes = chunk.as_bytes();
    let is_ws = |b: u8| matches!(b, b' ' | b'\t' | b'\n' | b'\r');
    // A safe cut: white space followed by ASCII (or the end).
    let safe_ws = |k: usize| {
        bytes.get(k).is_some_and(|&b| is_ws(b)) && bytes.get(k + 1).is_none_or(u8::is_ascii)
    };
    let mut i = 0;
    while i < bytes.len() {
        let start = i;
        if safe_ws(i) {
            while safe_ws(i) {
                i += 1;
            }
            push_seg(chunk, base, start, i, out);
            continue;
        }
        // Up to the next safe white space.
        let mut end = i;
        let mut letters_only = true;
        while end < bytes.len() && !safe_ws(end) {
            letters_only &= bytes[end].is_ascii_alphabetic();
            end += 1;
        }
        if letters_only {
            push_seg(chunk, base, start, end, out);
        } else if let Some(run) = chunk.get(start..end) {
            out.extend(run.split_word_bound_indices().map(|(offset, text)| Seg {
                start: base + start + offset,
                text,
            }));
        }
        i = end;
    }
}

fn push_seg<'a>(chunk: &'a str, base: usize, start: usize, end: usize, out: &mut Vec<Seg<'a>>) {
    if let Some(text) = chunk.get(start..end) {
        out.push(Seg {
            start: base + start,
            text,
        });
    }
}

/// Where the chunk starting at `start` ends: after the white space of a paragraph break at
/// least a few kilobytes on, or at the end of the text. No token crosses a paragraph break.
fn chunk_end(text: &str, start: usize) -> usize {
    const MIN_CHUNK: usize = 8 * 1024;
    let bytes = text.as_bytes();
    let mut i = start + MIN_CHUNK;
    while i < bytes.len() {
        let Some(nl) = bytes
            .get(i..)
            .and_then(|b| b.iter().position(|&c| c == b'\n'))
        else {
            return text.len();
        };
        let mut j = i + nl;
        let mut newlines = 0;
        while j < bytes.len() && matches!(bytes[j], b' ' | b'\t' | b'\r' | b'\n') {
            newlines += usize::from(bytes[j] == b'\n');
            j += 1;
        }
        if newlines >= 2 && j < bytes.len() {
            return j;
        }
        i = j.max(i + nl + 1);
    }
    text.len()
}

/// Turns one chunk's segments into tokens.
fn scan<'a>(text: &'a str, segs: &[Seg<'a>], chunk_start: usize, tokens: &mut Vec<Token>) {
    let mut i = 0;
    // Bytes before `pos` are already covered by a token.
    let mut pos = chunk_start;
    while i < segs.len() {
        let seg = segs[i];
        if seg.end() <= pos {
            i += 1;
            continue;
        }
        if seg.start < pos {
            // A link ended inside this segment: the rest becomes a punctuation token.
            push(tokens, pos, seg.end(), TokenKind::Punctuation);
            pos = seg.end();
            i += 1;
            continue;
        }
        let rest = &text[seg.start..];
        // White space, merged.
        if seg.is_space() {
            let mut end = seg.end();
            let mut j = i + 1;
            while j < segs.len() && segs[j].is_space() {
                end = segs[j].end();
                j += 1;
            }
            let space = &text[seg.start..end];
            let newlines = if space == " " {
                0
            } else {
                let mut count = 0;
                let mut prev_cr = false;
                for c in space.chars() {
                    match c {
                        '\n' if prev_cr => {}
                        '\n' | '\r' | '\u{85}' => count += 1,
                        '\u{2028}' => count += 1,
                        '\u{2029}' => count += 2,
                        _ => {}
                    }
                    prev_cr = c == '\r';
                }
                count
            };
            let kind = match newlines {
                0 => TokenKind::Space,
                1 => TokenKind::LineBreak,
                _ => TokenKind::ParagraphBreak,
            };
            push(tokens, seg.start, end, kind);
            pos = end;
            i = j;
            continue;
        }
        // URLs.
        let maybe_web = matches!(seg.first(), 'h' | 'H' | 'w' | 'W');
        if (maybe_web
            && (starts_with_ignore_case(rest, "http://")
                || starts_with_ignore_case(rest, "https://")
                || starts_with_ignore_case(rest, "www.")))
            || (seg.is_wordlike()
                && looks_like_host(seg.text)
                && segs.get(i + 1).is_some_and(|n| n.text == "/"))
        {
            let end = link_end(text, seg.start).max(seg.end());
            push(tokens, seg.start, end, TokenKind::Url);
            pos = end;
            i += 1;
            continue;
        }
        // E-mail addresses.
        if seg.is_wordlike()
            && segs.get(i + 1).is_some_and(|n| n.text == "@")
            && segs.get(i + 2).is_some_and(|n| looks_like_host(n.text))
        {
            let end = link_end(text, seg.start);
            push(tokens, seg.start, end, TokenKind::Email);
            pos = end;
            i += 1;
            continue;
        }
        // Handles and hashtags.
        if (seg.text == "@" || seg.text == "#")
            && segs.get(i + 1).is_some_and(|n| n.is_wordlike())
            && tokens
                .last()
                .is_none_or(|t| t.kind.is_space() || t.kind == TokenKind::Punctuation)
        {
            let mut end = segs[i + 1].end();
            let mut j = i + 2;
            // Handles may contain underscores (UAX #29 already joins them as ExtendNumLet).
            while j + 1 < segs.len() && segs[j].text == "_" && segs[j + 1].is_wordlike() {
                end = segs[j + 1].end();
                j += 2;
            }
            push(tokens, seg.start, end, TokenKind::Handle);
            pos = end;
            i = j;
            continue;
        }
        // A bare host name (nos.nl) in running text.
        if seg.is_wordlike() && looks_like_host(seg.text) && !is_dotted_abbreviation(seg.text) {
            push(tokens, seg.start, seg.end(), TokenKind::Url);
            pos = seg.end();
            i += 1;
            continue;
        }
        // Elided articles: ’s, ’t, ’n, ’k, ’m (and ’s-Hertogenbosch below).
        if seg.is_single(is_apostrophe)
            && tokens
                .last()
                .is_none_or(|t| t.kind.is_space() || t.kind == TokenKind::Punctuation)
            && segs
                .get(i + 1)
                .is_some_and(|n| matches!(n.text, "s" | "t" | "n" | "k" | "m" | "S" | "T"))
            && segs
                .get(i + 2)
                .is_none_or(|n| n.is_space() || n.is_single(is_hyphen))
        {
            let mut end = segs[i + 1].end();
            let mut j = i + 2;
            while j + 1 < segs.len() && segs[j].is_single(is_hyphen) && segs[j + 1].is_wordlike() {
                end = segs[j + 1].end();
                j += 2;
            }
            push(tokens, seg.start, end, TokenKind::Word);
            pos = end;
            i = j;
            continue;
        }
        if seg.is_wordlike() {
            let mut end = seg.end();
            let mut j = i + 1;
            let mut all_numbers = is_number_text(seg.text);
            // Hyphenated words and number ranges/dates; times (10:30), slashed dates.
            while let (Some(sep), Some(next)) = (segs.get(j), segs.get(j + 1)) {
                let joins_words = sep.is_single(is_hyphen) && next.is_wordlike();
                let joins_numbers =
                    all_numbers && is_number_text(next.text) && matches!(sep.text, "-" | "/" | ":");
                if !(joins_words || joins_numbers) {
                    break;
                }
                all_numbers &= is_number_text(next.text);
                end = next.end();
                j += 2;
            }
            // Percentages.
            if all_numbers && segs.get(j).is_some_and(|s| s.text == "%") {
                end = segs[j].end();
                j += 1;
            }
            let word = &text[seg.start..end];
            if !all_numbers && j == i + 1 && segs.get(j).is_some_and(|s| s.text == ".") {
                let initial = word.chars().count() == 1
                    && word.chars().all(char::is_uppercase)
                    && segs.get(j + 1).is_some_and(Seg::is_space)
                    && segs.get(j + 2).is_some_and(|s| s.first().is_uppercase());
                if initial || is_known_abbreviation(word) || is_dotted_abbreviation(word) {
                    end = segs[j].end();
                    j += 1;
                }
            }
            // A truncated compound part (voor- en nadelen) keeps its hyphen.
            if !all_numbers
                && segs.get(j).is_some_and(|s| s.is_single(is_hyphen))
                && segs.get(j + 1).is_some_and(Seg::is_space)
                && segs
                    .get(j + 2)
                    .is_some_and(|s| matches!(s.text, "en" | "of" | "tot"))
            {
                end = segs[j].end();
                j += 1;
            }
            // An ordinal written with digits (2e, 21ste) is read as a word: tweede.
            let ordinal = crate::lang::numerals::ordinal_from_digits(word).is_some();
            let kind = if !ordinal
                && (all_numbers || (seg.first().is_ascii_digit() && !word.contains('-')))
            {
                TokenKind::Number
            } else {
                TokenKind::Word
            };
            push(tokens, seg.start, end, kind);
            pos = end;
            i = j;
            continue;
        }
        // Punctuation: ,, and ... are one token each.
        let mut end = seg.end();
        let mut j = i + 1;
        if seg.text == "," || seg.text == "." {
            while j < segs.len() && segs[j].text == seg.text {
                end = segs[j].end();
                j += 1;
            }
        }
        push(tokens, seg.start, end, TokenKind::Punctuation);
        pos = end;
        i = j;
    }
}

fn push(tokens: &mut Vec<Token>, start: usize, end: usize, kind: TokenKind) {
    tokens.push(Token {
        start,
        end,
        kind,
        sentence: 0,
        paragraph: 0,
        word: None,
    });
}

fn is_sentence_end(punct: &str) -> bool {
    punct.contains(['.', '!', '?', '…']) && !punct.starts_with(',')
}

fn is_closing(punct: &str) -> bool {
    matches!(punct, "’" | "'" | "”" | "\"" | ")" | "]" | "»" | "›")
}

fn is_opening(punct: &str) -> bool {
    matches!(
        punct,
        "‘" | "'" | "“" | "\"" | "„" | ",," | "(" | "[" | "«" | "‹" | "-" | "–" | "—"
    )
}

/// Numbers sentences and paragraphs in place.
fn number_sentences(text: &str, tokens: &mut [Token]) {
    #[derive(PartialEq)]
    enum State {
        Inside,
        /// Sentence-final punctuation seen (closing quotes may follow).
        Ended,
        /// Ended, then white space: the next token decides.
        Pending,
        /// A line break without final punctuation: a new line starting with a capital
        /// (a heading, a caption) starts a new sentence.
        LineBreak,
        /// A paragraph break: the next token starts a new sentence and paragraph.
        Paragraph,
    }
    let mut sentence = 0u32;
    let mut paragraph = 0u32;
    let mut state = State::Inside;
    let mut started = false;
    for token in tokens.iter_mut() {
        let t = token.text(text);
        match token.kind {
            TokenKind::ParagraphBreak => {
                state = State::Paragraph;
            }
            TokenKind::Space | TokenKind::LineBreak => {
                if state == State::Ended {
                    state = State::Pending;
                } else if token.kind == TokenKind::LineBreak && state == State::Inside {
                    state = State::LineBreak;
                }
            }
            _ => {
                let first = t.chars().next().unwrap_or(' ');
                let starts_new = match state {
                    State::Inside | State::Ended => false,
                    State::Paragraph => true,
                    State::Pending => {
                        first.is_uppercase()
                            || first.is_ascii_digit()
                            || (token.kind == TokenKind::Punctuation && is_opening(t))
                    }
                    State::LineBreak => {
                        first.is_uppercase()
                            || (token.kind == TokenKind::Punctuation && is_opening(t))
                    }
                };
                if starts_new && started {
                    sentence += 1;
                    if state == State::Paragraph {
                        paragraph += 1;
                    }
                }
                started = true;
                state = match (token.kind, &state) {
                    (TokenKind::Punctuation, _) if is_sentence_end(t) => State::Ended,
                    (TokenKind::Punctuation, State::Ended) if is_closing(t) => State::Ended,
                    _ => State::Inside,
                };
            }
        }
        token.sentence = sentence;
        token.paragraph = paragraph;
    }
}

/// The bracket notation of tokenizer goldens: word tokens in `[…]`, links in `<…>`,
/// numbers in `{…}`, everything else as written, and ` | ` at each sentence boundary.
pub fn bracketed(text: &str, tokens: &[Token]) -> String {
    let mut out = String::with_capacity(text.len() + tokens.len() * 2);
    let mut sentence = tokens.first().map_or(0, |t| t.sentence);
    for token in tokens {
        if token.sentence != sentence {
            sentence = token.sentence;
            out.push_str("| ");
        }
        let t = token.text(text);
        match token.kind {
            TokenKind::Word => {
                out.push('[');
                out.push_str(t);
                out.push(']');
            }
            TokenKind::Number => {
                out.push('{');
                out.push_str(t);
                out.push('}');
            }
            TokenKind::Url | TokenKind::Email | TokenKind::Handle => {
                out.push('<');
                out.push_str(t);
                out.push('>');
            }
            TokenKind::LineBreak | TokenKind::ParagraphBreak => out.push_str(" / "),
            _ => out.push_str(t),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    macro_rules! golden {
        ($($input:expr => $expected:expr),* $(,)?) => {
            $({
                let toks = tokenize($input);
                assert_eq!(bracketed($input, &toks), $expected, "input {:?}", $input);
                covers_every_byte($input, &toks);
            })*
        };
    }

    fn covers_every_byte(text: &str, toks: &[Token]) {
        let mut pos = 0;
        for t in toks {
            assert_eq!(t.start, pos, "gap or overlap at {pos} in {text:?}");
            assert!(t.end > t.start);
            pos = t.end;
        }
        assert_eq!(pos, text.len());
    }

    #[test]
    fn simple_sentences() {
        golden! {
            "Hij belt haar op." => "[Hij] [belt] [haar] [op].",
            "Het kabinet valt. De minister blijft." => "[Het] [kabinet] [valt]. | [De] [minister] [blijft].",
            "Wat nu? Niemand weet het!" => "[Wat] [nu]? | [Niemand] [weet] [het]!",
        }
    }

    #[test]
    fn apostrophes() {
        golden! {
            "zo’n 25 kilometer" => "[zo’n] {25} [kilometer]",
            "zo'n auto" => "[zo'n] [auto]",
            "’s avonds en 's ochtends" => "[’s] [avonds] [en] ['s] [ochtends]",
            "‘s Avonds laat" => "[‘s] [Avonds] [laat]",
            "in ’s-Hertogenbosch" => "[in] [’s-Hertogenbosch]",
            "auto's en baby's" => "[auto's] [en] [baby's]",
            "Engelse collega’s." => "[Engelse] [collega’s].",
            "Zelensky's partij" => "[Zelensky's] [partij]",
            "’t is d'r niet" => "[’t] [is] [d'r] [niet]",
        }
    }

    #[test]
    fn quotes_are_never_part_of_words() {
        golden! {
            "de troepenopbouw ‘bijna voltooid’." => "[de] [troepenopbouw] ‘[bijna] [voltooid]’.",
            "“diplomatie nog niet dood is”." => "“[diplomatie] [nog] [niet] [dood] [is]”.",
            ",,voor vrede in Oekraïne”." => ",,[voor] [vrede] [in] [Oekraïne]”.",
            "\"vijandig gedrag\" tegenover" => "\"[vijandig] [gedrag]\" [tegenover]",
        }
    }

    #[test]
    fn hyphenated_words_are_one_token() {
        golden! {
            "Noord-Holland en Wit-Rusland" => "[Noord-Holland] [en] [Wit-Rusland]",
            "de ex-president van Oost-Oekraïne" => "[de] [ex-president] [van] [Oost-Oekraïne]",
            "zware - en illegale - sancties" => "[zware] - [en] [illegale] - [sancties]",
            "voor- en nadelen" => "[voor-] [en] [nadelen]",
            "Kremlin-woordvoerder Peskov" => "[Kremlin-woordvoerder] [Peskov]",
        }
    }

    #[test]
    fn diacritics_and_ligatures_stay_inside_words() {
        golden! {
            "één ruïne" => "[één] [ruïne]",
            "coördinatie" => "[coördinatie]",
            "ĳzer" => "[ĳzer]",
            "Oekraı\u{308}ne" => "[Oekraı\u{308}ne]",
        }
    }

    #[test]
    fn numbers_dates_percentages() {
        golden! {
            "zo’n 4.500 soldaten" => "[zo’n] {4.500} [soldaten]",
            "127.000 militairen" => "{127.000} [militairen]",
            "25% en 3,5%" => "{25%} [en] {3,5%}",
            "op 18-01-2022 om 10:30" => "[op] {18-01-2022} [om] {10:30}",
            "de 21e eeuw" => "[de] [21e] [eeuw]",
            "een F-16" => "[een] [F-16]",
        }
    }

    #[test]
    fn links_stay_whole() {
        golden! {
            "borders. pic.twitter.com/dAP2nkrXfK — Secretary" => "[borders]. <pic.twitter.com/dAP2nkrXfK> — [Secretary]",
            "(@SecBlinken) 18 januari" => "(<@SecBlinken>) {18} [januari]",
            "zie https://nos.nl/artikel/123-x. Daarna" => "[zie] <https://nos.nl/artikel/123-x>. | [Daarna]",
            "mail info@nos.nl of" => "[mail] <info@nos.nl> [of]",
            "op www.rijksoverheid.nl staat" => "[op] <www.rijksoverheid.nl> [staat]",
            "#Oekraïne" => "<#Oekraïne>",
        }
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        golden! {
            "o.a. Rusland" => "[o.a.] [Rusland]",
            "bijv. De Jong" => "[bijv.] [De] [Jong]",
            "m.a.w. niets, d.w.z. nul" => "[m.a.w.] [niets], [d.w.z.] [nul]",
            "dhr. Jansen en mevr. De Vries" => "[dhr.] [Jansen] [en] [mevr.] [De] [Vries]",
            "drs. P. en ca. 25 man" => "[drs.] [P.] [en] [ca.] {25} [man]",
            "nr. 5 op 3 jl. en a.s. zondag" => "[nr.] {5} [op] {3} [jl.] [en] [a.s.] [zondag]",
            "George W. Bush zei" => "[George] [W.] [Bush] [zei]",
        }
    }

    #[test]
    fn sentence_starting_with_a_number_or_quote() {
        golden! {
            "zeven kinderen. 304 mensen" => "[zeven] [kinderen]. | {304} [mensen]",
            "zei hij. ‘Dat klopt.’ Daarna" => "[zei] [hij]. | ‘[Dat] [klopt].’ | [Daarna]",
        }
    }

    #[test]
    fn paragraphs_and_headings() {
        let text = "Eerste zin.\n\nDefcon\n\nTweede zin. Derde zin.\nVierde";
        let toks = tokenize(text);
        assert_eq!(
            bracketed(text, &toks),
            "[Eerste] [zin]. / | [Defcon] / | [Tweede] [zin]. | [Derde] [zin]. / | [Vierde]"
        );
        let paragraphs: Vec<u32> = toks
            .iter()
            .filter(|t| t.kind == TokenKind::Word)
            .map(|t| t.paragraph)
            .collect();
        assert_eq!(paragraphs, [0, 0, 1, 2, 2, 2, 2, 2]);
    }

    #[test]
    fn long_texts_are_tokenized_in_chunks_without_seams() {
        let paragraph =
            "Zij gingen akkoord met ’s avonds overleg, o.a. in Wit-Rusland. Zie https://nos.nl/x.";
        let text = vec![paragraph; 400].join("\n \r\n\n");
        let toks = tokenize(&text);
        covers_every_byte(&text, &toks);
        let words = toks.iter().filter(|t| t.kind == TokenKind::Word).count();
        let per_paragraph = tokenize(paragraph)
            .iter()
            .filter(|t| t.kind == TokenKind::Word)
            .count();
        assert_eq!(words, per_paragraph * 400);
        assert_eq!(toks.last().map(|t| t.paragraph), Some(399));
    }

    /// The fast path must cut exactly where UAX #29 does (white space may be cut
    /// differently; the tokenizer merges white space anyway).
    #[test]
    fn fast_segments_match_unicode_segmentation() {
        let texts = [
            "Het kabinet valt. De minister\tblijft  hier\n\nEn dan",
            "zo’n 4.500 soldaten; ‘bijna voltooid’ — pic.twitter.com/dAP2 (@SecBlinken) 18 jan.",
            "  e\u{301}e\u{301}n \u{308}x ĳzer \r\n Oekraïne-crisis 25% \u{a0} x",
            "a \u{301}b  \u{200d}c\n\u{308}",
        ];
        for text in texts {
            assert_same_segments(text);
        }
    }

    pub(super) fn assert_same_segments(text: &str) {
        let mut fast = Vec::new();
        segments(text, 0, &mut fast);
        // The tokenizer treats a segment that starts with white space as white space.
        let non_space = |t: &str| !t.starts_with(char::is_whitespace);
        let fast: Vec<(usize, &str)> = fast
            .iter()
            .map(|s| (s.start, s.text))
            .filter(|(_, t)| non_space(t))
            .collect();
        let reference: Vec<(usize, &str)> = text
            .split_word_bound_indices()
            .filter(|(_, t)| non_space(t))
            .collect();
        assert_eq!(fast, reference, "{text:?}");
    }

    #[test]
    fn fast_segments_match_on_random_text() {
        let pieces = [
            "a", "Zo", "é", "e\u{301}", "\u{308}", "\u{200d}", " ", "  ", "\t", "\n", "\r\n",
            "\u{a0}", ".", ",", "'", "’", "-", "4", "4.5", "@", "x_y", "👍", "中", "(", "\"",
        ];
        let mut state = 0x9e37_79b9_7f4a_7c15u64;
        for _ in 0..5000 {
            let mut text = String::new();
            for _ in 0..(state % 25) {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                text.push_str(pieces[(state % pieces.len() as u64) as usize]);
            }
            state = state.wrapping_add(0x9e37_79b9);
            assert_same_segments(&text);
        }
    }

    #[test]
    fn odd_input_is_covered() {
        for text in [
            "",
            " ",
            "\n\n\n",
            "’",
            "@",
            "-",
            "a-",
            "-a",
            "x.y.",
            "http://",
            "'s",
            "\u{308}e",
            "...",
            "👍🏽 ok",
        ] {
            covers_every_byte(text, &tokenize(text));
        }
    }
}
