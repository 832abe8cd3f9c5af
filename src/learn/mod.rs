//! What the learner knows: term statuses, the context a term was met in, FSRS review
//! scheduling, and the statistics derived from them. Pure domain code: no IO, no clock (callers pass `now`).

mod schedule;
mod stats;
mod status;

pub use schedule::{
    CardState, DESIRED_RETENTION, Grade, MAXIMUM_INTERVAL_DAYS, Memory, Outcome, Phase, Scheduler,
    elapsed_days, interval_label, level_after, retrievability,
};
pub use stats::{StatusCounts, known_share};
pub use status::{Level, Status, StatusParseError};

/// A term's identity: the lemma (dictionary headword) the learner marked.
///
/// All forms of a word share one term: gingen, gaat and gaan are the term `gaan`.
pub type Lemma = String;

/// Seconds since the Unix epoch, handed in by the caller (the domain reads no clock).
pub type Timestamp = i64;

/// The sentence a term was met in, kept so that reviews can show the word in context.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TermContext {
    /// The word form as it stood on the page (`gingen`).
    pub form: String,
    /// The whole sentence around it.
    pub sentence: String,
}
