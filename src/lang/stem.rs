//! Snowball Dutch stemmer (rust-stemmers): a grouping key and the last-resort lookup.
//!
//! The classic algorithm strips diacritics and does not relate strong forms (gingen/gaan), so
//! it is never the main way to a lemma.

use rust_stemmers::{Algorithm, Stemmer};

/// A reusable Dutch stemmer.
pub struct DutchStemmer {
    inner: Stemmer,
}

impl std::fmt::Debug for DutchStemmer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DutchStemmer")
    }
}

impl Default for DutchStemmer {
    fn default() -> Self {
        Self::new()
    }
}

impl DutchStemmer {
    /// Creates the stemmer.
    pub fn new() -> Self {
        Self {
            inner: Stemmer::create(Algorithm::Dutch),
        }
    }

    /// Stems a normalized (lower-case, NFC) word: `onderhandelingen` → `onderhandel`.
    pub fn stem(&self, normalized: &str) -> String {
        self.inner.stem(normalized).into_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_regular_forms() {
        let stemmer = DutchStemmer::new();
        assert_eq!(
            stemmer.stem("onderhandelingen"),
            stemmer.stem("onderhandeling")
        );
        assert_eq!(stemmer.stem("regeringen"), stemmer.stem("regering"));
        assert_ne!(stemmer.stem("gingen"), stemmer.stem("gaan"));
    }
}
