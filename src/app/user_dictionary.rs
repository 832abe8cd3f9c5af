//! Importing a learner's own dictionary files: finding the sibling files of each format,
//! reading and parsing them (on a worker thread in the GUI), then storing them.

use std::path::{Path, PathBuf};

use anyhow::{Context as _, bail};

use crate::dictionary::import::{self, ImportFormat, ImportedEntry};

/// A parsed dictionary, ready to store.
#[derive(Debug)]
pub struct ParsedUserDictionary {
    /// Its name: the file stem (`freedict-nld-eng`).
    pub name: String,
    /// The format it was read as.
    pub format: ImportFormat,
    /// The file the learner chose.
    pub source: PathBuf,
    /// The entries.
    pub entries: Vec<ImportedEntry>,
}

impl ParsedUserDictionary {
    /// The format's name as stored.
    pub fn format_name(&self) -> &'static str {
        match self.format {
            ImportFormat::Dictd => "dictd",
            ImportFormat::StarDict => "stardict",
            ImportFormat::Tsv => "tsv",
        }
    }
}

/// `base` + one of the suffixes, the first that exists.
fn sibling(base: &Path, suffixes: &[&str]) -> Option<PathBuf> {
    suffixes.iter().find_map(|suffix| {
        let mut name = base.as_os_str().to_owned();
        name.push(suffix);
        let path = PathBuf::from(name);
        path.is_file().then_some(path)
    })
}

/// The path without the format's suffixes (`/usr/share/dictd/freedict-nld-eng`).
fn base_of(path: &Path) -> PathBuf {
    let text = path.to_string_lossy();
    for suffix in [
        ".dict.dz", ".idx.gz", ".index", ".dict", ".ifo", ".idx", ".tsv", ".txt", ".tab",
    ] {
        if let Some(base) = text.strip_suffix(suffix) {
            return PathBuf::from(base);
        }
    }
    path.to_owned()
}

fn read(path: &Path) -> anyhow::Result<Vec<u8>> {
    std::fs::read(path).with_context(|| format!("reading {}", path.display()))
}

/// Reads and parses the dictionary that `path` belongs to (any of its files).
pub fn read_user_dictionary(path: &Path) -> anyhow::Result<ParsedUserDictionary> {
    let file_name = path
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    let Some(format) = ImportFormat::from_file_name(&file_name) else {
        bail!(
            "{}: not a dictionary file leesbril knows (.index/.dict.dz for dictd, .ifo for StarDict, .tsv)",
            path.display()
        );
    };
    let base = base_of(path);
    let name = base
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_else(|| file_name.clone());
    let entries = match format {
        ImportFormat::Tsv => {
            let bytes = read(path)?;
            let text = std::str::from_utf8(&bytes)
                .map_err(|_| anyhow::anyhow!("{}: not UTF-8 text", path.display()))?;
            import::parse_tsv(text)
        }
        ImportFormat::Dictd => {
            let index_path = sibling(&base, &[".index"])
                .with_context(|| format!("no {}.index next to it", base.display()))?;
            let data_path = sibling(&base, &[".dict.dz", ".dict"])
                .with_context(|| format!("no {}.dict.dz or .dict next to it", base.display()))?;
            let index = String::from_utf8_lossy(&read(&index_path)?).into_owned();
            let data = import::gunzip_if_needed(&read(&data_path)?)?;
            import::parse_dictd(&index, &data)
        }
        ImportFormat::StarDict => {
            let ifo_path = sibling(&base, &[".ifo"])
                .with_context(|| format!("no {}.ifo next to it", base.display()))?;
            let idx_path = sibling(&base, &[".idx", ".idx.gz"])
                .with_context(|| format!("no {}.idx next to it", base.display()))?;
            let dict_path = sibling(&base, &[".dict.dz", ".dict"])
                .with_context(|| format!("no {}.dict next to it", base.display()))?;
            let ifo = String::from_utf8_lossy(&read(&ifo_path)?).into_owned();
            let idx = import::gunzip_if_needed(&read(&idx_path)?)?;
            let dict = import::gunzip_if_needed(&read(&dict_path)?)?;
            import::parse_stardict(&ifo, &idx, &dict)
        }
    }
    .with_context(|| format!("importing {}", path.display()))?;
    Ok(ParsedUserDictionary {
        name,
        format,
        source: path.to_owned(),
        entries,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_base_name_drops_the_format_suffixes() {
        assert_eq!(
            base_of(Path::new("/usr/share/dictd/freedict-nld-eng.dict.dz")),
            PathBuf::from("/usr/share/dictd/freedict-nld-eng")
        );
        assert_eq!(base_of(Path::new("a/b.ifo")), PathBuf::from("a/b"));
    }

    #[test]
    fn an_unknown_file_type_is_refused_clearly() {
        let err = read_user_dictionary(Path::new("/tmp/picture.png")).unwrap_err();
        assert!(err.to_string().contains("not a dictionary file"), "{err}");
    }
}
