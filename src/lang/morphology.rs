//! Paradigms: every inflected form of a lemma, from the entry's principal parts and the
//! spelling rules of Dutch.
//!
//! The rules: vowel doubling and halving (maken → maak; groot → grote), consonant doubling
//! (zetten → zet; dik → dikke), v/f and z/s (geven → geef; boos → boze), weak pasts and
//! participles come from the entry, participles with -e (voorgestelde), present participles
//! (aanstaande), noun plurals and diminutives from the entry, adjective -e and -s forms,
//! comparatives and superlatives. Separable verbs yield their joined forms (voorstelt,
//! voorgesteld) and, marked [`Attach::Bare`], the forms of the base verb that stand apart from
//! the particle in a main clause (stelt … voor).
//!
//! ```
//! use leesbril::lang::morphology::{inflect_e, verb_stem};
//! assert_eq!(inflect_e("groot"), "grote");
//! assert_eq!(inflect_e("dik"), "dikke");
//! assert_eq!(verb_stem("geven", None), "geef");
//! ```

use super::PartOfSpeech;

/// Which form of its lemma a word form is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FormTag {
    /// The headword itself (a verb's infinitive, which is also its present plural).
    Lemma,
    /// A spelling variant from `var=`.
    Variant,
    /// A form listed with `forms=` (meer → veel).
    Extra,
    /// A noun plural.
    Plural,
    /// A noun diminutive.
    Diminutive,
    /// A noun diminutive plural.
    DiminutivePlural,
    /// A name's possessive (Bidens, Zelensky's).
    Genitive,
    /// A verb's stem: first person singular present, imperative (stel, loop).
    Present1,
    /// Second/third person singular present (stelt, loopt).
    Present3,
    /// An irregular present form from `pres=` (ben, is, kan).
    PresentIrregular,
    /// Past singular (stelde, ging).
    Past,
    /// Past plural (stelden, gingen).
    PastPlural,
    /// Past participle (voorgesteld, gegaan).
    Participle,
    /// Past participle with -e (voorgestelde).
    ParticipleInflected,
    /// Present participle (lopend).
    PresentParticiple,
    /// Present participle with -e (lopende).
    PresentParticipleInflected,
    /// Adjective with -e (grote).
    Inflected,
    /// Adjective with -s (iets nieuws).
    Partitive,
    /// Comparative (groter).
    Comparative,
    /// Comparative with -e (grotere).
    ComparativeInflected,
    /// Superlative (grootst).
    Superlative,
    /// Superlative with -e (grootste).
    SuperlativeInflected,
}

impl FormTag {
    /// Every tag, in declaration order (the position is the tag's number in a binary cache).
    pub const ALL: [FormTag; 22] = [
        Self::Lemma,
        Self::Variant,
        Self::Extra,
        Self::Plural,
        Self::Diminutive,
        Self::DiminutivePlural,
        Self::Genitive,
        Self::Present1,
        Self::Present3,
        Self::PresentIrregular,
        Self::Past,
        Self::PastPlural,
        Self::Participle,
        Self::ParticipleInflected,
        Self::PresentParticiple,
        Self::PresentParticipleInflected,
        Self::Inflected,
        Self::Partitive,
        Self::Comparative,
        Self::ComparativeInflected,
        Self::Superlative,
        Self::SuperlativeInflected,
    ];

    /// How likely a word with this tag is this form, compared with other readings of the same
    /// spelling (higher is likelier). Used as a prior when a form has several lemmas.
    pub fn prior(self) -> i32 {
        match self {
            Self::Lemma | Self::Extra => 100,
            Self::Variant => 95,
            Self::Plural | Self::PresentIrregular => 90,
            Self::Past | Self::PastPlural | Self::Participle => 88,
            Self::Present3 | Self::Inflected => 85,
            Self::Diminutive | Self::DiminutivePlural => 80,
            Self::Comparative | Self::Superlative | Self::SuperlativeInflected => 75,
            Self::ComparativeInflected | Self::ParticipleInflected => 75,
            Self::PresentParticiple | Self::PresentParticipleInflected => 70,
            Self::Present1 => 60,
            Self::Genitive => 50,
            Self::Partitive => 40,
        }
    }

