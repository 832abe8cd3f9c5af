//! Numbered schema migrations on `PRAGMA user_version`, all run in one transaction.

use rusqlite::Connection;

/// Each migration brings the schema from version `index` to `index + 1`.
const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001_initial.sql"),
    include_str!("migrations/0002_user_dictionaries.sql"),
    include_str!("migrations/0003_card_phases.sql"),
];

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

#[cfg(test)]
mod tests {
    use super::*;

    fn tables(conn: &Connection) -> Vec<String> {
        let mut stmt = conn
            .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            .unwrap();
        stmt.query_map([], |row| row.get(0))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap()
    }

    #[test]
    fn a_version_1_database_is_upgraded_with_its_data_kept() {
        let mut conn = Connection::open_in_memory().unwrap();
        let tx = conn.transaction().unwrap();
        tx.execute_batch(MIGRATIONS[0]).unwrap();
        tx.pragma_update(None, "user_version", 1).unwrap();
        tx.execute(
            "INSERT INTO terms (lemma, status, created_at, updated_at) VALUES ('gaan', 1, 0, 0)",
            [],
        )
        .unwrap();
        tx.commit().unwrap();
        assert!(!tables(&conn).contains(&"user_entries".to_owned()));

        migrate(&mut conn, 1).unwrap();
        let version: u32 = conn
            .pragma_query_value(None, "user_version", |row| row.get(0))
            .unwrap();
        assert_eq!(version, SCHEMA_VERSION);
        assert!(tables(&conn).contains(&"user_entries".to_owned()));
        let lemma: String = conn
            .query_row("SELECT lemma FROM terms", [], |row| row.get(0))
            .unwrap();
        assert_eq!(lemma, "gaan");
    }

    #[test]
    fn a_version_2_database_gets_cards_for_its_learning_terms() {
        let mut conn = Connection::open_in_memory().unwrap();
        let tx = conn.transaction().unwrap();
        tx.execute_batch(MIGRATIONS[0]).unwrap();
        tx.execute_batch(MIGRATIONS[1]).unwrap();
        tx.pragma_update(None, "user_version", 2).unwrap();
        tx.execute_batch(
            "INSERT INTO terms (lemma, status, created_at, updated_at) VALUES
                 ('gaan', 2, 0, 50), ('huis', 5, 0, 60), ('kat', 0, 0, 70);
             INSERT INTO review_log (term_id, grade, reviewed_at) VALUES (1, 3, 40);",
        )
        .unwrap();
        tx.commit().unwrap();

        migrate(&mut conn, 2).unwrap();
        let cards: Vec<(i64, i64, i64, i64)> = conn
            .prepare("SELECT term_id, due, phase, step FROM cards")
            .unwrap()
            .query_map([], |row| {
                Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?))
            })
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        assert_eq!(
            cards,
            vec![(1, 50, 0, 0)],
            "only the learning term, due at once"
        );
        let reviews: i64 = conn
            .query_row("SELECT count(*) FROM review_log", [], |row| row.get(0))
            .unwrap();
        assert_eq!(reviews, 1, "the review log is kept");
    }

    #[test]
    fn a_failing_migration_changes_nothing() {
        let mut conn = Connection::open_in_memory().unwrap();
        // A table in the way makes migration 1 fail half-way.
        conn.execute_batch("CREATE TABLE cards (x INTEGER)")
            .unwrap();
        assert!(migrate(&mut conn, 0).is_err());
        let version: u32 = conn
            .pragma_query_value(None, "user_version", |row| row.get(0))
            .unwrap();
        assert_eq!(version, 0);
        assert_eq!(tables(&conn), vec!["cards".to_owned()]);
    }
}
