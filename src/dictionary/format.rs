//! Reads and validates the bundled source format (`dictionaries/README.md`, version 1).
//!
//! One entry a line: `headword <TAB> pos <TAB> grammar <TAB> senses [<TAB> note]`. Errors carry
//! the file, the line and what is wrong.
//!
//! ```
//! use leesbril::dictionary::format::parse_line;
//! let parsed = parse_line("huis\tnoun\tg=het;pl=huizen;dim=huisje\thouse; home").unwrap().unwrap();
//! assert_eq!(parsed.entry.plural, ["huizen"]);
//! assert!(parsed.problems.is_empty());
//! ```

use crate::lang::PartOfSpeech;

use super::entry::{Auxiliary, Entry, Gender};

/// What is wrong with a line.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum MalformedKind {
    /// Not 4 or 5 tab-separated fields.
    #[error("expected 4 or 5 tab-separated fields, got {0}")]
    FieldCount(usize),
    /// Empty headword, or one with surrounding white space.
    #[error("bad headword {0:?}")]
    BadHeadword(String),
    /// A part of speech the format does not know.
    #[error("unknown part of speech {0:?}")]
    UnknownPos(String),
    /// A grammar item without `=`.
    #[error("grammar item without '=': {0:?}")]
    GrammarItem(String),
    /// A grammar key the format does not know.
    #[error("unknown grammar key {0:?}")]
    UnknownKey(String),
    /// A grammar key with an empty value.
    #[error("empty value for {0}")]
    EmptyValue(String),
    /// An empty sense (or no senses).
    #[error("empty sense")]
    EmptySense,
    /// A noun without (valid) `g=`.
    #[error("noun needs g=de, g=het or g=de/het")]
    MissingGender,
    /// A noun without `pl=`.
    #[error("noun needs pl= (pl=- if it has none)")]
    MissingPlural,
    /// A verb without one of its principal parts.
    #[error("verb needs {0}=")]
    MissingVerbPart(&'static str),
    /// `past=` without exactly a singular and a plural.
    #[error("past= needs singular,plural: {0:?}")]
    BadPast(String),
    /// `aux=` other than hebben, zijn, hebben/zijn.
    #[error("aux must be hebben, zijn or hebben/zijn: {0:?}")]
    BadAuxiliary(String),
    /// A separable verb whose headword does not start with its particle.
    #[error("headword must start with the particle {0:?}")]
    ParticleMismatch(String),
    /// A bad line in the word-frequency list.
    #[error("word-frequency line must be rank<TAB>word<TAB>zipf: {0:?}")]
    WordFreq(String),
}

impl MalformedKind {
    /// Structural errors make a line unreadable; the others are content problems that the
    /// validation test reports but loading tolerates.
    pub fn is_structural(&self) -> bool {
        matches!(
            self,
            Self::FieldCount(_)
                | Self::BadHeadword(_)
                | Self::UnknownPos(_)
                | Self::GrammarItem(_)
                | Self::UnknownKey(_)
                | Self::EmptyValue(_)
                | Self::EmptySense
                | Self::WordFreq(_)
        )
    }
}

/// A parsed line: the entry, and content problems found in it (empty for a good line).
#[derive(Clone, Debug, PartialEq)]
pub struct ParsedLine {
    /// The entry.
    pub entry: Entry,
    /// Content problems (missing gender, plural, verb parts …).
    pub problems: Vec<MalformedKind>,
}

const KEYS: &[&str] = &[
    "g", "pl", "dim", "past", "pp", "aux", "sep", "refl", "prep", "pres", "cmp", "sup", "infl",
    "e", "forms", "var",
];

