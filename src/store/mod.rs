//! The only module that speaks SQL: [`Store`] over one SQLite file, its migrations and row
//! mappers. Everything the learner does is saved here at once; derived data is never stored.

mod articles;
mod cards;
mod migrations;
mod settings;
mod terms;
mod user_dictionaries;

use std::path::{Path, PathBuf};

use rusqlite::Connection;

pub use articles::{AddedArticle, Article, ArticleId, NewArticle};
pub use cards::{CardId, DueCard, DueCounts, Review, ReviewRecord};
pub use migrations::SCHEMA_VERSION;
pub use terms::TermRecord;
pub use user_dictionaries::{UserDictionary, UserGloss};

/// What can go wrong with the database.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The file was written by a newer leesbril; it is left untouched.
    #[error(
        "{path} has schema version {found}, newer than this leesbril understands ({supported}); \
         the file was left untouched: update leesbril"
    )]
    TooNew {
        /// The database file.
        path: PathBuf,
        /// The version found in the file.
        found: u32,
        /// The newest version this program knows.
        supported: u32,
    },
    /// The file is not an SQLite database leesbril can use.
    #[error("{path} is not a leesbril database: {source}")]
    NotADatabase {
        /// The file that was opened.
        path: PathBuf,
        /// What SQLite said.
        #[source]
        source: rusqlite::Error,
    },
    /// The folder for the database could not be made.
    #[error("cannot create the folder {path}: {source}")]
    CreateDir {
        /// The folder.
        path: PathBuf,
        /// What the OS said.
        #[source]
        source: std::io::Error,
    },
    /// Any other SQLite error.
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
}

/// Result of store operations.
pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// The learner's database: articles, terms and their statuses, contexts, settings.
pub struct Store {
    conn: Connection,
}

impl Store {
    /// Opens (creating it if needed) the database at `path` and brings its schema up to date.
    ///
    /// A database from a newer leesbril is refused with [`StoreError::TooNew`] before anything
    /// is written to it.
    pub fn open(path: &Path) -> Result<Self> {
        if let Some(dir) = path.parent().filter(|dir| !dir.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|source| StoreError::CreateDir {
                path: dir.to_owned(),
                source,
            })?;
        }
        let conn = Connection::open(path)?;
        Self::from_connection(conn, path)
    }

    /// A fresh database in memory, for tests and benchmarks.
    pub fn open_in_memory() -> Result<Self> {
        Self::from_connection(Connection::open_in_memory()?, Path::new(":memory:"))
    }

    fn from_connection(mut conn: Connection, path: &Path) -> Result<Self> {
        // Read the version before any pragma that writes (journal_mode=WAL does).
        let found: u32 = conn
            .pragma_query_value(None, "user_version", |row| row.get(0))
            .map_err(|source| StoreError::NotADatabase {
                path: path.to_owned(),
                source,
            })?;
        if found > SCHEMA_VERSION {
            return Err(StoreError::TooNew {
                path: path.to_owned(),
                found,
                supported: SCHEMA_VERSION,
            });
        }
        conn.pragma_update(None, "journal_mode", "WAL")
            .map_err(|source| StoreError::NotADatabase {
                path: path.to_owned(),
                source,
            })?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        migrations::migrate(&mut conn, found)?;
        Ok(Self { conn })
    }

    /// The schema version of the open database.
    pub fn schema_version(&self) -> Result<u32> {
        Ok(self
            .conn
            .pragma_query_value(None, "user_version", |row| row.get(0))?)
    }
}
