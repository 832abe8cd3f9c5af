//! Vocabulary export: CSV/TSV read back with the csv crate, Anki text headers and escaping, the
//! `.apkg` unzipped and its collection opened, the `export` command-line contract, and (when
//! the official `anki` Python package is installed) Anki's own importer.
#![expect(
    clippy::unwrap_used,
    reason = "test helpers unwrap: a panic is the failure report"
)]

mod common;

use common::leesbril;

use std::collections::BTreeSet;
use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use leesbril::app::{AppState, Command as AppCommand, DictionarySlot};
use leesbril::dictionary::{Entry, Gender};
use leesbril::export::{self, ExportFormat, ExportItem, ExportTerm, apkg};
use leesbril::lang::PartOfSpeech;
use leesbril::learn::{Level, Status};
use leesbril::reading::MatchKind;

fn level(number: u8) -> Status {
    Status::Learning(Level::new(number).unwrap())
}

/// A database with the seeds and `count` words of the first seed article marked through the
/// app, as a learner would: levels 1–4 in turn, every fifth word known.
fn marked_database(dir: &Path, count: usize) -> PathBuf {
    let db = dir.join("export.sqlite3");
    let mut state = AppState::new(
        common::seeded_store(&db),
        DictionarySlot::Ready(common::dictionary()),
    )
    .unwrap();
    let article_id = state.library_rows()[0].article_id;
    state.apply(AppCommand::OpenArticle(article_id)).unwrap();
    let words: Vec<(usize, String)> = state
        .reader()
        .unwrap()
        .analysis()
        .words
        .iter()
        .enumerate()
        .filter(|(_, word)| word.kind == MatchKind::Entry && !word.foreign)
        .filter(|(_, word)| word.lemma.chars().count() > 3)
        .map(|(index, word)| (index, word.lemma.clone()))
        .collect();
    let mut seen = BTreeSet::new();
    let mut marked = 0;
    for (index, lemma) in words {
        if marked == count {
            break;
        }
        if !seen.insert(lemma) {
            continue;
        }
        let status = if marked % 5 == 4 {
            Status::Known
        } else {
            level(u8::try_from(marked % 4).unwrap() + 1)
        };
        state.apply(AppCommand::SelectWord(index)).unwrap();
        state.apply(AppCommand::SetStatus(status)).unwrap();
        marked += 1;
    }
    assert_eq!(marked, count, "the article has enough distinct words");
    db
}

