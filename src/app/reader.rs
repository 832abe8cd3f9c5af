//! The open article: its analysis, paragraphs, each word's status and the selection.
//! Built once per article and patched on status changes, never per frame.

use std::collections::HashMap;
use std::ops::Range;

use super::gloss::GlossView;
use crate::dictionary::Dictionary;
use crate::lang::normalize::normalize;
use crate::lang::tokenize::{Token, TokenKind, tokenize};
use crate::learn::Status;
use crate::reading::{Analysis, MatchKind};
use crate::store::{Article, ArticleId};

/// How a paragraph is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParagraphKind {
    /// Running text.
    Body,
    /// A section heading: one short line without a closing full stop.
    Heading,
    /// A photo caption (`… Beeld AFP`, `Foto: EPA`) or a cross-link (`Lees ook: …`).
    Caption,
}

/// A paragraph: a run of tokens and how to show it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParagraphSpan {
    /// Indexes into the analysis's tokens.
    pub tokens: Range<usize>,
    /// Heading, caption or body.
    pub kind: ParagraphKind,
}

/// The article in the reader.
pub struct ReaderState {
    /// The article as stored.
    pub article: Article,
    analysis: Analysis,
    paragraphs: Vec<ParagraphSpan>,
    word_status: Vec<Status>,
    status_version: u64,
    selected: Option<usize>,
    gloss: Option<GlossView>,
}

impl ReaderState {
    /// Analyses the article (with an empty dictionary while the real one loads).
    pub fn new(
        article: Article,
        dictionary: Option<&Dictionary>,
        statuses: &HashMap<String, Status>,
        lemma_choices: &HashMap<String, String>,
    ) -> Self {
        let empty;
        let dictionary = match dictionary {
            Some(dictionary) => dictionary,
            None => {
                empty = Dictionary::from_entries(Vec::new(), None);
                &empty
            }
        };
        let analysis = crate::reading::analyze(&article.body, dictionary);
        let paragraphs = paragraph_spans(&article.body, &analysis);
        let mut reader = Self {
            article,
            analysis,
            paragraphs,
            word_status: Vec::new(),
            status_version: 0,
            selected: None,
            gloss: None,
        };
        reader.apply_lemma_choices(lemma_choices, Some(dictionary), statuses);
        reader
    }

    /// The article text.
    pub fn text(&self) -> &str {
        &self.article.body
    }

    /// The analysis: tokens and words.
    pub fn analysis(&self) -> &Analysis {
        &self.analysis
    }

    /// The paragraphs, in order.
    pub fn paragraphs(&self) -> &[ParagraphSpan] {
        &self.paragraphs
    }

    /// The status of word `word` (index into the analysed words).
    pub fn word_status(&self, word: usize) -> Status {
        self.word_status.get(word).copied().unwrap_or_default()
    }

    /// Changes whenever any word's status changes, so the UI knows to recolour.
    pub fn status_version(&self) -> u64 {
        self.status_version
    }

    /// The selected word, if any.
    pub fn selected(&self) -> Option<usize> {
        self.selected
    }

    /// The selected word and the words that belong with it: a separable verb's particle, the
    /// other words of a multiword expression.
    pub fn selected_group(&self) -> Vec<usize> {
        let Some(selected) = self.selected else {
            return Vec::new();
        };
        match self.analysis.words.get(selected) {
            Some(word) if word.group.len() > 1 => {
                let mut group = vec![selected];
                group.extend(
                    word.group
                        .iter()
                        .copied()
                        .filter(|&index| index != selected),
                );
                group
            }
            _ => vec![selected],
        }
    }

    /// What the gloss panel shows for the selection.
    pub fn gloss(&self) -> Option<&GlossView> {
        self.gloss.as_ref()
    }

    pub(super) fn gloss_mut(&mut self) -> Option<&mut GlossView> {
        self.gloss.as_mut()
    }

    pub(super) fn select(&mut self, word: Option<usize>, dictionary: Option<&Dictionary>) {
        self.selected = word.filter(|&index| index < self.analysis.words.len());
        self.gloss = match (self.selected, dictionary) {
            (Some(index), Some(dictionary)) => Some(GlossView::build(self, index, dictionary)),
            (Some(index), None) => Some(GlossView::build(
                self,
                index,
                &Dictionary::from_entries(Vec::new(), None),
            )),
            (None, _) => None,
        };
    }

    /// The word `step` words away from the selection (the first or last word if none).
    pub(super) fn step_selection(&self, step: isize) -> Option<usize> {
        let count = self.analysis.words.len();
        if count == 0 {
            return None;
        }
        let next = match self.selected {
            None if step < 0 => count - 1,
            None => 0,
            Some(current) => current.saturating_add_signed(step).min(count - 1),
        };
        Some(next)
    }

    pub(super) fn refresh_statuses(&mut self, statuses: &HashMap<String, Status>) {
        self.word_status = self
            .analysis
            .words
            .iter()
            .map(|word| statuses.get(&word.lemma).copied().unwrap_or_default())
            .collect();
        self.status_version += 1;
        if let Some(gloss) = &mut self.gloss {
            gloss.status = statuses.get(&gloss.lemma).copied().unwrap_or_default();
        }
    }

