//! Readers for a learner's own extra dictionaries: FreeDict/dictd, StarDict and plain TSV.
//!
//! Pure parsing over bytes the caller read; the result is stored by `store` and shown as a
//! second source in the gloss panel. Nothing imported is ever part of this repository.

mod dictd;
mod stardict;

use std::io::Read as _;

pub use dictd::parse_dictd;
pub use stardict::parse_stardict;

use crate::lang::normalize::normalize;

/// One imported headword with its gloss text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportedEntry {
    /// The headword as the source writes it.
    pub headword: String,
    /// The lookup key: normalized (lower case, ĳ → ij, apostrophes folded).
    pub key: String,
    /// The definition, on one line (`; ` between senses).
    pub gloss: String,
}

impl ImportedEntry {
    /// An entry, with its key computed from the headword.
    pub fn new(headword: &str, gloss: &str) -> Self {
        Self {
            headword: headword.trim().to_owned(),
            key: normalize(headword.trim()),
            gloss: gloss.trim().to_owned(),
        }
    }
}

/// The dictionary formats leesbril can import.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportFormat {
    /// dictd files (`name.index` + `name.dict` or `name.dict.dz`), as FreeDict ships them.
    Dictd,
    /// StarDict files (`name.ifo` + `name.idx` + `name.dict` or `name.dict.dz`).
    StarDict,
    /// Plain text, `word<TAB>gloss` a line.
    Tsv,
}

impl ImportFormat {
    /// The format a file name suggests (`.index`, `.ifo`, `.tsv`/`.txt`).
    pub fn from_file_name(name: &str) -> Option<Self> {
        let name = name.to_lowercase();
        if name.ends_with(".index") || name.ends_with(".dict.dz") || name.ends_with(".dict") {
            Some(Self::Dictd)
        } else if name.ends_with(".ifo") || name.ends_with(".idx") {
            Some(Self::StarDict)
        } else if name.ends_with(".tsv") || name.ends_with(".txt") || name.ends_with(".tab") {
            Some(Self::Tsv)
        } else {
            None
        }
    }
}

/// What is wrong with a file being imported.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ImportError {
    /// A line or record does not have the expected shape.
    #[error("line {line}: {what}")]
    Malformed {
        /// 1-based line (or record) number.
        line: usize,
        /// What is wrong.
        what: String,
    },
    /// The data is not what the format promises.
    #[error("{0}")]
    Invalid(String),
    /// Nothing could be imported.
    #[error("no entries found")]
    Empty,
}

/// Reads `word<TAB>gloss` lines; `#` comments and blank lines are skipped.
pub fn parse_tsv(text: &str) -> Result<Vec<ImportedEntry>, ImportError> {
    let mut entries = Vec::new();
    for (number, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let Some((word, gloss)) = line.split_once('\t') else {
            return Err(ImportError::Malformed {
                line: number + 1,
                what: "expected word<TAB>gloss".into(),
            });
        };
        if word.trim().is_empty() || gloss.trim().is_empty() {
            return Err(ImportError::Malformed {
                line: number + 1,
                what: "empty word or gloss".into(),
            });
        }
        entries.push(ImportedEntry::new(word, &gloss.replace('\t', "; ")));
    }
    if entries.is_empty() {
        return Err(ImportError::Empty);
    }
    Ok(entries)
}

/// Unpacks gzip data (dictzip `.dz` files are gzip with an index in the header); data that
/// is not gzip is returned as it is.
pub fn gunzip_if_needed(bytes: &[u8]) -> Result<Vec<u8>, ImportError> {
    if !bytes.starts_with(&[0x1f, 0x8b]) {
        return Ok(bytes.to_vec());
    }
    let mut out = Vec::with_capacity(bytes.len() * 3);
    flate2::read::GzDecoder::new(bytes)
        .read_to_end(&mut out)
        .map_err(|err| ImportError::Invalid(format!("broken compressed data: {err}")))?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tsv_lines_become_entries_with_normalized_keys() {
        let entries = parse_tsv("# mine\nĲsland\tIceland\nhuis\thouse\thome\n\n").unwrap();
        assert_eq!(entries.len(), 2);
        assert_eq!(entries[0].key, "ijsland");
        assert_eq!(entries[1].gloss, "house; home");
    }

    #[test]
    fn tsv_errors_name_the_line() {
        assert_eq!(
            parse_tsv("huis\thouse\nkapot\n"),
            Err(ImportError::Malformed {
                line: 2,
                what: "expected word<TAB>gloss".into()
            })
        );
        assert_eq!(parse_tsv("\n# nothing\n"), Err(ImportError::Empty));
    }

    #[test]
    fn formats_are_recognised_by_name() {
        assert_eq!(
            ImportFormat::from_file_name("freedict-nld-eng.index"),
            Some(ImportFormat::Dictd)
        );
        assert_eq!(
            ImportFormat::from_file_name("x.ifo"),
            Some(ImportFormat::StarDict)
        );
        assert_eq!(
            ImportFormat::from_file_name("mine.tsv"),
            Some(ImportFormat::Tsv)
        );
        assert_eq!(ImportFormat::from_file_name("photo.png"), None);
    }

    #[test]
    fn plain_data_passes_through_and_gzip_is_unpacked() {
        assert_eq!(gunzip_if_needed(b"abc").unwrap(), b"abc");
        let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        std::io::Write::write_all(&mut encoder, b"hallo wereld").unwrap();
        let packed = encoder.finish().unwrap();
        assert_eq!(gunzip_if_needed(&packed).unwrap(), b"hallo wereld");
        assert!(gunzip_if_needed(&[0x1f, 0x8b, 0, 1, 2]).is_err());
    }
}
