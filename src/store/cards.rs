//! The `cards` and `review_log` tables: a card per learning term with its FSRS schedule, and
//! the append-only log of every review.

use rusqlite::{OptionalExtension as _, Row, params};

use super::terms::{LEARNING_MAX, LEARNING_MIN, StoredStatus};
use super::{Result, Store};
use crate::learn::{CardState, Grade, Memory, Phase, Status, TermContext, Timestamp};

// The one place where a phase becomes a number. Never renumber: the numbers are on disk.
const PHASE_LEARNING: i64 = 0;
const PHASE_REVIEW: i64 = 1;
const PHASE_RELEARNING: i64 = 2;

/// A card's id: the row id of its term (a term has at most one card).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CardId(pub i64);

/// A card to review, with what the review shows.
#[derive(Clone, Debug, PartialEq)]
pub struct DueCard {
    /// Its id.
    pub card_id: CardId,
    /// The term's lemma.
    pub lemma: String,
    /// The term's status (a learning level while it is being reviewed).
    pub status: Status,
    /// Its schedule.
    pub card: CardState,
    /// The latest sentence the term was met in, if one was kept.
    pub context: Option<TermContext>,
}

/// A review to save: the grade and what it did.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Review {
    /// The card reviewed.
    pub card_id: CardId,
    /// The grade given.
    pub grade: Grade,
    /// When.
    pub reviewed_at: Timestamp,
    /// The card's schedule after the review.
    pub card: CardState,
    /// The term's new status, when the review changes it.
    pub status: Option<Status>,
}

/// One row of the review log.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ReviewRecord {
    /// The grade given.
    pub grade: Grade,
    /// When.
    pub reviewed_at: Timestamp,
    /// The memory after the review.
    pub memory: Option<Memory>,
}

/// How many learning cards are due.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DueCounts {
    /// Due now.
    pub now: u64,
    /// Due before the end of the day asked about (includes `now`).
    pub today: u64,
}

const CARD_COLUMNS: &str = "c.term_id, t.lemma, t.status, c.stability, c.difficulty, \
     c.last_review, c.due, c.phase, c.step, \
     (SELECT form FROM term_contexts x WHERE x.term_id = c.term_id ORDER BY context_id DESC LIMIT 1), \
     (SELECT sentence FROM term_contexts x WHERE x.term_id = c.term_id ORDER BY context_id DESC LIMIT 1)";

/// A memory from its two columns; none unless both are there.
fn memory_from(stability: Option<f64>, difficulty: Option<f64>) -> Option<Memory> {
    Some(Memory {
        stability: stability?,
        difficulty: difficulty?,
    })
}

fn row_to_due_card(row: &Row<'_>) -> rusqlite::Result<DueCard> {
    let memory = memory_from(row.get(3)?, row.get(4)?);
    let step = u8::try_from(row.get::<_, i64>(8)?).unwrap_or(0);
    let phase = match row.get::<_, i64>(7)? {
        PHASE_LEARNING => Phase::Learning { step },
        PHASE_RELEARNING => Phase::Relearning { step },
        // PHASE_REVIEW, or an unknown number from a damaged row: a review card if it has a
        // memory, else a new one.
        _ if memory.is_some() => Phase::Review,
        _ => Phase::Learning { step: 0 },
    };
    let context = match (
        row.get::<_, Option<String>>(9)?,
        row.get::<_, Option<String>>(10)?,
    ) {
        (Some(form), Some(sentence)) => Some(TermContext { form, sentence }),
        _ => None,
    };
    Ok(DueCard {
        card_id: CardId(row.get(0)?),
        lemma: row.get(1)?,
        status: row.get::<_, StoredStatus>(2)?.0,
        card: CardState {
            memory,
            phase,
            last_review: row.get(5)?,
            due: row.get(6)?,
        },
        context,
    })
}

fn phase_columns(phase: Phase) -> (i64, i64) {
    match phase {
        Phase::Learning { step } => (PHASE_LEARNING, i64::from(step)),
        Phase::Review => (PHASE_REVIEW, 0),
        Phase::Relearning { step } => (PHASE_RELEARNING, i64::from(step)),
    }
}