fn export_cli(db: &Path, format: &str, status: Option<&str>, out: &Path) -> Output {
    let mut args = vec![
        "--db",
        db.to_str().unwrap(),
        "export",
        "--format",
        format,
        "--out",
        out.to_str().unwrap(),
    ];
    if let Some(status) = status {
        args.extend(["--status", status]);
    }
    leesbril(&args)
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// An item whose every field holds what breaks naive writers.
fn awkward_item() -> ExportItem {
    let mut entry = Entry::new(
        "zeggen",
        PartOfSpeech::Noun,
        &[
            "a \"saying\", a motto",
            "tab\there",
            "two\nlines",
            "<b>bold</b> & co",
        ],
    );
    entry.gender = Some(Gender::Het);
    entry.plural = vec!["zeggens".into()];
    let term = ExportTerm {
        lemma: "zeggen".into(),
        status: level(3),
        form: Some("zeggen".into()),
        sentence: Some("Het \"zeggen\",\tzei hij,\nis <oud>.".into()),
        article: Some("Titel; met \"quotes\", komma's".into()),
        added_at: 1_700_000_000,
    };
    export::item(&term, &[&entry])
}

#[test]
fn csv_and_tsv_read_back_field_for_field() {
    let item = awkward_item();
    for (format, delimiter) in [(ExportFormat::Csv, b','), (ExportFormat::Tsv, b'\t')] {
        let mut bytes = Vec::new();
        export::write(format, std::slice::from_ref(&item), 0, &mut bytes).unwrap();
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .from_reader(bytes.as_slice());
        let headers: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
        assert_eq!(headers, export::delimited::COLUMNS);
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(rows.len(), 1, "{format}");
        let row = &rows[0];
        let column = |name: &str| &row[headers.iter().position(|h| h == name).unwrap()];
        assert_eq!(column("lemma"), "zeggen");
        assert_eq!(column("word"), "het zeggen");
        assert_eq!(column("grammar"), "het; pl. zeggens");
        assert_eq!(
            column("meaning"),
            "a \"saying\", a motto; tab\there; two\nlines; <b>bold</b> & co"
        );
        assert_eq!(column("sentence"), "Het \"zeggen\",\tzei hij,\nis <oud>.");
        assert_eq!(
            column("sentence_marked"),
            "Het \"**zeggen**\",\tzei hij,\nis <oud>."
        );
        assert_eq!(column("article"), "Titel; met \"quotes\", komma's");
        assert_eq!(column("status"), "3");
        assert_eq!(column("date_added"), "2023-11-14");
    }
}

#[test]
fn anki_text_has_the_headers_anki_reads_and_escaped_one_line_fields() {
    let mut bytes = Vec::new();
    export::write(ExportFormat::AnkiText, &[awkward_item()], 0, &mut bytes).unwrap();
    let text = String::from_utf8(bytes).unwrap();
    let (headers, data): (Vec<&str>, Vec<&str>) = text.lines().partition(|l| l.starts_with('#'));
    assert_eq!(
        headers,
        [
            "#separator:tab",
            "#html:true",
            "#notetype:Basic",
            "#deck:leesbril",
            "#columns:Front\tBack\tTags\tGUID",
            "#tags column:3",
            "#guid column:4",
        ]
    );
    assert_eq!(data.len(), 1, "one line per word, whatever the fields hold");
    let fields: Vec<&str> = data[0].split('\t').collect();
    assert_eq!(fields.len(), 4);
    assert_eq!(
        fields[0],
        "<b>het zeggen</b><br><br>Het &quot;<b>zeggen</b>&quot;, zei hij,<br>is &lt;oud&gt;."
    );
    assert_eq!(
        fields[1],
        "a &quot;saying&quot;, a motto; tab here; two<br>lines; &lt;b&gt;bold&lt;/b&gt; &amp; co\
         <br><i>het; pl. zeggens</i>"
    );
    assert_eq!(fields[2], "leesbril leesbril-3");
    assert_eq!(fields[3], apkg::guid("leesbril-basic", "zeggen"));
}

/// The `collection.anki2` of a package, written out so rusqlite can open it.
fn unpack(package: &Path, dir: &Path) -> rusqlite::Connection {
    let mut archive = zip::ZipArchive::new(std::fs::File::open(package).unwrap()).unwrap();
    let mut names: Vec<String> = archive
        .file_names()
        .map(|name| name.unwrap().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["collection.anki2", "media"]);
    let mut media = String::new();
    archive
        .by_name("media")
        .unwrap()
        .read_to_string(&mut media)
        .unwrap();
    assert_eq!(media, "{}");
    let mut collection = Vec::new();
    archive
        .by_name("collection.anki2")
        .unwrap()
        .read_to_end(&mut collection)
        .unwrap();
    let path = dir.join("collection.anki2");
    std::fs::write(&path, collection).unwrap();
    rusqlite::Connection::open(&path).unwrap()
}

#[test]
fn the_apkg_is_a_schema_11_collection_with_one_note_and_card_per_word() {
    let dir = tempfile::tempdir().unwrap();
    let db = marked_database(dir.path(), 20);
    let out = dir.path().join("words.apkg");
    let output = export_cli(&db, "apkg", Some("1,2,3,4,known"), &out);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(
        stdout(&output),
        format!("exported 20 words to {}\n", out.display())
    );

    let conn = unpack(&out, dir.path());
    let (version, models, decks): (i64, String, String) = conn
        .query_row("SELECT ver, models, decks FROM col", [], |row| {
            Ok((row.get(0)?, row.get(1)?, row.get(2)?))
        })
        .unwrap();
    assert_eq!(version, 11);
    let models: serde_json::Value = serde_json::from_str(&models).unwrap();
    let model = &models[apkg::NOTETYPE_ID.to_string()];
    assert_eq!(model["name"], apkg::NOTETYPE_NAME);
    let field_names: Vec<&str> = model["flds"]
        .as_array()
        .unwrap()
        .iter()
        .map(|field| field["name"].as_str().unwrap())
        .collect();
    assert_eq!(field_names, apkg::FIELDS);
    assert_eq!(model["tmpls"].as_array().unwrap().len(), 1);
    let decks: serde_json::Value = serde_json::from_str(&decks).unwrap();
    assert_eq!(decks[apkg::DECK_ID.to_string()]["name"], "leesbril");

    let notes: Vec<(String, i64, String, String)> = conn
        .prepare("SELECT guid, mid, tags, flds FROM notes ORDER BY id")
        .unwrap()
        .query_map([], |row| {
            Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?))
        })
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(notes.len(), 20);
    let guids: BTreeSet<&str> = notes.iter().map(|note| note.0.as_str()).collect();
    assert_eq!(guids.len(), 20, "one GUID per word");
    for (_, mid, tags, fields) in &notes {
        assert_eq!(*mid, apkg::NOTETYPE_ID);
        assert!(tags.contains(" leesbril "), "{tags:?}");
        let fields: Vec<&str> = fields.split('\u{1f}').collect();
        assert_eq!(fields.len(), 5);
        assert!(!fields[0].is_empty(), "a word");
        assert!(!fields[1].is_empty(), "a meaning for {}", fields[0]);
        assert!(
            fields[3].contains("<b>"),
            "the word marked in {:?}",
            fields[3]
        );
        assert!(!fields[4].is_empty(), "the article title");
    }
    let cards: i64 = conn
        .query_row(
            "SELECT count(*) FROM cards JOIN notes ON notes.id = cards.nid WHERE cards.did = ?1",
            [apkg::DECK_ID],
            |row| row.get(0),
        )
        .unwrap();
    assert_eq!(cards, 20, "one card per note, in the leesbril deck");

    // A second export names the same notes: Anki updates them instead of duplicating.
    let again = dir.path().join("again.apkg");
    assert!(
        export_cli(&db, "apkg", Some("1,2,3,4,known"), &again)
            .status
            .success()
    );
    let second = dir.path().join("second");
    std::fs::create_dir(&second).unwrap();
    let conn = unpack(&again, &second);
    let guids_again: BTreeSet<String> = conn
        .prepare("SELECT guid FROM notes")
        .unwrap()
        .query_map([], |row| row.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(
        guids_again
            .iter()
            .map(String::as_str)
            .collect::<BTreeSet<_>>(),
        guids
    );
}