    pub(super) fn apply_lemma_choices(
        &mut self,
        choices: &HashMap<String, String>,
        dictionary: Option<&Dictionary>,
        statuses: &HashMap<String, Status>,
    ) {
        if let Some(dictionary) = dictionary.filter(|_| !choices.is_empty()) {
            for word in &mut self.analysis.words {
                let key = crate::lang::normalize::normalize(&word.form);
                let Some(lemma) = choices.get(&key) else {
                    continue;
                };
                if let Some(entry) = dictionary.entry(lemma) {
                    word.lemma = lemma.clone();
                    word.kind = MatchKind::Entry;
                    word.gloss = entry.first_sense().to_owned();
                    word.compound_parts.clear();
                }
            }
        }
        self.refresh_statuses(statuses);
        let selected = self.selected;
        self.select(selected, dictionary);
    }

    /// The sentence around token `token`, on one line.
    pub fn sentence_of_token(&self, token: usize) -> String {
        sentence_around(&self.article.body, &self.analysis.tokens, token)
    }
}

/// Groups tokens into paragraphs and recognises headings and captions.
fn paragraph_spans(text: &str, analysis: &Analysis) -> Vec<ParagraphSpan> {
    let mut spans = Vec::new();
    let tokens = &analysis.tokens;
    let mut begin = 0;
    while begin < tokens.len() {
        let paragraph = tokens[begin].paragraph;
        let end = tokens[begin..]
            .iter()
            .position(|token| token.paragraph != paragraph)
            .map_or(tokens.len(), |offset| begin + offset);
        let span_text = match (tokens.get(begin), tokens.get(end - 1)) {
            (Some(first), Some(last)) => text.get(first.start..last.end).unwrap_or_default(),
            _ => "",
        };
        if !span_text.trim().is_empty() {
            spans.push(ParagraphSpan {
                tokens: begin..end,
                kind: paragraph_kind(span_text),
            });
        }
        begin = end;
    }
    spans
}

fn paragraph_kind(text: &str) -> ParagraphKind {
    let text = text.trim();
    let words: Vec<&str> = text.split_whitespace().collect();
    let last_two = words.iter().rev().take(2).copied().collect::<Vec<_>>();
    let credit = matches!(last_two.as_slice(), [agency, "Beeld" | "Foto:" | "Foto" | "Beeld:"]
        if agency.chars().next().is_some_and(char::is_uppercase));
    if credit || text.starts_with("Lees ook") || text.starts_with("Foto:") {
        return ParagraphKind::Caption;
    }
    let closes_sentence = text.ends_with(['.', '!', '?', ':', '"', '”', '’', ')']);
    if !text.contains('\n') && words.len() <= 10 && !closes_sentence {
        return ParagraphKind::Heading;
    }
    ParagraphKind::Body
}

/// The sentence of `text` around token `token` (tokens of that text), on one line.
fn sentence_around(text: &str, tokens: &[Token], token: usize) -> String {
    let Some(sentence) = tokens.get(token).map(|t| t.sentence) else {
        return String::new();
    };
    let first = tokens[..token]
        .iter()
        .rposition(|t| t.sentence != sentence)
        .map_or(0, |index| index + 1);
    let last = tokens[token..]
        .iter()
        .position(|t| t.sentence != sentence)
        .map_or(tokens.len(), |offset| token + offset);
    let (Some(start), Some(end)) = (tokens.get(first), tokens.get(last - 1)) else {
        return String::new();
    };
    let text = text.get(start.start..end.end).unwrap_or_default();
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The first sentence of the library in which `word` is written as it is here (ignoring
/// case), with its article: the context a word marked from the command line gets.
pub fn first_sentence_with(articles: &[Article], word: &str) -> Option<(String, ArticleId)> {
    let wanted = normalize(word);
    articles.iter().find_map(|article| {
        let tokens = tokenize(&article.body);
        let at = tokens.iter().position(|token| {
            token.kind == TokenKind::Word && normalize(token.text(&article.body)) == wanted
        })?;
        Some((
            sentence_around(&article.body, &tokens, at),
            article.article_id,
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_and_captions_are_recognised() {
        assert_eq!(paragraph_kind("Defcon"), ParagraphKind::Heading);
        assert_eq!(paragraph_kind("Omsingeling Kiev"), ParagraphKind::Heading);
        assert_eq!(
            paragraph_kind(
                "Een vernietigde Russische tank in de greppel in Loegansk, gisteren. Beeld AFP"
            ),
            ParagraphKind::Caption
        );
        assert_eq!(
            paragraph_kind(
                "De Oekraïense delegatie arriveerde per helikopter in Belarus. Foto: EPA"
            ),
            ParagraphKind::Caption
        );
        assert_eq!(
            paragraph_kind("Beide landen sturen delegaties en er wordt met elkaar gesproken."),
            ParagraphKind::Body
        );
    }
}
