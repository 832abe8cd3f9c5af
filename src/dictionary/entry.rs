//! Entry, Gender, Auxiliary: one dictionary entry with its principal parts and senses.

use std::fmt;

use serde_json::{Value, json};

use crate::lang::PartOfSpeech;
use crate::lang::morphology::Paradigm;

/// A noun's grammatical gender, as the article shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Gender {
    /// A de-word.
    De,
    /// A het-word.
    Het,
    /// Both in use.
    Both,
}

impl Gender {
    /// Parses `de`, `het` or `de/het`.
    pub fn from_code(code: &str) -> Option<Self> {
        match code {
            "de" => Some(Self::De),
            "het" => Some(Self::Het),
            "de/het" | "het/de" => Some(Self::Both),
            _ => None,
        }
    }
}

impl fmt::Display for Gender {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::De => "de",
            Self::Het => "het",
            Self::Both => "de/het",
        })
    }
}

/// The auxiliary of a verb's perfect tenses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Auxiliary {
    /// hebben (heeft gewerkt).
    Hebben,
    /// zijn (is gegaan).
    Zijn,
    /// Both, depending on use (heeft/is gelopen).
    Both,
}

impl Auxiliary {
    /// Parses `hebben`, `zijn` or `hebben/zijn`.
    pub fn from_code(code: &str) -> Option<Self> {
        match code {
            "hebben" => Some(Self::Hebben),
            "zijn" => Some(Self::Zijn),
            "hebben/zijn" | "zijn/hebben" => Some(Self::Both),
            _ => None,
        }
    }
}

impl fmt::Display for Auxiliary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Hebben => "hebben",
            Self::Zijn => "zijn",
            Self::Both => "hebben/zijn",
        })
    }
}

/// One dictionary entry: a headword with one part of speech.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    /// The lemma as the dictionary lists it (`gaan`, `in handen van`, `NAVO`).
    pub headword: String,
    /// Part of speech.
    pub pos: PartOfSpeech,
    /// de/het, nouns only.
    pub gender: Option<Gender>,
    /// Noun plurals (empty for `pl=-`).
    pub plural: Vec<String>,
    /// Noun diminutive.
    pub diminutive: Option<String>,
    /// Verb past, singular first then plural, without the particle.
    pub past: Vec<String>,
    /// Further past variants (`vraagde`, `vraagden` beside `vroeg`, `vroegen`).
    pub past_variants: Vec<String>,
    /// Past participle (with the particle of a separable verb).
    pub participle: Option<String>,
    /// Further participle variants.
    pub participle_variants: Vec<String>,
    /// hebben/zijn.
    pub auxiliary: Option<Auxiliary>,
    /// Separable particle (`voor` for voorstellen, `akkoord` for akkoord gaan).
    pub particle: Option<String>,
    /// Used with zich.
    pub reflexive: bool,
    /// Fixed preposition (`aan` for denken aan).
    pub preposition: Option<String>,
    /// Irregular present forms (`ben`, `bent`, `is`).
    pub present: Vec<String>,
    /// Irregular comparative.
    pub comparative: Option<String>,
    /// Irregular superlative.
    pub superlative: Option<String>,
    /// The inflected adjective where the rules would fail (`e=lieve`).
    pub inflected: Option<String>,
    /// Whether an adjective takes -e (false for `infl=no`).
    pub inflects: bool,
    /// Further word forms of this lemma (`forms=`).
    pub forms: Vec<String>,
    /// Spelling variants (`var=`).
    pub variants: Vec<String>,
    /// English senses, most common first.
    pub senses: Vec<String>,
    /// Usage note for the learner.
    pub note: Option<String>,
    /// Frequency rank among all lemmas (1 = most frequent), from the word-frequency list.
    pub rank: Option<u32>,
}

impl Entry {
    /// A bare entry with a headword, part of speech and senses.
    pub fn new(headword: &str, pos: PartOfSpeech, senses: &[&str]) -> Self {
        Self {
            headword: headword.to_owned(),
            pos,
            gender: None,
            plural: Vec::new(),
            diminutive: None,
            past: Vec::new(),
            past_variants: Vec::new(),
            participle: None,
            participle_variants: Vec::new(),
            auxiliary: None,
            particle: None,
            reflexive: false,
            preposition: None,
            present: Vec::new(),
            comparative: None,
            superlative: None,
            inflected: None,
            inflects: true,
            forms: Vec::new(),
            variants: Vec::new(),
            senses: senses.iter().map(|s| (*s).to_owned()).collect(),
            note: None,
            rank: None,
        }
    }

    /// The first (most common) English sense, or `""`.
    pub fn first_sense(&self) -> &str {
        self.senses.first().map_or("", String::as_str)
    }

    /// Is the headword more than one word (`in handen van`, `akkoord gaan`)?
    pub fn is_multiword(&self) -> bool {
        self.headword.contains(' ')
    }

