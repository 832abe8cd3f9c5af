//! What each subcommand does.

use std::io::{Read as _, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context as _, bail};

use super::{Cli, CliCommand, DictQuery};
use crate::app::{self, AppState, DictionarySlot, article_text};
use crate::dictionary::Dictionary;
use crate::export::{self, ExportFormat};
use crate::learn::{Status, TermContext};
use crate::reading::{self, AnalyzedWord};
use crate::store::{AddedArticle, Store};

/// Runs the parsed command line.
pub fn run(cli: Cli) -> anyhow::Result<()> {
    let db = cli.db;
    match cli.command.unwrap_or(CliCommand::Gui {
        quit_after_frames: None,
    }) {
        CliCommand::Gui { quit_after_frames } => gui(db, quit_after_frames),
        CliCommand::Analyze { pretokenized, file } => analyze(&file, pretokenized),
        CliCommand::Dict { query } => dict(db, query),
        CliCommand::Mark { status, words } => mark(db, &status, &words),
        CliCommand::Import { files } => import(db, &files),
        CliCommand::Stats => stats(db),
        CliCommand::Export {
            format,
            status,
            out,
        } => export(db, &format, status.as_deref(), &out),
        CliCommand::Review { list } => review(db, list),
    }
}

fn open_store(db: Option<PathBuf>) -> anyhow::Result<Store> {
    let path = match db {
        Some(path) => path,
        None => app::paths::default_database()?,
    };
    Ok(Store::open(&path)?)
}

fn load_dictionary() -> anyhow::Result<Dictionary> {
    app::bundled_dictionary()
}

fn gui(db: Option<PathBuf>, quit_after_frames: Option<u64>) -> anyhow::Result<()> {
    let mut store = open_store(db)?;
    app::import_seeds(&mut store, &app::paths::bundled_dir("seeds"), app::now())?;
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::Builder::new()
        .name("dict-load".into())
        .spawn(move || {
            let result = load_dictionary().map_err(|err| format!("{err:#}"));
            sender.send(result).ok();
        })
        .context("starting the dictionary thread")?;
    let state = AppState::new(store, DictionarySlot::Loading(receiver))?;
    crate::ui::run_gui(state, quit_after_frames)
}

fn read_input(file: &Path) -> anyhow::Result<String> {
    let mut bytes = Vec::new();
    if file.as_os_str() == "-" {
        std::io::stdin()
            .lock()
            .read_to_end(&mut bytes)
            .context("reading standard input")?;
    } else {
        bytes = std::fs::read(file).with_context(|| format!("reading {}", file.display()))?;
    }
    String::from_utf8(bytes).map_err(|err| {
        anyhow::anyhow!(
            "{}: not UTF-8 text (invalid byte at offset {})",
            file.display(),
            err.utf8_error().valid_up_to()
        )
    })
}

fn word_line(out: &mut dyn Write, word: &AnalyzedWord) -> std::io::Result<()> {
    writeln!(
        out,
        "{}\t{}\t{}\t{}",
        clean(&word.form),
        clean(&word.lemma),
        word.kind,
        clean(&word.gloss)
    )
}

/// Keeps the four columns intact whatever the text holds.
fn clean(field: &str) -> std::borrow::Cow<'_, str> {
    if field.contains(['\t', '\n', '\r']) {
        field.replace(['\t', '\n', '\r'], " ").into()
    } else {
        field.into()
    }
}

fn analyze(file: &Path, pretokenized: bool) -> anyhow::Result<()> {
    let text = read_input(file)?;
    let dictionary = load_dictionary()?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let result = if pretokenized {
        analyze_pretokenized(&text, &dictionary, &mut out)
    } else {
        // Paragraph by paragraph: sentences never cross a blank line, and memory stays flat
        // on very large inputs.
        let mut result = Ok(());
        for chunk in paragraph_chunks(&text, 64 * 1024) {
            let analysis = reading::analyze(chunk, &dictionary);
            for word in &analysis.words {
                result = word_line(&mut out, word);
                if result.is_err() {
                    break;
                }
            }
            if result.is_err() {
                break;
            }
        }
        result
    };
    finish_output(result.and_then(|()| out.flush()))
}

/// A closed pipe (`leesbril analyze | head`) is not an error.
fn finish_output(result: std::io::Result<()>) -> anyhow::Result<()> {
    match result {
        Err(err) if err.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => Ok(other?),
    }
}

/// Splits text at blank lines into chunks of about `target` bytes.
fn paragraph_chunks(text: &str, target: usize) -> Vec<&str> {
    let mut chunks = Vec::new();
    let mut start = 0;
    let mut search_from = 0;
    while start < text.len() {
        let Some(offset) = text[search_from..].find("\n\n") else {
            chunks.push(&text[start..]);
            break;
        };
        let cut = search_from + offset + 2;
        if cut - start >= target {
            chunks.push(&text[start..cut]);
            start = cut;
        }
        search_from = cut;
        if search_from >= text.len() {
            chunks.push(&text[start..]);
            break;
        }
    }
    chunks.retain(|chunk| !chunk.is_empty());
    chunks
}

