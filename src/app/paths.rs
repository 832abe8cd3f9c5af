//! Where leesbril finds its data: the learner's database and the bundled seed articles.

use std::path::{Path, PathBuf};

/// The default database file in the platform's data folder
/// (`~/.local/share/leesbril/leesbril.sqlite3` on Linux).
pub fn default_database() -> anyhow::Result<PathBuf> {
    let dirs = directories::ProjectDirs::from("nl", "leesbril", "leesbril")
        .ok_or_else(|| anyhow::anyhow!("no home folder found: pass --db PATH"))?;
    Ok(dirs.data_dir().join("leesbril.sqlite3"))
}

/// The folder holding a bundled data folder (`dictionaries` or `seeds`).
///
/// Looked up in order: `$LEESBRIL_DATA/<name>`, next to the executable, two levels above it
/// (`target/debug/leesbril`), and the source tree it was built from.
pub fn bundled_dir(name: &str) -> PathBuf {
    let mut candidates: Vec<PathBuf> = Vec::new();
    if let Some(root) = std::env::var_os("LEESBRIL_DATA") {
        candidates.push(PathBuf::from(root).join(name));
    }
    if let Ok(exe) = std::env::current_exe() {
        for dir in exe.ancestors().skip(1).take(3) {
            candidates.push(dir.join(name));
        }
    }
    let source_tree = Path::new(env!("CARGO_MANIFEST_DIR")).join(name);
    candidates
        .into_iter()
        .find(|dir| dir.is_dir())
        .unwrap_or(source_tree)
}