    /// Is this a finite verb form (present or past)?
    pub fn is_finite(self) -> bool {
        matches!(
            self,
            Self::Present1
                | Self::Present3
                | Self::PresentIrregular
                | Self::Past
                | Self::PastPlural
        )
    }

    /// Is this a participle (past or present, with or without -e)?
    pub fn is_participle(self) -> bool {
        matches!(
            self,
            Self::Participle
                | Self::ParticipleInflected
                | Self::PresentParticiple
                | Self::PresentParticipleInflected
        )
    }
}

/// Whether a separable verb's form is written with its particle or stands apart from it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Attach {
    /// The whole word (voorstellen, voorgesteld), or any form of a non-separable lemma.
    Joined,
    /// A form of the base verb without the particle (stelt, stelde in `stelt … voor`).
    Bare,
}

/// An entry's principal parts, borrowed from the dictionary.
#[derive(Clone, Copy, Debug)]
pub struct Paradigm<'a> {
    /// The headword (`voorstellen`, `akkoord gaan`, `huis`).
    pub headword: &'a str,
    /// Its part of speech.
    pub pos: PartOfSpeech,
    /// Noun plurals.
    pub plural: &'a [String],
    /// Noun diminutive.
    pub diminutive: Option<&'a str>,
    /// Past singular and plural without the particle (`stelde`, `stelden`).
    pub past: &'a [String],
    /// Further past forms (variants: `vraagde`, `vraagden`).
    pub past_variants: &'a [String],
    /// Past participle, with the particle (`voorgesteld`).
    pub participle: Option<&'a str>,
    /// Further participles (variants).
    pub participle_variants: &'a [String],
    /// Separable particle (`voor`).
    pub particle: Option<&'a str>,
    /// Irregular present forms (`ben`, `bent`, `is`).
    pub present: &'a [String],
    /// Comparatives given by the entry.
    pub comparative: Option<&'a str>,
    /// Superlatives given by the entry.
    pub superlative: Option<&'a str>,
    /// The inflected adjective given by the entry (`e=lieve`).
    pub inflected: Option<&'a str>,
    /// Whether the adjective takes -e (false for `infl=no`).
    pub inflects: bool,
    /// Further forms (`forms=`).
    pub forms: &'a [String],
    /// Spelling variants (`var=`).
    pub variants: &'a [String],
}

fn is_vowel(c: char) -> bool {
    matches!(
        c,
        'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'é' | 'ë' | 'è' | 'ï' | 'ö' | 'ü' | 'á' | 'ó' | 'ê'
    )
}

fn syllables(word: &str) -> usize {
    let mut count = 0;
    let mut prev_vowel = false;
    for c in word.chars() {
        let v = is_vowel(c);
        if v && !prev_vowel {
            count += 1;
        }
        prev_vowel = v;
    }
    count
}

/// The last three characters (or fewer), last first.
fn tail(word: &str) -> (Option<char>, Option<char>, Option<char>, Option<char>) {
    let mut it = word.chars().rev();
    (it.next(), it.next(), it.next(), it.next())
}

fn strip_last(word: &str) -> &str {
    let mut chars = word.chars();
    chars.next_back();
    chars.as_str()
}

