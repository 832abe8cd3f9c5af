//! Quality of the bundled dictionary as a whole (issue 4): the forms the morphology engine
//! generates from the entries are real Dutch words (checked against the OpenTaal word list,
//! Debian package `wdutch`), and the frequency list's top 30,000 forms resolve to entries.

mod common;

use std::collections::{BTreeMap, HashSet};

use leesbril::dictionary::PartOfSpeech;
use leesbril::lang::morphology::{FormTag, generate};
use leesbril::reading::{MatchKind, analyze_pretokenized};

const OPENTAAL: &str = "/usr/share/dict/dutch";

/// The forms every entry has: what the dictionary states or what the spelling rules derive
/// from it. Productive forms (comparatives of every adjective, present participles, the
/// partitive -s) are generated for recognition and are mostly absent from OpenTaal, which lists
/// them only for common words; they are left out of the check.
fn is_principal(tag: FormTag) -> bool {
    matches!(
        tag,
        FormTag::Lemma
            | FormTag::Plural
            | FormTag::Diminutive
            | FormTag::DiminutivePlural
            | FormTag::Present1
            | FormTag::Present3
            | FormTag::PresentIrregular
            | FormTag::Past
            | FormTag::PastPlural
            | FormTag::Participle
            | FormTag::Inflected
    )
}

/// Generated forms that OpenTaal lacks, for the entries that pass `include`.
struct CrossCheck {
    checked: usize,
    misses: BTreeMap<String, String>,
    misses_by_form: BTreeMap<String, usize>,
}

impl CrossCheck {
    fn run(known: &HashSet<String>, include: &dyn Fn(&str) -> bool) -> Self {
        let dictionary = common::dictionary();
        let mut check = Self {
            checked: 0,
            misses: BTreeMap::new(),
            misses_by_form: BTreeMap::new(),
        };
        for entry in dictionary.entries() {
            if matches!(
                entry.pos,
                PartOfSpeech::Name | PartOfSpeech::Abbreviation | PartOfSpeech::Phrase
            ) || entry.is_multiword()
            {
                continue;
            }
            let headword = entry.headword.to_lowercase();
            // Only entries OpenTaal knows at all: a missing headword is a gap in the word list
            // (or a newer word), not a wrong form.
            if !known.contains(&headword) || !include(&headword) {
                continue;
            }
            let mut forms = BTreeMap::new();
            generate(&entry.paradigm(), &mut |form, tag, _| {
                if is_principal(tag) {
                    forms.entry(form.to_lowercase()).or_insert(tag);
                }
            });
            for (form, tag) in forms {
                if form.contains(' ') {
                    continue;
                }
                check.checked += 1;
                if !known.contains(&form) {
                    *check.misses_by_form.entry(format!("{tag:?}")).or_default() += 1;
                    check.misses.insert(form, entry.headword.clone());
                }
            }
        }
        check
    }

    fn share(&self) -> f64 {
        self.misses.len() as f64 / self.checked.max(1) as f64
    }

    /// The misses left when a compound's or particle verb's form counts as known where
    /// OpenTaal knows the same form of its head (rechterrijstroken: rijstrook and rijstroken
    /// are in OpenTaal; samenknepen: knijpen, knepen). OpenTaal lists few inflections of
    /// compounds, and a compound inflects as its head does.
    fn misses_beyond_compounds(&self, known: &HashSet<String>) -> BTreeMap<&str, &str> {
        self.misses
            .iter()
            .filter(|(form, headword)| {
                let headword = headword.to_lowercase();
                let limit = form.len().min(headword.len()).saturating_sub(2);
                !(2..limit).any(|at| {
                    form.is_char_boundary(at)
                        && headword.is_char_boundary(at)
                        && form[..at] == headword[..at]
                        && headword.len() - at >= 3
                        && known.contains(&headword[at..])
                        && known.contains(&form[at..])
                })
            })
            .map(|(form, headword)| (form.as_str(), headword.as_str()))
            .collect()
    }

    fn report(&self, what: &str) {
        println!(
            "OpenTaal cross-check, {what}: {} of {} generated forms not in OpenTaal ({:.2}%), by form: {:?}",
            self.misses.len(),
            self.checked,
            self.share() * 100.0,
            self.misses_by_form
        );
    }
}

#[test]
fn generated_forms_are_real_dutch_words() {
    let words = std::fs::read_to_string(OPENTAAL)
        .unwrap_or_else(|err| panic!("{OPENTAAL} (install wdutch: .ci/install-deps): {err}"));
    let known: HashSet<String> = words.lines().map(str::to_lowercase).collect();
    let list = std::fs::read_to_string(common::root().join("dictionaries/wordfreq-nl-top30k.tsv"))
        .expect("frequency list");
    let frequent: HashSet<&str> = list
        .lines()
        .filter_map(|line| line.split('\t').nth(1))
        .collect();

    // Every entry: OpenTaal lacks many correct forms of compounds (plurals, past plurals of
    // particle verbs), so this raw figure is reported; the one where a compound's form counts
    // as known when its head's form is known is enforced.
    let all = CrossCheck::run(&known, &|_| true);
    all.report("all entries");
    let beyond = all.misses_beyond_compounds(&known);
    let share_beyond = beyond.len() as f64 / all.checked.max(1) as f64;
    println!(
        "OpenTaal cross-check, all entries, a compound's form known when its head's is: {} of {} \
         not in OpenTaal ({:.2}%)",
        beyond.len(),
        all.checked,
        share_beyond * 100.0
    );
    for (form, lemma) in &beyond {
        println!("  not in OpenTaal, nor its head's form: {form} (from {lemma})");
    }
    assert!(
        share_beyond <= 0.02,
        "{:.2}% of the generated forms are not in OpenTaal",
        share_beyond * 100.0
    );
    if let Some(path) = std::env::var_os("LEESBRIL_OPENTAAL_MISSES_OUT") {
        let lines: Vec<String> = all
            .misses
            .iter()
            .map(|(form, lemma)| format!("{form}\t{lemma}"))
            .collect();
        std::fs::write(path, lines.join("\n")).expect("writable list of misses");
    }
    // The entries a reader meets most (headword among the 30,000 most frequent forms), where
    // OpenTaal's coverage is good and a wrong form would do most harm.
    let check = CrossCheck::run(&known, &|headword| frequent.contains(headword));
    check.report("frequent entries");
    for (form, lemma) in check.misses.iter().take(400) {
        println!("  not in OpenTaal: {form} (from {lemma})");
    }
    assert!(
        check.checked > 10_000,
        "only {} forms checked",
        check.checked
    );
    assert!(
        check.share() <= 0.02,
        "{:.2}% of the frequent entries' forms are not in OpenTaal",
        check.share() * 100.0
    );
}