    /// The principal parts for the morphology generator.
    pub fn paradigm(&self) -> Paradigm<'_> {
        Paradigm {
            headword: &self.headword,
            pos: self.pos,
            plural: &self.plural,
            diminutive: self.diminutive.as_deref(),
            past: &self.past,
            past_variants: &self.past_variants,
            participle: self.participle.as_deref(),
            participle_variants: &self.participle_variants,
            particle: self.particle.as_deref(),
            present: &self.present,
            comparative: self.comparative.as_deref(),
            superlative: self.superlative.as_deref(),
            inflected: self.inflected.as_deref(),
            inflects: self.inflects,
            forms: &self.forms,
            variants: &self.variants,
        }
    }

    /// The object `leesbril dict dump` prints for this entry (DESIGN.md §4): `lemma`, `pos`,
    /// `gender`, `plural`, `diminutive`, `past`, `participle`, `auxiliary`, `particle`,
    /// `reflexive`, `senses`, `rank`; fields that do not apply are null.
    pub fn to_dump_json(&self) -> Value {
        let noun = self.pos == PartOfSpeech::Noun;
        let verb = self.pos == PartOfSpeech::Verb;
        json!({
            "lemma": self.headword,
            "pos": self.pos.code(),
            "gender": if noun { self.gender.map(|g| g.to_string()) } else { None },
            "plural": if noun { Some(&self.plural) } else { None },
            "diminutive": if noun { self.diminutive.as_deref() } else { None },
            "past": if verb { Some(&self.past) } else { None },
            "participle": if verb { self.participle.as_deref() } else { None },
            "auxiliary": if verb { self.auxiliary.map(|a| a.to_string()) } else { None },
            "particle": if verb { self.particle.as_deref() } else { None },
            "reflexive": if verb { Some(self.reflexive) } else { None },
            "senses": self.senses,
            "rank": self.rank,
        })
    }

    /// The grammar in one line, as the gloss panel shows it: `de; pl. huizen; dim. huisje`,
    /// `ging, gingen; gegaan (zijn)`, `stelde, stelden; voorgesteld (hebben); separable`.
    pub fn grammar_line(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        match self.pos {
            PartOfSpeech::Noun => {
                if let Some(g) = self.gender {
                    parts.push(g.to_string());
                }
                if self.plural.is_empty() {
                    parts.push("no pl.".to_owned());
                } else {
                    parts.push(format!("pl. {}", self.plural.join(", ")));
                }
                if let Some(dim) = &self.diminutive {
                    parts.push(format!("dim. {dim}"));
                }
            }
            PartOfSpeech::Verb => {
                if self.reflexive {
                    parts.push("zich".to_owned());
                }
                if !self.present.is_empty() {
                    parts.push(format!("pres. {}", self.present.join(", ")));
                }
                if !self.past.is_empty() {
                    parts.push(self.past.join(", "));
                }
                match (&self.participle, self.auxiliary) {
                    (Some(pp), Some(aux)) => parts.push(format!("{pp} ({aux})")),
                    (Some(pp), None) => parts.push(pp.clone()),
                    _ => {}
                }
                if self.particle.is_some() {
                    parts.push("separable".to_owned());
                }
                if let Some(prep) = &self.preposition {
                    parts.push(format!("+ {prep}"));
                }
            }
            PartOfSpeech::Adjective => {
                if !self.inflects {
                    parts.push("no -e".to_owned());
                }
                if let Some(c) = &self.comparative {
                    parts.push(format!("cmp. {c}"));
                }
                if let Some(s) = &self.superlative {
                    parts.push(format!("sup. {s}"));
                }
            }
            _ => {
                if !self.forms.is_empty() {
                    parts.push(format!("also {}", self.forms.join(", ")));
                }
            }
        }
        parts.join("; ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn huis() -> Entry {
        let mut e = Entry::new("huis", PartOfSpeech::Noun, &["house", "home"]);
        e.gender = Some(Gender::Het);
        e.plural = vec!["huizen".into()];
        e.diminutive = Some("huisje".into());
        e
    }

    #[test]
    fn grammar_lines() {
        assert_eq!(huis().grammar_line(), "het; pl. huizen; dim. huisje");
        let mut gaan = Entry::new("gaan", PartOfSpeech::Verb, &["to go"]);
        gaan.past = vec!["ging".into(), "gingen".into()];
        gaan.participle = Some("gegaan".into());
        gaan.auxiliary = Some(Auxiliary::Zijn);
        assert_eq!(gaan.grammar_line(), "ging, gingen; gegaan (zijn)");
    }

    #[test]
    fn dump_json_has_exactly_the_contract_fields() {
        let v = huis().to_dump_json();
        let obj = v.as_object().expect("test value");
        let mut keys: Vec<&str> = obj.keys().map(String::as_str).collect();
        keys.sort_unstable();
        assert_eq!(
            keys,
            [
                "auxiliary",
                "diminutive",
                "gender",
                "lemma",
                "participle",
                "particle",
                "past",
                "plural",
                "pos",
                "rank",
                "reflexive",
                "senses"
            ]
        );
        assert_eq!(v["gender"], "het");
        assert_eq!(v["plural"][0], "huizen");
        assert!(v["past"].is_null());
        assert!(v["reflexive"].is_null());
        assert_eq!(v["first_sense"], Value::Null);
        assert_eq!(huis().first_sense(), "house");
    }

    #[test]
    fn displays() {
        assert_eq!(Gender::Both.to_string(), "de/het");
        assert_eq!(Auxiliary::Both.to_string(), "hebben/zijn");
        assert_eq!(PartOfSpeech::Noun.to_string(), "noun");
    }
}