/// The adjective (or participle) with -e, by the spelling rules: groot → grote, dik → dikke,
/// boos → boze, lief → lieve, Russisch → Russische, open → open, prachtig → prachtige.
pub fn inflect_e(base: &str) -> String {
    let (last, v1, v2, before) = tail(base);
    let Some(last) = last else {
        return String::new();
    };
    if last == 'e' || last == 'é' {
        return base.to_owned();
    }
    if is_vowel(last) {
        return format!("{base}e");
    }
    // Unstressed -en does not inflect: open, gebroken, gouden.
    if base.ends_with("en") && syllables(base) >= 2 && v2.is_some_and(|c| !is_vowel(c)) {
        return base.to_owned();
    }
    let (Some(v1), Some(v2)) = (v1, v2) else {
        return format!("{base}e");
    };
    let stem = strip_last(base);
    // officieel → officiële.
    if let Some(stem) = base.strip_suffix("ieel") {
        return format!("{stem}iële");
    }
    // Double vowel + consonant: halve (groot → grote, speciaal → speciale), voicing s/f
    // (boos → boze).
    if is_vowel(v1) && v1 == v2 && before != Some(v1) && v1 != 'i' {
        let rest = strip_last(strip_last(stem));
        let consonant = if base.ends_with("ees") {
            last
        } else {
            voice(last)
        };
        return format!("{rest}{v1}{consonant}e");
    }
    // Single short vowel + consonant: double the consonant in a stressed syllable.
    if is_vowel(v1) && !is_vowel(v2) && !matches!(last, 'w' | 'x' | 'y' | 'j' | 'h') {
        let unstressed = base.ends_with("ig")
            || (syllables(base) >= 2 && v1 == 'e' && matches!(last, 'r' | 'l' | 'n' | 'm' | 's'));
        if unstressed {
            return format!("{base}e");
        }
        return format!("{base}{last}e");
    }
    // Diphthong + consonant: voice s/f (lief → lieve, grijs → grijze).
    if (is_vowel(v1) && is_vowel(v2)) || (v1 == 'j' && v2 == 'i') {
        return format!("{stem}{}e", voice(last));
    }
    // Consonant cluster: half → halve.
    if last == 'f' && matches!(v1, 'l' | 'r') {
        return format!("{stem}ve");
    }
    format!("{base}e")
}

fn voice(c: char) -> char {
    match c {
        'f' => 'v',
        's' => 'z',
        c => c,
    }
}

fn devoice(c: char) -> char {
    match c {
        'v' => 'f',
        'z' => 's',
        c => c,
    }
}

/// The stem of a verb (first person singular present): from a weak past if there is one
/// (stelde → stel, reageerde → reageer), else from the infinitive by the spelling rules
/// (geven → geef, zetten → zet, gaan → ga, komen → kom).
pub fn verb_stem(infinitive: &str, weak_past: Option<&str>) -> String {
    if let Some(past) = weak_past
        && (past.ends_with("de") || past.ends_with("te"))
        && past.chars().count() > 3
    {
        // sms'te → sms: the apostrophe stands only before an ending (sms'en, sms't).
        return strip_last(strip_last(past))
            .trim_end_matches('\'')
            .to_owned();
    }
    if infinitive.ends_with("komen") {
        return strip_last(strip_last(infinitive)).to_owned();
    }
    let Some(s) = infinitive.strip_suffix("en") else {
        let s = infinitive.strip_suffix('n').unwrap_or(infinitive);
        // gaan → ga, slaan → sla.
        return match tail(s) {
            (Some(a), Some(b), _, _) if a == b && is_vowel(a) => strip_last(s).to_owned(),
            _ => s.to_owned(),
        };
    };
    let (last, v1, v2, _) = tail(s);
    let (Some(last), Some(v1)) = (last, v1) else {
        return s.to_owned();
    };
    if is_vowel(last) {
        // doen → doe, zien → zie; boeien → boei.
        if matches!(last, 'o' | 'i') && !is_vowel(v1) {
            return strip_last(infinitive).to_owned();
        }
        return s.to_owned();
    }
    // Double consonant: zetten → zet.
    if last == v1 {
        return strip_last(s).to_owned();
    }
    let stem = strip_last(s);
    // Open syllable: double the vowel (maken → maak), unless it is a digraph (roepen → roep).
    if matches!(v1, 'a' | 'e' | 'o' | 'u') && v2.is_none_or(|c| !is_vowel(c)) {
        let rest = strip_last(stem);
        return format!("{rest}{v1}{v1}{}", devoice(last));
    }
    format!("{stem}{}", devoice(last))
}

/// Adds -t for the second/third person: stel → stelt, zet → zet, word → wordt.
fn present3(stem: &str) -> String {
    if stem.ends_with('t') {
        stem.to_owned()
    } else {
        format!("{stem}t")
    }
}

