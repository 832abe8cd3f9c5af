//! The Dutch→English dictionary: parses the bundled source text, builds the indexes, answers
//! lookups. No file IO: the caller reads the files and hands over their contents.
//!
//! ```
//! use leesbril::dictionary::Dictionary;
//! let source = "gaan\tverb\tpast=ging,gingen;pp=gegaan;aux=zijn;pres=ga,gaat\tto go\n";
//! let dict = Dictionary::from_sources(&[("g.tsv".into(), source.into())], None).unwrap();
//! assert_eq!(dict.lookup("gingen")[0].headword, "gaan");
//! ```

pub mod cache;
pub mod entry;
pub mod format;
pub mod import;
pub mod index;

use std::collections::HashSet;
use std::sync::OnceLock;

use crate::lang::hash::{FxHashMap, StrMap};

pub use entry::{Auxiliary, Entry, Gender};
pub use format::MalformedKind;
pub use index::Multiword;

pub use crate::lang::PartOfSpeech;
use crate::lang::normalize::{fold, normalize};
use crate::lang::{FormHit, Lexicon, SeparableHit};

use index::Indexes;

/// Why the dictionary could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum DictionaryError {
    /// A line that cannot be read.
    #[error("{file}:{line}: {kind}")]
    Malformed {
        /// The source file name.
        file: String,
        /// The line number, from 1.
        line: u64,
        /// What is wrong.
        kind: MalformedKind,
    },
    /// The same headword and part of speech twice.
    #[error("{file}:{line}: duplicate {headword} {pos} (first in {first_file}:{first_line})")]
    Duplicate {
        /// The file of the second occurrence.
        file: String,
        /// Its line.
        line: u64,
        /// The headword.
        headword: String,
        /// The part of speech.
        pos: PartOfSpeech,
        /// The file of the first occurrence.
        first_file: String,
        /// Its line.
        first_line: u64,
    },
    /// No entries at all.
    #[error("the dictionary sources contain no entries")]
    Empty,
    /// A binary cache ([`Dictionary::from_cache_bytes`]) that is truncated, damaged or from
    /// another version: rebuild it from the sources.
    #[error("unusable dictionary cache: {0}")]
    Cache(String),
}

/// The loaded dictionary with its indexes.
#[derive(Debug)]
pub struct Dictionary {
    /// The entries; from the cache each is decoded on first use (see `encoded`). Boxed, so
    /// that the slots of entries not decoded yet take 16 bytes instead of a whole `Entry`.
    entries: Vec<OnceLock<Box<Entry>>>,
    /// For a dictionary loaded from the cache: the checked, still encoded entries.
    encoded: Option<cache::EncodedEntries>,
    /// Part of speech and rank per entry, packed: the lemma scorer reads them for every
    /// candidate, and `Entry` is large.
    meta: Vec<(PartOfSpeech, u32)>,
    ix: Indexes,
    stems: OnceLock<FxHashMap<Box<str>, Vec<u32>>>,
    fossils: OnceLock<FxHashMap<Box<str>, u32>>,
}

impl Dictionary {
    /// Parses the bundled source files (file name, contents) and the word-frequency list
    /// (`dictionaries/wordfreq-nl-top30k.tsv` contents: `rank\tword\tzipf` lines with a
    /// header). Fails on the first line that cannot be read; content problems (a noun without
    /// gender …) and duplicates are tolerated here and reported by [`Dictionary::check`].
    pub fn from_sources(
        sources: &[(String, String)],
        wordfreq: Option<&str>,
    ) -> Result<Dictionary, DictionaryError> {
        let (dict, errors) = Self::from_sources_lenient(sources, wordfreq);
        match errors.into_iter().next() {
            Some(error) => Err(error),
            None if dict.is_empty() => Err(DictionaryError::Empty),
            None => Ok(dict),
        }
    }