#[test]
fn the_cli_exports_the_learning_levels_by_default_and_filters_by_status() {
    let dir = tempfile::tempdir().unwrap();
    let db = marked_database(dir.path(), 10);
    let out = dir.path().join("words.csv");
    let output = export_cli(&db, "csv", None, &out);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(
        stdout(&output),
        format!("exported 8 words to {}\n", out.display())
    );
    let mut reader = csv::Reader::from_path(&out).unwrap();
    let statuses: BTreeSet<String> = reader
        .records()
        .map(|row| row.unwrap()[5].to_owned())
        .collect();
    assert_eq!(statuses, ["1", "2", "3", "4"].map(String::from).into());

    let known = dir.path().join("known.txt");
    let output = export_cli(&db, "anki-text", Some("known"), &known);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = std::fs::read_to_string(&known).unwrap();
    assert_eq!(
        text.lines().filter(|line| !line.starts_with('#')).count(),
        2
    );
    assert!(text.contains("leesbril-known"));
}

/// Runs a failing export and checks the contract: exit code 1, one line on stderr naming the
/// problem, nothing on stdout, the database byte for byte as it was, no output file.
fn assert_export_refused(db: &Path, format: &str, status: Option<&str>, out: &Path, says: &str) {
    let before = std::fs::read(db).ok();
    let output = export_cli(db, format, status, out);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let message = stderr(&output);
    assert_eq!(message.lines().count(), 1, "one line: {message:?}");
    assert!(message.contains(says), "{message:?} should say {says:?}");
    assert!(stdout(&output).is_empty());
    assert_eq!(std::fs::read(db).ok(), before, "database unchanged");
    assert!(!out.exists(), "no file written");
}

#[test]
fn the_cli_refuses_bad_requests_with_one_line_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = marked_database(dir.path(), 5);
    let out = dir.path().join("out.csv");
    assert_export_refused(&db, "pdf", None, &out, "unknown export format");
    assert_export_refused(&db, "csv", Some("1,often"), &out, "unknown status");
    assert_export_refused(
        &db,
        "csv",
        Some("ignored"),
        &out,
        "no words with status ignored",
    );
    let missing = dir.path().join("nothing-here.sqlite3");
    assert_export_refused(&missing, "csv", None, &out, "no database at");
    assert!(!missing.exists(), "the export does not create a database");
    let nowhere = dir.path().join("no-such-folder").join("out.csv");
    assert_export_refused(&db, "apkg", None, &nowhere, "no-such-folder");
    assert_eq!(
        std::fs::read_dir(dir.path())
            .unwrap()
            .filter_map(Result::ok)
            .filter(|entry| entry.file_name().to_string_lossy().contains(".tmp"))
            .count(),
        0,
        "no temporary file left behind"
    );
}

