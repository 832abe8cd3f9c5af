//! An article's text + the dictionary → an [`Analysis`]: tokens with sentence and paragraph
//! numbers, and for every word its lemma, how it was found, and its gloss.
//!
//! ```
//! use leesbril::dictionary::Dictionary;
//! use leesbril::reading::{analyze, MatchKind};
//! let src = "gaan\tverb\tpast=ging,gingen;pp=gegaan;aux=zijn;pres=ga,gaat\tto go\n";
//! let dict = Dictionary::from_sources(&[("g.tsv".into(), src.into())], None).unwrap();
//! let analysis = analyze("Zij gingen.", &dict);
//! assert_eq!(analysis.words[1].lemma, "gaan");
//! assert_eq!(analysis.words[1].kind, MatchKind::Entry);
//! ```

mod foreign;

use std::fmt;

pub use crate::lang::tokenize::{Token, TokenKind};

use crate::dictionary::Dictionary;
use crate::lang::compound::{self, Split};
use crate::lang::hash::FxHashMap;
use crate::lang::lemma::{self, Context, GuessKind};
use crate::lang::normalize::{is_all_caps, is_capitalized, normalize, normalize_into};
use crate::lang::separable::{self, Item};
use crate::lang::stem::DutchStemmer;
use crate::lang::tokenize::tokenize;
use crate::lang::{FormHit, Lexicon, PartOfSpeech};

/// How a word's lemma was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MatchKind {
    /// The lemma is a dictionary headword (directly, or through its inflection).
    Entry,
    /// Part of a separable verb joined across the clause (stelt … voor → voorstellen).
    Separable,
    /// Part of a multiword expression (in handen van).
    Mwe,
    /// A compound not in the dictionary, glossed by its parts.
    Compound,
    /// Found only through the Snowball stemmer.
    Stem,
    /// Not found.
    None,
}

impl fmt::Display for MatchKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Entry => "entry",
            Self::Separable => "separable",
            Self::Mwe => "mwe",
            Self::Compound => "compound",
            Self::Stem => "stem",
            Self::None => "none",
        })
    }
}

/// One analyzed word.
#[derive(Clone, Debug, PartialEq)]
pub struct AnalyzedWord {
    /// Index of its token (for pretokenized input: its position in the sentence).
    pub token: usize,
    /// As written.
    pub form: String,
    /// The headword (or best guess for kind none/stem).
    pub lemma: String,
    /// How the lemma was found.
    pub kind: MatchKind,
    /// First English sense; for a compound its parts' glosses joined with ` + `; `""` if none.
    pub gloss: String,
    /// A compound's parts (`vrede`, `s`, `akkoord`); empty otherwise.
    pub compound_parts: Vec<String>,
    /// The other word of a separable verb; for a multiword expression the first word of the
    /// group (for the first word itself: the last word of the group).
    pub partner: Option<usize>,
    /// Part of an English (non-Dutch) passage: not glossed as Dutch.
    pub foreign: bool,
    /// The dictionary entry shown for this word (the head's entry for a compound).
    pub entry: Option<u32>,
    /// All words of a separable verb or multiword expression, in order (empty otherwise).
    pub group: Vec<usize>,
}

/// The analysis of a text.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Analysis {
    /// Every token; together they cover every byte of the text exactly once.
    pub tokens: Vec<Token>,
    /// The word tokens, analyzed, in text order.
    pub words: Vec<AnalyzedWord>,
}

impl Analysis {
    /// Number of sentences.
    pub fn sentence_count(&self) -> usize {
        self.tokens.last().map_or(0, |t| t.sentence as usize + 1)
    }
}

/// What a sentence item is, for the analysis core.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Class {
    Word,
    Other,
    Boundary,
    Punct,
}

/// A word resolved without context, cached per written form.
#[derive(Clone, Debug)]
struct Resolved {
    norm: String,
    hits: Vec<FormHit>,
    kind: MatchKind,
    /// For compounds and guesses without hits.
    lemma: String,
    gloss: String,
    parts: Vec<String>,
    entry: Option<u32>,
    /// The reading when context cannot change it (one reading, or all readings share the
    /// lemma and none is a verb); `lemma`, `gloss` and `entry` then hold its entry.
    fixed: Option<FormHit>,
    /// Separable verbs this form can be the base of (stelt → voorstellen, …).
    separable: Vec<crate::lang::SeparableHit>,
    /// Does a multiword expression start with this form?
    starts_multiword: bool,
}

struct Analyzer<'d> {
    dict: &'d Dictionary,
    stemmer: DutchStemmer,
    cache: FxHashMap<String, usize>,
    resolved: Vec<Resolved>,
    buf: String,
}

fn is_boundary_punct(p: &str) -> bool {
    !matches!(p, "-" | "'" | "/" | "&" | "+" | "%" | "€" | "$" | "*" | "·")
}

/// A lower-case token matches a capitalised-only headword (a name or abbreviation: ME, NAM,
/// Let, Unie) only when no lower-case headword has the form.
fn prefer_lower_case(hits: &mut Vec<FormHit>, dict: &Dictionary) {
    let capitalised = |h: &FormHit| dict.headword(h.entry).starts_with(char::is_uppercase);
    if hits.iter().any(capitalised) && !hits.iter().all(capitalised) {
        hits.retain(|h| !capitalised(h));
    }
}

fn compound_gloss(split: &Split, dict: &Dictionary) -> String {
    split
        .parts
        .iter()
        .filter_map(|p| p.entry)
        .map(|e| dict.get(e).map_or("", |e| e.first_sense()))
        .collect::<Vec<_>>()
        .join(" + ")
}