fn analyze_pretokenized(
    text: &str,
    dictionary: &Dictionary,
    out: &mut impl Write,
) -> std::io::Result<()> {
    // Keep every input line: a blank line ends a sentence and is echoed as a blank line.
    let mut sentence: Vec<String> = Vec::new();
    let flush = |sentence: &mut Vec<String>, out: &mut dyn Write| -> std::io::Result<()> {
        if sentence.is_empty() {
            return Ok(());
        }
        let analysed = reading::analyze_pretokenized(std::slice::from_ref(sentence), dictionary);
        let words = analysed.into_iter().next().unwrap_or_default();
        for (index, token) in sentence.iter().enumerate() {
            match words.get(index) {
                Some(word) => word_line(out, word)?,
                None => writeln!(out, "{}\t{}\tnone\t", clean(token), clean(token))?,
            }
        }
        sentence.clear();
        Ok(())
    };
    for line in text.lines() {
        let token = line.trim();
        if token.is_empty() {
            flush(&mut sentence, out)?;
            writeln!(out)?;
        } else {
            sentence.push(token.to_owned());
        }
    }
    flush(&mut sentence, out)
}

fn import_dictionary(db: Option<PathBuf>, path: &Path) -> anyhow::Result<()> {
    eprintln!("reading {}", path.display());
    let parsed = app::user_dictionary::read_user_dictionary(path)?;
    eprintln!("storing {} entries", parsed.entries.len());
    let mut store = open_store(db)?;
    store.replace_user_dictionary(
        &parsed.name,
        parsed.format_name(),
        &path.display().to_string(),
        &parsed.entries,
        app::now(),
    )?;
    writeln!(
        std::io::stdout().lock(),
        "imported\t{}\t{}\t{}",
        parsed.name,
        parsed.format_name(),
        parsed.entries.len()
    )
    .ok();
    Ok(())
}

fn dict(db: Option<PathBuf>, query: DictQuery) -> anyhow::Result<()> {
    if let DictQuery::Import { path } = &query {
        return import_dictionary(db, path);
    }
    let dictionary = load_dictionary()?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let result = match query {
        DictQuery::Headwords => dictionary
            .headwords()
            .try_for_each(|headword| writeln!(out, "{headword}")),
        DictQuery::Dump => dictionary
            .entries()
            .try_for_each(|entry| writeln!(out, "{}", entry.to_dump_json())),
        DictQuery::Import { .. } => Ok(()), // handled above: it needs no bundled dictionary
        DictQuery::Lookup { word } => {
            let entries = dictionary.lookup(&word);
            if entries.is_empty() {
                bail!("{word:?} is not in the dictionary");
            }
            entries.iter().try_for_each(|entry| {
                writeln!(
                    out,
                    "{}  ({})  {}",
                    entry.headword,
                    entry.pos,
                    entry.grammar_line()
                )?;
                for (number, sense) in entry.senses.iter().enumerate() {
                    writeln!(out, "  {}. {sense}", number + 1)?;
                }
                if let Some(note) = &entry.note {
                    writeln!(out, "  note: {note}")?;
                }
                if let Some(rank) = entry.rank {
                    writeln!(out, "  frequency rank: {rank}")?;
                }
                Ok(())
            })
        }
    };
    finish_output(result.and_then(|()| out.flush()))
}

/// The lemma a single word belongs to: the dictionary's best entry, else the analysis.
fn lemma_of(word: &str, dictionary: &Dictionary) -> String {
    if let Some(entry) = dictionary.lookup(word).first() {
        return entry.headword.clone();
    }
    reading::analyze(word, dictionary)
        .words
        .first()
        .map_or_else(|| word.to_lowercase(), |analysed| analysed.lemma.clone())
}

fn mark(db: Option<PathBuf>, status: &str, words: &[String]) -> anyhow::Result<()> {
    let status: Status = status.parse()?;
    let dictionary = load_dictionary()?;
    let resolved: Vec<(String, String)> = words
        .iter()
        .map(|word| (word.clone(), lemma_of(word, &dictionary)))
        .collect();
    let mut store = open_store(db)?;
    let articles = store.articles()?;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for (word, lemma) in resolved {
        // The first sentence of the library with the word in it; the word alone if none has it.
        let (sentence, article_id) = app::first_sentence_with(&articles, &word).map_or_else(
            || (word.clone(), None),
            |(sentence, id)| (sentence, Some(id)),
        );
        let context = TermContext {
            form: word.clone(),
            sentence,
        };
        store.set_status(&lemma, status, Some((&context, article_id)), app::now())?;
        writeln!(out, "{word}\t{lemma}\t{status}").ok();
    }
    Ok(())
}

