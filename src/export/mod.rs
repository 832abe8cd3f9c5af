//! Vocabulary export: the learner's words, with their grammar, meaning and the sentence they
//! were met in, as CSV/TSV, Anki plain text, or an Anki package (`.apkg`).
//!
//! The store hands over [`ExportTerm`]s; [`items`] joins them with the dictionary into
//! [`ExportItem`]s; [`write()`] puts those into any [`std::io::Write`]. Pure: no files, no clock
//! (the caller passes `now`). The `.apkg` writer builds its SQLite collection in memory.
//!
//! ```
//! use leesbril::export::marked_span;
//! assert_eq!(marked_span("Zij gingen akkoord.", "gingen"), Some((4, 10)));
//! ```

pub mod anki_text;
pub mod apkg;
pub mod delimited;

use std::fmt;
use std::io::Write;
use std::str::FromStr;

use crate::dictionary::{Dictionary, Entry, Gender};
use crate::lang::PartOfSpeech;
use crate::learn::{Level, Status, Timestamp};

/// A term as the store keeps it, with the first sentence it was met in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExportTerm {
    /// The lemma (dictionary headword).
    pub lemma: String,
    /// Its status.
    pub status: Status,
    /// The word as it stood in the first context sentence.
    pub form: Option<String>,
    /// The first sentence the term was met in.
    pub sentence: Option<String>,
    /// The title of that sentence's article.
    pub article: Option<String>,
    /// When the term was first marked.
    pub added_at: Timestamp,
}

/// One exported word: everything a card or a spreadsheet row shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExportItem {
    /// The lemma (dictionary headword): `huis`, `gaan`.
    pub lemma: String,
    /// The word as a learner should learn it: nouns with their article (`het huis`).
    pub word: String,
    /// Parts of speech of the lemma's entries (`noun`, `verb; noun`).
    pub part_of_speech: String,
    /// The grammar line of each entry as the gloss panel shows it, joined with ` | `.
    pub grammar: String,
    /// The English senses, most common first.
    pub senses: Vec<String>,
    /// The learner's status.
    pub status: Status,
    /// The word as it stood in the sentence.
    pub form: String,
    /// The sentence the word was met in (empty if none was kept).
    pub sentence: String,
    /// Where the marked word is in [`ExportItem::sentence`], as a byte range.
    pub mark: Option<(usize, usize)>,
    /// The title of the article the sentence is from.
    pub article: String,
    /// Frequency rank of the word (1 = most frequent).
    pub rank: Option<u32>,
    /// When the term was first marked.
    pub added_at: Timestamp,
}

impl ExportItem {
    /// The sentence with the word between `before` and `after` (`**gingen**`); the text
    /// outside the mark passes through `escape`.
    pub fn sentence_marked(&self, before: &str, after: &str, escape: fn(&str) -> String) -> String {
        let Some((start, end)) = self.mark else {
            return escape(&self.sentence);
        };
        let (Some(head), Some(word), Some(tail)) = (
            self.sentence.get(..start),
            self.sentence.get(start..end),
            self.sentence.get(end..),
        ) else {
            return escape(&self.sentence);
        };
        format!(
            "{}{before}{}{after}{}",
            escape(head),
            escape(word),
            escape(tail)
        )
    }

    /// The date the term was first marked, `YYYY-MM-DD` (UTC).
    pub fn added_date(&self) -> String {
        date_of(self.added_at)
    }

    /// The senses in one line, `house; home`.
    pub fn meaning(&self) -> String {
        self.senses.join("; ")
    }

    /// A tag for the status: `leesbril-1` … `leesbril-4`, `leesbril-known`.
    pub fn status_tag(&self) -> String {
        format!("leesbril-{}", self.status.name())
    }
}

/// The export file formats.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum ExportFormat {
    /// Comma-separated values with a header row (RFC 4180).
    #[default]
    Csv,
    /// Tab-separated values with a header row.
    Tsv,
    /// Anki's plain-text import format, with `#` header lines.
    AnkiText,
    /// An Anki package: one deck, one note type, one card per word.
    Apkg,
}

impl ExportFormat {
    /// Every format, in the order the UI lists them.
    pub const ALL: [ExportFormat; 4] = [Self::Csv, Self::Tsv, Self::AnkiText, Self::Apkg];

    /// The name used on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Self::Csv => "csv",
            Self::Tsv => "tsv",
            Self::AnkiText => "anki-text",
            Self::Apkg => "apkg",
        }
    }

    /// The usual file extension.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Csv => "csv",
            Self::Tsv => "tsv",
            Self::AnkiText => "txt",
            Self::Apkg => "apkg",
        }
    }
}

impl fmt::Display for ExportFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A format name that is not `csv`, `tsv`, `anki-text` or `apkg`.
#[derive(Debug, thiserror::Error)]
#[error("unknown export format {0:?}: expected csv, tsv, anki-text or apkg")]
pub struct FormatParseError(String);