/// Splits a list value on `,` and `|` (variants), trimmed, empty items dropped.
fn list(value: &str) -> Vec<String> {
    value
        .split([',', '|'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

fn single(value: &str) -> Option<String> {
    let first = value.split('|').next().unwrap_or("").trim();
    (!first.is_empty() && first != "-").then(|| first.to_owned())
}

/// Parses one line. `Ok(None)` for blank lines and comments; `Err` for a structural error
/// (the line cannot be read); content problems are in [`ParsedLine::problems`].
pub fn parse_line(line: &str) -> Result<Option<ParsedLine>, MalformedKind> {
    let line = line.strip_suffix('\r').unwrap_or(line);
    if line.trim().is_empty() || line.starts_with('#') {
        return Ok(None);
    }
    let mut fields = line.split('\t');
    let parts = [
        fields.next(),
        fields.next(),
        fields.next(),
        fields.next(),
        fields.next(),
    ];
    let extra = fields.count();
    let (head, pos, grammar, senses, note) = match parts {
        [Some(h), Some(p), Some(g), Some(s), n] if extra == 0 => (h, p, g, s, n),
        parts => {
            let count = parts.iter().flatten().count() + extra;
            return Err(MalformedKind::FieldCount(count));
        }
    };
    if head.is_empty() || head.trim() != head {
        return Err(MalformedKind::BadHeadword(head.to_owned()));
    }
    let pos = PartOfSpeech::from_code(pos).ok_or_else(|| MalformedKind::UnknownPos(pos.into()))?;
    let mut sense_list: Vec<String> = Vec::with_capacity(4);
    for sense in senses.split(';') {
        let sense = sense.trim();
        if sense.is_empty() {
            return Err(MalformedKind::EmptySense);
        }
        sense_list.push(sense.to_owned());
    }
    let mut entry = Entry::new(head, pos, &[]);
    entry.senses = sense_list;
    entry.note = note
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map(str::to_owned);
    let mut problems = Vec::new();
    let (mut has_gender, mut has_plural, mut has_past, mut has_pp, mut has_aux) =
        (false, false, false, false, false);
    if grammar.trim() != "-" && !grammar.trim().is_empty() {
        for item in grammar.split(';') {
            let item = item.trim();
            if item.is_empty() {
                continue;
            }
            let Some((key, value)) = item.split_once('=') else {
                return Err(MalformedKind::GrammarItem(item.to_owned()));
            };
            let (key, value) = (key.trim(), value.trim());
            if !KEYS.contains(&key) {
                return Err(MalformedKind::UnknownKey(key.to_owned()));
            }
            if value.is_empty() {
                return Err(MalformedKind::EmptyValue(key.to_owned()));
            }
            match key {
                "g" => {
                    has_gender = true;
                    entry.gender = Gender::from_code(value);
                    if entry.gender.is_none() {
                        problems.push(MalformedKind::MissingGender);
                    }
                }
                "pl" => {
                    has_plural = true;
                    entry.plural = list(value).into_iter().filter(|p| p != "-").collect();
                }
                "dim" => entry.diminutive = single(value),
                "past" => {
                    has_past = true;
                    let halves: Vec<&str> = value.split(',').collect();
                    if halves.len() != 2 {
                        problems.push(MalformedKind::BadPast(value.to_owned()));
                    }
                    let mut primary = Vec::new();
                    for half in &halves {
                        let mut variants = half.split('|').map(str::trim).filter(|s| !s.is_empty());
                        if let Some(first) = variants.next() {
                            primary.push(first.to_owned());
                        }
                        entry.past_variants.extend(variants.map(str::to_owned));
                    }
                    entry.past = primary;
                }
                "pp" => {
                    has_pp = true;
                    let mut all = list(value).into_iter();
                    entry.participle = all.next();
                    entry.participle_variants = all.collect();
                }
                "aux" => {
                    has_aux = true;
                    entry.auxiliary = Auxiliary::from_code(value);
                    if entry.auxiliary.is_none() {
                        problems.push(MalformedKind::BadAuxiliary(value.to_owned()));
                    }
                }
                "sep" => {
                    if !head.starts_with(value) {
                        problems.push(MalformedKind::ParticleMismatch(value.to_owned()));
                    }
                    // vóórkomen: the accents tell it from voorkomen (to prevent); in running
                    // text the particle stands without them (het komt vaak voor).
                    entry.particle = Some(crate::lang::normalize::strip_emphasis(value));
                }
                "refl" => entry.reflexive = value != "no",
                "prep" => entry.preposition = Some(value.to_owned()),
                "pres" => entry.present = list(value),
                "cmp" => entry.comparative = single(value),
                "sup" => entry.superlative = single(value),
                "infl" => entry.inflects = value != "no",
                "e" => entry.inflected = single(value),
                "forms" => entry.forms = list(value),
                "var" => entry.variants = list(value),
                _ => {}
            }
        }
    }
    if pos == PartOfSpeech::Noun {
        if !has_gender {
            problems.push(MalformedKind::MissingGender);
        }
        if !has_plural {
            problems.push(MalformedKind::MissingPlural);
        }
    }
    if pos == PartOfSpeech::Verb {
        for (has, key) in [(has_past, "past"), (has_pp, "pp"), (has_aux, "aux")] {
            if !has {
                problems.push(MalformedKind::MissingVerbPart(key));
            }
        }
    }
    Ok(Some(ParsedLine { entry, problems }))
}

/// One word of the frequency list.
#[derive(Clone, Debug, PartialEq)]
pub struct WordFreq<'a> {
    /// The word form (lower case).
    pub word: &'a str,
    /// Its Zipf frequency (log10 of occurrences per billion words).
    pub zipf: f32,
}

/// Parses the word-frequency list (`rank<TAB>word<TAB>zipf` lines after a header).
/// Returns the words and the errors (line number from 1, what is wrong).
pub fn parse_wordfreq(contents: &str) -> (Vec<WordFreq<'_>>, Vec<(u64, MalformedKind)>) {
    let mut words = Vec::with_capacity(30_000);
    let mut errors = Vec::new();
    for (n, line) in contents.lines().enumerate() {
        if n == 0 && line.starts_with("rank") || line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let mut fields = line.split('\t');
        let (Some(_rank), Some(word), Some(zipf)) = (fields.next(), fields.next(), fields.next())
        else {
            errors.push((n as u64 + 1, MalformedKind::WordFreq(line.to_owned())));
            continue;
        };
        match zipf.trim().parse::<f32>() {
            Ok(zipf) => words.push(WordFreq { word, zipf }),
            Err(_) => errors.push((n as u64 + 1, MalformedKind::WordFreq(line.to_owned()))),
        }
    }
    (words, errors)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(line: &str) -> ParsedLine {
        parse_line(line).expect("test value").expect("test value")
    }

    #[test]
    fn parses_the_readme_examples() {
        let gaan = ok(
            "gaan\tverb\tpast=ging,gingen;pp=gegaan;aux=zijn;pres=ga,gaat\tto go; to be going to (future)",
        );
        assert_eq!(gaan.entry.past, ["ging", "gingen"]);
        assert_eq!(gaan.entry.participle.as_deref(), Some("gegaan"));
        assert_eq!(gaan.entry.auxiliary, Some(Auxiliary::Zijn));
        assert_eq!(gaan.entry.present, ["ga", "gaat"]);
        assert_eq!(gaan.entry.senses, ["to go", "to be going to (future)"]);
        let vs = ok(
            "voorstellen\tverb\tsep=voor;past=stelde,stelden;pp=voorgesteld;aux=hebben\tto propose",
        );
        assert_eq!(vs.entry.particle.as_deref(), Some("voor"));
        let o =
            ok("onderhandeling\tnoun\tg=de;pl=onderhandelingen;dim=-\tnegotiation\tmostly plural");
        assert_eq!(o.entry.diminutive, None);
        assert_eq!(o.entry.note.as_deref(), Some("mostly plural"));
        let vragen =
            ok("vragen\tverb\tpast=vroeg|vraagde,vroegen|vraagden;pp=gevraagd;aux=hebben\tto ask");
        assert_eq!(vragen.entry.past, ["vroeg", "vroegen"]);
        assert_eq!(vragen.entry.past_variants, ["vraagde", "vraagden"]);
        let hersenen = ok("hersenen\tnoun\tg=de;pl=-\tbrain");
        assert!(hersenen.entry.plural.is_empty() && hersenen.problems.is_empty());
        assert!(!ok("gratis\tadj\tinfl=no\tfree").entry.inflects);
        assert_eq!(parse_line("# comment"), Ok(None));
        assert_eq!(parse_line(""), Ok(None));
    }

    #[test]
    fn reports_what_is_wrong() {
        assert_eq!(
            parse_line("huis\tnoun\thouse"),
            Err(MalformedKind::FieldCount(3))
        );
        assert_eq!(
            parse_line("huis\tnn\t-\thouse"),
            Err(MalformedKind::UnknownPos("nn".into()))
        );
        assert_eq!(
            parse_line("huis\tnoun\tg=het;x\thouse"),
            Err(MalformedKind::GrammarItem("x".into()))
        );
        assert_eq!(
            parse_line("huis\tnoun\tq=1\thouse"),
            Err(MalformedKind::UnknownKey("q".into()))
        );
        assert_eq!(
            parse_line("huis\tnoun\tg=\thouse"),
            Err(MalformedKind::EmptyValue("g".into()))
        );
        assert_eq!(
            parse_line("huis\tnoun\tg=het;pl=huizen\thouse; "),
            Err(MalformedKind::EmptySense)
        );
        assert_eq!(
            ok("huis\tnoun\tpl=huizen\thouse").problems,
            [MalformedKind::MissingGender]
        );
        assert_eq!(
            ok("gaan\tverb\tpast=ging\tto go").problems,
            [
                MalformedKind::BadPast("ging".into()),
                MalformedKind::MissingVerbPart("pp"),
                MalformedKind::MissingVerbPart("aux")
            ]
        );
    }

    #[test]
    fn wordfreq() {
        let (words, errors) = parse_wordfreq("rank\tword\tzipf\n1\tde\t7.73\n2\tvan\tx\n");
        assert_eq!(
            words,
            [WordFreq {
                word: "de",
                zipf: 7.73
            }]
        );
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].0, 3);
    }
}