impl<'d> Analyzer<'d> {
    fn new(dict: &'d Dictionary) -> Self {
        Self {
            dict,
            stemmer: DutchStemmer::new(),
            cache: FxHashMap::default(),
            resolved: Vec::new(),
            buf: String::new(),
        }
    }

    fn resolve(&mut self, form: &str) -> usize {
        if let Some(&i) = self.cache.get(form) {
            return i;
        }
        let mut r = self.resolve_uncached(form);
        self.fix_reading(&mut r);
        r.separable = self.dict.separable_hits(&r.norm).to_vec();
        r.starts_multiword = self.dict.multiwords_starting_with(&r.norm).next().is_some();
        let i = self.resolved.len();
        self.resolved.push(r);
        self.cache.insert(form.to_owned(), i);
        i
    }

    /// Decides once per form whether context can change its reading.
    fn fix_reading(&self, r: &mut Resolved) {
        let dict = self.dict;
        let first = r.hits.first().map(|h| dict.headword(h.entry));
        let same_lemma = r.hits.len() == 1
            || r.hits.iter().all(|h| {
                Some(dict.headword(h.entry)) == first && dict.pos(h.entry) != PartOfSpeech::Verb
            });
        if r.hits.is_empty() || !same_lemma {
            return;
        }
        let best = r
            .hits
            .iter()
            .max_by_key(|h| (h.tag.prior(), std::cmp::Reverse(dict.rank(h.entry))))
            .copied();
        if let Some(hit) = best
            && let Some(e) = dict.get(hit.entry)
        {
            r.fixed = Some(hit);
            r.entry = Some(hit.entry);
            r.lemma = e.headword.clone();
            r.gloss = e.first_sense().to_owned();
        }
    }

    fn resolve_uncached(&mut self, form: &str) -> Resolved {
        let dict = self.dict;
        normalize_into(form, &mut self.buf);
        let norm = self.buf.clone();
        let mut r = Resolved {
            norm,
            hits: Vec::new(),
            kind: MatchKind::None,
            lemma: String::new(),
            gloss: String::new(),
            parts: Vec::new(),
            entry: None,
            fixed: None,
            separable: Vec::new(),
            starts_multiword: false,
        };
        let hits = dict.form_hits(&r.norm);
        if !hits.is_empty() {
            r.hits = hits.to_vec();
            if !form.chars().any(char::is_uppercase) {
                prefer_lower_case(&mut r.hits, dict);
            }
            r.kind = MatchKind::Entry;
            return r;
        }
        // A truncated part (voor- en nadelen): the part without its hyphen.
        if let Some(stem) = r.norm.strip_suffix('-') {
            let hits = dict.form_hits(stem);
            if !hits.is_empty() {
                r.hits = hits.to_vec();
                r.kind = MatchKind::Entry;
                return r;
            }
        }
        // Accents written for emphasis (écht, óók, dát): the word without them.
        let plain = crate::lang::normalize::strip_emphasis(&r.norm);
        if plain != r.norm {
            let hits = dict.form_hits(&plain);
            if !hits.is_empty() {
                r.hits = hits.to_vec();
                r.kind = MatchKind::Entry;
                return r;
            }
        }
        // An abbreviation written with fewer or other dots (bijv, o.a, oa, d.c): as the
        // dictionary writes it.
        if r.norm.chars().count() <= 8 {
            let abbreviations = abbreviation_spellings(&r.norm).find_map(|spelling| {
                let hits: Vec<FormHit> = dict
                    .form_hits(&spelling)
                    .iter()
                    .copied()
                    .filter(|hit| dict.pos(hit.entry) == PartOfSpeech::Abbreviation)
                    .collect();
                (!hits.is_empty()).then_some(hits)
            });
            if let Some(hits) = abbreviations {
                r.hits = hits;
                r.kind = MatchKind::Entry;
                return r;
            }
        }
        // Typed without a diacritic (patienten, belgie, premiere) or drawn out (neeee, hmmm).
        let respelled = crate::lang::normalize::with_one_diacritic(&r.norm)
            .chain(crate::lang::normalize::without_drawl(&r.norm, 2))
            .chain(crate::lang::normalize::without_drawl(&r.norm, 1))
            .find(|variant| !dict.form_hits(variant).is_empty());
        if let Some(variant) = respelled {
            r.hits = dict.form_hits(&variant).to_vec();
            r.kind = MatchKind::Entry;
            return r;
        }
        // An ordinal written with digits (2e, 21ste): the ordinal word.
        if let Some(word) = crate::lang::numerals::ordinal_from_digits(&r.norm) {
            let hits = dict.form_hits(&word);
            if !hits.is_empty() {
                r.hits = hits.to_vec();
                r.kind = MatchKind::Entry;
                return r;
            }
        }
        let guesses = lemma::guess(&r.norm, dict);
        if !guesses.is_empty() {
            r.hits = guesses
                .iter()
                .map(|g| FormHit {
                    entry: g.entry,
                    tag: g.tag,
                })
                .collect();
            r.kind = MatchKind::Entry;
            return r;
        }
        // A word that exists only inside an expression (opzichte → ten opzichte van).
        if let Some(id) = dict.fossil_phrase(&r.norm)
            && let Some(e) = dict.get(id)
        {
            r.kind = MatchKind::Mwe;
            r.entry = Some(id);
            r.lemma = e.headword.clone();
            r.gloss = e.first_sense().to_owned();
            return r;
        }
        if r.norm.contains('-') && !r.norm.starts_with('\'') {
            if let Some(h) = self.hyphenated(form) {
                return h;
            }
        } else if let Some(split) = compound::split(&r.norm, dict) {
            r.kind = MatchKind::Compound;
            r.gloss = compound_gloss(&split, dict);
            r.entry = split.parts.last().and_then(|p| p.entry);
            r.parts = split.parts.into_iter().map(|p| p.text).collect();
            r.lemma = split.lemma;
            return r;
        }
        // A typo: two neighbouring letters swapped (atlhans → althans).
        if !is_capitalized(form)
            && let Some((_, hits)) = lemma::transposition(&r.norm, dict)
        {
            r.hits = hits;
            r.kind = MatchKind::Entry;
            return r;
        }
        // Capitalized unknown words are names (State Department): no stemming.
        if !is_capitalized(form)
            && let Some(g) = lemma::stem_guess(&r.norm, dict, &self.stemmer)
            && g.kind == GuessKind::Stem
        {
            r.kind = MatchKind::Stem;
            r.entry = Some(g.entry);
            r.lemma = dict.headword(g.entry).to_owned();
            r.gloss = dict.get(g.entry).map_or("", |e| e.first_sense()).to_owned();
            return r;
        }
        r.lemma = if is_capitalized(form) {
            crate::lang::normalize::fold(form)
        } else {
            r.norm.clone()
        };
        r
    }

