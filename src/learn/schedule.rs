//! FSRS scheduling of review cards: a card's memory, its phase, and what each grade does.
//!
//! The memory model is FSRS-6 from the `fsrs` crate (default parameters, desired retention
//! 0.9): [`fsrs::FSRS::next_states`] gives the four outcomes of a review. Around it sits the
//! scheduler of py-fsrs, the reference implementation: new cards go through learning steps
//! (1 and 10 minutes), a lapse goes through a relearning step (10 minutes), and a card in
//! review comes back after the interval FSRS gives for its stability, in whole days. No fuzz:
//! the same history always gives the same due date. Time is handed in (`now`); nothing here
//! reads a clock.
//!
//! ```
//! use leesbril::learn::{CardState, Grade, Phase, Scheduler};
//! let scheduler = Scheduler::default();
//! let card = CardState::new(0);
//! let after = scheduler.grade(&card, Grade::Easy, 0);
//! assert_eq!(after.phase, Phase::Review);
//! assert_eq!(after.due, 8 * 86_400);
//! ```

use std::fmt;

use super::{Level, Timestamp};

const MINUTE: i64 = 60;
const DAY: i64 = 86_400;

/// The retention the scheduler aims for: nine reviews in ten remembered.
pub const DESIRED_RETENTION: f32 = 0.9;

/// The longest interval, in days (a hundred years, as py-fsrs and Anki cap it).
pub const MAXIMUM_INTERVAL_DAYS: i64 = 36_500;

/// How well the learner remembered a card.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Grade {
    /// Forgotten.
    Again,
    /// Remembered with difficulty.
    Hard,
    /// Remembered.
    Good,
    /// Remembered at once.
    Easy,
}

impl Grade {
    /// The four grades, in button order.
    pub const ALL: [Grade; 4] = [Grade::Again, Grade::Hard, Grade::Good, Grade::Easy];

    /// The grade from its number, 1 (Again) to 4 (Easy); `None` otherwise.
    pub fn from_number(number: u8) -> Option<Self> {
        match number {
            1 => Some(Grade::Again),
            2 => Some(Grade::Hard),
            3 => Some(Grade::Good),
            4 => Some(Grade::Easy),
            _ => None,
        }
    }

    /// The grade as FSRS numbers it, 1 (Again) to 4 (Easy).
    pub fn number(self) -> u8 {
        match self {
            Grade::Again => 1,
            Grade::Hard => 2,
            Grade::Good => 3,
            Grade::Easy => 4,
        }
    }

    /// Its name on the button.
    pub fn name(self) -> &'static str {
        match self {
            Grade::Again => "Again",
            Grade::Hard => "Hard",
            Grade::Good => "Good",
            Grade::Easy => "Easy",
        }
    }
}

impl fmt::Display for Grade {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// What FSRS knows about a card's memory.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Memory {
    /// Days until recall drops to 90%.
    pub stability: f64,
    /// How hard the card is, 1 (easy) to 10 (hard).
    pub difficulty: f64,
}

/// Where a card is in its life: being learned in short steps, or reviewed after days.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    /// New or in its first learning steps; `step` indexes [`Scheduler::learning_steps`].
    Learning {
        /// The current learning step.
        step: u8,
    },
    /// Graduated: reviewed after whole days.
    Review,
    /// Forgotten after graduating, back in short steps.
    Relearning {
        /// The current relearning step.
        step: u8,
    },
}

/// A card's schedule: its memory, phase, last review and due time.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CardState {
    /// `None` until the first review.
    pub memory: Option<Memory>,
    /// Its phase.
    pub phase: Phase,
    /// When it was last reviewed.
    pub last_review: Option<Timestamp>,
    /// When it is next due.
    pub due: Timestamp,
}

impl CardState {
    /// A card never reviewed, due at `due`.
    pub fn new(due: Timestamp) -> Self {
        Self {
            memory: None,
            phase: Phase::Learning { step: 0 },
            last_review: None,
            due,
        }
    }
}

/// What one grade would do to a card.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Outcome {
    /// The grade.
    pub grade: Grade,
    /// The card after it.
    pub card: CardState,
    /// Seconds from the review to the next due time.
    pub interval: i64,
}

