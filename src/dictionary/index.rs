//! Lemma and form indexes, multiword expressions, frequency ranks; built once at load.

use crate::lang::hash::{
    FxHashMap, ShardedMultiMap, StrMap, StrMultiMap, StrMultiMapBuilder, hash_str,
};
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
    pub by_headword: StrMultiMap<u32>,
    /// Normalized form → the entries it is a form of.
    pub forms: ShardedMultiMap<FormHit>,
    /// Normalized bare form of a separable verb's base → the separable verbs.
    pub separable: StrMultiMap<SeparableHit>,
    /// Multiword expressions.
    pub multiwords: Vec<Multiword>,
    /// First word (normalized) → indexes into `multiwords`, longest first.
    pub multiword_by_first: FxHashMap<Box<str>, Vec<u32>>,
    /// The first two fixed words ("in handen") → indexes into `multiwords`, longest first;
    /// expressions with one fixed word (and a verb) are keyed by that word alone.
    pub multiword_by_start: FxHashMap<Box<str>, Vec<u32>>,
}

/// The same entry may hold a form under several tags (verhoogde: past and inflected
/// participle); only exact repeats are dropped.
fn merge_hit(kept: &mut FormHit, new: &FormHit) -> bool {
    kept == new
}

fn add_small_id(map: &mut FxHashMap<Box<str>, Vec<u32>>, key: &str, id: u32) {
    if let Some(ids) = map.get_mut(key) {
        if !ids.contains(&id) {
            ids.push(id);
        }
    } else {
        map.insert(key.into(), vec![id]);
    }
}

/// Snowball stem of each one-word headword → entries (built on first use: stemming every
/// headword costs more than the rest of the load).
/// Takes the headwords from the headword index, so that no entry has to be decoded.
pub fn stem_index(ix: &Indexes) -> FxHashMap<Box<str>, Vec<u32>> {
    let stemmer = DutchStemmer::new();
    let mut key = String::new();
    let mut stemmed: Vec<(u32, String)> = Vec::new();
    for (headword, ids) in ix.by_headword.iter() {
        normalize_into(headword, &mut key);
        if !headword.contains(' ') && key.chars().count() > 3 {
            let stem = stemmer.stem(&key);
            stemmed.extend(ids.iter().map(|&id| (id, stem.clone())));
        }
    }
    // In entry order, as the stemmer's candidates are ranked by it.
    stemmed.sort_unstable();
    let mut stems = FxHashMap::default();
    for (id, stem) in &stemmed {
        add_small_id(&mut stems, stem, *id);
    }
    stems
}

/// The word forms of a run of entries, normalized, with their tags: generated apart from
/// the index so that runs can be generated on several threads.
#[derive(Debug, Default)]
pub struct FormList {
    arena: String,
    /// (start, end) in the arena, entry id relative to the run, tag, bare separable form.
    items: Vec<(u32, u32, u32, FormTag, bool)>,
    /// The [`hash_str`] of each item's key, computed on the generating thread.
    hashes: Vec<u64>,
    /// Frequency score per entry of the run (see [`ranks_from_scores`]).
    pub scores: Vec<f64>,
}

/// Irregular present forms of verbs (kunnen: kan, kunt), for separable verbs built on them
/// (aankunnen) that do not repeat them.
pub fn irregular_presents(entries: &[Entry]) -> FxHashMap<&str, &[String]> {
    entries
        .iter()
        .filter(|e| e.pos == PartOfSpeech::Verb && !e.present.is_empty())
        .map(|e| (e.headword.as_str(), e.present.as_slice()))
        .collect()
}

/// Verbs with an irregular present (`pres=`) whose compounds (achteruitgaan, begaan,
/// aankunnen) usually do not repeat it: their present forms come from the base verb.
const IRREGULAR_BASES: &[&str] = &[
    "gaan", "staan", "slaan", "zien", "doen", "hebben", "kunnen", "zijn", "willen", "zullen",
    "mogen",
];

/// Is this a compound of a verb in [`IRREGULAR_BASES`] without its own `pres=`?
fn needs_irregular_base(entry: &Entry) -> bool {
    entry.pos == PartOfSpeech::Verb
        && entry.present.is_empty()
        && IRREGULAR_BASES
            .iter()
            .any(|base| entry.headword.len() > base.len() && entry.headword.ends_with(base))
}

