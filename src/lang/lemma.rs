//! Word form in context → lemma candidates, best first.
//!
//! Candidates come from the form index ([`Lexicon::form_hits`]); for forms the index lacks,
//! [`guess`] undoes inflection by rule (plural, -e, -t, past, ge-…-d/t, diminutive,
//! comparative) and accepts a base that is a headword of the right part of speech; the
//! compound splitter comes next (in `reading`), and the Snowball stem is the last resort.
//! When a form has several lemmas, [`choose`] scores them by form, context and frequency.

use super::morphology::FormTag;
use super::stem::DutchStemmer;
use super::{FormHit, Lexicon, PartOfSpeech};

/// How a guessed lemma was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GuessKind {
    /// By undoing an inflection rule; the lemma is a dictionary headword.
    Rule,
    /// Through the Snowball stem.
    Stem,
}

/// A lemma guessed for a form the index lacks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Guess {
    /// The entry.
    pub entry: u32,
    /// The form's supposed tag.
    pub tag: FormTag,
    /// How it was found.
    pub kind: GuessKind,
}

fn is_vowel(c: char) -> bool {
    matches!(
        c,
        'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'é' | 'ë' | 'ï' | 'ö' | 'ü'
    )
}

/// Spellings a closed-syllable base may have after a suffix starting with a vowel was taken
/// off: `grot` → grot, groot; `dikk` → dik; `boz` → boos; `liev` → lief.
fn base_spellings(stripped: &str) -> Vec<String> {
    let mut out = vec![stripped.to_owned()];
    let chars: Vec<char> = stripped.chars().collect();
    let n = chars.len();
    if n < 2 {
        return out;
    }
    let last = chars[n - 1];
    let devoiced = match last {
        'z' => 's',
        'v' => 'f',
        c => c,
    };
    let head: String = chars[..n - 1].iter().collect();
    if devoiced != last {
        out.push(format!("{head}{devoiced}"));
    }
    // Doubled consonant: dikk → dik.
    if chars[n - 2] == last && !is_vowel(last) {
        out.push(head.clone());
    }
    // officiël → officieel.
    if let Some(head) = stripped.strip_suffix("iël") {
        out.push(format!("{head}ieel"));
    }
    // Open syllable: grot → groot, zwar → zwaar, boz → boos, speciál → speciaal (but not
    // after a digraph: roep, lief).
    let digraph = n >= 3
        && matches!(
            (chars[n - 3], chars[n - 2]),
            ('e', 'i')
                | ('i', 'e')
                | ('o', 'e')
                | ('o', 'u')
                | ('a', 'u')
                | ('e', 'u')
                | ('u', 'i')
        );
    if n >= 3
        && !is_vowel(last)
        && is_vowel(chars[n - 2])
        && !digraph
        && chars[n - 3] != chars[n - 2]
    {
        let v = chars[n - 2];
        if matches!(v, 'a' | 'e' | 'o' | 'u') {
            let pre: String = chars[..n - 1].iter().collect();
            out.push(format!("{pre}{v}{devoiced}"));
        }
    }
    out
}

/// Verb infinitives a stem may belong to: werk → werken, zet → zetten, maak → maken,
/// leef → leven, ga → gaan.
fn infinitives(stem: &str) -> Vec<String> {
    let chars: Vec<char> = stem.chars().collect();
    let n = chars.len();
    let mut out = vec![format!("{stem}en"), format!("{stem}n")];
    if n < 2 {
        return out;
    }
    let last = chars[n - 1];
    let voiced = match last {
        'f' => 'v',
        's' => 'z',
        c => c,
    };
    let head: String = chars[..n - 1].iter().collect();
    if voiced != last {
        out.push(format!("{head}{voiced}en"));
    }
    if !is_vowel(last) && is_vowel(chars[n - 2]) {
        if n >= 3 && chars[n - 3] == chars[n - 2] {
            // maak → maken, leef → leven.
            let pre: String = chars[..n - 2].iter().collect();
            out.push(format!("{pre}{last}en"));
            out.push(format!("{pre}{voiced}en"));
        } else {
            // zet → zetten.
            out.push(format!("{stem}{last}en"));
        }
    }
    out
}

