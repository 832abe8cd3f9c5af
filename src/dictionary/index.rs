//! Lemma and form indexes, multiword expressions, frequency ranks; built once at load.

use crate::lang::hash::FxHashMap;
use crate::lang::morphology::{Attach, FormTag, generate};
use crate::lang::normalize::normalize_into;
use crate::lang::stem::DutchStemmer;
use crate::lang::{FormHit, PartOfSpeech, SeparableHit};

use super::entry::Entry;
use super::format::WordFreq;

/// Words in a multiword headword that stand for any word and are not matched
/// (`iemand op het hart drukken`).
const PLACEHOLDERS: &[&str] = &["iemand", "iets", "ergens", "iemands", "iemand's"];

/// A multiword expression: its entry and its words, normalized.
#[derive(Clone, Debug, PartialEq)]
pub struct Multiword {
    /// The entry (`op het hart drukken`).
    pub entry: u32,
    /// The words that must stand together in the text, normalized (`op`, `het`, `hart`).
    pub words: Vec<String>,
    /// For an expression ending in a verb: the verb's entry id, matched in any form anywhere
    /// in the clause (`drukte … op het hart`).
    pub verb: Option<u32>,
}

/// The indexes over a list of entries.
#[derive(Debug, Default)]
pub struct Indexes {
    /// Exact headword → entries.
    pub by_headword: FxHashMap<Box<str>, Vec<u32>>,
    /// Lower-cased headword → entries.
    pub by_lower_headword: FxHashMap<Box<str>, Vec<u32>>,
    /// Normalized form → the entries it is a form of.
    pub forms: FxHashMap<Box<str>, Vec<FormHit>>,
    /// Normalized bare form of a separable verb's base → the separable verbs.
    pub separable: FxHashMap<Box<str>, Vec<SeparableHit>>,
    /// Multiword expressions.
    pub multiwords: Vec<Multiword>,
    /// First word (normalized) → indexes into `multiwords`, longest first.
    pub multiword_by_first: FxHashMap<Box<str>, Vec<u32>>,
    /// Snowball stem of a one-word headword → entries.
    pub stems: FxHashMap<Box<str>, Vec<u32>>,
    /// Entry ids in headword order, one per distinct headword.
    pub sorted_headwords: Vec<u32>,
}

fn add_hit(map: &mut FxHashMap<Box<str>, Vec<FormHit>>, key: &str, hit: FormHit) {
    if let Some(hits) = map.get_mut(key) {
        if let Some(old) = hits.iter_mut().find(|h| h.entry == hit.entry) {
            if hit.tag.prior() > old.tag.prior() {
                old.tag = hit.tag;
            }
        } else {
            hits.push(hit);
        }
    } else {
        map.insert(key.into(), vec![hit]);
    }
}

fn add_id(map: &mut FxHashMap<Box<str>, Vec<u32>>, key: &str, id: u32) {
    if let Some(ids) = map.get_mut(key) {
        if !ids.contains(&id) {
            ids.push(id);
        }
    } else {
        map.insert(key.into(), vec![id]);
    }
}