/// The present forms a compound verb borrows from its irregular base verb (aankunnen on
/// kunnen: kan, kunt; begaan on gaan: bega, begaat). A separable verb gets the bare forms
/// (the morphology adds the particle), an inseparable one the forms with its prefix.
fn irregular_base(entry: &Entry, irregular: &FxHashMap<&str, &[String]>) -> Option<Vec<String>> {
    if !entry.present.is_empty() || entry.pos != PartOfSpeech::Verb {
        return None;
    }
    if let Some(particle) = entry.particle.as_ref() {
        let base = entry.headword.strip_prefix(particle.as_str())?;
        let base = base.trim_start().trim_start_matches('-');
        return irregular.get(base).map(|forms| forms.to_vec());
    }
    let base = IRREGULAR_BASES
        .iter()
        .find(|base| entry.headword.len() > base.len() + 1 && entry.headword.ends_with(*base))?;
    let prefix = entry.headword.get(..entry.headword.len() - base.len())?;
    let forms = irregular.get(base)?;
    Some(forms.iter().map(|f| format!("{prefix}{f}")).collect())
}

/// Word frequencies: normalized form → 10^zipf (summed over spellings that normalize alike).
pub fn frequencies(words: &[WordFreq<'_>]) -> StrMap<f64> {
    let mut map = StrMap::with_capacity(words.len());
    let mut key = String::new();
    for word in words {
        normalize_into(word.word, &mut key);
        *map.get_or_insert_with(&key, || 0.0) += 10f64.powf(f64::from(word.zipf));
    }
    map
}

/// Generates the forms of `entries` (multiword expressions excepted, they are matched as
/// phrases). With `only_irregular`, only separable verbs on an irregular base. With
/// `frequencies`, also scores each entry: the sum of the frequencies of its distinct forms,
/// counting only forms that are likely readings (not a bare stem like `niet` of nieten).
pub fn generate_forms(
    entries: &[Entry],
    irregular: &FxHashMap<&str, &[String]>,
    only_irregular: bool,
    frequencies: Option<&StrMap<f64>>,
) -> FormList {
    let mut list = FormList {
        arena: String::with_capacity(entries.len() * 40),
        items: Vec::with_capacity(entries.len() * 5),
        hashes: Vec::with_capacity(entries.len() * 5),
        scores: vec![0.0; entries.len()],
    };
    let mut key = String::new();
    let mut credited: Vec<u64> = Vec::new();
    for (id, entry) in entries.iter().enumerate() {
        credited.clear();
        let multiword_verb = entry.pos == PartOfSpeech::Verb && entry.particle.is_some();
        if entry.is_multiword() && !multiword_verb {
            continue;
        }
        let borrowed = irregular_base(entry, irregular);
        let mut paradigm = entry.paradigm();
        match &borrowed {
            Some(present) => paradigm.present = present,
            None if only_irregular => continue,
            None => {}
        }
        // Without the base verb at hand (runs of files on several threads), the rules would
        // give wrong present forms (achteruitgat): leave them to the pass with the bases.
        let skip_present = borrowed.is_none() && needs_irregular_base(entry);
        // Only a verb written with a loose particle (akkoord gaan) has forms with a space.
        let spaced = entry.is_multiword();
        generate(&paradigm, &mut |form, tag, attach| {
            if skip_present && matches!(tag, FormTag::Present1 | FormTag::Present3) {
                return;
            }
            normalize_into(form, &mut key);
            let bare = attach == Attach::Bare;
            if spaced && !bare && key.contains(' ') {
                return;
            }
            let start = list.arena.len() as u32;
            list.arena.push_str(&key);
            list.items
                .push((start, list.arena.len() as u32, id as u32, tag, bare));
            let hash = hash_str(&key);
            list.hashes.push(hash);
            if let Some(freq) = frequencies
                && !bare
                && tag.prior() >= 75
                && !credited.contains(&hash)
                && let Some(weight) = freq.get_hashed(&key, hash)
            {
                credited.push(hash);
                if let Some(score) = list.scores.get_mut(id) {
                    *score += weight;
                }
            }
        });
    }
    list
}

impl Indexes {
    /// Builds every index over the entries.
    pub fn build(entries: &[Entry]) -> Self {
        Self::build_scored(entries, None).0
    }

    /// Builds every index and, with word frequencies, each entry's frequency score.
    pub fn build_scored(entries: &[Entry], frequencies: Option<&StrMap<f64>>) -> (Self, Vec<f64>) {
        let irregular = irregular_presents(entries);
        let mut list = generate_forms(entries, &irregular, false, frequencies);
        let scores = std::mem::take(&mut list.scores);
        (Self::build_from(entries, &[(0, list)]), scores)
    }

    /// Builds the indexes from forms generated in runs: (first entry id of the run, forms).
    pub fn build_from(entries: &[Entry], lists: &[(u32, FormList)]) -> Self {
        let mut ix = Indexes::default();
        let total: usize = lists.iter().map(|l| l.1.items.len()).sum();
        let every_form = |bare_wanted: bool, emit: &mut dyn FnMut(&str, u64, u32, FormTag)| {
            for (base, list) in lists {
                for (&(start, end, local, tag, bare), &hash) in list.items.iter().zip(&list.hashes)
                {
                    if bare != bare_wanted {
                        continue;
                    }
                    if let Some(key) = list.arena.get(start as usize..end as usize) {
                        emit(key, hash, base + local, tag);
                    }
                }
            }
        };
        let joined = |emit: &mut dyn FnMut(&str, u64, FormHit)| {
            every_form(false, &mut |key, hash, entry, tag| {
                emit(key, hash, FormHit { entry, tag });
            });
        };
        // The form index is the biggest: built in two halves on two threads, while this
        // thread builds the others.
        let (forms, (separable, by_headword)) = std::thread::scope(|scope| {
            let forms = scope.spawn(|| ShardedMultiMap::build(2, total, &joined, merge_hit));
            let mut separable = StrMultiMapBuilder::with_capacity(total / 8);
            every_form(true, &mut |key, hash, entry, tag| {
                separable.push_hashed(key, hash, SeparableHit { entry, tag });
            });
            let mut by_headword = StrMultiMapBuilder::with_capacity(entries.len());
            for (id, entry) in entries.iter().enumerate() {
                by_headword.push(&entry.headword, id as u32);
            }
            let forms = forms.join().unwrap_or_default();
            (forms, (separable, by_headword))
        });
        ix.forms = forms;
        ix.separable = separable.finish(|kept, new| kept == new);
        ix.by_headword = by_headword.finish(|kept, new| kept == new);
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
            let mut popped = None;
            if matches!(entry.pos, PartOfSpeech::Phrase | PartOfSpeech::Verb)
                && words.len() >= 2
                && let Some(last) = words.last()
                && let Some(hit) = ix.forms.get(last.as_str()).iter().find(|h| {
                    h.tag == FormTag::Lemma && entries[h.entry as usize].pos == PartOfSpeech::Verb
                })
            {
                verb = Some(hit.entry);
                popped = words.pop();
            }
            // `in wezen`, `ergens tegen zijn`: one function word before a verb is no verbal
            // expression to match across the clause.
            if verb.is_some()
                && words.len() == 1
                && words.first().is_some_and(|w| {
                    ix.forms.get(w).iter().any(|h| {
                        matches!(
                            entries.get(h.entry as usize).map(|e| e.pos),
                            Some(
                                PartOfSpeech::Preposition
                                    | PartOfSpeech::Adverb
                                    | PartOfSpeech::Determiner
                                    | PartOfSpeech::Pronoun
                                    | PartOfSpeech::Conjunction
                            )
                        )
                    })
                })
            {
                // Matched as a plain contiguous expression instead.
                verb = None;
                words.extend(popped.take());
            }
            // A single word is no expression (`op zich` keeps its zich; `iets doen` is no
            // entry to match).
            if words.is_empty() || (words.len() < 2 && verb.is_none()) {
                continue;
            }
            ix.multiwords.push(Multiword {
                entry: id as u32,
                words,
                verb,
            });
        }
        ix.index_multiwords();
        ix
    }

    /// Builds the lookup maps over [`Indexes::multiwords`]: by first word and by the first
    /// two fixed words, longest expressions first.
    pub fn index_multiwords(&mut self) {
        self.multiword_by_first.clear();
        self.multiword_by_start.clear();
        for (index, mw) in self.multiwords.iter().enumerate() {
            let Some(first) = mw.words.first() else {
                continue;
            };
            add_small_id(&mut self.multiword_by_first, first, index as u32);
            let start = match mw.words.get(1) {
                Some(second) => format!("{first} {second}"),
                None => first.clone(),
            };
            add_small_id(&mut self.multiword_by_start, &start, index as u32);
        }
        let multiwords = &self.multiwords;
        for list in self
            .multiword_by_first
            .values_mut()
            .chain(self.multiword_by_start.values_mut())
        {
            list.sort_by_key(|&i| {
                std::cmp::Reverse(multiwords.get(i as usize).map_or(0, |m| m.words.len()))
            });
        }
    }
}

/// Frequency ranks from entry scores (the sum of 10^zipf over the entry's likely forms):
/// ranked by score, 1 the highest; entries with no form in the list get no rank.
pub fn ranks_from_scores(scores: &[f64]) -> Vec<Option<u32>> {
    let mut order: Vec<usize> = (0..scores.len()).filter(|&i| scores[i] > 0.0).collect();
    order.sort_by(|&a, &b| scores[b].total_cmp(&scores[a]).then(a.cmp(&b)));
    let mut ranks = vec![None; scores.len()];
    for (rank, &i) in order.iter().enumerate() {
        ranks[i] = Some(rank as u32 + 1);
    }
    ranks
}

/// Entry ids in headword order, one per distinct headword (for `dict headwords`; built on
/// first use).
pub fn sorted_headwords(ix: &Indexes) -> Vec<&str> {
    let mut sorted: Vec<&str> = ix
        .by_headword
        .iter()
        .map(|(headword, _)| headword)
        .collect();
    sorted.sort_unstable();
    sorted
}
