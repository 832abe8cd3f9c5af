//! Fails if a lower layer names a higher one (DESIGN.md §2, STYLE.md §2).

use std::fs;
use std::path::{Path, PathBuf};

// Code, not prose: a doc comment may say "no egui here".
const PURE: &[&str] = &[
    "egui::",
    "eframe::",
    "rusqlite::",
    "std::fs",
    "SystemTime",
    "Instant::now",
    "crate::store",
    "crate::app",
    "crate::ui",
    "crate::cli",
];

/// The `.apkg` writer builds an SQLite collection (in memory): the one file outside `src/store`
/// that names rusqlite.
const APKG_WRITER: &str = "export/apkg.rs";

fn rules() -> Vec<(&'static str, Vec<&'static str>)> {
    let with = |extra: &[&'static str]| {
        let mut banned = PURE.to_vec();
        banned.extend_from_slice(extra);
        banned
    };
    vec![
        (
            "src/lang",
            with(&["crate::dictionary", "crate::reading", "crate::learn"]),
        ),
        ("src/dictionary", with(&["crate::reading", "crate::learn"])),
        ("src/reading", with(&["crate::learn"])),
        ("src/learn", PURE.to_vec()),
        ("src/export", PURE.to_vec()),
        (
            "src/store",
            vec![
                "egui::",
                "eframe::",
                "crate::app",
                "crate::ui",
                "crate::cli",
            ],
        ),
        (
            "src/app",
            vec![
                "egui::",
                "eframe::",
                "rusqlite::",
                "crate::ui",
                "crate::cli",
            ],
        ),
        (
            "src/ui",
            vec!["rusqlite::", "crate::store::Store", "crate::cli", "std::fs"],
        ),
    ]
}

#[test]
fn layers_only_depend_downwards() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut violations = Vec::new();
    for (dir, banned) in rules() {
        let files = rust_files(&root.join(dir));
        assert!(!files.is_empty(), "{dir} has no Rust files");
        for path in files {
            let source = production_code(&fs::read_to_string(&path).expect("readable source"));
            for needle in &banned {
                if *needle == "rusqlite::" && path.ends_with(APKG_WRITER) {
                    continue;
                }
                if source.contains(needle) {
                    violations.push(format!("{} mentions {needle:?}", path.display()));
                }
            }
        }
    }
    assert!(
        violations.is_empty(),
        "layer violations:\n{}",
        violations.join("\n")
    );
}

#[test]
fn only_the_ui_names_egui_and_only_the_store_names_rusqlite() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    for path in rust_files(&root) {
        let source = fs::read_to_string(&path).expect("readable source");
        let relative = path.strip_prefix(&root).expect("under src");
        let in_ui = relative.starts_with("ui");
        let in_store = relative.starts_with("store") || relative == Path::new(APKG_WRITER);
        if !in_ui {
            assert!(
                !source.contains("egui::") && !source.contains("eframe::"),
                "{} names egui outside src/ui",
                path.display()
            );
        }
        if !in_store {
            assert!(
                !source.contains("rusqlite::"),
                "{} names rusqlite outside src/store and the .apkg writer",
                path.display()
            );
        }
    }
}

/// The code a layer ships: comments dropped, and the `#[cfg(test)]` module at the bottom of a
/// file left out (unit tests may build fixtures with higher layers).
fn production_code(source: &str) -> String {
    let shipped = source.split("#[cfg(test)]").next().unwrap_or_default();
    shipped
        .lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(entries) = fs::read_dir(dir) else {
        return out;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            out.push(path);
        }
    }
    out
}