/// FSRS-6 with default parameters and the py-fsrs learning steps.
pub struct Scheduler {
    fsrs: fsrs::FSRS,
    learning_steps: Vec<i64>,
    relearning_steps: Vec<i64>,
}

impl Default for Scheduler {
    fn default() -> Self {
        Self {
            fsrs: fsrs::FSRS::default(),
            learning_steps: vec![MINUTE, 10 * MINUTE],
            relearning_steps: vec![10 * MINUTE],
        }
    }
}

impl Scheduler {
    /// FSRS with these 21 parameters instead of the defaults; `None` if FSRS refuses them.
    pub fn with_parameters(parameters: &[f32]) -> Option<Self> {
        let fsrs = fsrs::FSRS::new(parameters).ok()?;
        Some(Self {
            fsrs,
            ..Self::default()
        })
    }

    /// The learning steps for new cards, in seconds.
    pub fn learning_steps(&self) -> &[i64] {
        &self.learning_steps
    }

    /// The four memory states after a review `elapsed_days` after the last one (or the first
    /// review when `memory` is `None`): FSRS-6's day-level model, in Again…Easy order.
    ///
    /// Bad input (a NaN or negative stability from a damaged database) falls back to treating
    /// the card as new rather than failing.
    pub fn next_memories(&self, memory: Option<Memory>, elapsed_days: u32) -> [Memory; 4] {
        let previous = memory.map(|memory| fsrs::MemoryState {
            stability: to_f32(memory.stability),
            difficulty: to_f32(memory.difficulty),
        });
        let states = self
            .fsrs
            .next_states(previous, DESIRED_RETENTION, elapsed_days)
            .or_else(|_| self.fsrs.next_states(None, DESIRED_RETENTION, 0));
        let Ok(states) = states else {
            // FSRS refused even a new card: keep the initial default values.
            return [
                (0.212, 6.4133),
                (1.2931, 5.1122),
                (2.3065, 2.1181),
                (8.2956, 1.0),
            ]
            .map(|(stability, difficulty)| Memory {
                stability,
                difficulty,
            });
        };
        [states.again, states.hard, states.good, states.easy].map(|state| Memory {
            stability: f64::from(state.memory.stability),
            difficulty: f64::from(state.memory.difficulty),
        })
    }

    /// FSRS's interval formula: the days until recall falls to `retention`, unrounded.
    pub fn raw_interval(&self, stability: f64, retention: f64) -> f64 {
        f64::from(
            self.fsrs
                .next_interval(Some(to_f32(stability)), to_f32(retention), 3),
        )
    }

    /// The probability of recall `elapsed_days` after a review that left `stability`.
    pub fn retrievability(&self, stability: f64, elapsed_days: f64) -> f64 {
        retrievability(
            stability,
            elapsed_days,
            f64::from(fsrs::FSRS6_DEFAULT_DECAY),
        )
    }

    /// The interval in whole days for a stability (FSRS's interval formula at the desired
    /// retention, rounded, at least one day, at most [`MAXIMUM_INTERVAL_DAYS`]).
    pub fn interval_days(&self, stability: f64) -> i64 {
        let raw = self.raw_interval(stability, f64::from(DESIRED_RETENTION));
        if raw.is_nan() {
            return 1;
        }
        // The clamp makes the cast exact: a whole number between 1 and 36,500.
        raw.round().clamp(1.0, MAXIMUM_INTERVAL_DAYS as f64) as i64
    }

    /// What each grade would do to `card` reviewed at `now`, in Again…Easy order.
    pub fn preview(&self, card: &CardState, now: Timestamp) -> [Outcome; 4] {
        let memories = self.next_memories(card.memory, elapsed_days(card.last_review, now));
        let mut index = 0;
        Grade::ALL.map(|grade| {
            let memory = memories.get(index).copied().unwrap_or(Memory {
                stability: 1.0,
                difficulty: 5.0,
            });
            index += 1;
            self.outcome(card, grade, memory, now)
        })
    }

    /// The card after `grade` at `now`.
    pub fn grade(&self, card: &CardState, grade: Grade, now: Timestamp) -> CardState {
        let outcomes = self.preview(card, now);
        outcomes
            .iter()
            .find(|outcome| outcome.grade == grade)
            .map_or(*card, |outcome| outcome.card)
    }

