//! StarDict dictionaries (`.ifo` + `.idx` + `.dict`).
//!
//! The `.idx` file is a sequence of records: the headword as UTF-8 ending in a NUL byte, then
//! the offset and size of its definition in the `.dict` file, as 32-bit big-endian integers
//! (64-bit offsets when the `.ifo` says `idxoffsetbits=64`).

use super::{ImportError, ImportedEntry};

/// Parses a StarDict dictionary from its three files' contents (the `.dict` unpacked).
pub fn parse_stardict(
    ifo: &str,
    idx: &[u8],
    dict: &[u8],
) -> Result<Vec<ImportedEntry>, ImportError> {
    if !ifo.starts_with("StarDict's dict ifo file") {
        return Err(ImportError::Invalid(
            "the .ifo file does not start with \"StarDict's dict ifo file\"".into(),
        ));
    }
    let setting = |key: &str| {
        ifo.lines()
            .find_map(|line| line.strip_prefix(key)?.strip_prefix('='))
            .map(str::trim)
    };
    let offset_bytes = if setting("idxoffsetbits") == Some("64") {
        8
    } else {
        4
    };
    // With a type sequence the data holds bare fields; otherwise each starts with a type byte.
    let typed_data = setting("sametypesequence").is_none();

    let mut entries = Vec::new();
    let mut position = 0;
    let mut record = 0;
    while position < idx.len() {
        record += 1;
        let malformed = |what: &str| ImportError::Malformed {
            line: record,
            what: what.to_owned(),
        };
        let Some(nul) = idx[position..].iter().position(|&byte| byte == 0) else {
            return Err(malformed("headword without its closing NUL byte"));
        };
        let headword = String::from_utf8_lossy(&idx[position..position + nul]).into_owned();
        position += nul + 1;
        let offset = read_number(idx, position, offset_bytes)
            .ok_or_else(|| malformed("record cut short"))?;
        position += offset_bytes;
        let size = read_number(idx, position, 4).ok_or_else(|| malformed("record cut short"))?;
        position += 4;
        let Some(raw) = offset
            .checked_add(size)
            .and_then(|end| dict.get(offset..end))
        else {
            return Err(malformed("points past the end of the .dict file"));
        };
        let mut text = String::from_utf8_lossy(raw).into_owned();
        if typed_data && !text.is_empty() {
            // Drop the leading type byte ('m', 'h', 'x' …) and the trailing NUL.
            text.remove(0);
        }
        let gloss = plain_text(&text);
        if !headword.trim().is_empty() && !gloss.is_empty() {
            entries.push(ImportedEntry::new(&headword, &gloss));
        }
    }
    if entries.is_empty() {
        return Err(ImportError::Empty);
    }
    Ok(entries)
}

fn read_number(bytes: &[u8], at: usize, width: usize) -> Option<usize> {
    let slice = bytes.get(at..at.checked_add(width)?)?;
    let mut value: u64 = 0;
    for &byte in slice {
        value = (value << 8) | u64::from(byte);
    }
    usize::try_from(value).ok()
}

/// Definition text on one line, with simple HTML/XDXF tags removed.
fn plain_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_tag = false;
    for c in text.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push(' ');
            }
            '\0' => {}
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.split(['\n', '\r'])
        .map(|line| line.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn idx_record(word: &str, offset: u32, size: u32) -> Vec<u8> {
        let mut bytes = word.as_bytes().to_vec();
        bytes.push(0);
        bytes.extend_from_slice(&offset.to_be_bytes());
        bytes.extend_from_slice(&size.to_be_bytes());
        bytes
    }

    #[test]
    fn records_become_entries() {
        let ifo = "StarDict's dict ifo file\nversion=2.4.2\nwordcount=2\nsametypesequence=m\n";
        let dict = b"house\nhomeice";
        let mut idx = idx_record("huis", 0, 10);
        idx.extend(idx_record("ijs", 10, 3));
        let entries = parse_stardict(ifo, &idx, dict).unwrap();
        assert_eq!(entries.len(), 2);
        assert_eq!(entries[0].gloss, "house; home");
        assert_eq!(entries[1].headword, "ijs");
    }

    #[test]
    fn html_is_reduced_to_text() {
        assert_eq!(plain_text("<b>house</b><br>home"), "house home");
    }

    #[test]
    fn bad_files_are_refused() {
        assert!(matches!(
            parse_stardict("not an ifo", &[], &[]),
            Err(ImportError::Invalid(_))
        ));
        let ifo = "StarDict's dict ifo file\nsametypesequence=m\n";
        let idx = idx_record("huis", 0, 99);
        assert!(matches!(
            parse_stardict(ifo, &idx, b"short"),
            Err(ImportError::Malformed { line: 1, .. })
        ));
    }
}