    /// Like [`Dictionary::from_sources`], but skips unreadable lines and returns their errors
    /// beside the dictionary (for an app that must start even while a file is being edited).
    pub fn from_sources_lenient(
        sources: &[(String, String)],
        wordfreq: Option<&str>,
    ) -> (Dictionary, Vec<DictionaryError>) {
        // Parse and generate word forms in a few runs of files at once, scoring each entry by
        // the frequencies of its forms; the index itself is built on this thread.
        let runs = balanced_runs(sources, 4);
        let no_irregular = FxHashMap::default();
        let frequencies: OnceLock<Option<StrMap<f64>>> = OnceLock::new();
        let (parsed, wf_errors) = std::thread::scope(|scope| {
            let handles: Vec<_> = runs
                .into_iter()
                .map(|chunk| {
                    let no_irregular = &no_irregular;
                    let frequencies = &frequencies;
                    scope.spawn(move || {
                        let (entries, errors) = parse_sources(chunk);
                        let freq = frequencies.wait().as_ref();
                        let forms = index::generate_forms(&entries, no_irregular, false, freq);
                        (entries, errors, forms)
                    })
                })
                .collect();
            let (freq, wf_errors) = match wordfreq.map(format::parse_wordfreq) {
                Some((words, errors)) => (Some(index::frequencies(&words)), errors),
                None => (None, Vec::new()),
            };
            frequencies.get_or_init(|| freq);
            let parsed: Vec<_> = handles.into_iter().filter_map(|h| h.join().ok()).collect();
            (parsed, wf_errors)
        });
        let mut entries = Vec::with_capacity(parsed.iter().map(|p| p.0.len()).sum());
        let mut errors = Vec::new();
        let mut lists = Vec::with_capacity(parsed.len() + 1);
        let mut scores = Vec::with_capacity(entries.capacity());
        for (run_entries, run_errors, mut forms) in parsed {
            scores.append(&mut forms.scores);
            lists.push((entries.len() as u32, forms));
            entries.extend(run_entries);
            errors.extend(run_errors);
        }
        // Separable verbs on an irregular verb from another file (aankunnen on kunnen).
        let extra =
            index::generate_forms(&entries, &index::irregular_presents(&entries), true, None);
        lists.push((0, extra));
        let ix = Indexes::build_from(&entries, &lists);
        let ranked = wordfreq.is_some().then_some(scores.as_slice());
        let dict = Self::with_indexes(entries, ix, ranked);
        errors.extend(
            wf_errors
                .into_iter()
                .map(|(line, kind)| DictionaryError::Malformed {
                    file: "wordfreq".to_owned(),
                    line,
                    kind,
                }),
        );
        (dict, errors)
    }

    /// Builds a dictionary from entries (tests, importers), ranking them by the optional
    /// word-frequency list.
    pub fn from_entries(entries: Vec<Entry>, wordfreq: Option<&str>) -> Dictionary {
        let frequencies = wordfreq.map(|w| index::frequencies(&format::parse_wordfreq(w).0));
        let (ix, scores) = Indexes::build_scored(&entries, frequencies.as_ref());
        let ranked = wordfreq.is_some().then_some(scores.as_slice());
        Self::with_indexes(entries, ix, ranked)
    }

    fn with_indexes(mut entries: Vec<Entry>, ix: Indexes, scores: Option<&[f64]>) -> Dictionary {
        if let Some(scores) = scores {
            let ranks = index::ranks_from_scores(scores);
            for (entry, rank) in entries.iter_mut().zip(ranks) {
                entry.rank = rank;
            }
        }
        let meta = entries
            .iter()
            .map(|e| (e.pos, e.rank.unwrap_or(u32::MAX)))
            .collect();
        Dictionary {
            entries: entries
                .into_iter()
                .map(|entry| OnceLock::from(Box::new(entry)))
                .collect(),
            encoded: None,
            meta,
            ix,
            stems: OnceLock::new(),
            fossils: OnceLock::new(),
        }
    }

    /// The dictionary in a compact binary form (entries, ranks and ready-made indexes):
    /// [`Dictionary::from_cache_bytes`] loads it far faster than [`Dictionary::from_sources`].
    /// `build.rs` writes it for the bundled dictionary when the program is compiled.
    pub fn to_cache_bytes(&self) -> Vec<u8> {
        cache::to_bytes(self)
    }