    /// Noord-Holland, Navo-bondgenoten, regering-Biden: every part glossable; the lemma is
    /// the word with its last part lemmatized.
    fn hyphenated(&mut self, form: &str) -> Option<Resolved> {
        let pieces: Vec<&str> = form.split(crate::lang::normalize::is_hyphen).collect();
        if pieces.len() < 2 || pieces.iter().any(|p| p.is_empty()) {
            return None;
        }
        let mut parts = Vec::new();
        let mut glosses = Vec::new();
        let mut last_lemma = String::new();
        let mut entry = None;
        for (i, piece) in pieces.iter().enumerate() {
            let ri = self.resolve(piece);
            let r = self.resolved.get(ri)?;
            let (lemma, gloss, e) = match r.kind {
                MatchKind::Entry => {
                    let hit = r
                        .hits
                        .iter()
                        .max_by_key(|h| lemma::score(**h, &Context::default(), self.dict))?;
                    let e = self.dict.get(hit.entry)?;
                    (
                        e.headword.clone(),
                        e.first_sense().to_owned(),
                        Some(hit.entry),
                    )
                }
                MatchKind::Compound | MatchKind::Stem => {
                    (r.lemma.clone(), r.gloss.clone(), r.entry)
                }
                _ => return None,
            };
            if i > 0 {
                parts.push("-".to_owned());
            }
            parts.push(lemma.clone());
            glosses.push(gloss);
            last_lemma = lemma;
            entry = e;
        }
        let prefix_len = form.len() - pieces.last().map_or(0, |p| p.len());
        let lemma = format!("{}{}", form.get(..prefix_len).unwrap_or(""), last_lemma);
        Some(Resolved {
            norm: normalize(form),
            hits: Vec::new(),
            kind: MatchKind::Compound,
            lemma,
            gloss: glosses.join(" + "),
            parts,
            entry,
            fixed: None,
            separable: Vec::new(),
            starts_multiword: false,
        })
    }

