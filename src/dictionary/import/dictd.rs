//! dictd databases (`.index` + `.dict`), the format of FreeDict's Debian packages.
//!
//! The index has one `headword<TAB>offset<TAB>length` line per entry, with offset and length
//! written in dictd's base-64 digits; the entry text starts with the headword (and, in
//! FreeDict, its pronunciation) on the first line, then the translations.

use super::{ImportError, ImportedEntry};

/// Decodes one dictd base-64 number (`R0B` …).
fn decode_number(text: &str) -> Option<usize> {
    let mut value: usize = 0;
    for byte in text.bytes() {
        let digit = match byte {
            b'A'..=b'Z' => byte - b'A',
            b'a'..=b'z' => byte - b'a' + 26,
            b'0'..=b'9' => byte - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        };
        value = value.checked_mul(64)?.checked_add(usize::from(digit))?;
    }
    Some(value)
}

/// Parses a dictd index and its (already unpacked) data file.
pub fn parse_dictd(index: &str, data: &[u8]) -> Result<Vec<ImportedEntry>, ImportError> {
    let mut entries = Vec::new();
    for (number, line) in index.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let malformed = |what: &str| ImportError::Malformed {
            line: number + 1,
            what: what.to_owned(),
        };
        let mut fields = line.split('\t');
        let (Some(headword), Some(offset), Some(length)) =
            (fields.next(), fields.next(), fields.next())
        else {
            return Err(malformed("expected headword<TAB>offset<TAB>length"));
        };
        // dictd's own metadata entries (00databaseinfo, 00-database-url …).
        if headword.starts_with("00database") || headword.starts_with("00-database") {
            continue;
        }
        let (Some(offset), Some(length)) = (decode_number(offset), decode_number(length)) else {
            return Err(malformed("offset or length is not a dictd number"));
        };
        let Some(raw) = offset
            .checked_add(length)
            .and_then(|end| data.get(offset..end))
        else {
            return Err(malformed("points past the end of the data file"));
        };
        let text = String::from_utf8_lossy(raw);
        let gloss = definition_text(&text, headword);
        if !gloss.is_empty() {
            entries.push(ImportedEntry::new(headword, &gloss));
        }
    }
    if entries.is_empty() {
        return Err(ImportError::Empty);
    }
    Ok(entries)
}

/// The translations of an entry on one line: the first line repeats the headword (with a
/// pronunciation), so it is dropped when it starts with the headword.
fn definition_text(text: &str, headword: &str) -> String {
    let mut lines = text
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .peekable();
    if lines
        .peek()
        .is_some_and(|first| first.starts_with(headword.trim()))
    {
        lines.next();
    }
    lines.collect::<Vec<_>>().join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dictd_numbers_decode() {
        assert_eq!(decode_number("A"), Some(0));
        assert_eq!(decode_number("B"), Some(1));
        assert_eq!(decode_number("BA"), Some(64));
        assert_eq!(decode_number("R0B"), Some(17 * 4096 + 52 * 64 + 1));
        assert_eq!(decode_number("*"), None);
    }

    #[test]
    fn an_index_and_data_file_become_entries() {
        let data = "huis /hœys/\nhouse\nhome\nĳs /ɛis/\nice\n".as_bytes();
        // "huis" is bytes 0..24 (A, Y), "ĳs" bytes 24..39 (Y, P) in dictd's digits.
        let index = "00databaseinfo\tA\tB\nhuis\tA\tY\nĳs\tY\tP\n";
        let entries = parse_dictd(index, data).unwrap();
        assert_eq!(entries.len(), 2);
        assert_eq!(entries[0].headword, "huis");
        assert_eq!(entries[0].gloss, "house; home");
        assert_eq!(entries[1].key, "ijs");
        assert_eq!(entries[1].gloss, "ice");
    }

    #[test]
    fn a_broken_index_is_refused_with_its_line() {
        let err = parse_dictd("huis\tA\tZZZZ\n", b"short").unwrap_err();
        assert!(
            matches!(err, ImportError::Malformed { line: 1, .. }),
            "{err}"
        );
    }
}
