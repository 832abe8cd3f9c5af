//! Anki's plain-text import format: `#` header lines that tell Anki the separator, note type,
//! deck and columns, then one tab-separated line per word for the stock `Basic` note type.
//!
//! Front: the word (with de/het for a noun) and the sentence with the word in bold. Back: the
//! meaning and the grammar. Fields are HTML (`#html:true`), so the data is escaped; a stable
//! GUID column lets a second import update the notes instead of duplicating them.

use std::io::Write;

use super::{ExportItem, escape_html};

/// The header lines Anki reads before the data.
pub const HEADER: &str = "#separator:tab\n#html:true\n#notetype:Basic\n#deck:leesbril\n\
#columns:Front\tBack\tTags\tGUID\n#tags column:3\n#guid column:4\n";

/// Writes the header and one line per item.
pub fn write(items: &[ExportItem], out: &mut impl Write) -> std::io::Result<()> {
    out.write_all(HEADER.as_bytes())?;
    for item in items {
        writeln!(
            out,
            "{}\t{}\t{}\t{}",
            front(item),
            back(item),
            tags(item),
            super::apkg::guid("leesbril-basic", &item.lemma)
        )?;
    }
    out.flush()
}

/// The question side: the word, then the sentence with the word in bold.
pub fn front(item: &ExportItem) -> String {
    let word = format!("<b>{}</b>", field(&item.word));
    if item.sentence.is_empty() {
        return word;
    }
    format!(
        "{word}<br><br>{}",
        one_line(&item.sentence_marked("<b>", "</b>", escape_html))
    )
}

/// The answer side: the meaning, then the grammar in italics.
pub fn back(item: &ExportItem) -> String {
    let mut back = field(&item.meaning());
    if !item.grammar.is_empty() {
        if !back.is_empty() {
            back.push_str("<br>");
        }
        back.push_str(&format!("<i>{}</i>", field(&item.grammar)));
    }
    back
}

/// The tags: `leesbril` and the status (`leesbril-2`).
pub fn tags(item: &ExportItem) -> String {
    format!("leesbril {}", item.status_tag())
}

/// Data as one HTML field on one line.
pub fn field(text: &str) -> String {
    one_line(&escape_html(text))
}

/// Keeps a field on its line: line breaks become `<br>`, tabs spaces.
fn one_line(html: &str) -> String {
    html.replace("\r\n", "<br>")
        .replace(['\n', '\r'], "<br>")
        .replace('\t', " ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::{ExportTerm, item};
    use crate::learn::Status;

    #[test]
    fn headers_come_first_and_data_is_escaped_onto_one_line() {
        let term = ExportTerm {
            lemma: "<script>".into(),
            status: Status::Known,
            form: Some("<script>".into()),
            sentence: Some("Een <script>\tveld\nmet \"tekst\" & meer.".into()),
            article: None,
            added_at: 0,
        };
        let mut bytes = Vec::new();
        write(&[item(&term, &[])], &mut bytes).unwrap();
        let text = String::from_utf8(bytes).unwrap();
        assert!(text.starts_with("#separator:tab\n#html:true\n#notetype:Basic\n"));
        let data: Vec<&str> = text.lines().filter(|line| !line.starts_with('#')).collect();
        assert_eq!(data.len(), 1);
        let columns: Vec<&str> = data[0].split('\t').collect();
        assert_eq!(columns.len(), 4);
        assert_eq!(
            columns[0],
            "<b>&lt;script&gt;</b><br><br>Een <b>&lt;script&gt;</b> veld<br>met &quot;tekst&quot; &amp; meer."
        );
        assert_eq!(columns[2], "leesbril leesbril-known");
    }
}