/// Rule-based guesses for a normalized form that the index lacks, best first. Only bases
/// that are headwords of a fitting part of speech are returned.
pub fn guess(form: &str, lex: &impl Lexicon) -> Vec<Guess> {
    let mut out: Vec<Guess> = Vec::new();
    let try_base = |base: &str, poses: &[PartOfSpeech], tag: FormTag, out: &mut Vec<Guess>| {
        for hit in lex.form_hits(base) {
            if matches!(hit.tag, FormTag::Lemma | FormTag::Variant)
                && poses.contains(&lex.pos(hit.entry))
                && !out.iter().any(|g| g.entry == hit.entry)
            {
                out.push(Guess {
                    entry: hit.entry,
                    tag,
                    kind: GuessKind::Rule,
                });
            }
        }
    };
    use PartOfSpeech::{Adjective as Adj, Name, Noun, Verb};
    let count = form.chars().count();
    if count < 3 {
        return out;
    }
    // Possessive and plural 's: collega's, Zelensky's.
    if let Some(base) = form.strip_suffix("'s").or_else(|| form.strip_suffix('\'')) {
        try_base(
            base,
            &[Noun, Name, PartOfSpeech::Abbreviation],
            FormTag::Plural,
            &mut out,
        );
    }
    // Diminutives: huisje(s), boompje, kransje, bloempje, balletje.
    let dim = form.strip_suffix('s').unwrap_or(form);
    for suffix in ["etje", "tje", "pje", "kje", "je"] {
        if let Some(base) = dim.strip_suffix(suffix) {
            let base = if suffix == "etje" {
                base.strip_suffix(|c: char| !is_vowel(c)).unwrap_or(base)
            } else {
                base
            };
            try_base(base, &[Noun], FormTag::Diminutive, &mut out);
            if suffix == "etje"
                && let Some(b) = dim.strip_suffix("etje")
            {
                try_base(b, &[Noun], FormTag::Diminutive, &mut out);
            }
        }
    }
    // Plurals in -en, -s, -eren; -ën (ideeën).
    if let Some(stripped) = form.strip_suffix("en") {
        for base in base_spellings(stripped) {
            try_base(
                &base,
                &[Noun, PartOfSpeech::Numeral],
                FormTag::Plural,
                &mut out,
            );
        }
        if let Some(b) = stripped.strip_suffix("er") {
            try_base(b, &[Noun], FormTag::Plural, &mut out);
        }
    }
    // Adjectives used as plural nouns: de anderen, de rijken → ander, rijk.
    if let Some(stripped) = form.strip_suffix("en") {
        for base in base_spellings(stripped) {
            try_base(&base, &[Adj], FormTag::Inflected, &mut out);
        }
    }
    // Nominalised superlatives and comparatives: de meesten → meest (veel), de ouderen.
    if let Some(stripped) = form.strip_suffix("en") {
        for hit in lex.form_hits(stripped) {
            let superlative = matches!(hit.tag, FormTag::Superlative | FormTag::Comparative)
                || hit.tag == FormTag::Extra && lex.pos(hit.entry) == PartOfSpeech::Determiner;
            if superlative && !out.iter().any(|g| g.entry == hit.entry) {
                out.push(Guess {
                    entry: hit.entry,
                    tag: FormTag::SuperlativeInflected,
                    kind: GuessKind::Rule,
                });
            }
        }
    }
    // Nominalised numerals, quantifiers and participles: de eersten, de weinigen, de hoger
    // opgeleiden → eerste, weinig, opleiden.
    if let Some(stripped) = form.strip_suffix('n').filter(|s| s.ends_with('e')) {
        for hit in lex.form_hits(stripped) {
            let nominalised = match lex.pos(hit.entry) {
                PartOfSpeech::Numeral | PartOfSpeech::Determiner => true,
                PartOfSpeech::Verb => hit.tag == FormTag::ParticipleInflected,
                _ => false,
            };
            if nominalised && !out.iter().any(|g| g.entry == hit.entry) {
                out.push(Guess {
                    entry: hit.entry,
                    tag: FormTag::Inflected,
                    kind: GuessKind::Rule,
                });
            }
        }
    }
    if let Some(stripped) = form.strip_suffix("ën") {
        try_base(&format!("{stripped}e"), &[Noun], FormTag::Plural, &mut out);
    }
    if let Some(base) = form.strip_suffix('s') {
        try_base(base, &[Noun], FormTag::Plural, &mut out);
        try_base(base, &[Adj], FormTag::Partitive, &mut out);
    }
    // Adjective -e, comparative, superlative.
    if let Some(stripped) = form.strip_suffix('e') {
        for base in base_spellings(stripped) {
            try_base(
                &base,
                &[Adj, PartOfSpeech::Numeral, PartOfSpeech::Determiner],
                FormTag::Inflected,
                &mut out,
            );
        }
    }
    for (suffix, tag) in [
        ("ste", FormTag::SuperlativeInflected),
        ("st", FormTag::Superlative),
        ("dere", FormTag::ComparativeInflected),
        ("der", FormTag::Comparative),
        ("ere", FormTag::ComparativeInflected),
        ("er", FormTag::Comparative),
    ] {
        if let Some(stripped) = form.strip_suffix(suffix) {
            for base in base_spellings(stripped) {
                try_base(&base, &[Adj, PartOfSpeech::Adverb], tag, &mut out);
            }
        }
    }
    // Verbs: -t, past -de(n)/-te(n), participle ge-…-d/t(e), present participle -end(e).
    let verb_stems: Vec<(String, FormTag)> = {
        let mut stems = Vec::new();
        if let Some(s) = form.strip_suffix('t') {
            stems.push((s.to_owned(), FormTag::Present3));
        }
        for (suffix, tag) in [
            ("den", FormTag::PastPlural),
            ("ten", FormTag::PastPlural),
            ("de", FormTag::Past),
            ("te", FormTag::Past),
        ] {
            if let Some(s) = form.strip_suffix(suffix) {
                stems.push((s.to_owned(), tag));
            }
        }
        let pp = form.strip_suffix('e').unwrap_or(form);
        if let Some(s) = pp.strip_suffix(['d', 't']) {
            for prefix in ["ge", ""] {
                if let Some(s) = s.strip_prefix(prefix) {
                    stems.push((s.to_owned(), FormTag::Participle));
                }
            }
        }
        for suffix in ["ende", "end"] {
            if let Some(s) = form.strip_suffix(suffix) {
                stems.push((s.to_owned(), FormTag::PresentParticiple));
            }
        }
        stems
    };
    // Spoken first person without its final d, often written: ik snij, ik rij → snijden, rijden.
    for hit in lex.form_hits(&format!("{form}d")) {
        if hit.tag == FormTag::Present1
            && lex.pos(hit.entry) == Verb
            && !out.iter().any(|g| g.entry == hit.entry)
        {
            out.push(Guess {
                entry: hit.entry,
                tag: FormTag::Present1,
                kind: GuessKind::Rule,
            });
        }
    }
    for (stem, tag) in verb_stems {
        if stem.chars().count() < 2 {
            continue;
        }
        for inf in infinitives(&stem) {
            try_base(&inf, &[Verb], tag, &mut out);
        }
    }
    out
}

