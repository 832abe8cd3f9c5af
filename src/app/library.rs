//! The library list: one row per article with its length and share of known words.

use std::collections::{HashMap, HashSet};

use super::LibrarySort;
use crate::dictionary::Dictionary;
use crate::learn::{Status, known_share};
use crate::store::{ArticleId, Store};

/// One article in the library list.
#[derive(Clone, Debug, PartialEq)]
pub struct LibraryRow {
    /// Its id.
    pub article_id: ArticleId,
    /// Title.
    pub title: String,
    /// Publication date, when known.
    pub date: Option<String>,
    /// Number of word tokens.
    pub word_count: usize,
    /// Share of its distinct lemmas known or ignored (0–1); `None` until the dictionary loaded.
    pub known_share: Option<f64>,
}

/// The rows plus what is needed to keep "% known" current without re-analysing.
#[derive(Default)]
pub(super) struct Library {
    rows: Vec<LibraryRow>,
    bodies: HashMap<ArticleId, String>,
    /// Distinct lemmas of each article, computed once the dictionary is loaded.
    lemmas: HashMap<ArticleId, Vec<String>>,
    sort: LibrarySort,
}

impl Library {
    pub(super) fn reload(&mut self, store: &Store) -> anyhow::Result<()> {
        let articles = store.articles()?;
        self.rows = articles
            .iter()
            .map(|article| LibraryRow {
                article_id: article.article_id,
                title: article.title.clone(),
                date: article.date.clone(),
                word_count: count_words(&article.body),
                known_share: None,
            })
            .collect();
        self.bodies = articles
            .into_iter()
            .map(|article| (article.article_id, article.body))
            .collect();
        self.lemmas
            .retain(|article_id, _| self.bodies.contains_key(article_id));
        self.apply_sort();
        Ok(())
    }

    /// Analyses the articles not analysed yet, keeping their distinct lemmas.
    pub(super) fn analyse_all(&mut self, dictionary: &Dictionary) {
        for (article_id, body) in &self.bodies {
            if self.lemmas.contains_key(article_id) {
                continue;
            }
            let analysis = crate::reading::analyze(body, dictionary);
            let distinct: HashSet<&str> = analysis
                .words
                .iter()
                .filter(|word| !word.foreign)
                .map(|word| word.lemma.as_str())
                .collect();
            let mut lemmas: Vec<String> = distinct.into_iter().map(str::to_owned).collect();
            lemmas.sort_unstable();
            self.lemmas.insert(*article_id, lemmas);
        }
    }

    pub(super) fn refresh_known(&mut self, statuses: &HashMap<String, Status>) {
        for row in &mut self.rows {
            row.known_share = self
                .lemmas
                .get(&row.article_id)
                .map(|lemmas| known_share(lemmas.iter().map(String::as_str), statuses));
        }
        if self.sort == LibrarySort::Known {
            self.apply_sort();
        }
    }

    pub(super) fn rows(&self) -> &[LibraryRow] {
        &self.rows
    }

    pub(super) fn sort(&self) -> LibrarySort {
        self.sort
    }

    pub(super) fn set_sort(&mut self, sort: LibrarySort) {
        self.sort = sort;
        self.apply_sort();
    }

    fn apply_sort(&mut self) {
        match self.sort {
            LibrarySort::Date => self.rows.sort_by(|a, b| {
                b.date
                    .cmp(&a.date)
                    .then_with(|| a.article_id.cmp(&b.article_id))
            }),
            LibrarySort::Title => self.rows.sort_by_key(|row| row.title.to_lowercase()),
            LibrarySort::Length => self
                .rows
                .sort_by_key(|row| std::cmp::Reverse(row.word_count)),
            LibrarySort::Known => self.rows.sort_by(|a, b| {
                b.known_share
                    .unwrap_or(0.0)
                    .total_cmp(&a.known_share.unwrap_or(0.0))
            }),
        }
    }
}

/// Words as a reader counts them: runs of letters, digits and in-word punctuation.
fn count_words(text: &str) -> usize {
    text.split_whitespace()
        .filter(|chunk| chunk.chars().any(char::is_alphanumeric))
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_counted_without_punctuation() {
        assert_eq!(count_words("Het kabinet – zo zegt hij – valt."), 6);
    }
}
