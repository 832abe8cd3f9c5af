//! [`GlossView`]: what the gloss panel shows for the selected word, prepared once per
//! selection so the panel only draws.

use super::reader::ReaderState;
use crate::dictionary::{Dictionary, Entry};
use crate::learn::Status;
use crate::reading::MatchKind;
use crate::store::UserGloss;

/// One part of a split compound, with its gloss.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompoundPart {
    /// The part as a dictionary word (`vrede`), or a linking element (`s`).
    pub part: String,
    /// Its first sense; empty for linking elements.
    pub gloss: String,
}

/// Everything the gloss panel shows about the selected word.
#[derive(Clone, Debug)]
pub struct GlossView {
    /// Index of the word in the analysis.
    pub word: usize,
    /// The word as written on the page.
    pub form: String,
    /// The lemma it belongs to (the term whose status is shown).
    pub lemma: String,
    /// How the lemma was found.
    pub kind: MatchKind,
    /// The dictionary entries for the lemma (one per part of speech).
    pub entries: Vec<Entry>,
    /// For a compound not in the dictionary: its parts.
    pub compound: Vec<CompoundPart>,
    /// The other words of a separable verb on the page (`voor` for `stelt`).
    pub joined_with: Vec<String>,
    /// Other lemmas the form may belong to, for the learner to choose.
    pub alternatives: Vec<String>,
    /// The sentence the word stands in.
    pub sentence: String,
    /// Whether it is part of a non-Dutch passage.
    pub foreign: bool,
    /// The lemma's status.
    pub status: Status,
    /// The analysis's short gloss (first sense or the parts' glosses).
    pub short_gloss: String,
    /// What the learner's imported dictionaries say.
    pub other_sources: Vec<UserGloss>,
}

impl GlossView {
    pub(super) fn build(reader: &ReaderState, word_index: usize, dictionary: &Dictionary) -> Self {
        let words = &reader.analysis().words;
        let Some(word) = words.get(word_index) else {
            return Self::empty(word_index);
        };
        let entries: Vec<Entry> = dictionary
            .entries_for(&word.lemma)
            .into_iter()
            .cloned()
            .collect();
        let compound = word
            .compound_parts
            .iter()
            .map(|part| CompoundPart {
                part: part.clone(),
                gloss: dictionary
                    .entry(part)
                    .map(|entry| entry.first_sense().to_owned())
                    .unwrap_or_default(),
            })
            .collect();
        let joined_with = reader
            .selected_group()
            .into_iter()
            .filter(|&index| index != word_index)
            .filter_map(|index| words.get(index).map(|other| other.form.clone()))
            .collect();
        let mut alternatives: Vec<String> = dictionary
            .lookup(&word.form)
            .into_iter()
            .map(|entry| entry.headword.clone())
            .filter(|headword| *headword != word.lemma)
            .collect();
        alternatives.dedup();
        Self {
            word: word_index,
            form: word.form.clone(),
            lemma: word.lemma.clone(),
            kind: word.kind,
            entries,
            compound,
            joined_with,
            alternatives,
            sentence: reader.sentence_of_token(word.token),
            foreign: word.foreign,
            status: reader.word_status(word_index),
            short_gloss: word.gloss.clone(),
            other_sources: Vec::new(),
        }
    }

    fn empty(word_index: usize) -> Self {
        Self {
            word: word_index,
            form: String::new(),
            lemma: String::new(),
            kind: MatchKind::None,
            entries: Vec::new(),
            compound: Vec::new(),
            joined_with: Vec::new(),
            alternatives: Vec::new(),
            sentence: String::new(),
            foreign: false,
            status: Status::New,
            short_gloss: String::new(),
            other_sources: Vec::new(),
        }
    }
}