/// Forms of the word list classified by hand as not Dutch words (English, other languages,
/// names, tokenizer fragments, typos): form → category.
fn forms_not_dutch() -> BTreeMap<String, String> {
    let path = common::root().join("tests/fixtures/wordlist_not_dutch.tsv");
    std::fs::read_to_string(path)
        .expect("classified forms")
        .lines()
        .filter(|line| !line.starts_with('#') && !line.is_empty())
        .filter_map(|line| line.split_once('\t'))
        .map(|(form, category)| (form.to_owned(), category.to_owned()))
        .collect()
}

#[test]
fn the_most_frequent_word_forms_resolve_to_entries() {
    let list = std::fs::read_to_string(common::root().join("dictionaries/wordfreq-nl-top30k.tsv"))
        .expect("frequency list");
    let opentaal = std::fs::read_to_string(OPENTAAL).expect("OpenTaal word list (wdutch)");
    // Lower-case OpenTaal words: Dutch words, not names (those are capitalised there), though
    // OpenTaal also lists some English words and first names in lower case (the, peter).
    let in_opentaal: HashSet<&str> = opentaal.lines().collect();
    let not_dutch = forms_not_dutch();
    let forms: Vec<Vec<String>> = list
        .lines()
        .skip(1)
        .filter_map(|line| line.split('\t').nth(1))
        .filter(|form| form.chars().any(char::is_alphabetic))
        .map(|form| vec![form.to_owned()])
        .collect();
    let listed: HashSet<&str> = forms.iter().map(|form| form[0].as_str()).collect();
    let stale: Vec<&String> = not_dutch
        .keys()
        .filter(|form| !listed.contains(form.as_str()))
        .collect();
    assert!(
        stale.is_empty(),
        "classified forms not in the word list: {stale:?}"
    );

    let dictionary = common::dictionary();
    let analysed = analyze_pretokenized(&forms, &dictionary);
    #[derive(Default)]
    struct Count {
        forms: usize,
        resolved: usize,
        unresolved: Vec<String>,
    }
    impl Count {
        fn add(&mut self, form: &str, glossed: bool) {
            self.forms += 1;
            self.resolved += usize::from(glossed);
            if !glossed {
                self.unresolved.push(form.to_owned());
            }
        }
        fn share(&self) -> f64 {
            self.resolved as f64 * 100.0 / self.forms.max(1) as f64
        }
    }
    let (mut all, mut opentaal_words, mut dutch_words) =
        (Count::default(), Count::default(), Count::default());
    for (form, analysis) in forms.iter().zip(&analysed) {
        let form = form[0].as_str();
        let glossed = analysis.first().is_some_and(|word| {
            matches!(
                word.kind,
                MatchKind::Entry | MatchKind::Compound | MatchKind::Separable | MatchKind::Mwe
            )
        });
        all.add(form, glossed);
        if in_opentaal.contains(form) {
            opentaal_words.add(form, glossed);
        }
        if !not_dutch.contains_key(form) {
            dutch_words.add(form, glossed);
        }
    }
    let mut by_category: BTreeMap<&str, usize> = BTreeMap::new();
    for category in not_dutch.values() {
        *by_category.entry(category.as_str()).or_default() += 1;
    }
    println!(
        "word-list coverage: all {} forms: {} ({:.2}%); the {} that are lower-case words in \
         OpenTaal: {} ({:.2}%); the {} Dutch words (without the forms classified as not Dutch: \
         {by_category:?}): {} ({:.2}%)",
        all.forms,
        all.resolved,
        all.share(),
        opentaal_words.forms,
        opentaal_words.resolved,
        opentaal_words.share(),
        dutch_words.forms,
        dutch_words.resolved,
        dutch_words.share(),
    );
    println!(
        "unresolved Dutch words, by frequency: {:?}",
        &dutch_words.unresolved[..dutch_words.unresolved.len().min(300)]
    );
    if let Some(path) = std::env::var_os("LEESBRIL_UNRESOLVED_OUT") {
        std::fs::write(path, all.unresolved.join("\n")).expect("writable list of unresolved forms");
    }
    assert!(
        dutch_words.share() >= 98.0,
        "coverage of the Dutch words fell to {:.2}%",
        dutch_words.share()
    );
    assert!(
        opentaal_words.share() >= 97.0,
        "coverage of OpenTaal's words fell to {:.2}%",
        opentaal_words.share()
    );
}
