//! Scores lemmas against a handwritten gold corpus (`tests/fixtures/lemma_corpus.tsv`: 400+
//! news-like sentences, one token per line with its gold lemma, a blank line between
//! sentences), through `analyze_pretokenized` with the real dictionary. Prints the accuracy
//! and the errors; fails below the floor.

#[path = "engine_support/mod.rs"]
mod common;

use leesbril::reading::{AnalyzedWord, MatchKind, analyze_pretokenized};

/// Just under what the engine reaches; raise it when the engine improves.
const FLOOR: f64 = 98.5;
/// For the held-out sentences.
const HELD_OUT_FLOOR: f64 = 97.0;

fn load_corpus(name: &str) -> Vec<Vec<(String, String)>> {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(path).expect("corpus file");
    let mut sentences = Vec::new();
    let mut current = Vec::new();
    for line in text.lines() {
        if line.starts_with("# ") {
            continue;
        }
        if line.trim().is_empty() {
            if !current.is_empty() {
                sentences.push(std::mem::take(&mut current));
            }
            continue;
        }
        let (form, lemma) = line.split_once('\t').expect("form<TAB>lemma");
        current.push((form.to_owned(), lemma.to_owned()));
    }
    if !current.is_empty() {
        sentences.push(current);
    }
    sentences
}

fn is_scored(form: &str) -> bool {
    form.chars().any(char::is_alphabetic) && !form.starts_with(|c: char| c.is_ascii_digit())
}

fn correct(w: &AnalyzedWord, gold: &str) -> bool {
    let predicted = w.lemma.to_lowercase();
    let gold = gold.to_lowercase();
    if predicted == gold {
        return true;
    }
    // A word inside a multiword expression carries the expression as its lemma; the gold
    // corpus gives each word its own lemma.
    w.kind == MatchKind::Mwe
        && predicted
            .split(' ')
            .any(|p| p == gold || p == w.form.to_lowercase())
}

#[test]
fn lemma_accuracy_on_the_gold_corpus() {
    let corpus = load_corpus("lemma_corpus.tsv");
    assert!(corpus.len() >= 400, "only {} sentences", corpus.len());
    let accuracy = score(&corpus);
    assert!(
        accuracy >= FLOOR,
        "lemma accuracy {accuracy:.2}% fell below {FLOOR}%"
    );
}

/// Sentences written after the engine's rules were tuned on the main corpus, and not tuned
/// on since: an honest estimate for unseen text. Reported, with a lower floor.
#[test]
fn lemma_accuracy_on_held_out_sentences() {
    let corpus = load_corpus("lemma_heldout.tsv");
    let accuracy = score(&corpus);
    assert!(
        accuracy >= HELD_OUT_FLOOR,
        "held-out accuracy {accuracy:.2}% fell below {HELD_OUT_FLOOR}%"
    );
}

/// A second set written at the end and never tuned on (the first held-out set was used for
/// three rule fixes after its first measurement).
#[test]
fn lemma_accuracy_on_second_held_out_set() {
    let corpus = load_corpus("lemma_heldout2.tsv");
    let accuracy = score(&corpus);
    assert!(
        accuracy >= HELD_OUT_FLOOR,
        "held-out accuracy {accuracy:.2}% fell below {HELD_OUT_FLOOR}%"
    );
}

/// Scores a corpus, prints the figures and errors, returns the accuracy in percent.
fn score(corpus: &[Vec<(String, String)>]) -> f64 {
    let dict = common::dictionary();
    let input: Vec<Vec<String>> = corpus
        .iter()
        .map(|s| s.iter().map(|t| t.0.clone()).collect())
        .collect();
    let output = analyze_pretokenized(&input, &dict);
    let (mut total, mut right, mut glossed) = (0usize, 0usize, 0usize);
    let (mut total_lower, mut right_lower) = (0usize, 0usize);
    let (mut sep_total, mut sep_joined) = (0usize, 0usize);
    let mut errors = Vec::new();
    for (sentence, words) in corpus.iter().zip(&output) {
        assert_eq!(
            sentence.len(),
            words.len(),
            "one output word per input token"
        );
        let text: Vec<&str> = sentence.iter().map(|t| t.0.as_str()).collect();
        for ((form, gold), w) in sentence.iter().zip(words) {
            if !is_scored(form) {
                continue;
            }
            total += 1;
            glossed += usize::from(match w.kind {
                MatchKind::Entry | MatchKind::Separable | MatchKind::Mwe => true,
                MatchKind::Compound => !w.gloss.is_empty(),
                MatchKind::Stem | MatchKind::None => false,
            });
            let ok = correct(w, gold);
            right += usize::from(ok);
            if !gold.starts_with(char::is_uppercase) {
                total_lower += 1;
                right_lower += usize::from(ok);
            }
            // A particle standing apart from its verb: its gold lemma is a verb (an
            // infinitive) that starts with the particle (voor → voorstellen; akkoord →
            // akkoord gaan), shared with another word of the sentence (the verb).
            let gold_l = gold.to_lowercase();
            let form_l = form.to_lowercase();
            let particle_case = gold_l != form_l
                && gold_l.starts_with(&form_l)
                && gold_l.ends_with('n')
                && !form_l.ends_with("en")
                && sentence.iter().filter(|t| t.1 == *gold).count() >= 2;
            if particle_case {
                sep_total += 1;
                sep_joined += usize::from(ok && w.kind == MatchKind::Separable);
            }
            if !ok {
                errors.push(format!(
                    "{form}\tgold {gold}\tgot {} ({})\t| {}",
                    w.lemma,
                    w.kind,
                    text.join(" ")
                ));
            }
        }
    }
    let accuracy = right as f64 / total.max(1) as f64 * 100.0;
    let accuracy_lower = right_lower as f64 / total_lower.max(1) as f64 * 100.0;
    eprintln!("{} sentences, {total} scored word tokens", corpus.len());
    eprintln!("lemma accuracy: {right}/{total} = {accuracy:.2}%");
    eprintln!(
        "glossed (entry, separable, mwe or glossed compound): {glossed}/{total} = {:.2}%",
        glossed as f64 / total.max(1) as f64 * 100.0
    );
    eprintln!(
        "without capitalized (name) lemmas: {right_lower}/{total_lower} = {accuracy_lower:.2}%"
    );
    eprintln!("separable particles standing apart, joined to their verb: {sep_joined}/{sep_total}");
    eprintln!("errors ({}):", errors.len());
    for e in &errors {
        eprintln!("  {e}");
    }
    accuracy
}