/// Typo tolerance for an unknown lower-case word of 5 to 30 letters: the known form
/// reached by swapping two neighbouring letters (`atlhans` → althans), with its hits. When
/// several swaps give known forms, the one whose best entry is most frequent wins. Only
/// called on misses, so it costs nothing for known words.
pub fn transposition(form: &str, lex: &impl Lexicon) -> Option<(String, Vec<FormHit>)> {
    let chars: Vec<char> = form.chars().collect();
    if !(5..=30).contains(&chars.len()) || !chars.iter().all(|c| c.is_alphabetic()) {
        return None;
    }
    let mut best: Option<(u32, String, Vec<FormHit>)> = None;
    let mut candidate = chars.clone();
    for i in 0..chars.len() - 1 {
        if chars[i] == chars[i + 1] {
            continue;
        }
        candidate.swap(i, i + 1);
        let text: String = candidate.iter().collect();
        candidate.swap(i, i + 1);
        let hits = lex.form_hits(&text);
        let Some(rank) = hits
            .iter()
            .map(|h| lex.rank(h.entry).unwrap_or(u32::MAX))
            .min()
        else {
            continue;
        };
        if best.as_ref().is_none_or(|(r, ..)| rank < *r) {
            best = Some((rank, text, hits.to_vec()));
        }
    }
    best.map(|(_, text, hits)| (text, hits))
}

