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
    /// A word, normalized, with the separable verbs its form can be the base of
    /// ([`Lexicon::separable_hits`], looked up once per form by the caller).
    Word(&'a str, &'a [crate::lang::SeparableHit]),
    /// Anything else that does not end a clause (a number, a link).
    Other,
    /// Punctuation that ends a clause (, ; : . ! ? closing quotes, brackets).
    Boundary,
    /// An opening quote or bracket: what follows is quoted inside the clause (zet in op
    /// "een wapenstilstand").
    Open,
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

/// Does this word start a new (subordinate) clause? A particle is never looked for past it.
fn starts_clause(word: &str) -> bool {
    matches!(
        word,
        "omdat"
            | "terwijl"
            | "zodat"
            | "hoewel"
            | "nadat"
            | "voordat"
            | "wanneer"
            | "doordat"
            | "zodra"
            | "waardoor"
            | "waarna"
            | "waarin"
            | "waarbij"
            | "waarop"
            | "waarmee"
            | "totdat"
            | "opdat"
            | "indien"
            | "tenzij"
            | "zolang"
            | "alsof"
            | "aangezien"
            | "mits"
            | "want"
            | "maar"
            | "dat"
            | "die"
    )
}

fn word<'a>(items: &[Item<'a>], i: usize) -> Option<&'a str> {
    match items.get(i) {
        Some(Item::Word(w, _)) => Some(w),
        _ => None,
    }
}