    fn outcome(&self, card: &CardState, grade: Grade, memory: Memory, now: Timestamp) -> Outcome {
        let review_days = || DAY * self.interval_days(memory.stability);
        let (phase, interval) = match card.phase {
            Phase::Learning { step } => {
                steps_outcome(&self.learning_steps, step, grade, review_days, |step| {
                    Phase::Learning { step }
                })
            }
            Phase::Relearning { step } => {
                steps_outcome(&self.relearning_steps, step, grade, review_days, |step| {
                    Phase::Relearning { step }
                })
            }
            Phase::Review => match (grade, self.relearning_steps.first()) {
                (Grade::Again, Some(&first)) => (Phase::Relearning { step: 0 }, first),
                _ => (Phase::Review, review_days()),
            },
        };
        Outcome {
            grade,
            card: CardState {
                memory: Some(memory),
                phase,
                last_review: Some(now),
                due: now.saturating_add(interval),
            },
            interval,
        }
    }
}

/// A grade in learning or relearning steps, as py-fsrs does it: Again goes back to the first
/// step, Hard repeats the step (the first one: halfway to the second), Good moves on and
/// graduates after the last step, Easy graduates at once.
fn steps_outcome(
    steps: &[i64],
    step: u8,
    grade: Grade,
    review_days: impl Fn() -> i64,
    in_steps: impl Fn(u8) -> Phase,
) -> (Phase, i64) {
    let index = usize::from(step);
    let graduate = || (Phase::Review, review_days());
    if steps.is_empty() || (index >= steps.len() && grade != Grade::Again) {
        return graduate();
    }
    match grade {
        Grade::Again => (in_steps(0), steps.first().copied().unwrap_or(MINUTE)),
        Grade::Hard => {
            let here = steps.get(index).or(steps.last()).copied().unwrap_or(MINUTE);
            let interval = match (index, steps) {
                (0, [only]) => only * 3 / 2,
                (0, [first, second, ..]) => (first + second) / 2,
                _ => here,
            };
            (in_steps(step), interval)
        }
        Grade::Good => match steps.get(index + 1) {
            Some(&next) => (in_steps(step.saturating_add(1)), next),
            None => graduate(),
        },
        Grade::Easy => graduate(),
    }
}

/// FSRS's forgetting curve: the probability of recall `elapsed_days` after a review that left
/// `stability`, for a curve with this `decay` (FSRS-6 learns it; the default is 0.1542).
pub fn retrievability(stability: f64, elapsed_days: f64, decay: f64) -> f64 {
    f64::from(fsrs::current_retrievability(
        fsrs::MemoryState {
            stability: to_f32(stability),
            difficulty: 5.0,
        },
        to_f32(elapsed_days),
        to_f32(decay),
    ))
}

/// The learning level a term has after a review. Kept simple on purpose:
/// - Again lowers the level by one (never below 1);
/// - Hard keeps it;
/// - Good and Easy raise it to the level the next interval earns, never lowering it: less
///   than a day → 1, less than a week → 2, less than three weeks → 3, three weeks or more → 4.
///
/// A review never marks a term known: that stays the learner's own decision.
pub fn level_after(level: Level, grade: Grade, interval: i64) -> Level {
    let earned = match interval {
        i if i < DAY => 1,
        i if i < 7 * DAY => 2,
        i if i < 21 * DAY => 3,
        _ => 4,
    };
    let number = match grade {
        Grade::Again => level.get().saturating_sub(1),
        Grade::Hard => level.get(),
        Grade::Good | Grade::Easy => level.get().max(earned),
    };
    Level::new(number.clamp(Level::MIN, Level::MAX)).unwrap_or(level)
}

/// Whole days between the last review and `now` (0 for a first review, a same-day repeat or
/// a clock that went backwards).
pub fn elapsed_days(last_review: Option<Timestamp>, now: Timestamp) -> u32 {
    let Some(last) = last_review else {
        return 0;
    };
    u32::try_from(now.saturating_sub(last).max(0) / DAY).unwrap_or(u32::MAX)
}

/// FSRS computes in `f32`; stabilities and difficulties are far inside its range.
fn to_f32(value: f64) -> f32 {
    value as f32
}