/// Calls `emit` for every form of the paradigm (the headword included), with its tag and
/// whether it stands apart from a separable particle. Forms may repeat.
pub fn generate(p: &Paradigm<'_>, emit: &mut dyn FnMut(&str, FormTag, Attach)) {
    use Attach::Joined;
    emit(p.headword, FormTag::Lemma, Joined);
    for form in p.forms {
        emit(form, FormTag::Extra, Joined);
    }
    for form in p.variants {
        emit(form, FormTag::Variant, Joined);
    }
    match p.pos {
        PartOfSpeech::Noun => {
            for plural in p.plural {
                if plural != "-" {
                    emit(plural, FormTag::Plural, Joined);
                }
            }
            if let Some(dim) = p.diminutive.filter(|d| *d != "-") {
                emit(dim, FormTag::Diminutive, Joined);
                emit(&format!("{dim}s"), FormTag::DiminutivePlural, Joined);
            }
        }
        PartOfSpeech::Verb => verb_forms(p, emit),
        PartOfSpeech::Adjective => adjective_forms(p, emit),
        PartOfSpeech::Adverb => {
            if let Some(c) = p.comparative.filter(|c| *c != "-") {
                emit(c, FormTag::Comparative, Joined);
            }
            if let Some(s) = p.superlative.filter(|s| *s != "-") {
                emit(s, FormTag::Superlative, Joined);
            }
        }
        PartOfSpeech::Name | PartOfSpeech::Abbreviation => {
            for name in std::iter::once(p.headword).chain(p.variants.iter().map(String::as_str)) {
                if name.contains(' ') {
                    continue;
                }
                let last = name.chars().last().unwrap_or(' ');
                if is_vowel(last.to_ascii_lowercase()) || last.is_uppercase() {
                    emit(&format!("{name}'s"), FormTag::Genitive, Joined);
                } else if !matches!(last, 's' | 'x' | 'z') {
                    emit(&format!("{name}s"), FormTag::Genitive, Joined);
                }
            }
        }
        _ => {}
    }
}

/// Particle + verb form written together. A particle written with a hyphen (mee-eten) keeps it
/// only where its last vowel and the form's first letter would read as one sound: mee-eet,
/// na-aapt, but meeat.
fn join_particle(prefix: &str, form: &str) -> String {
    if let Some(particle) = prefix.strip_suffix('-')
        && let (Some(last), Some(first)) = (particle.chars().last(), form.chars().next())
    {
        const ONE_SOUND: [&str; 15] = [
            "aa", "ae", "ai", "au", "ee", "ei", "eu", "ie", "ii", "oe", "oi", "oo", "ou", "ui",
            "uu",
        ];
        let pair: String = [last, first].iter().collect();
        if !ONE_SOUND.contains(&pair.as_str()) {
            return format!("{particle}{form}");
        }
    }
    format!("{prefix}{form}")
}

