//! [`Status`]: how well the learner knows a term.

use std::fmt;
use std::str::FromStr;

/// A learning level, 1 (just met) to 4 (almost known).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Level(u8);

impl Level {
    /// The lowest level.
    pub const MIN: u8 = 1;
    /// The highest level.
    pub const MAX: u8 = 4;

    /// A level from 1 to 4; `None` outside that range.
    pub fn new(level: u8) -> Option<Self> {
        (Self::MIN..=Self::MAX)
            .contains(&level)
            .then_some(Self(level))
    }

    /// The level as a number from 1 to 4.
    pub fn get(self) -> u8 {
        self.0
    }
}

/// How well the learner knows a term.
///
/// Display strings live in the UI; the integer stored in SQLite lives in `store`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Status {
    /// Never marked: highlighted on the page as something still to learn.
    #[default]
    New,
    /// Being learned, at a level from 1 to 4.
    Learning(Level),
    /// Known: shown plain.
    Known,
    /// Not worth learning (a name, a foreign word): shown plain, counted as known.
    Ignored,
}

impl Status {
    /// Whether the page should still draw attention to this term.
    pub fn needs_attention(self) -> bool {
        matches!(self, Status::New | Status::Learning(_))
    }

    /// Whether the term counts towards an article's "% known".
    pub fn counts_as_known(self) -> bool {
        matches!(self, Status::Known | Status::Ignored)
    }

    /// The stable name used on the command line (`new`, `1`…`4`, `known`, `ignored`).
    pub fn name(self) -> &'static str {
        match self {
            Status::New => "new",
            Status::Learning(level) => match level.get() {
                1 => "1",
                2 => "2",
                3 => "3",
                _ => "4",
            },
            Status::Known => "known",
            Status::Ignored => "ignored",
        }
    }

    /// Every status, in the order the UI lists them.
    pub fn all() -> [Status; 7] {
        [
            Status::New,
            Status::Learning(Level(1)),
            Status::Learning(Level(2)),
            Status::Learning(Level(3)),
            Status::Learning(Level(4)),
            Status::Known,
            Status::Ignored,
        ]
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A status name that is not one of `new`, `1`–`4`, `known`, `ignored`.
#[derive(Debug, thiserror::Error)]
#[error("unknown status {0:?}: expected new, 1, 2, 3, 4, known or ignored")]
pub struct StatusParseError(String);

impl FromStr for Status {
    type Err = StatusParseError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        match text.trim().to_lowercase().as_str() {
            "new" | "unknown" | "0" => Ok(Status::New),
            "known" | "k" | "5" => Ok(Status::Known),
            "ignored" | "ignore" | "i" => Ok(Status::Ignored),
            other => other
                .parse::<u8>()
                .ok()
                .and_then(Level::new)
                .map(Status::Learning)
                .ok_or_else(|| StatusParseError(text.to_owned())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_status_round_trips_through_its_name() {
        for status in Status::all() {
            assert_eq!(status.name().parse::<Status>().unwrap(), status);
        }
    }

    #[test]
    fn levels_outside_one_to_four_are_refused() {
        assert!(Level::new(0).is_none());
        assert!(Level::new(5).is_none());
        assert!("7".parse::<Status>().is_err());
        assert!("maybe".parse::<Status>().is_err());
    }

    #[test]
    fn known_and_ignored_count_as_known() {
        assert!(Status::Known.counts_as_known());
        assert!(Status::Ignored.counts_as_known());
        assert!(!Status::New.counts_as_known());
        assert!(Status::Learning(Level(2)).needs_attention());
    }
}