    /// Loads a dictionary from [`Dictionary::to_cache_bytes`]. Truncated, damaged or
    /// other-version bytes give [`DictionaryError::Cache`] (never a panic).
    pub fn from_cache_bytes(bytes: &[u8]) -> Result<Dictionary, DictionaryError> {
        cache::from_bytes(bytes, |entries| entries.to_vec().into())
    }

    /// Like [`Dictionary::from_cache_bytes`] for bytes that live as long as the program (the
    /// index compiled into it): the entries are decoded from those bytes, not from a copy.
    pub fn from_static_cache_bytes(bytes: &'static [u8]) -> Result<Dictionary, DictionaryError> {
        cache::from_bytes(bytes, std::borrow::Cow::Borrowed)
    }

    /// Every problem in the sources: unreadable lines, content problems (noun without de/het
    /// or plural, verb without its principal parts), duplicate (headword, pos).
    pub fn check(sources: &[(String, String)]) -> Vec<DictionaryError> {
        let mut errors = Vec::new();
        let mut seen: std::collections::HashMap<(String, PartOfSpeech), (String, u64)> =
            std::collections::HashMap::new();
        for (file, contents) in sources {
            for (n, line) in contents.lines().enumerate() {
                let line_no = n as u64 + 1;
                match format::parse_line(line) {
                    Ok(Some(parsed)) => {
                        for kind in parsed.problems {
                            errors.push(DictionaryError::Malformed {
                                file: file.clone(),
                                line: line_no,
                                kind,
                            });
                        }
                        let key = (parsed.entry.headword.clone(), parsed.entry.pos);
                        if let Some((first_file, first_line)) = seen.get(&key) {
                            errors.push(DictionaryError::Duplicate {
                                file: file.clone(),
                                line: line_no,
                                headword: key.0,
                                pos: key.1,
                                first_file: first_file.clone(),
                                first_line: *first_line,
                            });
                        } else {
                            seen.insert(key, (file.clone(), line_no));
                        }
                    }
                    Ok(None) => {}
                    Err(kind) => errors.push(DictionaryError::Malformed {
                        file: file.clone(),
                        line: line_no,
                        kind,
                    }),
                }
            }
        }
        errors
    }

    /// The entry with exactly this headword (the first part of speech listed).
    pub fn entry(&self, headword: &str) -> Option<&Entry> {
        let id = self.ix.by_headword.get(headword).first()?;
        self.entry_at(*id)
    }

    /// The entry with this id, decoded first if the dictionary came from the cache.
    fn entry_at(&self, id: u32) -> Option<&Entry> {
        let cell = self.entries.get(id as usize)?;
        Some(cell.get_or_init(|| {
            Box::new(
                self.encoded
                    .as_ref()
                    .and_then(|e| e.decode(id))
                    .unwrap_or_else(|| Entry::new("", PartOfSpeech::Interjection, &[])),
            )
        }))
    }

    /// A dictionary from checked, encoded entries (the cache): `meta` holds each entry's
    /// part of speech and rank.
    fn from_encoded(
        encoded: cache::EncodedEntries,
        meta: Vec<(PartOfSpeech, u32)>,
        ix: Indexes,
    ) -> Dictionary {
        Dictionary {
            entries: (0..meta.len()).map(|_| OnceLock::new()).collect(),
            encoded: Some(encoded),
            meta,
            ix,
            stems: OnceLock::new(),
            fossils: OnceLock::new(),
        }
    }

    /// All entries with exactly this headword (zijn: verb and pronoun).
    pub fn entries_for(&self, headword: &str) -> Vec<&Entry> {
        self.ix
            .by_headword
            .get(headword)
            .iter()
            .filter_map(|&id| self.entry_at(id))
            .collect()
    }

    /// Every distinct headword, sorted.
    pub fn headwords(&self) -> impl Iterator<Item = &str> {
        // From the headword index's keys: no entry is decoded.
        index::sorted_headwords(&self.ix).into_iter()
    }

    /// Every entry, in source order.
    pub fn entries(&self) -> impl Iterator<Item = &Entry> {
        (0..self.entries.len() as u32).filter_map(|id| self.entry_at(id))
    }