/// The last resort: entries whose headword has the same Snowball stem.
pub fn stem_guess(form: &str, lex: &impl Lexicon, stemmer: &DutchStemmer) -> Option<Guess> {
    if form.chars().count() < 4 {
        return None;
    }
    let stem = stemmer.stem(form);
    let ids = lex.stem_hits(&stem);
    let best = ids
        .iter()
        .min_by_key(|&&id| (lex.rank(id).unwrap_or(u32::MAX), lex.headword(id).len()))?;
    Some(Guess {
        entry: *best,
        tag: FormTag::Lemma,
        kind: GuessKind::Stem,
    })
}

/// What [`choose`] knows about a word's neighbours.
#[derive(Clone, Copy, Debug, Default)]
pub struct Context<'a> {
    /// The previous word, normalized (`None` at the start of a clause).
    pub prev: Option<&'a str>,
    /// Whether the clause already has a finite verb before this word.
    pub finite_before: bool,
    /// Whether another reading of the word is a noun (set by [`choose`]).
    pub noun_alternative: bool,
    /// The word itself, normalized.
    pub word: &'a str,
    /// The word before the previous one, normalized.
    pub prev2: Option<&'a str>,
    /// The next word, normalized.
    pub next_word: Option<&'a str>,
    /// The previous word's form hits (empty at the start of a clause).
    pub prev_hits: &'a [FormHit],
    /// The next word's form hits (empty at the end of a clause or for unknown words).
    pub next: &'a [FormHit],
    /// The word after next's form hits.
    pub next2: &'a [FormHit],
    /// Whether there is a next word in the clause.
    pub has_next: bool,
    /// Is the word capitalized but not the first of its sentence (a name)?
    pub capitalized_inside: bool,
    /// Is the word written in capitals (an abbreviation: `VS`, `NAVO`)?
    pub all_caps: bool,
}

/// Is this normalized word a determiner that starts a noun phrase (articles,
/// demonstratives, possessives, quantifiers, numerals)?
pub fn is_determiner(word: &str) -> bool {
    matches!(
        word,
        "de" | "het"
            | "een"
            | "deze"
            | "dit"
            | "elk"
            | "elke"
            | "ieder"
            | "iedere"
            | "geen"
            | "mijn"
            | "jouw"
            | "zijn"
            | "haar"
            | "hun"
            | "onze"
            | "ons"
            | "uw"
            | "welke"
            | "welk"
            | "zo'n"
            | "z'n"
            | "m'n"
            | "d'r"
            | "die"
            | "dat"
            | "veel"
            | "weinig"
            | "alle"
            | "enkele"
            | "sommige"
            | "beide"
            | "twee"
            | "drie"
            | "vier"
            | "vijf"
            | "zes"
            | "zeven"
            | "acht"
            | "negen"
            | "tien"
            | "meer"
            | "minder"
            | "vele"
            | "meeste"
            | "andere"
            | "al"
            | "diverse"
            | "verschillende"
            | "tientallen"
            | "honderden"
            | "duizenden"
            | "miljoenen"
    )
}

/// Words that clearly start a noun phrase (after them, the word before was no noun).
fn is_article(word: &str) -> bool {
    matches!(
        word,
        "de" | "het" | "een" | "deze" | "dit" | "mijn" | "onze" | "elke" | "alle"
    )
}

fn rank_bonus(rank: Option<u32>) -> i32 {
    match rank {
        Some(r) => 24 - (32 - r.max(1).leading_zeros() as i32).min(24),
        None => -2,
    }
}