fn verb_forms(p: &Paradigm<'_>, emit: &mut dyn FnMut(&str, FormTag, Attach)) {
    use Attach::{Bare, Joined};
    // The base verb without its particle: voorstellen → stellen, akkoord gaan → gaan.
    let (prefix, base) = match p.particle {
        Some(particle) => {
            let rest = p
                .headword
                .strip_prefix(particle)
                .or_else(|| {
                    // vóórkomen with the particle voor: the headword's accents are for stress.
                    let (at, _) = p.headword.char_indices().nth(particle.chars().count())?;
                    let (head, rest) = p.headword.split_at(at);
                    (super::normalize::strip_emphasis(head) == particle).then_some(rest)
                })
                .unwrap_or(p.headword);
            match (rest.strip_prefix(' '), rest.strip_prefix('-')) {
                (Some(rest), _) => ("", rest),
                // mee-eten: the hyphen goes with the particle (mee-eet, eet … mee).
                (_, Some(rest)) => (
                    p.headword.get(..particle.len() + 1).unwrap_or(particle),
                    rest,
                ),
                _ => (particle, rest),
            }
        }
        None => ("", p.headword),
    };
    let separable = p.particle.is_some();
    let spaced = separable && prefix.is_empty();
    let both = |form: &str, tag: FormTag, emit: &mut dyn FnMut(&str, FormTag, Attach)| {
        if separable {
            emit(form, tag, Bare);
            if !spaced {
                emit(&join_particle(prefix, form), tag, Joined);
            }
        } else {
            emit(form, tag, Joined);
        }
    };
    if separable {
        emit(base, FormTag::Lemma, Bare);
    }
    let weak_past = p.past.first().map(String::as_str);
    let stem = verb_stem(base, weak_past);
    if p.present.is_empty() {
        both(&stem, FormTag::Present1, emit);
        // zetten, nieten: the -t form is the stem itself; keep the weaker tag.
        let third = present3(&stem);
        if third != stem {
            both(&third, FormTag::Present3, emit);
        }
    } else {
        for form in p.present {
            both(form, FormTag::PresentIrregular, emit);
        }
        // kunnen: pres=kan,kunt, and the rules give kun (kun je); zijn: not zij; skiën:
        // pres=ski,skiet, where the rules' skie (from skiede) is no word.
        if p.present
            .iter()
            .any(|f| *f == present3(&stem) && *f != stem)
            && !p
                .present
                .iter()
                .any(|f| stem.starts_with(f.as_str()) && stem != *f)
        {
            if separable {
                // kun je het aan: only ever apart from the particle (no "aankun").
                emit(&stem, FormTag::Present1, Bare);
            } else {
                both(&stem, FormTag::Present1, emit);
            }
        }
    }
    for past in p.past.iter().chain(p.past_variants).filter(|f| *f != "-") {
        let tag = if past.ends_with("en") && past.chars().count() > 3 {
            FormTag::PastPlural
        } else {
            FormTag::Past
        };
        both(past, tag, emit);
    }
    // `pp=-` (zullen): no participle.
    for pp in p
        .participle
        .into_iter()
        .chain(p.participle_variants.iter().map(String::as_str))
        .filter(|pp| *pp != "-")
    {
        if spaced {
            // akkoord gegaan: the participle stands after its particle.
            if let Some((_, bare)) = pp.rsplit_once(' ') {
                emit(bare, FormTag::Participle, Bare);
                let inflected = inflect_e(bare);
                if inflected != bare {
                    emit(&inflected, FormTag::ParticipleInflected, Bare);
                }
            }
            continue;
        }
        emit(pp, FormTag::Participle, Joined);
        let inflected = inflect_e(pp);
        if inflected != pp {
            emit(&inflected, FormTag::ParticipleInflected, Joined);
        }
    }
    if !spaced {
        let present_participle = format!("{}d", p.headword);
        emit(&present_participle, FormTag::PresentParticiple, Joined);
        emit(
            &format!("{present_participle}e"),
            FormTag::PresentParticipleInflected,
            Joined,
        );
    }
}

