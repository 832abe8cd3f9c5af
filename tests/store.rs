//! The database file: created fresh, reopened, and refused untouched when too new or foreign.
#![expect(
    clippy::unwrap_used,
    reason = "test helpers unwrap: a panic is the failure report"
)]

use leesbril::learn::{Level, Status};
use leesbril::store::{SCHEMA_VERSION, Store, StoreError};

#[test]
fn a_fresh_database_is_migrated_and_reopens_with_its_data() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nested").join("leesbril.sqlite3");
    {
        let mut store = Store::open(&path).unwrap();
        assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
        let level = Status::Learning(Level::new(2).unwrap());
        store.set_status("gaan", level, None, 100).unwrap();
    }
    let store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    assert_eq!(
        store.statuses().unwrap().get("gaan"),
        Some(&Status::Learning(Level::new(2).unwrap()))
    );
}

#[test]
fn a_database_from_a_newer_version_is_refused_and_left_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("future.sqlite3");
    future_database(&path);
    let before = std::fs::read(&path).unwrap();
    let err = Store::open(&path)
        .err()
        .expect("a too-new database is refused");
    assert!(matches!(err, StoreError::TooNew { found, .. } if found == SCHEMA_VERSION + 41));
    assert!(err.to_string().contains("newer"), "{err}");
    assert_eq!(
        std::fs::read(&path).unwrap(),
        before,
        "the file must not change"
    );
}

#[test]
fn a_file_that_is_not_a_database_is_refused_and_left_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.sqlite3");
    let garbage: Vec<u8> = (0..4096_u32).map(|i| (i * 7 % 251) as u8).collect();
    std::fs::write(&path, &garbage).unwrap();
    let err = Store::open(&path).err().expect("garbage is refused");
    assert!(err.to_string().contains("not a leesbril database"), "{err}");
    assert_eq!(std::fs::read(&path).unwrap(), garbage);
}

/// Makes a database whose user_version is ahead of this program: a real database written by
/// the store, then the header field edited as a newer leesbril would have left it.
fn future_database(path: &std::path::Path) {
    {
        let store = Store::open(path).unwrap();
        drop(store);
    }
    // Checkpoint happened on close; the user_version lives at byte offset 60 of the header.
    let mut bytes = std::fs::read(path).unwrap();
    let version = SCHEMA_VERSION + 41;
    bytes[60..64].copy_from_slice(&version.to_be_bytes());
    std::fs::write(path, &bytes).unwrap();
    for suffix in ["-wal", "-shm"] {
        let mut side = path.as_os_str().to_owned();
        side.push(suffix);
        std::fs::remove_file(side).ok();
    }
}