/// Scores one candidate in context; higher is better.
pub fn score(hit: FormHit, ctx: &Context<'_>, lex: &impl Lexicon) -> i32 {
    use PartOfSpeech as P;
    let pos = lex.pos(hit.entry);
    // A stem ending in -t is also the third person (kost, zet, wacht): a common reading for
    // a common verb; the stem tag stays weak for rare verbs (niet of nieten).
    let prior = if hit.tag == FormTag::Present1
        && ctx.word.ends_with('t')
        && lex.rank(hit.entry).is_some_and(|r| r <= 1200)
    {
        FormTag::Present3.prior()
    } else {
        hit.tag.prior()
    };
    let mut s = prior + rank_bonus(lex.rank(hit.entry));
    let next_has = |poses: &[P]| ctx.next.iter().any(|h| poses.contains(&lex.pos(h.entry)));
    let nominal = |hits: &[FormHit], poses: &[P]| {
        hits.iter().any(|h| {
            poses.contains(&lex.pos(h.entry)) && !h.tag.is_participle() && !h.tag.is_finite()
        })
    };
    // A noun follows (zijn huis), or an adjective and then a noun (zijn grote huis).
    let next_nominal = nominal(ctx.next, &[P::Noun, P::Numeral])
        || (nominal(ctx.next, &[P::Adjective]) && nominal(ctx.next2, &[P::Noun]));
    let next_verbal = ctx
        .next
        .iter()
        .any(|h| lex.pos(h.entry) == P::Verb && (h.tag.is_participle() || h.tag == FormTag::Lemma));
    let next_article = ctx.next_word.is_some_and(is_article);
    // Forms listed with forms=: pronouns keep their case forms (ze stays ze), quantifiers go
    // to their base (meer → veel).
    if hit.tag == FormTag::Extra {
        match pos {
            P::Pronoun => s -= 5,
            P::Determiner => s += 5,
            _ => {}
        }
    }
    // Irregular comparison: beter, best → goed; minder → weinig.
    if matches!(
        hit.tag,
        FormTag::Comparative
            | FormTag::ComparativeInflected
            | FormTag::Superlative
            | FormTag::SuperlativeInflected
    ) {
        let head: String = lex.headword(hit.entry).chars().take(2).collect();
        let irregular = !ctx.word.starts_with(&head);
        let after_degree = ctx
            .prev
            .is_some_and(|p| matches!(p, "steeds" | "nog" | "veel" | "iets" | "wat" | "stukken"));
        if irregular || after_degree || ctx.next_word == Some("dan") {
            s += 30;
        }
    }
    let prev_article = ctx.prev.is_some_and(|prev| {
        is_determiner(prev)
            && !(matches!(prev, "die" | "dat" | "het" | "dit") && next_article)
            && prev != "die"
            && prev != "dat"
    }) || ctx.prev_hits.iter().any(|h| lex.pos(h.entry) == P::Numeral);
    // `het` and `dit` are pronouns too: before a frequent finite verb (het was, dit is) they
    // are no article.
    let frequent_finite =
        pos == P::Verb && hit.tag.is_finite() && lex.rank(hit.entry).is_some_and(|r| r <= 100);
    let pronoun_before_verb = frequent_finite && matches!(ctx.prev, Some("het" | "dit"));
    if prev_article && !pronoun_before_verb {
        match pos {
            P::Noun => s += 30,
            P::Adjective | P::Numeral => s += 20,
            P::Verb if hit.tag.is_participle() => s += 5,
            P::Verb => s -= 30,
            _ => {}
        }
    }
    // No plural after a singular article (het lopen, een lopen: not the plural of loop).
    if matches!(hit.tag, FormTag::Plural | FormTag::DiminutivePlural)
        && matches!(
            ctx.prev,
            Some("het" | "een" | "dit" | "elk" | "ieder" | "elke" | "iedere")
        )
    {
        s -= 40;
    }
    if ctx.prev == Some("te") && pos == P::Verb {
        s += if hit.tag == FormTag::Lemma { 40 } else { -20 };
    }
    // An inflected adjective (or participle) before: a noun follows (onvriendelijke stappen,
    // verhoogde staat); an article two back and an adjective before: the same.
    let prev_adjective = ctx.prev_hits.iter().any(|h| {
        matches!(
            h.tag,
            FormTag::Inflected
                | FormTag::ComparativeInflected
                | FormTag::SuperlativeInflected
                | FormTag::ParticipleInflected
                | FormTag::PresentParticipleInflected
        ) && matches!(lex.pos(h.entry), P::Adjective | P::Verb | P::Numeral)
    }) || (ctx.prev2.is_some_and(is_determiner)
        && ctx
            .prev_hits
            .iter()
            .any(|h| lex.pos(h.entry) == P::Adjective));
    if prev_adjective {
        match pos {
            P::Noun => s += 20,
            P::Verb => s -= 20,
            _ => {}
        }
    }
    // After a preposition: a noun phrase, not an infinitive (naar getuigen).
    let prev_preposition = ctx.prev != Some("te")
        && ctx.prev != Some("om")
        && ctx
            .prev_hits
            .iter()
            .any(|h| lex.pos(h.entry) == P::Preposition)
        && !ctx.prev_hits.iter().any(|h| lex.pos(h.entry) == P::Verb);
    if prev_preposition {
        match pos {
            P::Noun => s += 10,
            P::Verb if hit.tag == FormTag::Lemma => s -= 20,
            _ => {}
        }
    }
    // Before an article: no noun or adjective, rather a verb (het ziekenhuis sloot de …).
    if next_article {
        match pos {
            P::Noun | P::Adjective => s -= 25,
            P::Verb if hit.tag.is_finite() => s += 10,
            _ => {}
        }
    }
    // Passive and perfect: wordt verdacht, worden uitgesteld, heeft gedaan, zijn gemaakt.
    if pos == P::Verb && hit.tag == FormTag::Participle {
        for h in ctx.prev_hits {
            match lex.headword(h.entry) {
                "worden" | "hebben" => {
                    s += 30;
                    break;
                }
                "zijn" if lex.pos(h.entry) == P::Verb => {
                    s += 15;
                    break;
                }
                _ => {}
            }
        }
    }
    // After a subject (a noun or pronoun without article before it): a finite verb, not a
    // bare noun (de opkomst … was hoger; het was beter).
    let prev_subject = !prev_article
        && (ctx
            .prev_hits
            .iter()
            .any(|h| matches!(lex.pos(h.entry), P::Noun | P::Name))
            && !ctx
                .prev_hits
                .iter()
                .any(|h| lex.pos(h.entry) == P::Preposition)
            || ctx.prev.is_some_and(|p| {
                matches!(
                    p,
                    "hij" | "zij" | "ze" | "ik" | "wij" | "we" | "jij" | "je" | "u" | "er"
                )
            }));
    let frequent_verb =
        pos == P::Verb && hit.tag.is_finite() && lex.rank(hit.entry).is_some_and(|r| r <= 100);
    if prev_subject || (ctx.prev == Some("het") && frequent_verb) {
        match pos {
            P::Noun if hit.tag == FormTag::Lemma => s -= 20,
            // An adjective does not follow its noun (een pakket bleek …).
            P::Adjective if hit.tag == FormTag::Lemma && prev_subject => s -= 15,
            P::Verb if hit.tag.is_finite() => s += if frequent_verb { 40 } else { 10 },
            _ => {}
        }
    }
    // After a finite verb other than an auxiliary: a participle is an adjective
    // (reageerden opgelucht), unless there is no adjective reading.
    let prev_full_verb = ctx.prev_hits.iter().any(|h| {
        lex.pos(h.entry) == P::Verb
            && h.tag.is_finite()
            && !matches!(lex.headword(h.entry), "worden" | "hebben" | "zijn")
    }) && !ctx.prev_hits.iter().any(|h| lex.pos(h.entry) != P::Verb);
    if prev_full_verb {
        match pos {
            P::Adjective => s += 10,
            P::Verb if hit.tag == FormTag::Participle => s -= 10,
            _ => {}
        }
    }
    // One finite verb per clause: after it, infinitives and participles (liet … weten).
    if ctx.finite_before && pos == P::Verb {
        if hit.tag.is_finite() {
            s -= 15;
        } else if matches!(hit.tag, FormTag::Lemma | FormTag::Participle) {
            s += 10;
        }
    }
    // Before a noun: an adjective rather than a noun (illegale sancties).
    if nominal(ctx.next, &[P::Noun]) {
        match pos {
            P::Adjective => s += 15,
            P::Noun => s -= 10,
            _ => {}
        }
    }
    match pos {
        P::Pronoun | P::Determiner if next_nominal && !next_verbal => s += 25,
        P::Verb => {
            // Two verbs at the start of a clause: the first is a plural noun (Scholen krijgen).
            if ctx.prev.is_none()
                && ctx.noun_alternative
                && hit.tag == FormTag::Lemma
                && ctx.next.iter().any(|h| {
                    lex.pos(h.entry) == P::Verb && (h.tag.is_finite() || h.tag == FormTag::Lemma)
                })
            {
                s -= 30;
            } else if next_verbal || !ctx.has_next {
                s += 25;
            }
            if next_has(&[P::Adverb, P::Preposition, P::Conjunction, P::Pronoun]) {
                s += 10;
            }
        }
        P::Name | P::Abbreviation => {
            if ctx.capitalized_inside || ctx.all_caps {
                s += 40;
            } else {
                s -= 40;
            }
        }
        _ => {}
    }
    if (ctx.capitalized_inside || ctx.all_caps) && !matches!(pos, P::Name | P::Abbreviation) {
        // A capitalized common word mid-sentence is rarer than a name.
        s -= 5;
    }
    s
}

