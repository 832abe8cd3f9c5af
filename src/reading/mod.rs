//! TEMPORARY stand-in until the analysis lands.
use std::fmt;

use crate::dictionary::Dictionary;

/// Kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Word.
    Word,
    /// Link.
    Link,
    /// Punct.
    Punctuation,
    /// Space.
    Space,
    /// LB.
    LineBreak,
    /// PB.
    ParagraphBreak,
}
/// Token.
#[derive(Clone, Debug)]
pub struct Token {
    /// Start.
    pub start: usize,
    /// End.
    pub end: usize,
    /// Kind.
    pub kind: TokenKind,
    /// Sentence.
    pub sentence: u32,
    /// Paragraph.
    pub paragraph: u32,
    /// Word.
    pub word: Option<usize>,
}
/// Match.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum MatchKind {
    /// E.
    Entry,
    /// S.
    Separable,
    /// M.
    Mwe,
    /// C.
    Compound,
    /// St.
    Stem,
    /// N.
    #[default]
    None,
}
impl fmt::Display for MatchKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Entry => "entry",
            Self::Separable => "separable",
            Self::Mwe => "mwe",
            Self::Compound => "compound",
            Self::Stem => "stem",
            Self::None => "none",
        })
    }
}
/// Word.
#[derive(Clone, Debug, Default)]
pub struct AnalyzedWord {
    /// Token.
    pub token: usize,
    /// Form.
    pub form: String,
    /// Lemma.
    pub lemma: String,
    /// Kind.
    pub kind: MatchKind,
    /// Gloss.
    pub gloss: String,
    /// Parts.
    pub compound_parts: Vec<String>,
    /// Partner.
    pub partner: Option<usize>,
    /// Foreign.
    pub foreign: bool,
}

/// Analysis.
#[derive(Clone, Debug, Default)]
pub struct Analysis {
    /// Tokens.
    pub tokens: Vec<Token>,
    /// Words.
    pub words: Vec<AnalyzedWord>,
}
/// Analyze.
pub fn analyze(text: &str, dict: &Dictionary) -> Analysis {
    let mut analysis = Analysis::default();
    let (mut sentence, mut paragraph) = (0, 0);
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        let mut end = start + c.len_utf8();
        let kind = if c.is_alphanumeric() {
            while let Some(&(i, n)) = chars.peek() {
                if n.is_alphanumeric() || n == '-' {
                    end = i + n.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            TokenKind::Word
        } else if c == '\n' {
            if chars.peek().is_some_and(|&(_, n)| n == '\n') {
                chars.next();
                end += 1;
                paragraph += 1;
                TokenKind::ParagraphBreak
            } else {
                TokenKind::LineBreak
            }
        } else if c.is_whitespace() {
            TokenKind::Space
        } else {
            TokenKind::Punctuation
        };
        let word = (kind == TokenKind::Word).then(|| {
            let form = &text[start..end];
            let entry = dict.lookup(form).into_iter().next();
            analysis.words.push(AnalyzedWord {
                token: analysis.tokens.len(),
                form: form.into(),
                lemma: entry.map_or_else(|| form.to_lowercase(), |e| e.headword.clone()),
                kind: if entry.is_some() {
                    MatchKind::Entry
                } else {
                    MatchKind::None
                },
                gloss: entry
                    .map(|e| e.first_sense().to_owned())
                    .unwrap_or_default(),
                ..Default::default()
            });
            analysis.words.len() - 1
        });
        analysis.tokens.push(Token {
            start,
            end,
            kind,
            sentence,
            paragraph,
            word,
        });
        if c == '.' {
            sentence += 1;
        }
    }
    analysis
}
/// Pretokenized.
pub fn analyze_pretokenized(
    sentences: &[Vec<String>],
    dict: &Dictionary,
) -> Vec<Vec<AnalyzedWord>> {
    sentences
        .iter()
        .map(|s| analyze(&s.join(" "), dict).words)
        .collect()
}