    /// The entry with this id (ids are positions in [`Dictionary::entries`]).
    pub fn get(&self, id: u32) -> Option<&Entry> {
        self.entry_at(id)
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Is the dictionary empty?
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The multiword expressions.
    pub fn multiwords(&self) -> &[Multiword] {
        &self.ix.multiwords
    }

    /// Multiword expressions whose first two fixed words are `first` and `second`, then
    /// those with `first` as their only fixed word (and a verb), longest first.
    pub fn multiwords_at<'a>(
        &'a self,
        first: &str,
        second: Option<&str>,
        buf: &mut String,
    ) -> impl Iterator<Item = &'a Multiword> + 'a {
        let pair = second.and_then(|second| {
            buf.clear();
            buf.push_str(first);
            buf.push(' ');
            buf.push_str(second);
            self.ix.multiword_by_start.get(buf.as_str())
        });
        let single = self.ix.multiword_by_start.get(first);
        pair.into_iter()
            .chain(single)
            .flatten()
            .filter_map(|&i| self.ix.multiwords.get(i as usize))
    }

    /// Multiword expressions starting with this normalized word, longest first.
    pub fn multiwords_starting_with(&self, word: &str) -> impl Iterator<Item = &Multiword> {
        self.ix
            .multiword_by_first
            .get(word)
            .into_iter()
            .flatten()
            .filter_map(|&i| self.ix.multiwords.get(i as usize))
    }

    /// The multiword expression a fossil word belongs to: a word that occurs only inside
    /// expressions (opzichte → ten opzichte van, feite → in feite), so that a learner who
    /// meets or types it alone still gets the gloss. The shortest expression wins, then the
    /// most frequent. Built on first use.
    pub fn fossil_phrase(&self, word: &str) -> Option<u32> {
        self.fossils
            .get_or_init(|| {
                let mut best: FxHashMap<Box<str>, (usize, u32, u32)> = FxHashMap::default();
                for mw in &self.ix.multiwords {
                    for w in &mw.words {
                        if w.chars().count() < 4
                            || !w.chars().all(char::is_alphabetic)
                            || !self.form_hits(w).is_empty()
                        {
                            continue;
                        }
                        let key = (mw.words.len(), self.rank(mw.entry).unwrap_or(u32::MAX));
                        match best.get_mut(w.as_str()) {
                            Some(b) if (b.0, b.1) <= key => {}
                            Some(b) => *b = (key.0, key.1, mw.entry),
                            None => {
                                best.insert(w.as_str().into(), (key.0, key.1, mw.entry));
                            }
                        }
                    }
                }
                best.into_iter().map(|(k, v)| (k, v.2)).collect()
            })
            .get(word)
            .copied()
    }

    /// Entry ids whose headword is exactly this (case-sensitive).
    pub fn headword_ids(&self, headword: &str) -> &[u32] {
        self.ix.by_headword.get(headword)
    }

    /// Any form typed by a user (gingen → gaan, sancties → sanctie), best first: exact
    /// headwords, then inflected forms, then lemma rules, compounds and the stemmer.
    pub fn lookup(&self, word: &str) -> Vec<&Entry> {
        let word = word.trim();
        let mut ids: Vec<u32> = Vec::new();
        ids.extend_from_slice(self.headword_ids(&fold(word)));
        let key = normalize(word);
        let mut hits: Vec<FormHit> = self.form_hits(&key).to_vec();
        // A lower-case word: lower-case headwords before names and abbreviations (me → mij
        // before ME).
        let lower = !word.chars().any(char::is_uppercase);
        hits.sort_by_key(|h| {
            (
                lower && self.headword(h.entry).starts_with(char::is_uppercase),
                std::cmp::Reverse(h.tag.prior()),
                self.rank(h.entry).unwrap_or(u32::MAX),
            )
        });
        ids.extend(hits.iter().map(|h| h.entry));
        if ids.is_empty() {
            ids.extend(
                crate::lang::lemma::guess(&key, self)
                    .into_iter()
                    .map(|g| g.entry),
            );
        }
        if ids.is_empty()
            && let Some(id) = self.fossil_phrase(&key)
        {
            ids.push(id);
        }
        if ids.is_empty()
            && let Some((_, hits)) = crate::lang::lemma::transposition(&key, self)
        {
            ids.extend(hits.iter().map(|h| h.entry));
        }
        // A compound: its head first, then the other parts (vredesakkoord → akkoord, vrede).
        if ids.is_empty()
            && let Some(split) = crate::lang::compound::split(&key, self)
        {
            ids.extend(split.parts.iter().rev().filter_map(|p| p.entry));
        }
        let mut seen = HashSet::new();
        ids.retain(|id| seen.insert(*id));
        ids.iter().filter_map(|&id| self.entry_at(id)).collect()
    }
}

