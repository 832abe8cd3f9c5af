//! The `articles` table: the texts in the learner's library.

use rusqlite::{OptionalExtension as _, Row, params};

use super::{Result, Store};

/// Row id of an article.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ArticleId(pub i64);

/// An article as stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Article {
    /// Its row id.
    pub article_id: ArticleId,
    /// Title (given, or derived from the first sentence).
    pub title: String,
    /// Publication date, `YYYY-MM` or `YYYY-MM-DD`, when known.
    pub date: Option<String>,
    /// The text, paragraphs separated by blank lines.
    pub body: String,
    /// Where it came from: `seed:<file>`, `file:<path>` or `pasted`.
    pub origin: String,
    /// When it was added (seconds since the epoch).
    pub added_at: i64,
}

/// An article to add.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewArticle {
    /// Title.
    pub title: String,
    /// Publication date, when known.
    pub date: Option<String>,
    /// The text.
    pub body: String,
    /// Where it came from.
    pub origin: String,
}

/// The outcome of adding an article.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AddedArticle {
    /// A new row was written.
    Added(ArticleId),
    /// The same text was already in the library; nothing was written.
    AlreadyPresent(ArticleId),
}

impl AddedArticle {
    /// The article's id, new or old.
    pub fn article_id(self) -> ArticleId {
        match self {
            AddedArticle::Added(article_id) | AddedArticle::AlreadyPresent(article_id) => {
                article_id
            }
        }
    }
}

fn row_to_article(row: &Row<'_>) -> rusqlite::Result<Article> {
    Ok(Article {
        article_id: ArticleId(row.get("article_id")?),
        title: row.get("title")?,
        date: row.get("date")?,
        body: row.get("body")?,
        origin: row.get("origin")?,
        added_at: row.get("added_at")?,
    })
}

/// A stable 64-bit FNV-1a digest, so that the same text is recognised across versions.
fn content_hash(text: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in text.trim().bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}-{}", text.trim().len())
}

impl Store {
    /// Every article, oldest first.
    pub fn articles(&self) -> Result<Vec<Article>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT article_id, title, date, body, origin, added_at FROM articles ORDER BY article_id",
        )?;
        let rows = stmt.query_map([], row_to_article)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// One article by id.
    pub fn article(&self, article_id: ArticleId) -> Result<Option<Article>> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT article_id, title, date, body, origin, added_at FROM articles
                 WHERE article_id = ?1",
            )?
            .query_row(params![article_id.0], row_to_article)
            .optional()?)
    }

    /// Adds an article unless the same text is already there (idempotent seeding and import).
    pub fn add_article(&mut self, article: &NewArticle, now: i64) -> Result<AddedArticle> {
        let hash = content_hash(&article.body);
        let tx = self.conn.transaction()?;
        let existing: Option<i64> = tx
            .prepare_cached("SELECT article_id FROM articles WHERE content_hash = ?1")?
            .query_row(params![hash], |row| row.get(0))
            .optional()?;
        if let Some(article_id) = existing {
            return Ok(AddedArticle::AlreadyPresent(ArticleId(article_id)));
        }
        tx.prepare_cached(
            "INSERT INTO articles (title, date, body, content_hash, origin, added_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?
        .execute(params![
            article.title,
            article.date,
            article.body,
            hash,
            article.origin,
            now
        ])?;
        let article_id = ArticleId(tx.last_insert_rowid());
        tx.commit()?;
        Ok(AddedArticle::Added(article_id))
    }

    /// Removes an article (terms and their contexts stay; a context loses its article link).
    pub fn delete_article(&mut self, article_id: ArticleId) -> Result<bool> {
        let removed = self
            .conn
            .prepare_cached("DELETE FROM articles WHERE article_id = ?1")?
            .execute(params![article_id.0])?;
        Ok(removed > 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(body: &str) -> NewArticle {
        NewArticle {
            title: "Titel".into(),
            date: Some("2022-02".into()),
            body: body.into(),
            origin: "pasted".into(),
        }
    }

    #[test]
    fn adding_the_same_text_twice_adds_it_once() {
        let mut store = Store::open_in_memory().unwrap();
        let first = store.add_article(&sample("Het kabinet valt."), 1).unwrap();
        let second = store
            .add_article(&sample("Het kabinet valt.\n"), 2)
            .unwrap();
        assert!(matches!(first, AddedArticle::Added(_)));
        assert_eq!(second, AddedArticle::AlreadyPresent(first.article_id()));
        assert_eq!(store.articles().unwrap().len(), 1);
    }

    #[test]
    fn an_article_reads_back_as_written() {
        let mut store = Store::open_in_memory().unwrap();
        let article_id = store
            .add_article(&sample("Tekst."), 7)
            .unwrap()
            .article_id();
        let article = store.article(article_id).unwrap().unwrap();
        assert_eq!(article.title, "Titel");
        assert_eq!(article.date.as_deref(), Some("2022-02"));
        assert_eq!(article.added_at, 7);
        assert!(store.delete_article(article_id).unwrap());
        assert!(store.article(article_id).unwrap().is_none());
    }
}