    /// Analyzes one sentence: `items` are (form, class) pairs.
    fn sentence(&mut self, items: &[(&str, Class)], out: &mut Vec<AnalyzedWord>, base: usize) {
        let dict = self.dict;
        let n = items.len();
        let mut res: Vec<Option<usize>> = Vec::with_capacity(n);
        for (form, class) in items {
            res.push((*class == Class::Word).then(|| self.resolve(form)));
        }
        // Only a sentence with several words the dictionary does not know can be English.
        let unknown = res
            .iter()
            .flatten()
            .filter(|&&r| self.resolved[r].kind == MatchKind::None)
            .count();
        let foreign = unknown >= 2
            && foreign::is_english(
                res.iter()
                    .flatten()
                    .map(|&r| self.resolved[r].norm.as_str()),
            );
        // Sentence-initial: the first word, or the first after an opening quote or colon.
        let mut first_word = true;
        // Has this clause already had its finite verb (liet Rusland weten: not wijten)?
        let mut finite_before = false;
        let mut chosen: Vec<Option<FormHit>> = vec![None; n];
        for i in 0..n {
            let (form, class) = items[i];
            if class != Class::Word {
                if class == Class::Boundary {
                    finite_before = false;
                    if matches!(form, ":" | "‘" | "“" | "„" | ",," | "\"" | "'" | "(") {
                        first_word = true;
                    }
                }
                continue;
            }
            let Some(ri) = res[i] else { continue };
            let r = &self.resolved[ri];
            if matches!(
                r.norm.as_str(),
                "dat"
                    | "die"
                    | "en"
                    | "of"
                    | "maar"
                    | "omdat"
                    | "als"
                    | "wanneer"
                    | "terwijl"
                    | "want"
                    | "hoewel"
                    | "zodat"
                    | "nadat"
                    | "voordat"
                    | "toen"
                    | "waar"
            ) {
                finite_before = false;
            }
            let capitalized_inside = !first_word && is_capitalized(form);
            first_word = false;
            if r.hits.is_empty() {
                continue;
            }
            if r.fixed.is_some() {
                chosen[i] = r.fixed;
                if r.fixed
                    .is_some_and(|h| h.tag.is_finite() && dict.pos(h.entry) == PartOfSpeech::Verb)
                {
                    finite_before = true;
                }
                continue;
            }
            let prev = (i > 0 && items[i - 1].1 == Class::Word)
                .then(|| res[i - 1].map(|p| self.resolved[p].norm.as_str()))
                .flatten();
            let (next, has_next) = match items.get(i + 1) {
                Some((_, Class::Word)) => (
                    res[i + 1].map_or(&[][..], |p| self.resolved[p].hits.as_slice()),
                    true,
                ),
                Some((_, Class::Other)) => (&[][..], true),
                _ => (&[][..], false),
            };
            let next2 = match (items.get(i + 1), items.get(i + 2)) {
                (Some((_, Class::Word)), Some((_, Class::Word))) => {
                    res[i + 2].map_or(&[][..], |p| self.resolved[p].hits.as_slice())
                }
                _ => &[][..],
            };
            let prev_hits = (i > 0 && items[i - 1].1 == Class::Word)
                .then(|| res[i - 1].map(|p| self.resolved[p].hits.as_slice()))
                .flatten()
                .unwrap_or(&[]);
            let prev2 = (i > 1 && items[i - 1].1 == Class::Word && items[i - 2].1 == Class::Word)
                .then(|| res[i - 2].map(|p| self.resolved[p].norm.as_str()))
                .flatten();
            let next_word = match items.get(i + 1) {
                Some((_, Class::Word)) => res[i + 1].map(|p| self.resolved[p].norm.as_str()),
                _ => None,
            };
            let ctx = Context {
                finite_before,
                noun_alternative: false,
                word: r.norm.as_str(),
                prev2,
                next_word,
                prev,
                prev_hits,
                next,
                next2,
                has_next,
                capitalized_inside,
                all_caps: is_all_caps(form),
            };
            chosen[i] = r.hits.get(lemma::choose(&r.hits, &ctx, dict)).copied();
            if chosen[i]
                .is_some_and(|h| h.tag.is_finite() && dict.pos(h.entry) == PartOfSpeech::Verb)
            {
                finite_before = true;
            }
        }
        // Build the words.
        let start = out.len();
        let mut word_of_item: Vec<Option<usize>> = vec![None; n];
        for i in 0..n {
            let (form, class) = items[i];
            if class == Class::Punct || class == Class::Boundary || class == Class::Other {
                if base == usize::MAX {
                    continue;
                }
                word_of_item[i] = Some(out.len());
                out.push(AnalyzedWord {
                    token: i,
                    form: form.to_owned(),
                    lemma: form.to_owned(),
                    kind: MatchKind::None,
                    gloss: String::new(),
                    compound_parts: Vec::new(),
                    partner: None,
                    foreign,
                    entry: None,
                    group: Vec::new(),
                });
                continue;
            }
            let Some(ri) = res[i] else { continue };
            let r = &self.resolved[ri];
            word_of_item[i] = Some(out.len());
            let mut w = AnalyzedWord {
                token: i,
                form: form.to_owned(),
                lemma: String::new(),
                kind: r.kind,
                gloss: String::new(),
                compound_parts: Vec::new(),
                partner: None,
                foreign,
                entry: None,
                group: Vec::new(),
            };
            if foreign {
                w.kind = MatchKind::None;
                w.lemma = r.norm.clone();
            } else if chosen[i].is_some() && chosen[i] == r.fixed {
                w.lemma = r.lemma.clone();
                w.gloss = r.gloss.clone();
                w.entry = r.entry;
            } else if let Some(hit) = chosen[i] {
                if let Some(e) = dict.get(hit.entry) {
                    w.lemma = e.headword.clone();
                    w.gloss = e.first_sense().to_owned();
                    w.entry = Some(hit.entry);
                }
            } else {
                w.lemma = r.lemma.clone();
                w.gloss = r.gloss.clone();
                w.compound_parts = r.parts.clone();
                w.entry = r.entry;
            }
            out.push(w);
        }
        if foreign {
            return;
        }
        // Separable verbs.
        // Straight quotes alternate: the first of a pair opens, the second closes.
        let mut straight_open = false;
        let sep_items: Vec<Item<'_>> = (0..n)
            .map(|i| match items[i].1 {
                Class::Word => res[i].map_or(Item::Other, |r| {
                    let r = &self.resolved[r];
                    Item::Word(r.norm.as_str(), r.separable.as_slice())
                }),
                Class::Other | Class::Punct => Item::Other,
                Class::Boundary => {
                    let opens = match items[i].0 {
                        "‘" | "“" | "„" | ",," | "(" | "[" | "«" => true,
                        "\"" => {
                            straight_open = !straight_open;
                            straight_open
                        }
                        _ => false,
                    };
                    if opens {
                        Item::Open
                    } else if items[i].0 == "," {
                        Item::Comma
                    } else {
                        Item::Boundary
                    }
                }
            })
            .collect();
        let joins = separable::join(&sep_items, dict);
        for join in &joins {
            let (Some(v), Some(p)) = (word_of_item[join.verb], word_of_item[join.particle]) else {
                continue;
            };
            let Some(e) = dict.get(join.entry) else {
                continue;
            };
            let group = if v < p { vec![v, p] } else { vec![p, v] };
            for (me, other) in [(v, p), (p, v)] {
                if let Some(w) = out.get_mut(me) {
                    w.kind = MatchKind::Separable;
                    w.lemma = e.headword.clone();
                    w.gloss = e.first_sense().to_owned();
                    w.entry = Some(join.entry);
                    w.partner = Some(other);
                    w.compound_parts.clear();
                    w.group = group.clone();
                }
            }
        }
        // A form known only as the base of separable verbs whose particle is not in the
        // sentence (a headline, a cut quote, one word looked up): the most frequent of those verbs.
        for i in 0..n {
            let (Some(wi), Some(ri)) = (word_of_item[i], res[i]) else {
                continue;
            };
            let Some(w) = out.get_mut(wi) else { continue };
            if w.kind != MatchKind::None {
                continue;
            }
            let best = self.resolved[ri]
                .separable
                .iter()
                .min_by_key(|hit| (dict.rank(hit.entry).unwrap_or(u32::MAX), hit.entry));
            if let Some(e) = best.and_then(|hit| dict.get(hit.entry)) {
                w.kind = MatchKind::Entry;
                w.lemma = e.headword.clone();
                w.gloss = e.first_sense().to_owned();
                w.entry = best.map(|hit| hit.entry);
            }
        }
        // Multiword expressions.
        let mut in_group = vec![false; n];
        for join in &joins {
            in_group[join.verb] = true;
            in_group[join.particle] = true;
        }
        for i in 0..n {
            let Item::Word(first, _) = sep_items[i] else {
                continue;
            };
            if !res[i].is_some_and(|r| self.resolved[r].starts_multiword) {
                continue;
            }
            if in_group[i] {
                continue;
            }
            let mut matched: Option<(Vec<usize>, u32)> = None;
            let second = match sep_items.get(i + 1) {
                Some(Item::Word(w, _)) => Some(*w),
                _ => None,
            };
            let mut key = std::mem::take(&mut self.buf);
            let candidates = dict.multiwords_at(first, second, &mut key);
            for mwe in candidates {
                // The fixed words stand together (checked before anything is allocated).
                let fits = mwe.words.iter().enumerate().skip(1).all(|(d, word)| {
                    matches!(sep_items.get(i + d), Some(Item::Word(w, _))
                        if *w == word.as_str() && !in_group.get(i + d).copied().unwrap_or(true))
                });
                if !fits {
                    continue;
                }
                let mut positions: Vec<usize> = (i..i + mwe.words.len()).collect();
                if let Some(verb) = mwe.verb {
                    // The nearest form of the verb in the sentence; with one fixed word, it
                    // must stand close (gevolg … geven).
                    let last = positions.last().copied().unwrap_or(i);
                    let max_distance = if positions.len() < 2 { 3 } else { n };
                    let found = (0..n)
                        .filter(|&k| {
                            !positions.contains(&k)
                                && !in_group[k]
                                && res[k].is_some_and(|r| {
                                    self.resolved[r].hits.iter().any(|h| h.entry == verb)
                                })
                        })
                        .map(|k| (if k > last { k - last } else { i - k }, k))
                        .filter(|&(d, _)| d <= max_distance)
                        .min();
                    let Some((_, k)) = found else { continue };
                    positions.push(k);
                    positions.sort_unstable();
                }
                matched = Some((positions, mwe.entry));
                break;
            }
            self.buf = key;
            let Some((positions, entry)) = matched else {
                continue;
            };
            let Some(e) = dict.get(entry) else { continue };
            let group: Vec<usize> = positions.iter().filter_map(|&k| word_of_item[k]).collect();
            let (Some(&first_w), Some(&last_w)) = (group.first(), group.last()) else {
                continue;
            };
            for &k in &positions {
                in_group[k] = true;
            }
            for &wi in &group {
                if let Some(w) = out.get_mut(wi) {
                    w.kind = MatchKind::Mwe;
                    w.lemma = e.headword.clone();
                    w.gloss = e.first_sense().to_owned();
                    w.entry = Some(entry);
                    w.partner = Some(if wi == first_w { last_w } else { first_w });
                    w.compound_parts.clear();
                    w.group = group.clone();
                }
            }
        }
        self.first_names(items, &word_of_item, out);
        let _ = start;
    }

