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
    /// Punctuation that ends a clause (; : . ! ? closing quotes, brackets).
    Boundary,
    /// A comma: ends a clause, unless it opens an appositive closed by the next comma
    /// (gingen hij en zijn tegenhanger, Volodymyr Zelensky, akkoord).
    Comma,
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
        None | Some(Item::Boundary | Item::Comma) => return true,
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

/// Does a new clause with its own finite verb start at `i` (`en zette`, `maar ging`)? Not
/// when the word after `en` is a possessive or determiner before a noun phrase (`hij en zijn
/// Oekraïense tegenhanger`).
fn coordinated_clause(items: &[Item<'_>], i: usize, lex: &impl Lexicon) -> bool {
    use PartOfSpeech as P;
    let Some(next) = word(items, i + 1) else {
        return false;
    };
    let hits = lex.form_hits(next);
    let finite = hits.iter().any(|h| h.tag.is_finite())
        || lex.separable_hits(next).iter().any(|h| h.tag.is_finite());
    if !finite {
        return false;
    }
    let determiner = hits
        .iter()
        .any(|h| matches!(lex.pos(h.entry), P::Pronoun | P::Determiner));
    let noun_phrase = word(items, i + 2).is_some_and(|w| {
        let after = lex.form_hits(w);
        !after.is_empty()
            && after.iter().all(|h| {
                matches!(lex.pos(h.entry), P::Noun | P::Adjective | P::Name) && !h.tag.is_finite()
            })
    });
    !(determiner && noun_phrase)
}

/// Skips an appositive: for a comma at `i`, the index of the comma that closes a short
/// noun phrase after it (`, Volodymyr Zelensky,`), if there is one.
fn appositive_end(items: &[Item<'_>], i: usize, lex: &impl Lexicon) -> Option<usize> {
    for k in i + 1..=i + 5 {
        match items.get(k)? {
            Item::Comma => return (k > i + 1).then_some(k),
            Item::Word(w, _) => {
                if starts_clause(w) || lex.form_hits(w).iter().any(|h| h.tag.is_finite()) {
                    return None;
                }
            }
            Item::Other => {}
            Item::Boundary | Item::Open => return None,
        }
    }
    None
}

/// Verbs of motion, whose particle after a noun phrase is a postposition (gingen de straat
/// op, liep de trap af), not the separable particle.
fn is_motion_verb(base: &str) -> bool {
    matches!(
        base,
        "gaan"
            | "lopen"
            | "rijden"
            | "komen"
            | "rennen"
            | "vliegen"
            | "varen"
            | "fietsen"
            | "wandelen"
            | "stappen"
            | "kruipen"
            | "springen"
            | "vluchten"
    )
}

/// Is the particle at `j` (of the separable verb `entry`, whose verb is at `verb`) a
/// postposition after the noun phrase right after a motion verb: `gingen de straat op`, but
/// not `gingen de hele nacht door`, `stapte na het schandaal op`, `loopt eind dit jaar af`?
fn postposition(items: &[Item<'_>], verb: usize, j: usize, entry: u32, lex: &impl Lexicon) -> bool {
    let Some(particle) = lex.particle(entry) else {
        return false;
    };
    if !matches!(
        particle,
        "op" | "af" | "uit" | "in" | "over" | "langs" | "rond"
    ) {
        return false;
    }
    let base = lex
        .headword(entry)
        .strip_prefix(particle)
        .unwrap_or_default();
    if !is_motion_verb(base) {
        return false;
    }
    let noun_before = j
        .checked_sub(1)
        .and_then(|p| word(items, p))
        .is_some_and(|w| {
            lex.form_hits(w)
                .iter()
                .any(|h| lex.pos(h.entry) == PartOfSpeech::Noun)
        });
    // The verb, an article or demonstrative, at most one adjective, the noun, the particle.
    let article_after_verb = word(items, verb + 1)
        .is_some_and(|w| matches!(w, "de" | "het" | "een" | "deze" | "dit" | "die"));
    // Or the definite article right before the noun, not inside a prepositional phrase
    // (gingen duizenden mensen de straat op; not stapte na het schandaal op).
    let article_before_noun = j
        .checked_sub(2)
        .and_then(|p| word(items, p))
        .is_some_and(|w| matches!(w, "de" | "het"))
        && !j
            .checked_sub(3)
            .and_then(|p| word(items, p))
            .is_some_and(|w| {
                lex.form_hits(w)
                    .iter()
                    .any(|h| lex.pos(h.entry) == PartOfSpeech::Preposition)
            });
    noun_before && (article_after_verb && (verb + 3..=verb + 4).contains(&j) || article_before_noun)
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
        let next_has_hits = matches!(items.get(i + 1), Some(Item::Word(_, h)) if !h.is_empty());
        if hits.is_empty() && !next_has_hits {
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
        // over te laten gaan: the particle belongs to the infinitive after `laten`.
        let (i, hits) = match (before, items.get(i + 1)) {
            (Some((_, particle)), Some(Item::Word(_, next_hits)))
                if with_te
                    && next_hits.iter().any(|h| {
                        h.tag == FormTag::Lemma && lex.particle(h.entry) == Some(particle)
                    }) =>
            {
                (i + 1, *next_hits)
            }
            _ => (i, hits),
        };
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
        let mut skip_to = 0;
        for (j, later) in items.iter().enumerate().skip(i + 1) {
            if j <= skip_to {
                continue;
            }
            let w = match later {
                Item::Boundary => break,
                Item::Comma => match appositive_end(items, j, lex) {
                    Some(end) => {
                        skip_to = end;
                        continue;
                    }
                    None => break,
                },
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
                && !postposition(items, i, j, hit.entry, lex)
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
                if w == "," {
                    Item::Comma
                } else if w == "." {
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
    fn appositives_postpositions_and_causatives() {
        assert_eq!(
            joined("zij gingen hij en zijn tegenhanger , Poetin , akkoord met onderhandelingen"),
            one("gingen", "akkoord", "akkoord gaan")
        );
        assert!(joined("zij gingen , stelt hij , akkoord").is_empty());
        assert!(joined("zij gingen de grens op .").is_empty());
        assert!(joined("zij gingen opnieuw duizenden mensen de grens op .").is_empty());
        // Inside a prepositional phrase the particle is the verb's.
        assert_eq!(
            joined("zij gingen met de grens op ."),
            one("gingen", "op", "opgaan")
        );
        assert_eq!(
            joined("zij besloot het op te laten gaan ."),
            one("gaan", "op", "opgaan")
        );
    }

    #[test]
    fn prepositions_are_not_particles() {
        assert!(joined("Rusland voerde troepen op de grens .").is_empty());
        assert!(joined("hij zet het huis , op de grens .").is_empty());
    }
}