impl Store {
    /// Cards of learning terms due at `now`, most overdue first, at most `limit`.
    /// Terms marked known or ignored keep their card and history but are not reviewed.
    pub fn due_cards(&self, now: Timestamp, limit: usize) -> Result<Vec<DueCard>> {
        let sql = format!(
            "SELECT {CARD_COLUMNS} FROM cards c JOIN terms t USING (term_id)
             WHERE t.status BETWEEN ?1 AND ?2 AND c.due <= ?3
             ORDER BY c.due, c.term_id LIMIT ?4"
        );
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(
            params![LEARNING_MIN, LEARNING_MAX, now, limit],
            row_to_due_card,
        )?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The card of a lemma, whatever its status, if it has one.
    pub fn card_of(&self, lemma: &str) -> Result<Option<DueCard>> {
        let sql = format!(
            "SELECT {CARD_COLUMNS} FROM cards c JOIN terms t USING (term_id) WHERE t.lemma = ?1"
        );
        Ok(self
            .conn
            .prepare_cached(&sql)?
            .query_row(params![lemma], row_to_due_card)
            .optional()?)
    }

    /// How many learning cards are due at `now`, and before `end_of_day`.
    pub fn due_counts(&self, now: Timestamp, end_of_day: Timestamp) -> Result<DueCounts> {
        let (due_now, due_today): (i64, i64) = self
            .conn
            .prepare_cached(
                "SELECT coalesce(sum(c.due <= ?3), 0), coalesce(sum(c.due < ?4 OR c.due <= ?3), 0)
                 FROM cards c JOIN terms t USING (term_id) WHERE t.status BETWEEN ?1 AND ?2",
            )?
            .query_row(
                params![LEARNING_MIN, LEARNING_MAX, now, end_of_day],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )?;
        Ok(DueCounts {
            now: u64::try_from(due_now).unwrap_or_default(),
            today: u64::try_from(due_today).unwrap_or_default(),
        })
    }

    /// When the next learning card falls due after `now`, if any.
    pub fn next_due(&self, now: Timestamp) -> Result<Option<Timestamp>> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT min(c.due) FROM cards c JOIN terms t USING (term_id)
                 WHERE t.status BETWEEN ?1 AND ?2 AND c.due > ?3",
            )?
            .query_row(params![LEARNING_MIN, LEARNING_MAX, now], |row| row.get(0))?)
    }

    /// Saves a review: the log row, the card's new schedule and the term's new status, in one
    /// transaction (all or nothing).
    pub fn record_review(&mut self, review: &Review) -> Result<()> {
        let tx = self.conn.transaction()?;
        let memory = review.card.memory;
        tx.prepare_cached(
            "INSERT INTO review_log (term_id, grade, reviewed_at, stability, difficulty)
             VALUES (?1, ?2, ?3, ?4, ?5)",
        )?
        .execute(params![
            review.card_id.0,
            review.grade.number(),
            review.reviewed_at,
            memory.map(|memory| memory.stability),
            memory.map(|memory| memory.difficulty),
        ])?;
        let (phase, step) = phase_columns(review.card.phase);
        let updated = tx
            .prepare_cached(
                "UPDATE cards SET stability = ?2, difficulty = ?3, last_review = ?4, due = ?5,
                 phase = ?6, step = ?7 WHERE term_id = ?1",
            )?
            .execute(params![
                review.card_id.0,
                memory.map(|memory| memory.stability),
                memory.map(|memory| memory.difficulty),
                review.card.last_review,
                review.card.due,
                phase,
                step,
            ])?;
        if updated != 1 {
            // No card to update: roll back, the log row would be a review of nothing.
            return Err(rusqlite::Error::QueryReturnedNoRows.into());
        }
        if let Some(status) = review.status {
            tx.prepare_cached("UPDATE terms SET status = ?2, updated_at = ?3 WHERE term_id = ?1")?
                .execute(params![
                    review.card_id.0,
                    StoredStatus(status),
                    review.reviewed_at
                ])?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Every review of a lemma, oldest first.
    pub fn reviews_of(&self, lemma: &str) -> Result<Vec<ReviewRecord>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT r.grade, r.reviewed_at, r.stability, r.difficulty
             FROM review_log r JOIN terms t USING (term_id)
             WHERE t.lemma = ?1 ORDER BY r.reviewed_at, r.review_id",
        )?;
        let rows = stmt.query_map(params![lemma], |row| {
            let number = row.get::<_, i64>(0)?;
            let grade = u8::try_from(number)
                .ok()
                .and_then(Grade::from_number)
                .ok_or(rusqlite::types::FromSqlError::OutOfRange(number))
                .map_err(|err| {
                    rusqlite::Error::FromSqlConversionFailure(
                        0,
                        rusqlite::types::Type::Integer,
                        Box::new(err),
                    )
                })?;
            let memory = memory_from(row.get(2)?, row.get(3)?);
            Ok(ReviewRecord {
                grade,
                reviewed_at: row.get(1)?,
                memory,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::learn::{Level, Scheduler};

    fn learning(level: u8) -> Status {
        Status::Learning(Level::new(level).unwrap())
    }

    fn context() -> TermContext {
        TermContext {
            form: "gingen".into(),
            sentence: "Zij gingen akkoord.".into(),
        }
    }

    #[test]
    fn a_learning_term_gets_a_card_due_at_once_with_its_sentence() {
        let mut store = Store::open_in_memory().unwrap();
        store
            .set_status("gaan", learning(1), Some((&context(), None)), 100)
            .unwrap();
        store.set_status("huis", Status::Known, None, 100).unwrap();
        assert!(store.due_cards(99, 10).unwrap().is_empty());
        let due = store.due_cards(100, 10).unwrap();
        assert_eq!(due.len(), 1);
        assert_eq!(due[0].lemma, "gaan");
        assert_eq!(due[0].card, CardState::new(100));
        assert_eq!(due[0].context, Some(context()));
        assert!(
            store.card_of("huis").unwrap().is_none(),
            "known terms get no card"
        );
    }

    #[test]
    fn known_or_ignored_terms_leave_review_but_keep_card_and_history() {
        let mut store = Store::open_in_memory().unwrap();
        store.set_status("gaan", learning(2), None, 100).unwrap();
        let card = store.due_cards(100, 10).unwrap().remove(0);
        let after = Scheduler::default().grade(&card.card, Grade::Good, 100);
        store
            .record_review(&Review {
                card_id: card.card_id,
                grade: Grade::Good,
                reviewed_at: 100,
                card: after,
                status: None,
            })
            .unwrap();
        store.set_status("gaan", Status::Known, None, 200).unwrap();
        assert!(store.due_cards(i64::MAX, 10).unwrap().is_empty());
        assert_eq!(
            store.due_counts(i64::MAX, i64::MAX).unwrap(),
            DueCounts::default()
        );
        assert_eq!(store.card_of("gaan").unwrap().unwrap().card, after);
        assert_eq!(store.reviews_of("gaan").unwrap().len(), 1);

        // Back to learning: the same card, with its memory, due at once.
        store.set_status("gaan", learning(1), None, 300).unwrap();
        let again = store.due_cards(300, 10).unwrap();
        assert_eq!(again.len(), 1);
        assert_eq!(again[0].card.memory, after.memory);
        assert_eq!(again[0].card.due, 300);
        // A level change within learning does not move the due time.
        store.set_status("gaan", learning(3), None, 400).unwrap();
        assert_eq!(store.card_of("gaan").unwrap().unwrap().card.due, 300);
    }

    #[test]
    fn a_review_writes_log_card_and_status_together() {
        let mut store = Store::open_in_memory().unwrap();
        store.set_status("gaan", learning(1), None, 0).unwrap();
        let card = store.due_cards(0, 10).unwrap().remove(0);
        let after = Scheduler::default().grade(&card.card, Grade::Easy, 10);
        store
            .record_review(&Review {
                card_id: card.card_id,
                grade: Grade::Easy,
                reviewed_at: 10,
                card: after,
                status: Some(learning(3)),
            })
            .unwrap();
        let stored = store.card_of("gaan").unwrap().unwrap();
        assert_eq!(stored.card, after);
        assert_eq!(stored.card.phase, Phase::Review);
        assert_eq!(stored.status, learning(3));
        let log = store.reviews_of("gaan").unwrap();
        assert_eq!(log.len(), 1);
        assert_eq!(log[0].grade, Grade::Easy);
        assert_eq!(log[0].reviewed_at, 10);
        assert_eq!(log[0].memory, after.memory);
        assert_eq!(store.review_count().unwrap(), 1);
        assert_eq!(store.next_due(10).unwrap(), Some(after.due));
        let counts = store.due_counts(after.due, after.due + 1).unwrap();
        assert_eq!(counts, DueCounts { now: 1, today: 1 });
        assert_eq!(
            store.due_counts(after.due - 1, after.due + 1).unwrap().now,
            0
        );
    }

    #[test]
    fn a_review_of_a_missing_card_saves_nothing() {
        let mut store = Store::open_in_memory().unwrap();
        store.set_status("gaan", learning(1), None, 0).unwrap();
        let card = store.due_cards(0, 10).unwrap().remove(0);
        let review = Review {
            card_id: CardId(card.card_id.0 + 1000),
            grade: Grade::Good,
            reviewed_at: 5,
            card: card.card,
            status: None,
        };
        assert!(store.record_review(&review).is_err());
        assert_eq!(store.review_count().unwrap(), 0);
    }

    #[test]
    fn a_damaged_card_row_is_read_without_panicking() {
        let mut store = Store::open_in_memory().unwrap();
        store.set_status("gaan", learning(1), None, 0).unwrap();
        store
            .conn
            .execute_batch("UPDATE cards SET phase = 99, step = -4, stability = NULL")
            .unwrap();
        let card = store.due_cards(0, 10).unwrap().remove(0);
        assert_eq!(card.card.phase, Phase::Learning { step: 0 });
        assert_eq!(card.card.memory, None);
    }
}
