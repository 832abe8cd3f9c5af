//! Exporting the vocabulary to a file: the store's terms, joined with the dictionary, written
//! to a temporary file beside the target and renamed over it, so a failure never leaves half a
//! file. Shared by the `export` subcommand and the GUI's Export section.

use std::fs::File;
use std::io::{BufWriter, Write as _};
use std::path::{Path, PathBuf};

use anyhow::{Context as _, bail};

use crate::dictionary::Dictionary;
use crate::export::{self, ExportFormat};
use crate::learn::{Status, Timestamp};
use crate::store::Store;

/// Writes the terms with one of `statuses` to `path` in `format`; returns how many words.
///
/// Nothing is written when no term has one of the statuses: that is an error, not an empty
/// file. An existing file at `path` is replaced only once the new one is complete.
pub fn export_vocabulary(
    store: &Store,
    dictionary: &Dictionary,
    statuses: &[Status],
    format: ExportFormat,
    path: &Path,
    now: Timestamp,
) -> anyhow::Result<usize> {
    if statuses.is_empty() {
        bail!("choose at least one status to export");
    }
    let terms = store
        .terms_for_export(statuses)
        .context("reading the words to export")?;
    if terms.is_empty() {
        let names: Vec<&str> = statuses.iter().map(|status| status.name()).collect();
        bail!(
            "no words with status {} to export; nothing was written",
            names.join(", ")
        );
    }
    let items = export::items(&terms, dictionary);
    write_atomically(path, |file| {
        let mut out = BufWriter::new(file);
        export::write(format, &items, now, &mut out)?;
        out.flush()?;
        Ok(())
    })
    .with_context(|| format!("exporting to {}", path.display()))?;
    Ok(items.len())
}

/// Writes through `fill` into a temporary file next to `path`, syncs it, and renames it to
/// `path`; on any failure the temporary file is removed and `path` is left as it was.
fn write_atomically(
    path: &Path,
    fill: impl FnOnce(&mut File) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let Some(name) = path.file_name() else {
        bail!("{} is not a file name", path.display());
    };
    if path.is_dir() {
        bail!("{} is a folder", path.display());
    }
    let mut temp_name = std::ffi::OsString::from(".");
    temp_name.push(name);
    temp_name.push(format!(".{}.tmp", std::process::id()));
    let temp: PathBuf = path.with_file_name(temp_name);
    let mut file = File::create(&temp).with_context(|| format!("creating {}", temp.display()))?;
    let result = fill(&mut file)
        .and_then(|()| file.sync_all().context("saving the file"))
        .and_then(|()| {
            std::fs::rename(&temp, path).with_context(|| format!("renaming {}", temp.display()))
        });
    if result.is_err() {
        std::fs::remove_file(&temp).ok();
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::learn::Level;

    fn store_with_a_word() -> Store {
        let mut store = Store::open_in_memory().unwrap();
        store
            .set_status("huis", Status::Learning(Level::new(1).unwrap()), None, 5)
            .unwrap();
        store
    }

    #[test]
    fn an_empty_selection_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.csv");
        let dictionary = Dictionary::from_entries(Vec::new(), None);
        let err = export_vocabulary(
            &store_with_a_word(),
            &dictionary,
            &[Status::Known],
            ExportFormat::Csv,
            &path,
            0,
        )
        .unwrap_err();
        assert!(
            err.to_string().contains("no words with status known"),
            "{err}"
        );
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }

    #[test]
    fn a_failed_write_keeps_the_old_file_and_leaves_no_temporary() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.csv");
        std::fs::write(&path, "old").unwrap();
        let result = write_atomically(&path, |_| bail!("disk full"));
        assert!(result.is_err());
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "old");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_write_replaces_the_file_whole() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.csv");
        std::fs::write(&path, "old").unwrap();
        let dictionary = Dictionary::from_entries(Vec::new(), None);
        let count = export_vocabulary(
            &store_with_a_word(),
            &dictionary,
            &export::default_statuses(),
            ExportFormat::Csv,
            &path,
            0,
        )
        .unwrap();
        assert_eq!(count, 1);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(
            text.starts_with("lemma,") && text.contains("\nhuis,huis,"),
            "{text}"
        );
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }
}