fn adjective_forms(p: &Paradigm<'_>, emit: &mut dyn FnMut(&str, FormTag, Attach)) {
    use Attach::Joined;
    let base = p.headword;
    if base.contains(' ') {
        return;
    }
    if p.inflects {
        let inflected = p.inflected.map_or_else(|| inflect_e(base), str::to_owned);
        if inflected != base {
            emit(&inflected, FormTag::Inflected, Joined);
        }
        if !base.ends_with('s') && !base.ends_with('e') {
            emit(&format!("{base}s"), FormTag::Partitive, Joined);
        }
    }
    let comparative = match p.comparative {
        Some(c) => Some(c.to_owned()),
        None if p.inflects && !base.ends_with("isch") && !base.ends_with('e') => {
            Some(if base.ends_with('r') {
                format!("{base}der")
            } else {
                let inflected = p.inflected.map_or_else(|| inflect_e(base), str::to_owned);
                format!("{inflected}r")
            })
        }
        None => None,
    };
    if let Some(c) = comparative.filter(|c| c != "-") {
        emit(&c, FormTag::Comparative, Joined);
        emit(&format!("{c}e"), FormTag::ComparativeInflected, Joined);
    }
    let superlative = match p.superlative {
        Some(s) => Some(s.to_owned()),
        None if p.inflects && !base.ends_with("isch") && !base.ends_with('e') => {
            Some(if base.ends_with('s') {
                format!("{base}t")
            } else {
                format!("{base}st")
            })
        }
        None => None,
    };
    if let Some(s) = superlative.filter(|s| s != "-") {
        emit(&s, FormTag::Superlative, Joined);
        emit(&format!("{s}e"), FormTag::SuperlativeInflected, Joined);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(items: &[&str]) -> Vec<String> {
        items.iter().map(|s| (*s).to_owned()).collect()
    }

    fn forms_of(p: &Paradigm<'_>) -> Vec<(String, FormTag, Attach)> {
        let mut out = Vec::new();
        generate(p, &mut |f, t, a| out.push((f.to_owned(), t, a)));
        out
    }

    fn verb<'a>(head: &'a str, past: &'a [String], pp: &'a [String]) -> Paradigm<'a> {
        let pp = pp.first().map(String::as_str);
        Paradigm {
            headword: head,
            pos: PartOfSpeech::Verb,
            plural: &[],
            diminutive: None,
            past,
            past_variants: &[],
            participle: pp,
            participle_variants: &[],
            particle: None,
            present: &[],
            comparative: None,
            superlative: None,
            inflected: None,
            inflects: true,
            forms: &[],
            variants: &[],
        }
    }

    macro_rules! cases {
        ($f:expr; $($input:expr => $expected:expr),* $(,)?) => {
            $(assert_eq!($f($input), $expected, "{:?}", $input);)*
        };
    }

    #[test]
    fn adjective_e_forms() {
        cases! { inflect_e;
            "groot" => "grote", "zwaar" => "zware", "dik" => "dikke", "snel" => "snelle",
            "boos" => "boze", "lief" => "lieve", "grijs" => "grijze", "Europees" => "Europese",
            "Russisch" => "Russische", "open" => "open", "prachtig" => "prachtige",
            "half" => "halve", "nieuw" => "nieuwe", "vrij" => "vrije", "oranje" => "oranje",
            "lekker" => "lekkere", "simpel" => "simpele", "militair" => "militaire",
            "concreet" => "concrete", "gezet" => "gezette", "voorgesteld" => "voorgestelde",
            "gedood" => "gedode", "ontmoet" => "ontmoete", "gesloten" => "gesloten",
            "actief" => "actieve", "wit" => "witte", "vals" => "valse", "serieus" => "serieuze",
            "duur" => "dure", "mogelijk" => "mogelijke", "gewond" => "gewonde",
            "speciaal" => "speciale", "eventueel" => "eventuele", "officieel" => "officiële",
            "blauw" => "blauwe", "mooi" => "mooie", "leeg" => "lege",
        }
    }

    #[test]
    fn verb_stems() {
        let stem = |inf: &str| verb_stem(inf, None);
        cases! { stem;
            "maken" => "maak", "lopen" => "loop", "zetten" => "zet", "geven" => "geef",
            "lezen" => "lees", "gaan" => "ga", "komen" => "kom", "roepen" => "roep",
            "blijven" => "blijf", "vechten" => "vecht", "worden" => "word", "liggen" => "lig",
            "kiezen" => "kies", "spreken" => "spreek", "doen" => "doe", "bestrijden" => "bestrijd",
        }
        assert_eq!(verb_stem("reageren", Some("reageerde")), "reageer");
        assert_eq!(verb_stem("openen", Some("opende")), "open");
        assert_eq!(verb_stem("veranderen", Some("veranderde")), "verander");
        assert_eq!(verb_stem("praten", Some("praatte")), "praat");
        assert_eq!(verb_stem("sms'en", Some("sms'te")), "sms");
        assert_eq!(super::join_particle("mee-", "at"), "meeat");
        assert_eq!(super::join_particle("mee-", "eet"), "mee-eet");
        assert_eq!(super::join_particle("na-", "aapt"), "na-aapt");
        assert_eq!(super::join_particle("voor", "stelt"), "voorstelt");
    }

    #[test]
    fn strong_verb_paradigm() {
        let past = strings(&["ging", "gingen"]);
        let pp = strings(&["gegaan"]);
        let pres = strings(&["ga", "gaat"]);
        let mut p = verb("gaan", &past, &pp);
        p.present = &pres;
        let forms: Vec<String> = forms_of(&p).into_iter().map(|f| f.0).collect();
        for f in [
            "gaan", "ga", "gaat", "ging", "gingen", "gegaan", "gaand", "gaande",
        ] {
            assert!(forms.contains(&f.to_owned()), "{f} missing from {forms:?}");
        }
    }

    #[test]
    fn weak_verb_paradigm_follows_kofschip_from_the_entry() {
        let past = strings(&["werkte", "werkten"]);
        let pp = strings(&["gewerkt"]);
        let forms = forms_of(&verb("werken", &past, &pp));
        let has = |f: &str, t: FormTag| forms.iter().any(|x| x.0 == f && x.1 == t);
        assert!(has("werk", FormTag::Present1));
        assert!(has("werkt", FormTag::Present3));
        assert!(has("werkte", FormTag::Past));
        assert!(has("werkten", FormTag::PastPlural));
        assert!(has("gewerkte", FormTag::ParticipleInflected));
    }

    #[test]
    fn separable_verb_has_joined_and_bare_forms() {
        let past = strings(&["stelde", "stelden"]);
        let pp = strings(&["voorgesteld"]);
        let mut p = verb("voorstellen", &past, &pp);
        p.particle = Some("voor");
        let forms = forms_of(&p);
        let has = |f: &str, a: Attach| forms.iter().any(|x| x.0 == f && x.2 == a);
        for f in ["stel", "stelt", "stelde", "stelden", "stellen"] {
            assert!(has(f, Attach::Bare), "bare {f}");
        }
        for f in [
            "voorstellen",
            "voorstelt",
            "voorstelde",
            "voorgesteld",
            "voorgestelde",
            "voorstellend",
        ] {
            assert!(has(f, Attach::Joined), "joined {f}");
        }
        assert!(!has("stelt", Attach::Joined));
    }

    #[test]
    fn a_headword_with_stress_accents_keeps_its_plain_particle() {
        let past = strings(&["kwam", "kwamen"]);
        let pp = strings(&["voorgekomen"]);
        let mut p = verb("vóórkomen", &past, &pp);
        p.particle = Some("voor");
        let forms = forms_of(&p);
        let has = |f: &str, a: Attach| forms.iter().any(|x| x.0 == f && x.2 == a);
        assert!(has("komt", Attach::Bare));
        assert!(has("kwamen", Attach::Bare));
        assert!(has("voorkomt", Attach::Joined));
    }

    #[test]
    fn spaced_particle_verb() {
        let past = strings(&["ging", "gingen"]);
        let pp = strings(&["akkoord gegaan"]);
        let pres = strings(&["ga", "gaat"]);
        let mut p = verb("akkoord gaan", &past, &pp);
        p.particle = Some("akkoord");
        p.present = &pres;
        let forms = forms_of(&p);
        let bare: Vec<&str> = forms
            .iter()
            .filter(|f| f.2 == Attach::Bare)
            .map(|f| f.0.as_str())
            .collect();
        for f in ["gaan", "ga", "gaat", "ging", "gingen", "gegaan"] {
            assert!(bare.contains(&f), "{f} in {bare:?}");
        }
        assert!(
            forms
                .iter()
                .all(|f| f.2 == Attach::Bare || f.0 == "akkoord gaan")
        );
    }

    #[test]
    fn adjective_paradigm() {
        let p = Paradigm {
            pos: PartOfSpeech::Adjective,
            ..verb("groot", &[], &[])
        };
        let forms: Vec<String> = forms_of(&p).into_iter().map(|f| f.0).collect();
        for f in [
            "groot", "grote", "groots", "groter", "grotere", "grootst", "grootste",
        ] {
            assert!(forms.contains(&f.to_owned()), "{f} in {forms:?}");
        }
        let p = Paradigm {
            pos: PartOfSpeech::Adjective,
            ..verb("zwaar", &[], &[])
        };
        let forms: Vec<String> = forms_of(&p).into_iter().map(|f| f.0).collect();
        assert!(forms.contains(&"zwaarder".to_owned()));
        assert!(forms.contains(&"zwaarste".to_owned()));
    }
}