    /// An unknown capitalized word right before a name the dictionary knows is a first name or
    /// initial of that person (Joe Biden, George W. Bush, Ursula von der Leyen): it reads as
    /// that name, and the words form one group.
    fn first_names(
        &self,
        items: &[(&str, Class)],
        word_of_item: &[Option<usize>],
        out: &mut [AnalyzedWord],
    ) {
        let dict = self.dict;
        let is_name = |w: &AnalyzedWord| {
            matches!(w.kind, MatchKind::Entry | MatchKind::Mwe)
                && w.entry.is_some_and(|e| dict.pos(e) == PartOfSpeech::Name)
        };
        for i in 0..items.len() {
            let Some(wi) = word_of_item[i] else { continue };
            let Some(word) = out.get(wi) else { continue };
            // A name the compound splitter took apart (Daniel → dan + iel), except at the start
            // of a sentence, where a capitalized compound is more likely a word (Partijleider).
            let sentence_start = items[..i].iter().all(|&(_, class)| class != Class::Word);
            let split_name = word.kind == MatchKind::Compound && !sentence_start;
            if !(word.kind == MatchKind::None || split_name)
                || word.foreign
                || !is_capitalized(&word.form)
                || !word.form.chars().all(char::is_alphabetic)
            {
                continue;
            }
            // Up to two more first names, initials or name particles, then the known name.
            let mut name = None;
            for (k, &(form, class)) in items.iter().enumerate().skip(i + 1).take(3) {
                let Some(next) = word_of_item[k].and_then(|w| out.get(w)) else {
                    break;
                };
                if class != Class::Word {
                    break;
                }
                if is_name(next) && (is_capitalized(form) || next.kind == MatchKind::Mwe) {
                    name = Some(k);
                    break;
                }
                let initial = form.len() == 2 && form.ends_with('.') && is_capitalized(form);
                let unknown_name = next.kind == MatchKind::None && is_capitalized(form);
                if !(initial || unknown_name) {
                    break;
                }
            }
            let Some(k) = name else { continue };
            let Some(known) = word_of_item[k].and_then(|w| out.get(w)).cloned() else {
                continue;
            };
            let mut group: Vec<usize> = (i..=k).filter_map(|m| word_of_item[m]).collect();
            group.extend(known.group.iter().copied());
            group.sort_unstable();
            group.dedup();
            for m in word_of_item[i..k].iter().flatten() {
                let Some(w) = out.get_mut(*m) else { continue };
                if matches!(w.kind, MatchKind::None | MatchKind::Compound) {
                    w.kind = MatchKind::Entry;
                    w.compound_parts.clear();
                    w.lemma = known.lemma.clone();
                    w.gloss = known.gloss.clone();
                    w.entry = known.entry;
                    w.group = group.clone();
                }
            }
            if let Some(w) = word_of_item[k].and_then(|w| out.get_mut(w)) {
                w.group = group;
            }
        }
    }
}

