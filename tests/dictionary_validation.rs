//! Validates the real bundled dictionary (`dictionaries/nl-en/*.tsv`): every line parses
//! (errors name file and line), no duplicate (headword, pos), every noun has de/het and a
//! plural (or `pl=-`), every verb has past, participle and auxiliary, no empty sense.

#[path = "engine_support/mod.rs"]
mod common;

use leesbril::dictionary::{Dictionary, DictionaryError};
use leesbril::lang::PartOfSpeech;
use leesbril::lang::normalize::strip_diacritics;

fn report(title: &str, errors: &[&DictionaryError]) {
    if !errors.is_empty() {
        eprintln!("{title}: {} problems", errors.len());
        for e in errors.iter().take(200) {
            eprintln!("  {e}");
        }
    }
}

#[test]
fn every_line_parses_and_entries_are_complete() {
    let sources = common::dictionary_sources();
    assert!(!sources.is_empty(), "no dictionary files found");
    let errors = Dictionary::check(&sources);
    let duplicates: Vec<&DictionaryError> = errors
        .iter()
        .filter(|e| matches!(e, DictionaryError::Duplicate { .. }))
        .collect();
    let malformed: Vec<&DictionaryError> = errors
        .iter()
        .filter(|e| matches!(e, DictionaryError::Malformed { .. }))
        .collect();
    report("malformed or incomplete lines", &malformed);
    report("duplicate (headword, pos)", &duplicates);
    assert!(
        errors.is_empty(),
        "{} dictionary problems (listed above)",
        errors.len()
    );
}

#[test]
fn loads_strictly_and_reports_counts() {
    let sources = common::dictionary_sources();
    let wordfreq = common::wordfreq();
    let dict = Dictionary::from_sources(&sources, Some(&wordfreq)).expect("dictionary loads");
    let mut counts: Vec<(PartOfSpeech, usize)> = PartOfSpeech::ALL
        .iter()
        .map(|&pos| (pos, dict.entries().filter(|e| e.pos == pos).count()))
        .collect();
    counts.sort_by_key(|c| std::cmp::Reverse(c.1));
    eprintln!(
        "{} entries, {} distinct headwords",
        dict.len(),
        dict.headwords().count()
    );
    for (pos, n) in counts {
        eprintln!("  {pos}: {n}");
    }
    let ranked = dict.entries().filter(|e| e.rank.is_some()).count();
    eprintln!("  with a frequency rank: {ranked}");
    assert!(!dict.is_empty());
}

#[test]
fn principal_parts_are_consistent() {
    let sources = common::dictionary_sources();
    let (dict, _) = Dictionary::from_sources_lenient(&sources, None);
    let mut problems = Vec::new();
    for e in dict.entries() {
        if e.pos == PartOfSpeech::Verb {
            if e.past.len() != 2 {
                problems.push(format!("{}: past must be singular,plural", e.headword));
            }
            // Compared without diacritics: vóórkomen marks the stress, its participle is
            // written voorgekomen.
            if let (Some(particle), Some(pp)) = (&e.particle, &e.participle)
                && !strip_diacritics(pp).starts_with(&strip_diacritics(particle))
            {
                problems.push(format!(
                    "{}: participle {pp} lacks particle {particle}",
                    e.headword
                ));
            }
        }
        if e.senses.iter().any(|s| s.trim().is_empty()) {
            problems.push(format!("{}: empty sense", e.headword));
        }
    }
    for p in problems.iter().take(100) {
        eprintln!("  {p}");
    }
    assert!(
        problems.is_empty(),
        "{} inconsistent entries (listed above)",
        problems.len()
    );
}
