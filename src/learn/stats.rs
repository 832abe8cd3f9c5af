//! Counts derived from term statuses: the library's "% known" and `leesbril stats`.

use std::collections::HashMap;

use super::Status;

/// How many terms have each status.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StatusCounts {
    /// Terms at learning levels 1 to 4 (index 0 is level 1).
    pub learning: [u64; 4],
    /// Terms marked known.
    pub known: u64,
    /// Terms marked ignored.
    pub ignored: u64,
}

impl StatusCounts {
    /// Adds one term with this status (new terms are not counted: they have no row).
    pub fn add(&mut self, status: Status) {
        match status {
            Status::New => {}
            Status::Learning(level) => {
                if let Some(slot) = self.learning.get_mut(usize::from(level.get()) - 1) {
                    *slot += 1;
                }
            }
            Status::Known => self.known += 1,
            Status::Ignored => self.ignored += 1,
        }
    }

    /// All terms being learned, whatever their level.
    pub fn learning_total(&self) -> u64 {
        self.learning.iter().sum()
    }
}

/// Share (0.0–1.0) of an article's distinct lemmas that are known or ignored.
///
/// An article without words counts as fully known.
pub fn known_share<'a>(
    lemmas: impl IntoIterator<Item = &'a str>,
    statuses: &HashMap<String, Status>,
) -> f64 {
    let mut total = 0_u32;
    let mut known = 0_u32;
    for lemma in lemmas {
        total += 1;
        if statuses
            .get(lemma)
            .is_some_and(|status| status.counts_as_known())
        {
            known += 1;
        }
    }
    if total == 0 {
        1.0
    } else {
        f64::from(known) / f64::from(total)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::learn::Level;

    #[test]
    fn known_share_counts_known_and_ignored_lemmas() {
        let statuses = HashMap::from([
            ("gaan".to_owned(), Status::Known),
            ("Poetin".to_owned(), Status::Ignored),
            (
                "sanctie".to_owned(),
                Status::Learning(Level::new(1).unwrap()),
            ),
        ]);
        let share = known_share(["gaan", "Poetin", "sanctie", "oorlog"], &statuses);
        assert!((share - 0.5).abs() < 1e-9);
        assert!((known_share([], &statuses) - 1.0).abs() < 1e-9);
    }

    #[test]
    fn counts_sort_statuses_into_buckets() {
        let mut counts = StatusCounts::default();
        counts.add(Status::Known);
        counts.add(Status::Learning(Level::new(3).unwrap()));
        counts.add(Status::New);
        assert_eq!(counts.known, 1);
        assert_eq!(counts.learning, [0, 0, 1, 0]);
        assert_eq!(counts.learning_total(), 1);
    }
}