/// Splits the sources, in order, into up to `n` runs of about equal size in bytes.
fn balanced_runs(sources: &[(String, String)], n: usize) -> Vec<&[(String, String)]> {
    let total: usize = sources.iter().map(|s| s.1.len()).sum();
    let target = total / n.max(1) + 1;
    let mut runs = Vec::with_capacity(n);
    let mut start = 0;
    let mut size = 0;
    for (i, source) in sources.iter().enumerate() {
        size += source.1.len();
        if size >= target && runs.len() + 1 < n {
            runs.push(sources.get(start..=i).unwrap_or(&[]));
            start = i + 1;
            size = 0;
        }
    }
    if start < sources.len() {
        runs.push(sources.get(start..).unwrap_or(&[]));
    }
    runs
}

/// Parses source files into entries and the errors of unreadable lines.
fn parse_sources(sources: &[(String, String)]) -> (Vec<Entry>, Vec<DictionaryError>) {
    let mut entries = Vec::with_capacity(sources.iter().map(|s| s.1.len() / 60).sum());
    let mut errors = Vec::new();
    for (file, contents) in sources {
        for (n, line) in contents.lines().enumerate() {
            match format::parse_line(line) {
                Ok(Some(parsed)) => entries.push(parsed.entry),
                Ok(None) => {}
                Err(kind) => errors.push(DictionaryError::Malformed {
                    file: file.clone(),
                    line: n as u64 + 1,
                    kind,
                }),
            }
        }
    }
    (entries, errors)
}

impl Lexicon for Dictionary {
    fn form_hits(&self, form: &str) -> &[FormHit] {
        self.ix.forms.get(form)
    }

    fn separable_hits(&self, form: &str) -> &[SeparableHit] {
        self.ix.separable.get(form)
    }

    fn headword(&self, entry: u32) -> &str {
        self.entry_at(entry).map_or("", |e| e.headword.as_str())
    }

    fn pos(&self, entry: u32) -> PartOfSpeech {
        self.meta
            .get(entry as usize)
            .map_or(PartOfSpeech::Interjection, |m| m.0)
    }

    fn particle(&self, entry: u32) -> Option<&str> {
        self.entry_at(entry)?.particle.as_deref()
    }

    fn rank(&self, entry: u32) -> Option<u32> {
        self.meta
            .get(entry as usize)
            .and_then(|m| (m.1 != u32::MAX).then_some(m.1))
    }