fn import(db: Option<PathBuf>, files: &[PathBuf]) -> anyhow::Result<()> {
    // Check every file before writing anything: one bad file leaves the database untouched.
    let mut articles = Vec::with_capacity(files.len());
    for path in files {
        let bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
        let text = article_text::decode(&bytes)
            .with_context(|| format!("importing {}", path.display()))?;
        let article =
            article_text::article_from_text(text, None, format!("file:{}", path.display()))
                .with_context(|| format!("importing {}", path.display()))?;
        articles.push(article);
    }
    let mut store = open_store(db)?;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for article in &articles {
        match store.add_article(article, app::now())? {
            AddedArticle::Added(article_id) => {
                writeln!(out, "added\t{}\t{}", article_id.0, article.title).ok();
            }
            AddedArticle::AlreadyPresent(article_id) => {
                writeln!(out, "present\t{}\t{}", article_id.0, article.title).ok();
            }
        }
    }
    Ok(())
}

fn export(
    db: Option<PathBuf>,
    format: &str,
    statuses: Option<&str>,
    out: &Path,
) -> anyhow::Result<()> {
    let format: ExportFormat = format.parse()?;
    let statuses = match statuses {
        Some(list) => export::parse_statuses(list)?,
        None => export::default_statuses(),
    };
    // Exporting only reads: never create a database that is not there.
    let path = match db {
        Some(path) => path,
        None => app::paths::default_database()?,
    };
    if !path.is_file() {
        bail!("no database at {}", path.display());
    }
    let store = Store::open(&path)?;
    let dictionary = load_dictionary()?;
    let count =
        app::export::export_vocabulary(&store, &dictionary, &statuses, format, out, app::now())?;
    let words = if count == 1 { "word" } else { "words" };
    writeln!(
        std::io::stdout().lock(),
        "exported {count} {words} to {}",
        out.display()
    )
    .ok();
    Ok(())
}

fn stats(db: Option<PathBuf>) -> anyhow::Result<()> {
    let store = open_store(db)?;
    let counts = store.status_counts()?;
    let articles = store.articles()?.len();
    let reviews = store.review_count()?;
    let now = app::now();
    let due = store.due_counts(now, app::end_of_day(now))?;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let total = counts.learning_total() + counts.known + counts.ignored;
    let lines = [
        ("terms", total),
        ("learning", counts.learning_total()),
        ("learning_1", counts.learning[0]),
        ("learning_2", counts.learning[1]),
        ("learning_3", counts.learning[2]),
        ("learning_4", counts.learning[3]),
        ("known", counts.known),
        ("ignored", counts.ignored),
        ("reviews", reviews),
        ("due_now", due.now),
        ("due_today", due.today),
        ("articles", u64::try_from(articles).unwrap_or(u64::MAX)),
    ];
    for (name, count) in lines {
        writeln!(out, "{name}\t{count}").ok();
    }
    Ok(())
}

fn review(db: Option<PathBuf>, list: bool) -> anyhow::Result<()> {
    if !list {
        bail!(
            "reviews run in the window (leesbril gui); `leesbril review --list` prints the due cards"
        );
    }
    let store = open_store(db)?;
    let cards = store.due_cards(app::now(), usize::MAX)?;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for card in cards {
        let sentence = card
            .context
            .map(|context| context.sentence.replace(['\t', '\n'], " "))
            .unwrap_or_default();
        writeln!(
            out,
            "{}\t{}\t{}\t{sentence}",
            card.lemma,
            card.status,
            utc_minute(card.card.due)
        )
        .ok();
    }
    Ok(())
}

/// `YYYY-MM-DD HH:MM` in UTC for seconds since the epoch.
fn utc_minute(seconds: i64) -> String {
    let minutes = seconds.rem_euclid(86_400) / 60;
    format!(
        "{} {:02}:{:02}",
        crate::export::date_of(seconds),
        minutes / 60,
        minutes % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utc_times_are_civil_dates() {
        assert_eq!(utc_minute(0), "1970-01-01 00:00");
        assert_eq!(utc_minute(951_782_400 + 3_660), "2000-02-29 01:01");
        assert_eq!(utc_minute(1_764_028_800), "2025-11-25 00:00");
        assert_eq!(utc_minute(-60), "1969-12-31 23:59");
    }

    #[test]
    fn chunks_cover_the_text_and_cut_at_blank_lines() {
        let text = "een twee.\n\ndrie vier.\n\nvijf.";
        let chunks = paragraph_chunks(text, 5);
        assert_eq!(chunks.concat(), text);
        assert!(
            chunks
                .iter()
                .all(|chunk| chunk.ends_with("\n\n") || chunk.ends_with('.'))
        );
        assert_eq!(paragraph_chunks("", 5), Vec::<&str>::new());
        assert_eq!(
            paragraph_chunks("zonder witregel", 5),
            vec!["zonder witregel"]
        );
    }
}
