//! The `user_dictionaries` and `user_entries` tables: the learner's imported dictionaries.

use rusqlite::params;

use super::{Result, Store};
use crate::dictionary::import::ImportedEntry;

/// One gloss from an imported dictionary.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UserGloss {
    /// The dictionary's name.
    pub dictionary: String,
    /// The headword as that dictionary writes it.
    pub headword: String,
    /// Its definition.
    pub gloss: String,
}

/// An imported dictionary.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UserDictionary {
    /// Its name (the file stem).
    pub name: String,
    /// `dictd`, `stardict` or `tsv`.
    pub format: String,
    /// How many entries it has.
    pub entry_count: u64,
}

impl Store {
    /// Stores an imported dictionary, replacing one of the same name; one transaction.
    pub fn replace_user_dictionary(
        &mut self,
        name: &str,
        format: &str,
        source_path: &str,
        entries: &[ImportedEntry],
        now: i64,
    ) -> Result<()> {
        let tx = self.conn.transaction()?;
        tx.prepare_cached("DELETE FROM user_dictionaries WHERE name = ?1")?
            .execute(params![name])?;
        tx.prepare_cached(
            "INSERT INTO user_dictionaries (name, format, source_path, entry_count, imported_at)
             VALUES (?1, ?2, ?3, ?4, ?5)",
        )?
        .execute(params![
            name,
            format,
            source_path,
            i64::try_from(entries.len()).unwrap_or(i64::MAX),
            now
        ])?;
        let dictionary_id = tx.last_insert_rowid();
        {
            let mut insert = tx.prepare_cached(
                "INSERT INTO user_entries (dictionary_id, lookup_key, headword, gloss)
                 VALUES (?1, ?2, ?3, ?4)",
            )?;
            for entry in entries {
                insert.execute(params![
                    dictionary_id,
                    entry.key,
                    entry.headword,
                    entry.gloss
                ])?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// Glosses from imported dictionaries for any of these normalized keys (lemma, form).
    pub fn user_glosses(&self, keys: &[&str]) -> Result<Vec<UserGloss>> {
        let mut glosses = Vec::new();
        let mut stmt = self.conn.prepare_cached(
            "SELECT d.name, e.headword, e.gloss FROM user_entries e
             JOIN user_dictionaries d USING (dictionary_id)
             WHERE e.lookup_key = ?1 ORDER BY d.name, e.rowid LIMIT 20",
        )?;
        for key in keys {
            let rows = stmt.query_map(params![key], |row| {
                Ok(UserGloss {
                    dictionary: row.get(0)?,
                    headword: row.get(1)?,
                    gloss: row.get(2)?,
                })
            })?;
            for gloss in rows {
                let gloss = gloss?;
                if !glosses.contains(&gloss) {
                    glosses.push(gloss);
                }
            }
        }
        Ok(glosses)
    }

    /// The imported dictionaries.
    pub fn user_dictionaries(&self) -> Result<Vec<UserDictionary>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT name, format, entry_count FROM user_dictionaries ORDER BY name",
        )?;
        let rows = stmt.query_map([], |row| {
            Ok(UserDictionary {
                name: row.get(0)?,
                format: row.get(1)?,
                entry_count: u64::try_from(row.get::<_, i64>(2)?).unwrap_or_default(),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_imported_dictionary_is_found_by_key_and_replaced_on_reimport() {
        let mut store = Store::open_in_memory().unwrap();
        let entries = vec![
            ImportedEntry::new("huis", "house"),
            ImportedEntry::new("huis", "home"),
        ];
        store
            .replace_user_dictionary("mine", "tsv", "/tmp/mine.tsv", &entries, 5)
            .unwrap();
        let glosses = store.user_glosses(&["huis", "huizen"]).unwrap();
        assert_eq!(glosses.len(), 2);
        assert_eq!(glosses[0].dictionary, "mine");
        store
            .replace_user_dictionary("mine", "tsv", "/tmp/mine.tsv", &entries[..1], 6)
            .unwrap();
        assert_eq!(store.user_glosses(&["huis"]).unwrap().len(), 1);
        assert_eq!(store.user_dictionaries().unwrap()[0].entry_count, 1);
    }
}