/// Can the word at `i` be a particle, judged by what follows it?
fn stands_alone(items: &[Item<'_>], i: usize, lex: &impl Lexicon) -> bool {
    use PartOfSpeech as P;
    let next = match items.get(i + 1) {
        None | Some(Item::Boundary) => return true,
        // A number or a quotation starts a noun phrase (op 3,6 procent; op "een …").
        Some(Item::Other | Item::Open) => return false,
        Some(Item::Word(w, _)) => *w,
    };
    if super::lemma::is_determiner(next) && next != "die" && next != "dat" {
        return false;
    }
    let hits = lex.form_hits(next);
    let nominal = hits.iter().any(|h| {
        matches!(
            lex.pos(h.entry),
            P::Noun | P::Adjective | P::Numeral | P::Name
        ) && h.tag != FormTag::Participle
            || h.tag == FormTag::ParticipleInflected
    });
    // An adjective and then a noun: a noun phrase (in verhoogde staat).
    if nominal
        && word(items, i + 2)
            .is_some_and(|w| lex.form_hits(w).iter().any(|h| lex.pos(h.entry) == P::Noun))
        && !hits.iter().any(|h| lex.pos(h.entry) == P::Preposition)
    {
        return false;
    }
    let functional = hits.iter().any(|h| {
        matches!(
            lex.pos(h.entry),
            P::Preposition | P::Conjunction | P::Adverb | P::Pronoun
        ) || (lex.pos(h.entry) == P::Verb && next == "te")
    });
    !nominal || functional
}

/// Does a new clause with its own finite verb start at `i` (`en zette`, `maar ging`)?
fn coordinated_clause(items: &[Item<'_>], i: usize, lex: &impl Lexicon) -> bool {
    let Some(next) = word(items, i + 1) else {
        return false;
    };
    lex.form_hits(next).iter().any(|h| h.tag.is_finite())
        || lex.separable_hits(next).iter().any(|h| h.tag.is_finite())
}

/// Finds the separable verbs of one sentence.
pub fn join(items: &[Item<'_>], lex: &impl Lexicon) -> Vec<Join> {
    let mut joins: Vec<Join> = Vec::new();
    let taken = |joins: &[Join], i: usize| joins.iter().any(|j| j.verb == i || j.particle == i);
    // First the particle right before a non-finite form: akkoord gegaan, voor te stellen.
    for (i, item) in items.iter().enumerate() {
        let Item::Word(_, hits) = *item else {
            continue;
        };
        if hits.is_empty() {
            continue;
        }
        let before = match (
            i.checked_sub(1).and_then(|p| word(items, p)),
            i.checked_sub(2),
        ) {
            (Some("te"), Some(p)) => word(items, p).map(|w| (p, w)),
            (Some(w), _) => i.checked_sub(1).map(|p| (p, w)),
            _ => None,
        };
        // Without `te`, only a particle written apart (akkoord gegaan): one written together
        // would be one word (opvragen), so `op vragen` is a preposition and a noun.
        let with_te = i.checked_sub(1).and_then(|p| word(items, p)) == Some("te");
        if let Some((p, particle)) = before
            && !taken(&joins, p)
            && !taken(&joins, i)
            && let Some(hit) = hits.iter().find(|h| {
                matches!(
                    h.tag,
                    FormTag::Lemma | FormTag::Participle | FormTag::ParticipleInflected
                ) && lex.particle(h.entry) == Some(particle)
                    && (with_te || lex.headword(h.entry).contains(' '))
            })
        {
            joins.push(Join {
                verb: i,
                particle: p,
                entry: hit.entry,
            });
        }
    }
    // Then a finite verb and its particle later in the clause.
    for (i, item) in items.iter().enumerate() {
        let Item::Word(_, hits) = *item else {
            continue;
        };
        if hits.is_empty() || taken(&joins, i) {
            continue;
        }
        if !hits
            .iter()
            .any(|h| h.tag.is_finite() || h.tag == FormTag::Lemma)
        {
            continue;
        }
        // After an article the word is a noun (de bouw, de vraag), not a verb.
        if i.checked_sub(1)
            .and_then(|p| word(items, p))
            .is_some_and(|p| super::lemma::is_determiner(p) && p != "die" && p != "dat")
        {
            continue;
        }
        let mut best: Option<(usize, u32)> = None;
        for (j, later) in items.iter().enumerate().skip(i + 1) {
            let w = match later {
                Item::Boundary => break,
                Item::Other | Item::Open => continue,
                Item::Word(w, _) => *w,
            };
            // om/door/zonder … te: an infinitive clause starts (riep op om in te grijpen;
            // voerde op door te verklaren).
            let om_te = matches!(w, "om" | "door" | "zonder")
                && items
                    .iter()
                    .skip(j + 1)
                    .take(5)
                    .any(|it| matches!(it, Item::Word("te", _)));
            if starts_clause(w)
                || om_te
                || (matches!(w, "en" | "of") && coordinated_clause(items, j, lex))
            {
                break;
            }
            let found = hits.iter().find(|h| {
                (h.tag.is_finite() || h.tag == FormTag::Lemma) && lex.particle(h.entry) == Some(w)
            });
            // The particle closes the clause: keep the last one that stands alone
            // (liepen op niets uit → uitlopen).
            if let Some(hit) = found
                && !taken(&joins, j)
                && stands_alone(items, j, lex)
            {
                best = Some((j, hit.entry));
            }
        }
        if let Some((j, entry)) = best {
            joins.push(Join {
                verb: i,
                particle: j,
                entry,
            });
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
                    Item::Word(w, dict.separable_hits(w))
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
    fn a_quotation_after_a_preposition_is_its_object() {
        let dict = mini();
        let words = [
            "Oekraïne",
            "zet",
            "in",
            "op",
            "\u{201c}",
            "een",
            "wapenstilstand",
        ];
        let norms: Vec<String> = words.iter().map(|w| normalize(w)).collect();
        let items: Vec<Item<'_>> = norms
            .iter()
            .map(|w| {
                if w == "\u{201c}" {
                    Item::Open
                } else {
                    Item::Word(w, dict.separable_hits(w))
                }
            })
            .collect();
        let joins = join(&items, &dict);
        assert_eq!(joins.len(), 1);
        assert_eq!(dict.headword(joins[0].entry), "inzetten");
        assert_eq!(joins[0].particle, 2);
    }

    #[test]
    fn prepositions_are_not_particles() {
        assert!(joined("Rusland voerde troepen op de grens .").is_empty());
        assert!(joined("hij zet het huis , op de grens .").is_empty());
    }
}