/// The index of the best hit in context (0 when `hits` is empty).
pub fn choose(hits: &[FormHit], ctx: &Context<'_>, lex: &impl Lexicon) -> usize {
    let mut best = 0;
    let mut best_score = i32::MIN;
    let ctx = &Context {
        noun_alternative: hits.iter().any(|h| lex.pos(h.entry) == PartOfSpeech::Noun),
        ..*ctx
    };
    for (i, hit) in hits.iter().enumerate() {
        let s = score(*hit, ctx, lex);
        if s > best_score {
            best = i;
            best_score = s;
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dictionary::tests::mini;

    fn guessed(form: &str) -> Vec<String> {
        let dict = mini();
        guess(form, &dict)
            .into_iter()
            .map(|g| dict.headword(g.entry).to_owned())
            .collect()
    }

    #[test]
    fn rules_for_forms_the_index_lacks() {
        assert_eq!(guessed("kernwapens"), Vec::<String>::new());
        assert_eq!(guessed("huisjes"), ["huis"]);
        assert_eq!(guessed("sanctietjes"), ["sanctie"]);
        assert_eq!(guessed("kernen"), ["kern"]);
        assert_eq!(guessed("wapens"), ["wapen"]);
        assert_eq!(guessed("werkend"), ["werken"]);
    }

    #[test]
    fn a_swap_of_neighbouring_letters_is_a_typo() {
        let dict = mini();
        let (form, hits) = transposition("sacntie", &dict).expect("sanctie");
        assert_eq!(form, "sanctie");
        assert_eq!(dict.headword(hits[0].entry), "sanctie");
        let (_, hits) = transposition("rgeeringen", &dict).expect("regeringen");
        assert_eq!(dict.headword(hits[0].entry), "regering");
        // Too short, or no swap gives a known form.
        assert!(transposition("hius", &dict).is_none());
        assert!(transposition("xyzzyq", &dict).is_none());
        assert!(transposition("sanc-tie", &dict).is_none());
    }

    #[test]
    fn infinitive_spellings() {
        assert!(infinitives("maak").contains(&"maken".to_owned()));
        assert!(infinitives("zet").contains(&"zetten".to_owned()));
        assert!(infinitives("leef").contains(&"leven".to_owned()));
        assert!(base_spellings("grot").contains(&"groot".to_owned()));
        assert!(base_spellings("boz").contains(&"boos".to_owned()));
        assert!(base_spellings("dikk").contains(&"dik".to_owned()));
    }

    #[test]
    fn context_picks_possessive_or_verb() {
        let dict = mini();
        let hits = dict.form_hits("zijn");
        assert_eq!(hits.len(), 2);
        let huis = dict.form_hits("huis");
        let ctx = Context {
            prev: Some("in"),
            next: huis,
            has_next: true,
            ..Context::default()
        };
        assert_eq!(
            dict.pos(hits[choose(hits, &ctx, &dict)].entry),
            PartOfSpeech::Pronoun
        );
        let gegaan = dict.form_hits("gegaan");
        let ctx = Context {
            prev: Some("ze"),
            next: gegaan,
            has_next: true,
            ..Context::default()
        };
        assert_eq!(
            dict.pos(hits[choose(hits, &ctx, &dict)].entry),
            PartOfSpeech::Verb
        );
    }

    #[test]
    fn meer_is_veel_unless_after_an_article() {
        let dict = mini();
        let hits = dict.form_hits("meer");
        let ctx = Context {
            prev: Some("nog"),
            has_next: true,
            ..Context::default()
        };
        assert_eq!(dict.headword(hits[choose(hits, &ctx, &dict)].entry), "veel");
        let ctx = Context {
            prev: Some("het"),
            has_next: true,
            ..Context::default()
        };
        assert_eq!(dict.headword(hits[choose(hits, &ctx, &dict)].entry), "meer");
    }
}
