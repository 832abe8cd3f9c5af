//! [`ReviewSession`]: a review of the due learning cards, one at a time: the word in its
//! sentence, the answer revealed on request, a grade that FSRS turns into the next due time.

use std::collections::VecDeque;

use crate::dictionary::{Dictionary, Entry};
use crate::export::marked_span;
use crate::learn::{Grade, Outcome, Scheduler, Timestamp};
use crate::store::{CardId, DueCard, UserGloss};

/// A card graded into a learning step due this soon comes back in the same session, as
/// Anki's "learn ahead limit" (20 minutes) does.
pub const LEARN_AHEAD: i64 = 20 * 60;

/// The most cards one session loads.
pub const SESSION_LIMIT: usize = 1_000;

/// The card on screen, with everything the review shows, prepared once.
#[derive(Clone, Debug)]
pub struct ReviewCardView {
    /// The card.
    pub card: DueCard,
    /// The word as it stood in the sentence (the lemma when no sentence was kept).
    pub form: String,
    /// The sentence it was met in (empty when none was kept).
    pub sentence: String,
    /// Byte range of the word in `sentence`, when found there.
    pub highlight: Option<(usize, usize)>,
    /// The lemma's dictionary entries.
    pub entries: Vec<Entry>,
    /// What the learner's own dictionaries say.
    pub other_sources: Vec<UserGloss>,
    /// What each grade would do, Again…Easy, as computed when the card was shown.
    pub outcomes: [Outcome; 4],
}

impl ReviewCardView {
    pub(super) fn new(
        card: DueCard,
        dictionary: Option<&Dictionary>,
        other_sources: Vec<UserGloss>,
        scheduler: &Scheduler,
        now: Timestamp,
    ) -> Self {
        let (form, sentence) = match &card.context {
            Some(context) => (context.form.clone(), context.sentence.clone()),
            None => (card.lemma.clone(), String::new()),
        };
        let highlight = marked_span(&sentence, &form);
        let entries = dictionary
            .map(|dictionary| {
                dictionary
                    .entries_for(&card.lemma)
                    .into_iter()
                    .cloned()
                    .collect()
            })
            .unwrap_or_default();
        let outcomes = scheduler.preview(&card.card, now);
        Self {
            card,
            form,
            sentence,
            highlight,
            entries,
            other_sources,
            outcomes,
        }
    }

    /// The card's id.
    pub fn card_id(&self) -> CardId {
        self.card.card_id
    }

    /// What `grade` would do.
    pub fn outcome(&self, grade: Grade) -> Option<&Outcome> {
        self.outcomes.iter().find(|outcome| outcome.grade == grade)
    }
}

/// What a finished session shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ReviewSummary {
    /// Reviews given, by grade (Again, Hard, Good, Easy).
    pub by_grade: [u32; 4],
    /// When the next card falls due, if any learning card is left.
    pub next_due: Option<Timestamp>,
    /// Seconds from the end of the session to `next_due`.
    pub next_due_in: Option<i64>,
}

impl ReviewSummary {
    /// All reviews given.
    pub fn reviewed(&self) -> u32 {
        self.by_grade.iter().sum()
    }
}

/// A review session: the queue of due cards, the current one, and the counts so far.
#[derive(Clone, Debug, Default)]
pub struct ReviewSession {
    pub(super) queue: VecDeque<DueCard>,
    pub(super) current: Option<ReviewCardView>,
    pub(super) revealed: bool,
    pub(super) by_grade: [u32; 4],
    pub(super) summary: Option<ReviewSummary>,
}

impl ReviewSession {
    /// The card on screen; `None` once the session is over.
    pub fn current(&self) -> Option<&ReviewCardView> {
        self.current.as_ref()
    }

    /// Whether the answer is showing.
    pub fn revealed(&self) -> bool {
        self.revealed
    }

    /// Cards waiting after the current one.
    pub fn remaining(&self) -> usize {
        self.queue.len()
    }

    /// Reviews given so far, by grade (Again, Hard, Good, Easy).
    pub fn by_grade(&self) -> [u32; 4] {
        self.by_grade
    }

    /// The summary, once the last card is graded.
    pub fn summary(&self) -> Option<&ReviewSummary> {
        self.summary.as_ref()
    }

    pub(super) fn count(&mut self, grade: Grade) {
        if let Some(slot) = self.by_grade.get_mut(usize::from(grade.number() - 1)) {
            *slot += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_word_is_found_as_a_whole_word() {
        let sentence = "Gaan zij? Zij gingen akkoord, gingen ze.";
        assert_eq!(marked_span(sentence, "gingen"), Some((14, 20)));
        assert_eq!(marked_span(sentence, "Gingen"), Some((14, 20)));
        assert_eq!(marked_span(sentence, "zij"), Some((5, 8)));
        assert_eq!(marked_span("Het gaat goed.", "ga"), None);
        assert_eq!(marked_span("", "ga"), None);
        assert_eq!(marked_span("ga", ""), None);
        assert_eq!(marked_span("Één Oekraïne", "oekraïne"), Some((6, 15)));
    }
}
