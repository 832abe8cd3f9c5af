//! The command-line contracts of DESIGN.md §4, run against the real binary.
#![expect(
    clippy::unwrap_used,
    reason = "test helpers unwrap: a panic is the failure report"
)]

mod common;

use common::leesbril;

use std::path::Path;
use std::process::Output;

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("UTF-8 output")
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// A seed article without an embedded English passage.
fn dutch_seed() -> std::path::PathBuf {
    common::seed_files()
        .into_iter()
        .find(|path| !std::fs::read_to_string(path).unwrap().contains("twitter"))
        .expect("a seed without a tweet")
}

#[test]
fn analyze_prints_four_columns_per_word_and_glosses_every_content_word() {
    let seed = dutch_seed();
    let output = leesbril(&["analyze", seed.to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines.len() > 300, "one line per word: {}", lines.len());
    let mut unglossed = Vec::new();
    for line in &lines {
        let columns: Vec<&str> = line.split('\t').collect();
        assert_eq!(columns.len(), 4, "4 columns in {line:?}");
        let [form, _lemma, kind, _gloss] = columns[..] else {
            unreachable!()
        };
        assert!(
            ["entry", "separable", "mwe", "compound", "stem", "none"].contains(&kind),
            "kind {kind:?}"
        );
        // A content word here: lower case letters (names and numbers are not content words).
        let content = form
            .chars()
            .all(|c| c.is_lowercase() || c == '-' || c == '\'')
            && form.chars().any(char::is_alphabetic);
        if content && kind == "none" {
            unglossed.push(form.to_owned());
        }
    }
    assert!(
        unglossed.is_empty(),
        "content words without a gloss: {unglossed:?}"
    );
}

#[test]
fn analyze_pretokenized_keeps_one_line_per_input_line() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("tokens.txt");
    std::fs::write(
        &input,
        "Zij\ngingen\nnaar\nhuis\n.\n\nHet\nkabinet\nvalt\n.\n",
    )
    .unwrap();
    let output = leesbril(&["analyze", "--pretokenized", input.to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 10, "{text}");
    assert_eq!(lines[5], "", "the sentence break is kept");
    assert!(lines[1].starts_with("gingen\tgaan\t"), "{}", lines[1]);
    assert!(
        lines
            .iter()
            .filter(|line| !line.is_empty())
            .all(|line| line.split('\t').count() == 4)
    );
}

#[test]
fn mark_resolves_to_the_lemma_and_stats_counts_it() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("cli.sqlite3");
    let db = db.to_str().unwrap();
    let output = leesbril(&["mark", "--db", db, "--status", "2", "gingen", "sancties"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(stdout(&output), "gingen\tgaan\t2\nsancties\tsanctie\t2\n");
    let output = leesbril(&["mark", "--db", db, "--status", "known", "gaat"]);
    assert_eq!(stdout(&output), "gaat\tgaan\tknown\n");
    let stats = stdout(&leesbril(&["stats", "--db", db]));
    assert!(stats.contains("terms\t2\n"), "{stats}");
    assert!(stats.contains("learning_2\t1\n"), "{stats}");
    assert!(stats.contains("known\t1\n"), "{stats}");
    // Marked as learning: a card due at once; marked known: out of review.
    assert!(stats.contains("due_now\t1\n"), "{stats}");
    assert!(stats.contains("due_today\t1\n"), "{stats}");
    let list = leesbril(&["review", "--list", "--db", db]);
    assert!(list.status.success(), "{}", stderr(&list));
    let list = stdout(&list);
    let lines: Vec<&str> = list.lines().collect();
    assert_eq!(lines.len(), 1, "{list}");
    assert!(lines[0].starts_with("sanctie\t2\t"), "{list}");
}

#[test]
fn a_word_marked_from_the_command_line_keeps_the_library_sentence_it_stands_in() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("cli.sqlite3");
    let db = db.to_str().unwrap();
    let article = dir.path().join("artikel.txt");
    std::fs::write(
        &article,
        "Het kabinet overlegt.\n\nDe EU kondigde nieuwe sancties aan tegen Rusland. Daarna bleef het stil.\n",
    )
    .unwrap();
    assert!(
        leesbril(&["import", "--db", db, article.to_str().unwrap()])
            .status
            .success()
    );
    let output = leesbril(&[
        "mark",
        "--db",
        db,
        "--status",
        "1",
        "Sancties",
        "vredesakkoord",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let list = stdout(&leesbril(&["review", "--list", "--db", db]));
    let sentence_of = |lemma: &str| {
        list.lines()
            .find(|line| line.starts_with(&format!("{lemma}\t")))
            .and_then(|line| line.rsplit('\t').next())
            .map(str::to_owned)
    };
    assert_eq!(
        sentence_of("sanctie").as_deref(),
        Some("De EU kondigde nieuwe sancties aan tegen Rusland."),
        "{list}"
    );
    // A word no article has: the word itself.
    assert_eq!(
        sentence_of("vredesakkoord").as_deref(),
        Some("vredesakkoord"),
        "{list}"
    );
}

#[test]
fn dict_lookup_finds_the_lemma_of_an_inflected_form() {
    let output = leesbril(&["dict", "lookup", "gingen"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stdout(&output).starts_with("gaan"), "{}", stdout(&output));
    let headwords = stdout(&leesbril(&["dict", "headwords"]));
    assert!(headwords.lines().any(|line| line == "gaan"));
    let dump = stdout(&leesbril(&["dict", "dump"]));
    let first: serde_json::Value = serde_json::from_str(dump.lines().next().unwrap()).unwrap();
    for field in [
        "lemma",
        "pos",
        "gender",
        "plural",
        "past",
        "participle",
        "senses",
        "rank",
    ] {
        assert!(first.get(field).is_some(), "dump has {field}");
    }
}

#[test]
fn import_adds_articles_once() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("import.sqlite3");
    let file = dir.path().join("artikel.txt");
    std::fs::write(
        &file,
        "Het kabinet is gevallen. De premier biedt zijn ontslag aan.\n",
    )
    .unwrap();
    let args = [
        "import",
        "--db",
        db.to_str().unwrap(),
        file.to_str().unwrap(),
    ];
    let first = leesbril(&args);
    assert!(first.status.success(), "{}", stderr(&first));
    assert!(stdout(&first).starts_with("added\t1\tHet kabinet is gevallen"));
    assert!(stdout(&leesbril(&args)).starts_with("present\t1\t"));
    assert!(stdout(&leesbril(&["stats", "--db", db.to_str().unwrap()])).contains("articles\t1\n"));
}

fn assert_refused_and_unchanged(db: &Path, file: &Path, expected: &str) {
    let before = std::fs::read(db).unwrap();
    let output = leesbril(&[
        "import",
        "--db",
        db.to_str().unwrap(),
        file.to_str().unwrap(),
    ]);
    assert!(!output.status.success());
    let message = stderr(&output);
    assert!(
        message.contains(expected),
        "message {message:?} should mention {expected:?}"
    );
    assert_eq!(message.trim().lines().count(), 1, "one line: {message}");
    assert_eq!(std::fs::read(db).unwrap(), before, "database unchanged");
}

#[test]
fn bad_input_gives_a_clear_message_and_leaves_the_database_alone() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("bad.sqlite3");
    assert!(
        leesbril(&["stats", "--db", db.to_str().unwrap()])
            .status
            .success()
    );

    let empty = dir.path().join("empty.txt");
    std::fs::write(&empty, "").unwrap();
    assert_refused_and_unchanged(&db, &empty, "empty");

    let binary = dir.path().join("binary.txt");
    let bytes: Vec<u8> = (0..20_000_u32).map(|i| (i * 31 % 256) as u8).collect();
    std::fs::write(&binary, &bytes).unwrap();
    assert_refused_and_unchanged(&db, &binary, "not a UTF-8 text");

    let huge = dir.path().join("huge.txt");
    let paragraph =
        "De Russische troepen rukken op naar de hoofdstad. Er wordt hevig gevochten.\n\n";
    std::fs::write(&huge, paragraph.repeat(20 * 1024 * 1024 / paragraph.len())).unwrap();
    assert_refused_and_unchanged(&db, &huge, "split it");

    // analyze handles the same 20 MB as a stream of paragraphs.
    let output = leesbril(&["analyze", huge.to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(output.stdout.len() > 20 * 1024 * 1024);
    let output = leesbril(&["analyze", binary.to_str().unwrap()]);
    assert!(!output.status.success());
    assert!(stderr(&output).contains("not UTF-8"));
    let output = leesbril(&["analyze", empty.to_str().unwrap()]);
    assert!(output.status.success());
    assert!(output.stdout.is_empty());
}

#[test]
fn mark_refuses_an_unknown_status() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("status.sqlite3");
    let output = leesbril(&[
        "mark",
        "--db",
        db.to_str().unwrap(),
        "--status",
        "7",
        "huis",
    ]);
    assert!(!output.status.success());
    assert!(stderr(&output).contains("unknown status"));
    assert!(!db.exists(), "nothing was created for a refused command");
}

#[test]
fn dict_import_stores_a_tsv_dictionary_and_refuses_a_broken_one_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("dicts.sqlite3");
    let tsv = dir.path().join("mijn-woorden.tsv");
    std::fs::write(&tsv, "huis\thouse, home\nĲsland\tIceland\n").unwrap();
    let output = leesbril(&[
        "dict",
        "import",
        "--db",
        db.to_str().unwrap(),
        tsv.to_str().unwrap(),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(stdout(&output), "imported\tmijn-woorden\ttsv\t2\n");

    let broken = dir.path().join("kapot.tsv");
    std::fs::write(&broken, "huis\thouse\nzonder tab\n").unwrap();
    let before = std::fs::read(&db).unwrap();
    let output = leesbril(&[
        "dict",
        "import",
        "--db",
        db.to_str().unwrap(),
        broken.to_str().unwrap(),
    ]);
    assert!(!output.status.success());
    assert!(stderr(&output).contains("line 2"), "{}", stderr(&output));
    assert_eq!(std::fs::read(&db).unwrap(), before);
}