/// Other ways to write an abbreviation: with a last dot (bijv → bijv.), without dots
/// (d.c → dc), and for two to four letters with a dot after each (oa → o.a.).
fn abbreviation_spellings(form: &str) -> impl Iterator<Item = String> + '_ {
    let last_dot = (!form.ends_with('.')).then(|| format!("{form}."));
    let undotted = form.contains('.').then(|| form.replace('.', ""));
    let letters = form.chars().count();
    let every_letter = ((2..=4).contains(&letters) && form.chars().all(char::is_alphabetic))
        .then(|| form.chars().flat_map(|c| [c, '.']).collect::<String>());
    last_dot.into_iter().chain(undotted).chain(every_letter)
}

/// A number written with letters that the dictionary knows as a word (3D, 4K, 2x, 3FM).
fn is_known_alphanumeric(text: &str, dict: &Dictionary) -> bool {
    text.chars().any(char::is_alphabetic) && !dict.form_hits(&normalize(text)).is_empty()
}

fn classify_token(kind: TokenKind, text: &str, dict: &Dictionary) -> Option<Class> {
    match kind {
        TokenKind::Word => Some(Class::Word),
        TokenKind::Number if is_known_alphanumeric(text, dict) => Some(Class::Word),
        TokenKind::Number | TokenKind::Url | TokenKind::Email | TokenKind::Handle => {
            Some(Class::Other)
        }
        TokenKind::Punctuation => Some(if is_boundary_punct(text) {
            Class::Boundary
        } else {
            Class::Punct
        }),
        _ => None,
    }
}

/// Analyzes a text: tokens, sentences, and every word's lemma, kind and gloss.
pub fn analyze(text: &str, dict: &Dictionary) -> Analysis {
    let mut tokens = tokenize(text);
    let mut words: Vec<AnalyzedWord> = Vec::with_capacity(tokens.len() / 2);
    let mut analyzer = Analyzer::new(dict);
    let mut items: Vec<(&str, Class)> = Vec::new();
    let mut item_tokens: Vec<usize> = Vec::new();
    let mut start = 0;
    while start < tokens.len() {
        let sentence = tokens[start].sentence;
        let mut end = start;
        while end < tokens.len() && tokens[end].sentence == sentence {
            end += 1;
        }
        items.clear();
        item_tokens.clear();
        for (t, token) in tokens.iter().enumerate().take(end).skip(start) {
            let s = token.text(text);
            if let Some(class) = classify_token(token.kind, s, dict) {
                items.push((s, class));
                item_tokens.push(t);
            }
        }
        let first = words.len();
        analyzer.sentence(&items, &mut words, usize::MAX);
        for w in words.iter_mut().skip(first) {
            if let Some(&t) = item_tokens.get(w.token) {
                w.token = t;
            }
        }
        start = end;
    }
    for (i, w) in words.iter().enumerate() {
        if let Some(t) = tokens.get_mut(w.token) {
            t.word = Some(i as u32);
        }
    }
    Analysis { tokens, words }
}

fn classify_pretokenized(token: &str, dict: &Dictionary) -> Class {
    let Some(first) = token.chars().next() else {
        return Class::Punct;
    };
    if token.contains("://")
        || token.starts_with("www.")
        || (token.starts_with('@') && token.len() > 1)
    {
        return Class::Other;
    }
    if first.is_ascii_digit()
        && !token.contains('-')
        && crate::lang::numerals::ordinal_from_digits(token).is_none()
        && !is_known_alphanumeric(token, dict)
    {
        return Class::Other;
    }
    if token.chars().any(char::is_alphanumeric) {
        Class::Word
    } else if is_boundary_punct(token) {
        Class::Boundary
    } else {
        Class::Punct
    }
}