/// A short text for an interval in seconds: `1m`, `10m`, `3h`, `2d`, `3.5mo`, `1.2y`.
pub fn interval_label(seconds: i64) -> String {
    let seconds = seconds.max(0);
    let days = seconds as f64 / DAY as f64;
    if seconds < 3_600 {
        format!("{}m", (seconds / MINUTE).max(1))
    } else if seconds < DAY {
        format!("{}h", seconds / 3_600)
    } else if days < 30.0 {
        format!("{}d", days.round())
    } else if days < 365.0 {
        format!("{:.1}mo", days / 30.0)
    } else {
        format!("{:.1}y", days / 365.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_card_goes_through_the_learning_steps() {
        let scheduler = Scheduler::default();
        let card = CardState::new(0);
        let outcomes = scheduler.preview(&card, 0);
        let intervals: Vec<i64> = outcomes.iter().map(|outcome| outcome.interval).collect();
        assert_eq!(intervals, vec![60, 330, 600, 8 * DAY]);
        let good = scheduler.grade(&card, Grade::Good, 0);
        assert_eq!(good.phase, Phase::Learning { step: 1 });
        let graduated = scheduler.grade(&good, Grade::Good, 600);
        assert_eq!(graduated.phase, Phase::Review);
        assert_eq!(graduated.due, 600 + 2 * DAY);
    }

    #[test]
    fn a_lapse_goes_to_relearning_and_back() {
        let scheduler = Scheduler::default();
        let card = scheduler.grade(&CardState::new(0), Grade::Easy, 0);
        let lapsed = scheduler.grade(&card, Grade::Again, card.due);
        assert_eq!(lapsed.phase, Phase::Relearning { step: 0 });
        assert_eq!(lapsed.due, card.due + 600);
        let back = scheduler.grade(&lapsed, Grade::Good, lapsed.due);
        assert_eq!(back.phase, Phase::Review);
        assert!(back.due >= lapsed.due + DAY);
    }

    #[test]
    fn damaged_memory_never_panics() {
        let scheduler = Scheduler::default();
        for stability in [f64::NAN, -1.0, 0.0, f64::INFINITY, 1e300] {
            let card = CardState {
                memory: Some(Memory {
                    stability,
                    difficulty: f64::NAN,
                }),
                phase: Phase::Review,
                last_review: Some(i64::MAX),
                due: i64::MIN,
            };
            for grade in Grade::ALL {
                let after = scheduler.grade(&card, grade, i64::MIN);
                let memory = after.memory.unwrap();
                assert!(memory.stability.is_finite(), "{stability} {grade}");
            }
        }
    }

    #[test]
    fn elapsed_days_are_whole_days_and_never_negative() {
        assert_eq!(elapsed_days(None, 10), 0);
        assert_eq!(elapsed_days(Some(0), DAY - 1), 0);
        assert_eq!(elapsed_days(Some(0), 2 * DAY + 5), 2);
        assert_eq!(elapsed_days(Some(100), 0), 0);
    }

    #[test]
    fn intervals_read_short() {
        assert_eq!(interval_label(60), "1m");
        assert_eq!(interval_label(330), "5m");
        assert_eq!(interval_label(2 * DAY), "2d");
        assert_eq!(interval_label(90 * DAY), "3.0mo");
        assert_eq!(interval_label(730 * DAY), "2.0y");
    }

    #[test]
    fn levels_follow_the_memory() {
        let level = |number| Level::new(number).unwrap();
        assert_eq!(level_after(level(3), Grade::Again, 600), level(2));
        assert_eq!(level_after(level(1), Grade::Again, 60), level(1));
        assert_eq!(level_after(level(2), Grade::Hard, 30 * DAY), level(2));
        assert_eq!(level_after(level(1), Grade::Good, 600), level(1));
        assert_eq!(level_after(level(1), Grade::Good, 2 * DAY), level(2));
        assert_eq!(level_after(level(2), Grade::Easy, 10 * DAY), level(3));
        assert_eq!(level_after(level(3), Grade::Good, 40 * DAY), level(4));
        assert_eq!(level_after(level(4), Grade::Good, 2 * DAY), level(4));
    }

    #[test]
    fn grades_round_trip_through_their_numbers() {
        for grade in Grade::ALL {
            assert_eq!(Grade::from_number(grade.number()), Some(grade));
        }
        assert_eq!(Grade::from_number(0), None);
        assert_eq!(Grade::from_number(5), None);
    }
}
