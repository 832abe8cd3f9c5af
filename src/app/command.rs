//! [`Command`]: everything the UI can ask for. Applied after drawing, never while drawing.

use std::path::PathBuf;

use crate::export::ExportFormat;
use crate::learn::{Grade, Status};
use crate::store::ArticleId;

/// How the library list is ordered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum LibrarySort {
    /// Newest publication date first (the default).
    #[default]
    Date,
    /// Alphabetical by title.
    Title,
    /// Longest first.
    Length,
    /// Best-known first.
    Known,
}

/// A request from the UI (or a test) to change the app's state.
#[derive(Clone, Debug, PartialEq)]
#[must_use]
pub enum Command {
    /// Go back to the library.
    ShowLibrary,
    /// Show the settings (reader preferences, dictionaries).
    ShowSettings,
    /// Back to the open article.
    ShowReader,
    /// Open an article in the reader.
    OpenArticle(ArticleId),
    /// Order the library.
    SortLibrary(LibrarySort),
    /// Select a word of the open article (index into its analysed words).
    SelectWord(usize),
    /// Move the selection by this many words (negative: backwards).
    MoveSelection(isize),
    /// Clear the selection.
    ClearSelection,
    /// Set the status of the selected word's lemma.
    SetStatus(Status),
    /// Pick another lemma for the selected word's form (remembered for that form).
    ChooseLemma(String),
    /// Reader font size in points.
    SetFontSize(f32),
    /// Reader line width in points.
    SetLineWidth(f32),
    /// Add pasted text as an article; an empty title is derived from the text.
    AddArticle {
        /// Optional title.
        title: String,
        /// The text.
        text: String,
    },
    /// Import a `.txt` file as an article.
    ImportFile(PathBuf),
    /// Import a dictionary file of the learner's own (dictd, StarDict or TSV).
    ImportDictionary(PathBuf),
    /// Remove an article from the library.
    DeleteArticle(ArticleId),
    /// Export the words with these statuses to a file.
    ExportVocabulary {
        /// The file to write (replaced whole, or left as it was on failure).
        path: PathBuf,
        /// The file format.
        format: ExportFormat,
        /// Which words: those with one of these statuses.
        statuses: Vec<Status>,
    },
    /// Hide the last message.
    DismissMessage,
    /// Start a review session of the due learning cards.
    StartReview,
    /// Show the answer of the current review card.
    Reveal,
    /// Grade the current review card (once its answer shows).
    Grade(Grade),
    /// Leave the review session (or its summary) for the library.
    EndReview,
}