#[test]
fn the_app_command_exports_and_reports_the_count() {
    let dir = tempfile::tempdir().unwrap();
    let db = marked_database(dir.path(), 6);
    let mut state = AppState::new(
        leesbril::store::Store::open(&db).unwrap(),
        DictionarySlot::Ready(common::dictionary()),
    )
    .unwrap();
    let out = dir.path().join("words.tsv");
    state.apply_all([AppCommand::ExportVocabulary {
        path: out.clone(),
        format: ExportFormat::Tsv,
        statuses: vec![Status::Known],
    }]);
    assert_eq!(
        state.message(),
        Some(format!("Exported 1 word to {}.", out.display()).as_str())
    );
    assert_eq!(std::fs::read_to_string(&out).unwrap().lines().count(), 2);
    state.apply_all([AppCommand::ExportVocabulary {
        path: dir.path().join("none.csv"),
        format: ExportFormat::Csv,
        statuses: vec![Status::Ignored],
    }]);
    assert!(
        state
            .message()
            .unwrap()
            .contains("no words with status ignored")
    );
    assert!(!dir.path().join("none.csv").exists());
}

/// The official Anki library imports both exports. Skipped (with a note on stderr) when the
/// checker script or Python's `anki` package is not there: it needs no network.
#[test]
fn anki_itself_imports_the_text_and_the_package() {
    let script = common::root().join("../shared/tools/anki_verify.py");
    let python = std::env::var("LEESBRIL_ANKI_PYTHON").unwrap_or_else(|_| "python3".into());
    let has_anki = Command::new(&python)
        .args(["-c", "import anki.collection"])
        .output()
        .is_ok_and(|output| output.status.success());
    if !script.is_file() || !has_anki {
        eprintln!(
            "skipped: needs {} and Python's anki package (set LEESBRIL_ANKI_PYTHON)",
            script.display()
        );
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = marked_database(dir.path(), 20);
    for (format, flag, name) in [
        ("apkg", "--apkg", "words.apkg"),
        ("anki-text", "--csv", "words.txt"),
    ] {
        let out = dir.path().join(name);
        assert!(
            export_cli(&db, format, Some("1,2,3,4,known"), &out)
                .status
                .success()
        );
        let verdict = Command::new(&python)
            .arg(&script)
            .args([
                flag,
                out.to_str().unwrap(),
                "--expect-notes",
                "20",
                "--expect-cards",
                "20",
            ])
            .output()
            .unwrap();
        let report = stdout(&verdict);
        assert!(verdict.status.success(), "{report}\n{}", stderr(&verdict));
        assert!(report.contains("RESULT: OK"), "{report}");
        if format == "apkg" {
            assert!(
                report.contains("notetype 'leesbril (Dutch)': 20 notes"),
                "{report}"
            );
            assert!(report.contains("decks: ['leesbril']"), "{report}");
        }
    }
}

#[test]
fn the_export_section_of_the_settings_screen_exports_the_chosen_words() {
    use egui_kittest::kittest::Queryable as _;

    let dir = tempfile::tempdir().unwrap();
    let db = marked_database(dir.path(), 6);
    let out = dir.path().join("known.apkg");
    let app = leesbril::ui::LeesbrilApp::new(
        AppState::new(
            leesbril::store::Store::open(&db).unwrap(),
            DictionarySlot::Ready(common::dictionary()),
        )
        .unwrap(),
        None,
    );
    let mut harness = egui_kittest::Harness::builder()
        .with_size([1280.0, 900.0])
        .build_ui_state(
            |ui, app: &mut leesbril::ui::LeesbrilApp| app.frame_ui(ui),
            app,
        );
    harness.run();
    harness.get_by_label("Settings").click();
    harness.run();
    // The learning levels are chosen at first: swap them for the known words.
    for label in ["Level 1", "Level 2", "Level 3", "Level 4", "Known"] {
        harness.get_by_label(label).click();
        harness.run();
    }
    harness.get_by_label("Anki package (.apkg)").click();
    harness.run();
    let path_box = harness.get_by_label("Export to:");
    path_box.focus();
    path_box.type_text(out.to_str().unwrap());
    harness.run();
    harness.get_by_label("Export words").click();
    harness.run();
    let message = format!("Exported 1 word to {}.", out.display());
    assert_eq!(harness.state().state.message(), Some(message.as_str()));
    harness.get_by_label(&message);
    let bytes = std::fs::read(&out).unwrap();
    assert!(bytes.starts_with(b"PK"), "a zip");
}