    fn stem_hits(&self, stem: &str) -> &[u32] {
        self.stems
            .get_or_init(|| index::stem_index(&self.ix))
            .get(stem)
            .map_or(&[], Vec::as_slice)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A tiny handwritten dictionary for unit tests across the crate.
    pub(crate) const MINI: &str = include_str!("../../tests/fixtures/mini_dictionary.tsv");

    pub(crate) fn mini() -> Dictionary {
        let wordfreq = "rank\tword\tzipf\n1\tde\t7.7\n2\tzijn\t7.0\n3\tgaan\t6.0\n4\tgingen\t5.5\n";
        Dictionary::from_sources(&[("mini.tsv".into(), MINI.into())], Some(wordfreq))
            .expect("test value")
    }

    #[test]
    fn loads_and_looks_up() {
        let dict = mini();
        assert_eq!(
            dict.entry("gaan").expect("test value").past,
            ["ging", "gingen"]
        );
        assert_eq!(dict.entries_for("zijn").len(), 2);
        assert_eq!(dict.lookup("gingen")[0].headword, "gaan");
        assert_eq!(dict.lookup("Gingen")[0].headword, "gaan");
        assert_eq!(dict.lookup("huizen")[0].headword, "huis");
        assert_eq!(dict.lookup("grote")[0].headword, "groot");
        assert_eq!(dict.lookup("voorgesteld")[0].headword, "voorstellen");
        assert_eq!(dict.lookup("NAVO")[0].headword, "NAVO");
        let parts: Vec<&str> = dict
            .lookup("vredesakkoord")
            .iter()
            .map(|e| e.headword.as_str())
            .collect();
        assert_eq!(parts, ["akkoord", "vrede"]);
        let heads: Vec<&str> = dict.headwords().collect();
        let mut sorted = heads.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(heads, sorted);
    }

    #[test]
    fn compound_verbs_borrow_the_irregular_present_and_dashes_mean_none() {
        let dict = mini();
        let forms = |w: &str| -> Vec<&str> {
            dict.form_hits(w)
                .iter()
                .map(|h| dict.headword(h.entry))
                .collect()
        };
        assert_eq!(forms("achteruitgaat"), ["achteruitgaan"]);
        assert!(forms("achteruitgat").is_empty());
        assert_eq!(forms("begaat"), ["begaan"]);
        assert!(forms("begat").is_empty());
        // pp=- : no participle at all.
        assert!(forms("-").is_empty());
        assert!(forms("-e").is_empty());
        // mee-eten: the hyphen goes with the particle; the bare base is `eet`.
        assert_eq!(forms("mee-eet"), ["mee-eten"]);
        assert!(dict.separable_hits("-eten").is_empty());
        assert!(
            dict.separable_hits("eet")
                .iter()
                .any(|h| dict.headword(h.entry) == "mee-eten")
        );
    }

    #[test]
    fn lower_case_words_prefer_lower_case_headwords_and_fossils_find_their_phrase() {
        let source = "me\tpron\tvar=mij\tme\nME\tabbr\t\triot police\n\
                      ten opzichte van\tphrase\t\twith regard to\n";
        let dict =
            Dictionary::from_sources(&[("x.tsv".into(), source.into())], None).expect("test value");
        assert_eq!(dict.lookup("me")[0].headword, "me");
        assert_eq!(dict.lookup("ME")[0].headword, "ME");
        let id = dict.fossil_phrase("opzichte").expect("fossil");
        assert_eq!(dict.headword(id), "ten opzichte van");
        assert_eq!(dict.lookup("opzichte")[0].headword, "ten opzichte van");
        assert!(dict.fossil_phrase("van").is_none());
        assert_eq!(dict.lookup("atlhans").len(), 0);
    }

    #[test]
    fn ranks_sum_forms() {
        let dict = mini();
        let gaan = dict
            .entry("gaan")
            .expect("test value")
            .rank
            .expect("test value");
        let de = dict
            .entry("de")
            .expect("test value")
            .rank
            .expect("test value");
        assert!(de < gaan);
        assert_eq!(dict.entry("huis").expect("test value").rank, None);
    }

    #[test]
    fn errors_name_file_and_line() {
        let err = Dictionary::from_sources(
            &[(
                "a.tsv".into(),
                "# c\naap\tnoun\tg=de;pl=apen\tmonkey\nbad line\n".into(),
            )],
            None,
        )
        .expect_err("line 3 is malformed");
        assert_eq!(
            err.to_string(),
            "a.tsv:3: expected 4 or 5 tab-separated fields, got 1"
        );
    }

    #[test]
    fn check_finds_duplicates_and_content_problems() {
        let src = "aap\tnoun\tg=de;pl=apen\tmonkey\naap\tnoun\tg=de;pl=apen\tape\nhuis\tnoun\tg=het\thouse\n";
        let errors = Dictionary::check(&[("a.tsv".into(), src.into())]);
        let text: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert_eq!(
            text,
            [
                "a.tsv:2: duplicate aap noun (first in a.tsv:1)",
                "a.tsv:3: noun needs pl= (pl=- if it has none)"
            ]
        );
    }
}