/// Analyzes pretokenized sentences (one token per input line, a blank line between
/// sentences, DESIGN.md §4 `--pretokenized`): exactly one [`AnalyzedWord`] per input token,
/// with `token` its position in the sentence. Punctuation and numbers come back with kind
/// none and their form as lemma.
pub fn analyze_pretokenized(
    sentences: &[Vec<String>],
    dict: &Dictionary,
) -> Vec<Vec<AnalyzedWord>> {
    let mut analyzer = Analyzer::new(dict);
    let mut out = Vec::with_capacity(sentences.len());
    for sentence in sentences {
        let items: Vec<(&str, Class)> = sentence
            .iter()
            .map(|t| (t.as_str(), classify_pretokenized(t, dict)))
            .collect();
        let mut words = Vec::with_capacity(items.len());
        analyzer.sentence(&items, &mut words, 0);
        out.push(words);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dictionary::tests::mini;

    fn lemmas(text: &str) -> Vec<(String, String, String)> {
        let dict = mini();
        analyze(text, &dict)
            .words
            .into_iter()
            .map(|w| (w.form, w.lemma, w.kind.to_string()))
            .collect()
    }

    fn lemma_of(text: &str, form: &str) -> (String, String) {
        let l = lemmas(text);
        let w = l
            .iter()
            .find(|w| w.0 == form)
            .unwrap_or_else(|| panic!("{form} in {l:?}"));
        (w.1.clone(), w.2.clone())
    }

    #[test]
    fn typos_fossils_and_case() {
        assert_eq!(
            lemma_of("Zij gaan naar de rgeering.", "rgeering"),
            ("regering".into(), "entry".into())
        );
        let source = "nam\tverb\tpast=nam,namen;pp=genomen;aux=hebben\tto take\n\
                      NAM\tabbr\t\tDutch gas company\n\
                      in feite\tphrase\t\tin fact\n";
        let dict =
            Dictionary::from_sources(&[("x.tsv".into(), source.into())], None).expect("test value");
        let words = analyze("Hij zei nam. De NAM nam. Feite.", &dict).words;
        let got: Vec<(&str, &str, String)> = words
            .iter()
            .map(|w| (w.form.as_str(), w.lemma.as_str(), w.kind.to_string()))
            .collect();
        assert_eq!(got[2], ("nam", "nam", "entry".to_owned()));
        assert_eq!(got[4], ("NAM", "NAM", "entry".to_owned()));
        assert_eq!(got[6], ("Feite", "in feite", "mwe".to_owned()));
    }

    #[test]
    fn a_separable_base_without_its_particle_reads_as_the_most_frequent_verb() {
        let source = "aankondigen\tverb\tsep=aan;past=kondigde,kondigden;pp=aangekondigd;aux=hebben\tto announce\n\
                      afkondigen\tverb\tsep=af;past=kondigde,kondigden;pp=afgekondigd;aux=hebben\tto proclaim\n\
                      de\tdet\t-\tthe\n";
        let frequencies =
            "rank\tword\tzipf\n1\tde\t7.0\n2\taangekondigd\t4.0\n3\tafgekondigd\t3.0\n";
        let dict = Dictionary::from_sources(&[("x.tsv".into(), source.into())], Some(frequencies))
            .expect("test value");
        let words = analyze("Kondigde de. Kondigde de af.", &dict).words;
        let got: Vec<(&str, String)> = words
            .iter()
            .filter(|w| w.form != ".")
            .map(|w| (w.lemma.as_str(), w.kind.to_string()))
            .collect();
        assert_eq!(got[0], ("aankondigen", "entry".to_owned()));
        assert_eq!(got[2], ("afkondigen", "separable".to_owned()));
    }

    #[test]
    fn first_names_and_initials_read_as_the_known_name_after_them() {
        let source = "Biden\tname\t-\tJoe Biden\n\
                      Bush\tname\t-\tGeorge W. Bush\n\
                      zeggen\tverb\tpast=zei,zeiden;pp=gezegd;aux=hebben\tto say\n\
                      dan\tadv\t-\tthen\n\
                      iel\tadj\t-\tthin\n\
                      en\tconj\t-\tand\n";
        let dict =
            Dictionary::from_sources(&[("x.tsv".into(), source.into())], None).expect("test value");
        let words = analyze(
            "Toen zei Joe Biden en George W. Bush en Daniel Bush.",
            &dict,
        )
        .words;
        let got: Vec<(&str, &str, String, usize)> = words
            .iter()
            .filter(|w| w.form != ".")
            .map(|w| {
                (
                    w.form.as_str(),
                    w.lemma.as_str(),
                    w.kind.to_string(),
                    w.group.len(),
                )
            })
            .collect();
        assert_eq!(got[2], ("Joe", "Biden", "entry".to_owned(), 2));
        assert_eq!(got[5], ("George", "Bush", "entry".to_owned(), 3));
        assert_eq!(got[6], ("W.", "Bush", "entry".to_owned(), 3));
        // Split as a compound (dan + iel) but standing before a known name: a first name.
        assert_eq!(got[9], ("Daniel", "Bush", "entry".to_owned(), 2));
        // Toen is unknown here, but no name follows it.
        assert_eq!(got[0].2, "none");
    }

    #[test]
    fn lemmas_and_kinds() {
        assert_eq!(
            lemma_of("Zij gingen naar huis.", "gingen"),
            ("gaan".into(), "entry".into())
        );
        assert_eq!(
            lemma_of("De regeringen vechten.", "regeringen"),
            ("regering".into(), "entry".into())
        );
        assert_eq!(
            lemma_of("Het vredesakkoord is er.", "vredesakkoord"),
            ("vredesakkoord".into(), "compound".into())
        );
        assert_eq!(
            lemma_of(
                "De levensomstandigheden zijn slecht.",
                "levensomstandigheden"
            ),
            ("levensomstandigheid".into(), "compound".into())
        );
        assert_eq!(
            lemma_of("Poetin stelt een wapenstilstand voor.", "stelt"),
            ("voorstellen".into(), "separable".into())
        );
        assert_eq!(
            lemma_of("Poetin stelt een wapenstilstand voor.", "voor"),
            ("voorstellen".into(), "separable".into())
        );
        assert_eq!(
            lemma_of("Het is in handen van Rusland.", "handen"),
            ("in handen van".into(), "mwe".into())
        );
        assert_eq!(
            lemma_of("Hij drukte Poetin op het hart dat het niet gaat.", "drukte"),
            ("op het hart drukken".into(), "mwe".into())
        );
        assert_eq!(
            lemma_of("Hij komt ’s avonds.", "avonds"),
            ("'s avonds".into(), "mwe".into())
        );
        assert_eq!(
            lemma_of("In Wit-Rusland.", "Wit-Rusland"),
            ("Wit-Rusland".into(), "entry".into())
        );
        assert_eq!(
            lemma_of("De troepenopbouw is ‘bijna voltooid’.", "voltooid"),
            ("voltooien".into(), "entry".into())
        );
        assert_eq!(
            lemma_of("Zelenski zegt niet veel.", "Zelenski"),
            ("Zelensky".into(), "entry".into())
        );
    }

    #[test]
    fn possessive_zijn_and_verb_zijn() {
        let dict = mini();
        let a = analyze("Hij en zijn huis zijn groot.", &dict);
        let zijn: Vec<PartOfSpeech> = a
            .words
            .iter()
            .filter(|w| w.form == "zijn")
            .map(|w| {
                dict.get(w.entry.expect("test value"))
                    .expect("test value")
                    .pos
            })
            .collect();
        assert_eq!(zijn, [PartOfSpeech::Pronoun, PartOfSpeech::Verb]);
    }

    #[test]
    fn was_is_a_verb_after_het_and_a_noun_after_de() {
        assert_eq!(lemma_of("Het was niet groot.", "was").0, "zijn");
        assert_eq!(lemma_of("De was is niet groot.", "was").0, "was");
        assert_eq!(lemma_of("Rusland was groot.", "was").0, "zijn");
    }

    #[test]
    fn no_plural_after_a_singular_article() {
        // mini has `huizen` only as a plural; `wapens` likewise: after `het` a plural is
        // impossible, but with no other reading the plural stays.
        assert_eq!(lemma_of("Het wapens is weg.", "wapens").0, "wapen");
    }

    #[test]
    fn quantifiers_and_comparatives_go_to_their_base() {
        assert_eq!(lemma_of("Hij wil meer huizen.", "meer").0, "veel");
        assert_eq!(lemma_of("Alle huizen zijn groot.", "Alle").0, "al");
        assert_eq!(lemma_of("Het huis is groter.", "groter").0, "groot");
        assert_eq!(lemma_of("Het is beter zo.", "beter").0, "goed");
    }

    #[test]
    fn english_passages_are_not_glossed() {
        let dict = mini();
        let a = analyze(
            "Hij gaat naar huis. I’m traveling to Kyiv and Berlin, where I will meet with our partners. pic.twitter.com/x — Secretary",
            &dict,
        );
        assert!(!a.words[0].foreign);
        let kyiv = a
            .words
            .iter()
            .find(|w| w.form == "Kyiv")
            .expect("test value");
        assert!(kyiv.foreign);
        assert_eq!(kyiv.gloss, "");
        assert!(a.tokens.iter().any(|t| t.kind == TokenKind::Url));
    }

    #[test]
    fn every_word_token_points_to_its_word() {
        let dict = mini();
        let text = "Zij gingen akkoord met 25 onderhandelingen op de grens, o.a. in Wit-Rusland.";
        let a = analyze(text, &dict);
        for (i, w) in a.words.iter().enumerate() {
            assert_eq!(a.tokens[w.token].word, Some(i as u32));
            assert_eq!(a.tokens[w.token].text(text), w.form);
        }
        let gingen = a
            .words
            .iter()
            .position(|w| w.form == "gingen")
            .expect("test value");
        let akkoord = a
            .words
            .iter()
            .position(|w| w.form == "akkoord")
            .expect("test value");
        assert_eq!(a.words[gingen].partner, Some(akkoord));
        assert_eq!(a.words[akkoord].lemma, "akkoord gaan");
        assert_eq!(
            a.words
                .iter()
                .find(|w| w.form == "op")
                .expect("test value")
                .kind,
            MatchKind::Entry
        );
    }

    #[test]
    fn pretokenized_has_one_word_per_token() {
        let dict = mini();
        let sentences = vec![
            ["Zij", "stelt", "een", "wapenstilstand", "voor", "."]
                .map(String::from)
                .to_vec(),
            ["De", "huizen", ",", "25", "."].map(String::from).to_vec(),
        ];
        let out = analyze_pretokenized(&sentences, &dict);
        assert_eq!(out[0].len(), 6);
        assert_eq!(out[0][1].lemma, "voorstellen");
        assert_eq!(out[0][1].partner, Some(4));
        assert_eq!(out[1][1].lemma, "huis");
        assert_eq!(out[1][2].kind, MatchKind::None);
        assert_eq!(out[1][3].lemma, "25");
    }
}