impl Indexes {
    /// Builds every index over the entries.
    pub fn build(entries: &[Entry]) -> Self {
        let mut ix = Indexes::default();
        ix.forms.reserve(entries.len() * 6);
        ix.by_headword.reserve(entries.len());
        ix.by_lower_headword.reserve(entries.len());
        let stemmer = DutchStemmer::new();
        let mut key = String::new();
        for (id, entry) in entries.iter().enumerate() {
            let id = id as u32;
            add_id(&mut ix.by_headword, &entry.headword, id);
            normalize_into(&entry.headword, &mut key);
            add_id(&mut ix.by_lower_headword, &key, id);
            let multiword_verb = entry.pos == PartOfSpeech::Verb && entry.particle.is_some();
            if entry.is_multiword() && !multiword_verb {
                // Indexed below, once all forms are known.
                continue;
            }
            if !entry.is_multiword() && key.chars().count() > 3 {
                add_id(&mut ix.stems, &stemmer.stem(&key), id);
            }
            let forms = &mut ix.forms;
            let separable = &mut ix.separable;
            generate(&entry.paradigm(), &mut |form, tag, attach| {
                normalize_into(form, &mut key);
                match attach {
                    Attach::Joined => {
                        if !key.contains(' ') {
                            add_hit(forms, &key, FormHit { entry: id, tag });
                        }
                    }
                    Attach::Bare => {
                        let hit = SeparableHit { entry: id, tag };
                        if let Some(hits) = separable.get_mut(key.as_str()) {
                            if !hits.contains(&hit) {
                                hits.push(hit);
                            }
                        } else {
                            separable.insert(key.as_str().into(), vec![hit]);
                        }
                    }
                }
            });
        }
        for (id, entry) in entries.iter().enumerate() {
            let multiword_verb = entry.pos == PartOfSpeech::Verb && entry.particle.is_some();
            if !entry.is_multiword() || multiword_verb {
                continue;
            }
            let mut words: Vec<String> = entry
                .headword
                .split_whitespace()
                .map(crate::lang::normalize::normalize)
                .filter(|w| !PLACEHOLDERS.contains(&w.as_str()))
                .collect();
            let mut verb = None;
            if matches!(entry.pos, PartOfSpeech::Phrase | PartOfSpeech::Verb)
                && words.len() >= 2
                && let Some(last) = words.last()
                && let Some(hits) = ix.forms.get(last.as_str())
                && let Some(hit) = hits.iter().find(|h| {
                    h.tag == FormTag::Lemma && entries[h.entry as usize].pos == PartOfSpeech::Verb
                })
            {
                verb = Some(hit.entry);
                words.pop();
            }
            // A single word is no expression (`op zich` keeps its zich; `iets doen` is no
            // entry to match).
            if words.is_empty() || (words.len() < 2 && verb.is_none()) {
                continue;
            }
            let Some(first) = words.first() else {
                continue;
            };
            let index = ix.multiwords.len() as u32;
            add_id(&mut ix.multiword_by_first, &first.clone(), index);
            ix.multiwords.push(Multiword {
                entry: id as u32,
                words,
                verb,
            });
        }
        let multiwords = &ix.multiwords;
        for list in ix.multiword_by_first.values_mut() {
            list.sort_by_key(|&i| {
                std::cmp::Reverse(multiwords.get(i as usize).map_or(0, |m| m.words.len()))
            });
        }
        let mut sorted: Vec<u32> = ix
            .by_headword
            .values()
            .filter_map(|ids| ids.first().copied())
            .collect();
        sorted.sort_unstable_by(|a, b| {
            let (a, b) = (
                &entries[*a as usize].headword,
                &entries[*b as usize].headword,
            );
            a.cmp(b)
        });
        ix.sorted_headwords = sorted;
        ix
    }

    /// Frequency ranks: each entry's score is the sum of 10^zipf over the word forms that
    /// belong to it; entries are ranked by score, 1 the highest. Entries with no form in the
    /// list get no rank.
    pub fn ranks(&self, entry_count: usize, words: &[WordFreq<'_>]) -> Vec<Option<u32>> {
        let mut scores = vec![0f64; entry_count];
        let mut key = String::new();
        for word in words {
            normalize_into(word.word, &mut key);
            let weight = 10f64.powf(f64::from(word.zipf));
            if let Some(hits) = self.forms.get(key.as_str()) {
                for hit in hits {
                    if let Some(score) = scores.get_mut(hit.entry as usize) {
                        *score += weight;
                    }
                }
            }
        }
        let mut order: Vec<usize> = (0..entry_count).filter(|&i| scores[i] > 0.0).collect();
        order.sort_by(|&a, &b| scores[b].total_cmp(&scores[a]).then(a.cmp(&b)));
        let mut ranks = vec![None; entry_count];
        for (rank, &i) in order.iter().enumerate() {
            ranks[i] = Some(rank as u32 + 1);
        }
        ranks
    }
}
