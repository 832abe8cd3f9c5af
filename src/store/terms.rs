//! The `terms` and `term_contexts` tables: a status per lemma and where it was met.

use std::collections::HashMap;

use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ToSqlOutput, ValueRef};
use rusqlite::{OptionalExtension as _, ToSql, params};

use super::{ArticleId, Result, Store};
use crate::export::ExportTerm;
use crate::learn::{Level, Status, StatusCounts, TermContext};

// The one place where a status becomes a number. Never renumber: the numbers are on disk.
const STATUS_NEW: i64 = 0;
const STATUS_KNOWN: i64 = 5;
const STATUS_IGNORED: i64 = 6;
/// Learning levels are stored as their number, 1 to 4.
pub(super) const LEARNING_MIN: i64 = Level::MIN as i64;
/// See [`LEARNING_MIN`].
pub(super) const LEARNING_MAX: i64 = Level::MAX as i64;

/// Wrapper so the orphan rule lets `Status` map to an SQLite integer here, and only here.
pub(super) struct StoredStatus(pub(super) Status);

impl ToSql for StoredStatus {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        let number = match self.0 {
            Status::New => STATUS_NEW,
            Status::Learning(level) => i64::from(level.get()),
            Status::Known => STATUS_KNOWN,
            Status::Ignored => STATUS_IGNORED,
        };
        Ok(ToSqlOutput::from(number))
    }
}

impl FromSql for StoredStatus {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
        let number = value.as_i64()?;
        let status = match number {
            STATUS_NEW => Status::New,
            STATUS_KNOWN => Status::Known,
            STATUS_IGNORED => Status::Ignored,
            level => u8::try_from(level)
                .ok()
                .and_then(Level::new)
                .map(Status::Learning)
                .ok_or(FromSqlError::OutOfRange(level))?,
        };
        Ok(StoredStatus(status))
    }
}

/// A term as stored, with the sentences it was met in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TermRecord {
    /// The lemma.
    pub lemma: String,
    /// Its status.
    pub status: Status,
    /// The learner's own notes.
    pub notes: Option<String>,
    /// Where it was met, oldest first.
    pub contexts: Vec<TermContext>,
}

