//! CSV and TSV: a header row, then one row per word, quoted as RFC 4180 says (the `csv` crate),
//! UTF-8. Whatever a field holds (commas, quotes, tabs, line breaks) reads back unchanged.

use std::io::Write;

use super::{ExportError, ExportItem};

/// The header row.
pub const COLUMNS: [&str; 12] = [
    "lemma",
    "word",
    "part_of_speech",
    "grammar",
    "meaning",
    "status",
    "form",
    "sentence",
    "sentence_marked",
    "article",
    "frequency_rank",
    "date_added",
];

/// Writes the items with `delimiter` (`b','` for CSV, `b'\t'` for TSV).
pub fn write(items: &[ExportItem], delimiter: u8, out: &mut impl Write) -> Result<(), ExportError> {
    let mut writer = csv::WriterBuilder::new()
        .delimiter(delimiter)
        .from_writer(out);
    writer.write_record(COLUMNS)?;
    for item in items {
        let rank = item.rank.map(|rank| rank.to_string()).unwrap_or_default();
        writer.write_record([
            item.lemma.as_str(),
            item.word.as_str(),
            item.part_of_speech.as_str(),
            item.grammar.as_str(),
            item.meaning().as_str(),
            item.status.name(),
            item.form.as_str(),
            item.sentence.as_str(),
            item.sentence_marked("**", "**", str::to_owned).as_str(),
            item.article.as_str(),
            rank.as_str(),
            item.added_date().as_str(),
        ])?;
    }
    writer.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::{ExportTerm, item};
    use crate::learn::Status;

    #[test]
    fn awkward_fields_survive_a_round_trip() {
        let term = ExportTerm {
            lemma: "zeggen".into(),
            status: Status::Known,
            form: Some("zei".into()),
            sentence: Some("Hij zei: \"ja,\tnee\nmisschien\".".into()),
            article: Some("Titel, met komma".into()),
            added_at: 0,
        };
        let item = item(&term, &[]);
        let mut bytes = Vec::new();
        write(std::slice::from_ref(&item), b',', &mut bytes).unwrap();
        let mut reader = csv::Reader::from_reader(bytes.as_slice());
        assert_eq!(
            reader.headers().unwrap().iter().collect::<Vec<_>>(),
            COLUMNS
        );
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(rows.len(), 1);
        assert_eq!(&rows[0][7], term.sentence.as_deref().unwrap());
        assert_eq!(&rows[0][8], "Hij **zei**: \"ja,\tnee\nmisschien\".");
        assert_eq!(&rows[0][9], "Titel, met komma");
        assert_eq!(&rows[0][5], "known");
    }
}
