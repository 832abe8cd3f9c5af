//! The command line: `leesbril analyze | dict | mark | import | stats | review | gui`.
//! Output formats are contracts (DESIGN.md §4): scripts and tests depend on them.

mod commands;

use std::path::PathBuf;

use clap::{Parser, Subcommand};

pub use commands::run;

/// Read real Dutch news and understand every word of it.
#[derive(Debug, Parser)]
#[command(name = "leesbril", version, about)]
pub struct Cli {
    /// The database file (default: leesbril.sqlite3 in the platform data folder).
    #[arg(long, global = true, value_name = "PATH")]
    pub db: Option<PathBuf>,
    /// What to do; without a subcommand the window opens.
    #[command(subcommand)]
    pub command: Option<CliCommand>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum CliCommand {
    /// Open the window (the default).
    Gui {
        /// Close after drawing this many frames (a smoke test that the window draws).
        #[arg(long, value_name = "N")]
        quit_after_frames: Option<u64>,
    },
    /// Print each word of a Dutch text with its lemma, kind and gloss, tab-separated.
    Analyze {
        /// Input is one token per line, a blank line between sentences.
        #[arg(long)]
        pretokenized: bool,
        /// The text file, or `-` (the default) for standard input.
        #[arg(default_value = "-")]
        file: PathBuf,
    },
    /// Query the bundled dictionary.
    Dict {
        /// Which query.
        #[command(subcommand)]
        query: DictQuery,
    },
    /// Set the status of words (each resolved to its lemma).
    Mark {
        /// new, 1, 2, 3, 4, known or ignored.
        #[arg(long)]
        status: String,
        /// The words.
        #[arg(required = true)]
        words: Vec<String>,
    },
    /// Add text files to the library as articles.
    Import {
        /// The `.txt` files.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Count terms by status, reviews, due cards and articles.
    Stats,
    /// Export vocabulary (with grammar, meaning and context sentence) to a file.
    Export {
        /// csv, tsv, anki-text (Anki's plain-text import) or apkg (an Anki package).
        #[arg(long, value_name = "FORMAT")]
        format: String,
        /// Which words, by status, comma-separated: new, 1, 2, 3, 4, known, ignored
        /// (default: 1,2,3,4).
        #[arg(long, value_name = "S,...")]
        status: Option<String>,
        /// The file to write; replaced only once the export is complete.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Review sessions run in the window; `--list` prints the cards due now.
    Review {
        /// Print the due cards, one a line: lemma, status, due (UTC), sentence.
        #[arg(long)]
        list: bool,
    },
}

/// Dictionary queries.
#[derive(Debug, Subcommand)]
pub enum DictQuery {
    /// Every headword, one per line.
    Headwords,
    /// The entry the gloss panel would show for a word (any form).
    Lookup {
        /// The word.
        word: String,
    },
    /// Every entry as one JSON object a line.
    Dump,
    /// Import a dictionary of your own (dictd `.index`, StarDict `.ifo`, or `word<TAB>gloss`
    /// `.tsv`) into the database; shown as a second source in the gloss panel.
    Import {
        /// Any file of the dictionary.
        path: PathBuf,
    },
}