impl Store {
    /// The status of every term that has one.
    pub fn statuses(&self) -> Result<HashMap<String, Status>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT lemma, status FROM terms")?;
        let rows = stmt.query_map([], |row| {
            Ok((row.get::<_, String>(0)?, row.get::<_, StoredStatus>(1)?.0))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Sets the status of a lemma and remembers the sentence it was marked in; one commit.
    ///
    /// A term entering a learning level (from new, known or ignored) gets a review card due at
    /// `now`, or its old card back, due at `now` at the latest, memory and history kept.
    /// Known and ignored terms keep their card; they are simply not reviewed.
    pub fn set_status(
        &mut self,
        lemma: &str,
        status: Status,
        context: Option<(&TermContext, Option<ArticleId>)>,
        now: i64,
    ) -> Result<()> {
        let tx = self.conn.transaction()?;
        let previous = tx
            .prepare_cached("SELECT status FROM terms WHERE lemma = ?1")?
            .query_row(params![lemma], |row| row.get::<_, StoredStatus>(0))
            .optional()?
            .map(|stored| stored.0);
        tx.prepare_cached(
            "INSERT INTO terms (lemma, status, created_at, updated_at) VALUES (?1, ?2, ?3, ?3)
             ON CONFLICT (lemma) DO UPDATE SET status = excluded.status, updated_at = excluded.updated_at",
        )?
        .execute(params![lemma, StoredStatus(status), now])?;
        if let Some((context, article_id)) = context {
            tx.prepare_cached(
                "INSERT INTO term_contexts (term_id, article_id, form, sentence, created_at)
                 SELECT term_id, ?2, ?3, ?4, ?5 FROM terms WHERE lemma = ?1
                 ON CONFLICT (term_id, sentence) DO NOTHING",
            )?
            .execute(params![
                lemma,
                article_id.map(|id| id.0),
                context.form,
                context.sentence,
                now
            ])?;
        }
        let entering_learning =
            matches!(status, Status::Learning(_)) && !matches!(previous, Some(Status::Learning(_)));
        if entering_learning {
            tx.prepare_cached(
                "INSERT INTO cards (term_id, due) SELECT term_id, ?2 FROM terms WHERE lemma = ?1
                 ON CONFLICT (term_id) DO UPDATE SET due = min(due, excluded.due)",
            )?
            .execute(params![lemma, now])?;
        }
        tx.commit()?;
        Ok(())
    }

    /// One term with its contexts, if the learner ever marked it.
    pub fn term(&self, lemma: &str) -> Result<Option<TermRecord>> {
        let Some((term_id, status, notes)) = self
            .conn
            .prepare_cached("SELECT term_id, status, notes FROM terms WHERE lemma = ?1")?
            .query_row(params![lemma], |row| {
                Ok((
                    row.get::<_, i64>(0)?,
                    row.get::<_, StoredStatus>(1)?.0,
                    row.get::<_, Option<String>>(2)?,
                ))
            })
            .optional()?
        else {
            return Ok(None);
        };
        let mut stmt = self.conn.prepare_cached(
            "SELECT form, sentence FROM term_contexts WHERE term_id = ?1 ORDER BY context_id",
        )?;
        let contexts = stmt
            .query_map(params![term_id], |row| {
                Ok(TermContext {
                    form: row.get(0)?,
                    sentence: row.get(1)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(Some(TermRecord {
            lemma: lemma.to_owned(),
            status,
            notes,
            contexts,
        }))
    }

    /// The terms whose status is one of `statuses`, each with the first sentence it was met in
    /// and that sentence's article, oldest term first.
    pub fn terms_for_export(&self, statuses: &[Status]) -> Result<Vec<ExportTerm>> {
        let mut stmt = self
            .conn
            .prepare_cached(include_str!("terms_for_export.sql"))?;
        let rows = stmt.query_map([], |row| {
            Ok(ExportTerm {
                lemma: row.get(0)?,
                status: row.get::<_, StoredStatus>(1)?.0,
                added_at: row.get(2)?,
                form: row.get(3)?,
                sentence: row.get(4)?,
                article: row.get(5)?,
            })
        })?;
        let mut terms = Vec::new();
        for term in rows {
            let term = term?;
            if statuses.contains(&term.status) {
                terms.push(term);
            }
        }
        Ok(terms)
    }

    /// Terms per status.
    pub fn status_counts(&self) -> Result<StatusCounts> {
        let mut counts = StatusCounts::default();
        for status in self.statuses()?.into_values() {
            counts.add(status);
        }
        Ok(counts)
    }

    /// How many reviews the log holds.
    pub fn review_count(&self) -> Result<u64> {
        let count: i64 = self
            .conn
            .prepare_cached("SELECT count(*) FROM review_log")?
            .query_row([], |row| row.get(0))?;
        Ok(u64::try_from(count).unwrap_or_default())
    }

    /// The lemma a learner chose for an ambiguous form, if any.
    pub fn lemma_choice(&self, form: &str) -> Result<Option<String>> {
        Ok(self
            .conn
            .prepare_cached("SELECT lemma FROM lemma_choices WHERE form = ?1")?
            .query_row(params![form], |row| row.get(0))
            .optional()?)
    }

    /// Every remembered lemma choice, form → lemma.
    pub fn lemma_choices(&self) -> Result<HashMap<String, String>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT form, lemma FROM lemma_choices")?;
        let rows = stmt.query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Remembers that `form` means `lemma` for this learner.
    pub fn set_lemma_choice(&self, form: &str, lemma: &str) -> Result<()> {
        self.conn
            .prepare_cached(
                "INSERT INTO lemma_choices (form, lemma) VALUES (?1, ?2)
                 ON CONFLICT (form) DO UPDATE SET lemma = excluded.lemma",
            )?
            .execute(params![form, lemma])?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_status_and_its_context_are_stored_per_lemma() {
        let mut store = Store::open_in_memory().unwrap();
        let context = TermContext {
            form: "gingen".into(),
            sentence: "Zij gingen akkoord.".into(),
        };
        let level = Status::Learning(Level::new(1).unwrap());
        store
            .set_status("gaan", level, Some((&context, None)), 10)
            .unwrap();
        store
            .set_status("gaan", Status::Known, Some((&context, None)), 11)
            .unwrap();
        let term = store.term("gaan").unwrap().unwrap();
        assert_eq!(term.status, Status::Known);
        assert_eq!(term.contexts, vec![context]);
        assert_eq!(store.statuses().unwrap().get("gaan"), Some(&Status::Known));
    }

    #[test]
    fn every_status_survives_the_database() {
        let mut store = Store::open_in_memory().unwrap();
        for (index, status) in Status::all().into_iter().enumerate() {
            let lemma = format!("woord{index}");
            store.set_status(&lemma, status, None, 1).unwrap();
            assert_eq!(store.term(&lemma).unwrap().unwrap().status, status);
        }
        let counts = store.status_counts().unwrap();
        assert_eq!(counts.known, 1);
        assert_eq!(counts.ignored, 1);
        assert_eq!(counts.learning_total(), 4);
    }

    #[test]
    fn export_terms_carry_their_first_sentence_and_article() {
        let mut store = Store::open_in_memory().unwrap();
        let added = store
            .add_article(
                &crate::store::NewArticle {
                    title: "Nieuws".into(),
                    date: None,
                    body: "Zij gingen naar huis.".into(),
                    origin: "pasted".into(),
                },
                1,
            )
            .unwrap();
        let crate::store::AddedArticle::Added(article_id) = added else {
            panic!("a new article");
        };
        let level = Status::Learning(Level::new(2).unwrap());
        let first = TermContext {
            form: "gingen".into(),
            sentence: "Zij gingen naar huis.".into(),
        };
        let later = TermContext {
            form: "ging".into(),
            sentence: "Hij ging.".into(),
        };
        store
            .set_status("gaan", level, Some((&first, Some(article_id))), 10)
            .unwrap();
        store
            .set_status("gaan", level, Some((&later, None)), 11)
            .unwrap();
        store.set_status("huis", Status::Known, None, 12).unwrap();
        let terms = store.terms_for_export(&[level]).unwrap();
        assert_eq!(
            terms,
            vec![ExportTerm {
                lemma: "gaan".into(),
                status: level,
                form: Some("gingen".into()),
                sentence: Some("Zij gingen naar huis.".into()),
                article: Some("Nieuws".into()),
                added_at: 10,
            }]
        );
        let known = store.terms_for_export(&[Status::Known]).unwrap();
        assert_eq!(known.len(), 1);
        assert_eq!(known[0].sentence, None);
    }

    #[test]
    fn lemma_choices_are_remembered() {
        let store = Store::open_in_memory().unwrap();
        store.set_lemma_choice("was", "wassen").unwrap();
        assert_eq!(
            store.lemma_choice("was").unwrap().as_deref(),
            Some("wassen")
        );
        assert_eq!(store.lemma_choices().unwrap().len(), 1);
    }
}
