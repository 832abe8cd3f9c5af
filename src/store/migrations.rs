//! Numbered schema migrations on `PRAGMA user_version`, all run in one transaction.

use rusqlite::Connection;

/// Each migration brings the schema from version `index` to `index + 1`.
const MIGRATIONS: &[&str] = &[include_str!("migrations/0001_initial.sql")];

/// The schema version this program writes and understands.
#[expect(
    clippy::cast_possible_truncation,
    reason = "a handful of migrations, far below u32::MAX"
)]
pub const SCHEMA_VERSION: u32 = MIGRATIONS.len() as u32;

/// Runs every migration after `from`; all or nothing.
pub(super) fn migrate(conn: &mut Connection, from: u32) -> rusqlite::Result<()> {
    if from >= SCHEMA_VERSION {
        return Ok(());
    }
    let tx = conn.transaction()?;
    for (index, sql) in MIGRATIONS.iter().enumerate().skip(from as usize) {
        tx.execute_batch(sql)?;
        tx.pragma_update(
            None,
            "user_version",
            i64::try_from(index + 1).unwrap_or(i64::MAX),
        )?;
    }
    tx.commit()
}
