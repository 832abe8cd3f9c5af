//! The Dutch language engine: pure functions from text to tokens, forms to lemmas.
//!
//! Nothing here does IO or knows the dictionary's types: the dictionary implements
//! [`Lexicon`], and the functions here ask it about word forms.

pub mod compound;
pub mod hash;
pub mod lemma;
pub mod morphology;
pub mod normalize;
pub mod numerals;
pub mod separable;
pub mod stem;
pub mod tokenize;

use std::fmt;

pub use morphology::FormTag;

/// A part of speech as the bundled dictionary writes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PartOfSpeech {
    /// A noun (`huis`).
    Noun,
    /// A verb (`gaan`).
    Verb,
    /// An adjective (`groot`).
    Adjective,
    /// An adverb (`toch`).
    Adverb,
    /// A preposition (`tussen`).
    Preposition,
    /// A conjunction (`hoewel`).
    Conjunction,
    /// A pronoun (`zij`).
    Pronoun,
    /// A determiner or article (`de`, `deze`, `veel`).
    Determiner,
    /// A numeral (`drie`).
    Numeral,
    /// An interjection (`ja`).
    Interjection,
    /// A multiword expression (`in handen van`).
    Phrase,
    /// An abbreviation (`NAVO`).
    Abbreviation,
    /// A proper name (`Oekraïne`).
    Name,
}

impl PartOfSpeech {
    /// All parts of speech, in the order the dictionary README lists them.
    pub const ALL: [PartOfSpeech; 13] = [
        Self::Noun,
        Self::Verb,
        Self::Adjective,
        Self::Adverb,
        Self::Preposition,
        Self::Conjunction,
        Self::Pronoun,
        Self::Determiner,
        Self::Numeral,
        Self::Interjection,
        Self::Phrase,
        Self::Abbreviation,
        Self::Name,
    ];

    /// The short code used in the dictionary files (`noun`, `verb`, `adj`, …).
    pub fn code(self) -> &'static str {
        match self {
            Self::Noun => "noun",
            Self::Verb => "verb",
            Self::Adjective => "adj",
            Self::Adverb => "adv",
            Self::Preposition => "prep",
            Self::Conjunction => "conj",
            Self::Pronoun => "pron",
            Self::Determiner => "det",
            Self::Numeral => "num",
            Self::Interjection => "int",
            Self::Phrase => "phrase",
            Self::Abbreviation => "abbr",
            Self::Name => "name",
        }
    }

    /// Parses a dictionary code (`noun`, `adj`, …).
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|pos| pos.code() == code)
    }

    /// Words that carry meaning of their own (nouns, verbs, adjectives, adverbs, names, …).
    pub fn is_content(self) -> bool {
        matches!(
            self,
            Self::Noun
                | Self::Verb
                | Self::Adjective
                | Self::Adverb
                | Self::Name
                | Self::Abbreviation
        )
    }
}

impl PartOfSpeech {
    /// The English name (`adjective`), for the gloss panel.
    pub fn name(self) -> &'static str {
        match self {
            Self::Noun => "noun",
            Self::Verb => "verb",
            Self::Adjective => "adjective",
            Self::Adverb => "adverb",
            Self::Preposition => "preposition",
            Self::Conjunction => "conjunction",
            Self::Pronoun => "pronoun",
            Self::Determiner => "determiner",
            Self::Numeral => "numeral",
            Self::Interjection => "interjection",
            Self::Phrase => "phrase",
            Self::Abbreviation => "abbreviation",
            Self::Name => "name",
        }
    }
}

/// Displays the dictionary code (`noun`, `adj`), as in the files and `dict dump`.
impl fmt::Display for PartOfSpeech {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// One dictionary entry that a word form belongs to, and how (plural, past, …).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FormHit {
    /// The entry's id in the lexicon.
    pub entry: u32,
    /// Which form of the entry this is.
    pub tag: FormTag,
}

/// A finite (or non-finite) form of a separable verb's base, without its particle.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SeparableHit {
    /// The separable verb's entry id (`voorstellen`).
    pub entry: u32,
    /// Which form of the base verb this is (`stelt` → present).
    pub tag: FormTag,
}

/// What the language engine needs to know about the dictionary. Implemented by
/// `crate::dictionary::Dictionary`; tests implement it over a handful of words.
pub trait Lexicon {
    /// Entries a lower-case, normalized form belongs to (`gingen` → gaan), any order.
    fn form_hits(&self, form: &str) -> &[FormHit];
    /// Separable verbs whose base has this bare form (`stelt` → voorstellen, opstellen, …).
    fn separable_hits(&self, form: &str) -> &[SeparableHit];
    /// The headword of an entry.
    fn headword(&self, entry: u32) -> &str;
    /// The part of speech of an entry.
    fn pos(&self, entry: u32) -> PartOfSpeech;
    /// The separable particle of a verb entry (`voor` for voorstellen).
    fn particle(&self, entry: u32) -> Option<&str>;
    /// Frequency rank of an entry (1 = most frequent), if known.
    fn rank(&self, entry: u32) -> Option<u32>;
    /// Entries whose one-word headword has this Snowball stem.
    fn stem_hits(&self, stem: &str) -> &[u32];
}
