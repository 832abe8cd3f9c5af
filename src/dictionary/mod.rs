//! TEMPORARY stand-in until the dictionary code lands.
use std::collections::HashMap;
use std::fmt;

/// Part of speech.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PartOfSpeech {
    /// Any.
    Other,
}
impl fmt::Display for PartOfSpeech {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("word")
    }
}
/// Error.
#[derive(Debug, thiserror::Error)]
#[error("bad dictionary")]
pub struct DictionaryError;
/// Entry.
#[derive(Clone, Debug)]
pub struct Entry {
    /// Headword.
    pub headword: String,
    /// Pos.
    pub pos: PartOfSpeech,
    /// Senses.
    pub senses: Vec<String>,
    /// Note.
    pub note: Option<String>,
    /// Rank.
    pub rank: Option<u32>,
}
impl Entry {
    /// First sense.
    pub fn first_sense(&self) -> &str {
        self.senses.first().map_or("", String::as_str)
    }
    /// Grammar.
    pub fn grammar_line(&self) -> String {
        String::new()
    }
    /// Dump.
    pub fn to_dump_json(&self) -> serde_json::Value {
        serde_json::json!({"lemma": self.headword, "pos": "x", "gender": null, "plural": null, "past": null, "participle": null, "senses": self.senses, "rank": null})
    }
}
/// Dictionary.
#[derive(Default)]
pub struct Dictionary {
    entries: Vec<Entry>,
    index: HashMap<String, Vec<usize>>,
}
impl Dictionary {
    /// Parse.
    pub fn from_sources(
        sources: &[(String, String)],
        _wordfreq: Option<&str>,
    ) -> Result<Self, DictionaryError> {
        let mut dictionary = Self::default();
        for (_, text) in sources {
            for line in text
                .lines()
                .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            {
                let fields: Vec<&str> = line.split('\t').collect();
                let (Some(head), Some(senses)) = (fields.first(), fields.get(3)) else {
                    continue;
                };
                dictionary
                    .index
                    .entry(head.to_lowercase())
                    .or_default()
                    .push(dictionary.entries.len());
                dictionary.entries.push(Entry {
                    headword: (*head).to_owned(),
                    pos: PartOfSpeech::Other,
                    senses: senses.split("; ").map(str::to_owned).collect(),
                    note: None,
                    rank: None,
                });
            }
        }
        Ok(dictionary)
    }
    /// Entry.
    pub fn entry(&self, headword: &str) -> Option<&Entry> {
        self.entries_for(headword).into_iter().next()
    }
    /// Entries.
    pub fn entries_for(&self, headword: &str) -> Vec<&Entry> {
        self.index
            .get(&headword.to_lowercase())
            .into_iter()
            .flatten()
            .filter_map(|&i| self.entries.get(i))
            .collect()
    }
    /// Lookup.
    pub fn lookup(&self, word: &str) -> Vec<&Entry> {
        self.entries_for(word)
    }
    /// Headwords.
    pub fn headwords(&self) -> impl Iterator<Item = &str> {
        self.entries.iter().map(|e| e.headword.as_str())
    }
    /// All.
    pub fn entries(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter()
    }
}
pub mod import;