impl FromStr for ExportFormat {
    type Err = FormatParseError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        match text.trim().to_lowercase().as_str() {
            "csv" => Ok(Self::Csv),
            "tsv" => Ok(Self::Tsv),
            "anki-text" | "anki" | "txt" => Ok(Self::AnkiText),
            "apkg" => Ok(Self::Apkg),
            _ => Err(FormatParseError(text.to_owned())),
        }
    }
}

/// The statuses exported when none are named: the four learning levels.
pub fn default_statuses() -> Vec<Status> {
    (Level::MIN..=Level::MAX)
        .filter_map(Level::new)
        .map(Status::Learning)
        .collect()
}

/// Parses a comma-separated status list (`1,2,known`); duplicates are dropped.
pub fn parse_statuses(text: &str) -> Result<Vec<Status>, crate::learn::StatusParseError> {
    let mut statuses = Vec::new();
    for part in text.split(',').filter(|part| !part.trim().is_empty()) {
        let status: Status = part.parse()?;
        if !statuses.contains(&status) {
            statuses.push(status);
        }
    }
    Ok(statuses)
}

/// What can go wrong while writing an export.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// Writing to the output failed.
    #[error("writing the export: {0}")]
    Io(#[from] std::io::Error),
    /// The CSV writer failed.
    #[error("writing CSV: {0}")]
    Csv(#[from] csv::Error),
    /// Building the Anki package failed.
    #[error("building the Anki package: {0}")]
    Apkg(#[from] apkg::ApkgError),
}

/// Joins the stored terms with their dictionary entries, in the order given.
pub fn items(terms: &[ExportTerm], dictionary: &Dictionary) -> Vec<ExportItem> {
    terms
        .iter()
        .map(|term| item(term, &dictionary.entries_for(&term.lemma)))
        .collect()
}

/// One export item from a term and the lemma's dictionary entries (none for a word the
/// dictionary lacks).
pub fn item(term: &ExportTerm, entries: &[&Entry]) -> ExportItem {
    let form = term.form.clone().unwrap_or_else(|| term.lemma.clone());
    let sentence = term.sentence.clone().unwrap_or_default();
    let mark = marked_span(&sentence, &form).or_else(|| marked_span(&sentence, &term.lemma));
    let mut part_of_speech: Vec<String> = Vec::new();
    for entry in entries {
        let pos = entry.pos.to_string();
        if !part_of_speech.contains(&pos) {
            part_of_speech.push(pos);
        }
    }
    let grammar: Vec<String> = entries
        .iter()
        .map(|entry| entry.grammar_line())
        .filter(|line| !line.is_empty())
        .collect();
    ExportItem {
        lemma: term.lemma.clone(),
        word: learner_word(&term.lemma, entries),
        part_of_speech: part_of_speech.join("; "),
        grammar: grammar.join(" | "),
        senses: entries
            .iter()
            .flat_map(|entry| entry.senses.iter().cloned())
            .collect(),
        status: term.status,
        form,
        sentence,
        mark,
        article: term.article.clone().unwrap_or_default(),
        rank: entries.iter().filter_map(|entry| entry.rank).min(),
        added_at: term.added_at,
    }
}

/// The lemma with its article when the first entry is a noun: `het huis`, `de/het virus`.
fn learner_word(lemma: &str, entries: &[&Entry]) -> String {
    match entries.first() {
        Some(entry) if entry.pos == PartOfSpeech::Noun => match entry.gender {
            Some(Gender::De) => format!("de {lemma}"),
            Some(Gender::Het) => format!("het {lemma}"),
            Some(Gender::Both) => format!("de/het {lemma}"),
            None => lemma.to_owned(),
        },
        _ => lemma.to_owned(),
    }
}

/// Where `word` stands in `sentence` as a whole word: the byte range of its first occurrence,
/// matched exactly or else without regard to case.
pub fn marked_span(sentence: &str, word: &str) -> Option<(usize, usize)> {
    if word.is_empty() {
        return None;
    }
    let whole_word = |start: usize, end: usize| {
        let before = sentence
            .get(..start)
            .and_then(|head| head.chars().next_back());
        let after = sentence.get(end..).and_then(|tail| tail.chars().next());
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    };
    let exact = sentence
        .match_indices(word)
        .map(|(start, found)| (start, start + found.len()))
        .find(|&(start, end)| whole_word(start, end));
    if exact.is_some() {
        return exact;
    }
    // Case-insensitive: compare char by char from every char boundary.
    let wanted: Vec<char> = word.chars().flat_map(char::to_lowercase).collect();
    sentence.char_indices().find_map(|(start, _)| {
        let tail = sentence.get(start..)?;
        let mut lowered = Vec::with_capacity(wanted.len());
        let mut end = start;
        for (offset, c) in tail.char_indices() {
            if lowered.len() >= wanted.len() {
                break;
            }
            lowered.extend(c.to_lowercase());
            end = start + offset + c.len_utf8();
        }
        (lowered == wanted && whole_word(start, end)).then_some((start, end))
    })
}

/// Writes the items in the given format. `now` (seconds since the epoch) stamps the notes of
/// an `.apkg`.
pub fn write(
    format: ExportFormat,
    items: &[ExportItem],
    now: Timestamp,
    out: &mut impl Write,
) -> Result<(), ExportError> {
    match format {
        ExportFormat::Csv => delimited::write(items, b',', out),
        ExportFormat::Tsv => delimited::write(items, b'\t', out),
        ExportFormat::AnkiText => Ok(anki_text::write(items, out)?),
        ExportFormat::Apkg => {
            let bytes = apkg::package(items, now)?;
            Ok(out.write_all(&bytes)?)
        }
    }
}

/// Escapes text for an HTML field: `&`, `<`, `>` and `"`.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

/// Seconds since the epoch → `YYYY-MM-DD` (UTC, proleptic Gregorian).
pub fn date_of(timestamp: Timestamp) -> String {
    // Howard Hinnant's days-to-civil algorithm.
    let days = timestamp.div_euclid(86_400);
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z.rem_euclid(146_097);
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_index + 2) / 5 + 1;
    let month = if month_index < 10 {
        month_index + 3
    } else {
        month_index - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dictionary::Auxiliary;

    pub(crate) fn huis() -> Entry {
        let mut entry = Entry::new("huis", PartOfSpeech::Noun, &["house", "home"]);
        entry.gender = Some(Gender::Het);
        entry.plural = vec!["huizen".into()];
        entry.diminutive = Some("huisje".into());
        entry.rank = Some(180);
        entry
    }

    fn gaan() -> Entry {
        let mut entry = Entry::new("gaan", PartOfSpeech::Verb, &["to go"]);
        entry.past = vec!["ging".into(), "gingen".into()];
        entry.participle = Some("gegaan".into());
        entry.auxiliary = Some(Auxiliary::Zijn);
        entry
    }

    fn term(lemma: &str, form: &str, sentence: &str) -> ExportTerm {
        ExportTerm {
            lemma: lemma.into(),
            status: Status::Learning(Level::new(2).unwrap()),
            form: Some(form.into()),
            sentence: Some(sentence.into()),
            article: Some("Het nieuws".into()),
            added_at: 1_700_000_000,
        }
    }

    #[test]
    fn a_noun_gets_its_article_grammar_and_marked_sentence() {
        let item = item(&term("huis", "huizen", "De huizen zijn duur."), &[&huis()]);
        assert_eq!(item.word, "het huis");
        assert_eq!(item.part_of_speech, "noun");
        assert_eq!(item.grammar, "het; pl. huizen; dim. huisje");
        assert_eq!(item.meaning(), "house; home");
        assert_eq!(item.rank, Some(180));
        assert_eq!(
            item.sentence_marked("<b>", "</b>", escape_html),
            "De <b>huizen</b> zijn duur."
        );
        assert_eq!(item.added_date(), "2023-11-14");
        assert_eq!(item.status_tag(), "leesbril-2");
    }

    #[test]
    fn a_verb_shows_past_participle_and_auxiliary() {
        let item = item(&term("gaan", "Gingen", "gingen zij?"), &[&gaan()]);
        assert_eq!(item.word, "gaan");
        assert_eq!(item.grammar, "ging, gingen; gegaan (zijn)");
        assert_eq!(item.mark, Some((0, 6)), "found without regard to case");
    }

    #[test]
    fn a_word_missing_from_the_dictionary_or_the_sentence_still_exports() {
        let item = item(
            &ExportTerm {
                form: None,
                sentence: None,
                article: None,
                ..term("xyz", "", "")
            },
            &[],
        );
        assert_eq!(item.word, "xyz");
        assert!(item.senses.is_empty() && item.grammar.is_empty());
        assert_eq!(item.sentence_marked("**", "**", str::to_owned), "");
    }

    #[test]
    fn marks_fall_on_whole_words_only() {
        assert_eq!(
            marked_span("Het huisje en het huis.", "huis"),
            Some((18, 22))
        );
        assert_eq!(marked_span("Ĳsland en ijs", "ijs"), Some((11, 14)));
        assert_eq!(marked_span("Één keer", "één"), Some((0, 5)));
        assert_eq!(marked_span("niets", "iets"), None);
        assert_eq!(marked_span("iets", ""), None);
    }

    #[test]
    fn html_is_escaped() {
        assert_eq!(
            escape_html(r#"<b>"a" & b</b>"#),
            "&lt;b&gt;&quot;a&quot; &amp; b&lt;/b&gt;"
        );
    }

    #[test]
    fn dates_are_civil_utc_dates() {
        assert_eq!(date_of(0), "1970-01-01");
        assert_eq!(date_of(951_782_400), "2000-02-29");
        assert_eq!(date_of(-1), "1969-12-31");
    }

    #[test]
    fn formats_and_status_lists_parse() {
        for format in ExportFormat::ALL {
            assert_eq!(format.name().parse::<ExportFormat>().unwrap(), format);
        }
        assert!("pdf".parse::<ExportFormat>().is_err());
        assert_eq!(parse_statuses("1,2,2, known").unwrap().len(), 3);
        assert!(parse_statuses("1,maybe").is_err());
        assert_eq!(default_statuses().len(), 4);
    }
}
