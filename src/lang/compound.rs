//! Splits unknown compounds into dictionary words, head last, with linking s, e, en, er.
//!
//! The split a learner would choose is the one with the fewest parts (vredesakkoord →
//! vrede + s + akkoord); ties go to fewer linking elements, then to the longer head. The
//! lemma is the compound with its head lemmatized (levensomstandigheden →
//! levensomstandigheid).

use super::morphology::FormTag;
use super::{Lexicon, PartOfSpeech};

/// One part of a compound.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Part {
    /// The part as written in the compound (`vredes` → `vrede`, then `s` as a linking part).
    pub text: String,
    /// The entry of a content part; `None` for a linking element.
    pub entry: Option<u32>,
}

/// A compound split.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Split {
    /// Parts in order, the head last.
    pub parts: Vec<Part>,
    /// The head's form tag (plural, …).
    pub head_tag: FormTag,
    /// The compound's lemma: everything before the head as written, then the head's lemma.
    pub lemma: String,
}

const LINKS: &[&str] = &["s", "en", "e", "er"];
const MIN_PART: usize = 3;
/// Longest word (in characters) the splitter tries.
const MAX_LEN: usize = 48;

fn modifier_entry(piece: &str, lex: &impl Lexicon) -> Option<u32> {
    use PartOfSpeech as P;
    let mut best: Option<u32> = None;
    let headwords = lex
        .form_hits(piece)
        .iter()
        .filter(|h| h.tag == FormTag::Lemma)
        .map(|h| h.entry);
    for id in headwords {
        if matches!(
            lex.pos(id),
            P::Noun
                | P::Adjective
                | P::Numeral
                | P::Adverb
                | P::Preposition
                | P::Name
                | P::Abbreviation
        ) && lex.particle(id).is_none()
        {
            best = Some(best.map_or(id, |b| if lex.pos(b) == P::Noun { b } else { id }));
        }
    }
    if best.is_some() {
        return best;
    }
    // A verb stem: woonwijk, wachtrij.
    lex.form_hits(piece)
        .iter()
        .find(|h| h.tag == FormTag::Present1 && lex.pos(h.entry) == P::Verb)
        .map(|h| h.entry)
}

fn head_hit(piece: &str, lex: &impl Lexicon) -> Option<(u32, FormTag)> {
    use PartOfSpeech as P;
    lex.form_hits(piece)
        .iter()
        .filter(|h| matches!(lex.pos(h.entry), P::Noun | P::Adjective | P::Verb))
        .filter(|h| lex.particle(h.entry).is_none() || h.tag != FormTag::Present1)
        .max_by_key(|h| (lex.pos(h.entry) == P::Noun, h.tag.prior()))
        .map(|h| (h.entry, h.tag))
}

#[derive(Clone, Copy)]
struct Best {
    parts: u32,
    links: u32,
    /// Start of the last modifier piece (for backtracking).
    prev: usize,
    /// End of that modifier's word (before its linking element).
    word_end: usize,
    entry: u32,
}

/// Splits a normalized word into dictionary words, or `None` if it cannot.
///
/// ```
/// # use leesbril::lang::compound::split;
/// # fn demo(lex: &impl leesbril::lang::Lexicon) {
/// if let Some(s) = split("vredesakkoord", lex) {
///     assert_eq!(s.lemma, "vredesakkoord");
/// }
/// # }
/// ```
pub fn split(word: &str, lex: &impl Lexicon) -> Option<Split> {
    let bounds: Vec<usize> = word
        .char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(word.len()))
        .collect();
    let n = bounds.len() - 1;
    // The search is quadratic in the length; real compounds are far shorter than this.
    if !(2 * MIN_PART..=MAX_LEN).contains(&n) {
        return None;
    }
    // best[k]: the best way to cover word[..bounds[k]] with modifiers (and linking elements).
    let mut best: Vec<Option<Best>> = vec![None; n + 1];
    let start = Best {
        parts: 0,
        links: 0,
        prev: 0,
        word_end: 0,
        entry: 0,
    };
    best[0] = Some(start);
    for i in 0..n {
        let Some(from) = best[i] else { continue };
        for j in (i + MIN_PART)..=n.saturating_sub(MIN_PART) {
            let piece = &word[bounds[i]..bounds[j]];
            let Some(entry) = modifier_entry(piece, lex) else {
                continue;
            };
            let mut consider = |k: usize, links: u32| {
                let candidate = Best {
                    parts: from.parts + 1,
                    links: from.links + links,
                    prev: i,
                    word_end: j,
                    entry,
                };
                let better =
                    best[k].is_none_or(|b| (candidate.parts, candidate.links) < (b.parts, b.links));
                if better {
                    best[k] = Some(candidate);
                }
            };
            consider(j, 0);
            for link in LINKS {
                if word[bounds[j]..].starts_with(link) {
                    let k = bounds.iter().position(|&b| b == bounds[j] + link.len());
                    if let Some(k) = k
                        && k + MIN_PART <= n
                    {
                        consider(k, 1);
                    }
                }
            }
        }
    }
    // Choose the head.
    let mut choice: Option<(u32, u32, usize, u32, FormTag)> = None;
    for k in 1..n {
        let Some(b) = best[k] else { continue };
        if b.parts == 0 || n - k < MIN_PART {
            continue;
        }
        let Some((head, tag)) = head_hit(&word[bounds[k]..], lex) else {
            continue;
        };
        let key = (b.parts, b.links);
        if choice.is_none_or(|c| key < (c.0, c.1)) {
            choice = Some((b.parts, b.links, k, head, tag));
        }
    }
    let (_, _, k, head, head_tag) = choice?;
    let mut parts = vec![Part {
        text: lex.headword(head).to_owned(),
        entry: Some(head),
    }];
    let mut pos = k;
    while pos > 0 {
        let b = best[pos]?;
        if bounds[b.word_end] < bounds[pos] {
            parts.push(Part {
                text: word[bounds[b.word_end]..bounds[pos]].to_owned(),
                entry: None,
            });
        }
        parts.push(Part {
            text: lex.headword(b.entry).to_owned(),
            entry: Some(b.entry),
        });
        pos = b.prev;
    }
    parts.reverse();
    let lemma = format!("{}{}", &word[..bounds[k]], lex.headword(head));
    Some(Split {
        parts,
        head_tag,
        lemma,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dictionary::tests::mini;

    fn parts(word: &str) -> Option<(Vec<String>, String)> {
        let dict = mini();
        split(word, &dict).map(|s| (s.parts.into_iter().map(|p| p.text).collect(), s.lemma))
    }

    #[test]
    fn splits_with_linking_elements() {
        let (p, lemma) = parts("vredesakkoord").expect("test value");
        assert_eq!(p, ["vrede", "s", "akkoord"]);
        assert_eq!(lemma, "vredesakkoord");
        let (p, _) = parts("kernwapendivisie").expect("test value");
        assert_eq!(p, ["kern", "wapen", "divisie"]);
        let (p, lemma) = parts("levensomstandigheden").expect("test value");
        assert_eq!(p, ["leven", "s", "omstandigheid"]);
        assert_eq!(lemma, "levensomstandigheid");
        let (p, lemma) = parts("troepenopbouw").expect("test value");
        assert_eq!(p, ["troep", "en", "opbouw"]);
        assert_eq!(lemma, "troepenopbouw");
    }

    #[test]
    fn does_not_split_what_it_cannot() {
        assert_eq!(parts("akkoord"), None);
        assert_eq!(parts("xyzxyzxyz"), None);
        assert_eq!(parts("kernxyz"), None);
    }
}
