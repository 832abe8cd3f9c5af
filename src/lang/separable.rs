//! Joins a finite verb with its particle later in the clause (stelt … voor → voorstellen),
//! a particle with `te` + infinitive (voor te stellen), and a loose particle with the verb
//! form right after it (akkoord gegaan).
//!
//! A word that looks like a particle but starts a prepositional phrase (`op de grens`) is not
//! taken: a particle stands at the end of the clause, or before a preposition, adverb,
//! conjunction or verb, never before an article, a noun or an adjective.

use super::morphology::FormTag;
use super::{Lexicon, PartOfSpeech};

/// One item of a sentence, as the joiner sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Item<'a> {
    /// A word, normalized.
    Word(&'a str),
    /// Anything else that does not end a clause (a number, a link).
    Other,
    /// Punctuation that ends a clause (, ; : . ! ? quotes, brackets).
    Boundary,
}

/// A joined separable verb.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Join {
    /// Index of the verb item.
    pub verb: usize,
    /// Index of the particle item.
    pub particle: usize,
    /// The separable verb's entry.
    pub entry: u32,
}

/// Words that start a new (subordinate) clause: a particle is never looked for past them.
const CLAUSE_STARTERS: &[&str] = &[
    "omdat",
    "terwijl",
    "zodat",
    "hoewel",
    "nadat",
    "voordat",
    "wanneer",
    "doordat",
    "zodra",
    "waardoor",
    "waarna",
    "waarin",
    "waarbij",
    "waarop",
    "waarmee",
    "totdat",
    "opdat",
    "indien",
    "tenzij",
    "zolang",
    "alsof",
    "aangezien",
    "mits",
    "want",
    "maar",
    "dat",
    "die",
];

fn word<'a>(items: &[Item<'a>], i: usize) -> Option<&'a str> {
    match items.get(i) {
        Some(Item::Word(w)) => Some(w),
        _ => None,
    }
}

/// Can the word at `i` be a particle, judged by what follows it?
fn stands_alone(items: &[Item<'_>], i: usize, lex: &impl Lexicon) -> bool {
    use PartOfSpeech as P;
    let Some(next) = word(items, i + 1) else {
        return true;
    };
    if super::lemma::is_determiner(next) && next != "die" && next != "dat" {
        return false;
    }
    let hits = lex.form_hits(next);
    let nominal = hits.iter().any(|h| {
        matches!(
            lex.pos(h.entry),
            P::Noun | P::Adjective | P::Numeral | P::Name
        ) && !h.tag.is_participle()
    });
    let functional = hits.iter().any(|h| {
        matches!(
            lex.pos(h.entry),
            P::Preposition | P::Conjunction | P::Adverb | P::Verb | P::Pronoun
        )
    });
    !nominal || functional
}

/// Finds the separable verbs of one sentence.
pub fn join(items: &[Item<'_>], lex: &impl Lexicon) -> Vec<Join> {
    let mut joins: Vec<Join> = Vec::new();
    let taken = |joins: &[Join], i: usize| joins.iter().any(|j| j.verb == i || j.particle == i);
    for (i, item) in items.iter().enumerate() {
        let Item::Word(w) = item else { continue };
        let hits = lex.separable_hits(w);
        if hits.is_empty() || taken(&joins, i) {
            continue;
        }
        // Particle right before a non-finite form: akkoord gegaan, voor te stellen.
        let before = match (
            i.checked_sub(1).and_then(|p| word(items, p)),
            i.checked_sub(2),
        ) {
            (Some("te"), Some(p)) => word(items, p).map(|w| (p, w)),
            (Some(w), _) => i.checked_sub(1).map(|p| (p, w)),
            _ => None,
        };
        if let Some((p, particle)) = before
            && !taken(&joins, p)
            && let Some(hit) = hits.iter().find(|h| {
                matches!(
                    h.tag,
                    FormTag::Lemma | FormTag::Participle | FormTag::ParticipleInflected
                ) && lex.particle(h.entry) == Some(particle)
            })
        {
            joins.push(Join {
                verb: i,
                particle: p,
                entry: hit.entry,
            });
            continue;
        }
        // A finite verb and its particle later in the clause.
        if !hits
            .iter()
            .any(|h| h.tag.is_finite() || h.tag == FormTag::Lemma)
        {
            continue;
        }
        for (j, later) in items.iter().enumerate().skip(i + 1) {
            let w = match later {
                Item::Boundary => break,
                Item::Other => continue,
                Item::Word(w) => *w,
            };
            if CLAUSE_STARTERS.contains(&w) {
                break;
            }
            let found = hits.iter().find(|h| {
                (h.tag.is_finite() || h.tag == FormTag::Lemma) && lex.particle(h.entry) == Some(w)
            });
            if let Some(hit) = found
                && !taken(&joins, j)
                && stands_alone(items, j, lex)
            {
                joins.push(Join {
                    verb: i,
                    particle: j,
                    entry: hit.entry,
                });
                break;
            }
        }
    }
    joins
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dictionary::tests::mini;
    use crate::lang::normalize::normalize;

    fn joined(sentence: &str) -> Vec<(String, String, String)> {
        let dict = mini();
        let words: Vec<String> = sentence
            .split_whitespace()
            .map(|w| {
                if w == "," || w == "." {
                    w.to_owned()
                } else {
                    normalize(w)
                }
            })
            .collect();
        let items: Vec<Item<'_>> = words
            .iter()
            .map(|w| {
                if w == "," || w == "." {
                    Item::Boundary
                } else {
                    Item::Word(w)
                }
            })
            .collect();
        join(&items, &dict)
            .into_iter()
            .map(|j| {
                (
                    words[j.verb].clone(),
                    words[j.particle].clone(),
                    dict.headword(j.entry).to_owned(),
                )
            })
            .collect()
    }

    fn one(verb: &str, particle: &str, lemma: &str) -> Vec<(String, String, String)> {
        vec![(verb.to_owned(), particle.to_owned(), lemma.to_owned())]
    }

    #[test]
    fn joins_verb_and_particle() {
        assert_eq!(
            joined("Zelensky stelt een wapenstilstand voor ."),
            one("stelt", "voor", "voorstellen")
        );
        assert_eq!(
            joined("zij gingen akkoord met onderhandelingen"),
            one("gingen", "akkoord", "akkoord gaan")
        );
        assert_eq!(
            joined("Rusland voerde de spanningen op ."),
            one("voerde", "op", "opvoeren")
        );
        assert_eq!(
            joined("Rusland voerde de spanningen op de grens op ."),
            one("voerde", "op", "opvoeren")
        );
        assert_eq!(
            joined("om een wapenstilstand voor te stellen"),
            one("stellen", "voor", "voorstellen")
        );
        assert_eq!(
            joined("zij zijn akkoord gegaan ."),
            one("gegaan", "akkoord", "akkoord gaan")
        );
    }

    #[test]
    fn prepositions_are_not_particles() {
        assert!(joined("Rusland voerde troepen op de grens .").is_empty());
        assert!(joined("hij zet het huis , op de grens .").is_empty());
    }
}
