//! Turning a text file or pasted text into an article: checks, date line, derived title.

use crate::store::NewArticle;

/// The largest article the reader accepts; longer texts should be split.
pub const MAX_ARTICLE_BYTES: usize = 2 * 1024 * 1024;

/// Why a text cannot become an article.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ArticleTextError {
    /// Nothing but white space.
    #[error("the text is empty")]
    Empty,
    /// Not UTF-8 text (a binary file, or another encoding).
    #[error("this is not a UTF-8 text file (binary data at byte {0})")]
    NotText(usize),
    /// Too long for one article.
    #[error("the text is {0} bytes; an article can be at most {max} bytes: split it", max = MAX_ARTICLE_BYTES)]
    TooLarge(usize),
}

/// Checks raw bytes and returns them as text: UTF-8 without NUL bytes, at most
/// [`MAX_ARTICLE_BYTES`], not empty.
pub fn decode(bytes: &[u8]) -> Result<&str, ArticleTextError> {
    let text =
        std::str::from_utf8(bytes).map_err(|err| ArticleTextError::NotText(err.valid_up_to()))?;
    if let Some(position) = text.find('\0') {
        return Err(ArticleTextError::NotText(position));
    }
    if text.len() > MAX_ARTICLE_BYTES {
        return Err(ArticleTextError::TooLarge(text.len()));
    }
    if text.trim().is_empty() {
        return Err(ArticleTextError::Empty);
    }
    Ok(text)
}

/// Builds an article from text. A first line starting with `date YYYY-MM` (the seed format)
/// gives the date; without a `title`, the first sentence, shortened at a word boundary, is the
/// title.
pub fn article_from_text(
    text: &str,
    title: Option<&str>,
    origin: String,
) -> Result<NewArticle, ArticleTextError> {
    let (date, body) = split_date_line(text);
    let body = normalize_body(body);
    if body.is_empty() {
        return Err(ArticleTextError::Empty);
    }
    let title = match title.map(str::trim).filter(|title| !title.is_empty()) {
        Some(title) => title.to_owned(),
        None => derive_title(&body),
    };
    Ok(NewArticle {
        title,
        date,
        body,
        origin,
    })
}

/// Splits off a leading `date YYYY-MM[-DD]` marker, returning the date and the rest.
fn split_date_line(text: &str) -> (Option<String>, &str) {
    let trimmed = text.trim_start();
    let Some(rest) = trimmed.strip_prefix("date ") else {
        return (None, text);
    };
    let date: String = rest
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '-')
        .collect();
    let looks_like_date = date.len() >= 7
        && date.as_bytes().get(4) == Some(&b'-')
        && date.chars().filter(char::is_ascii_digit).count() >= 6;
    if !looks_like_date {
        return (None, text);
    }
    (Some(date.clone()), &rest[date.len()..])
}

/// Unifies line ends and trims each paragraph; paragraphs stay separated by one blank line.
fn normalize_body(body: &str) -> String {
    let body = body.replace("\r\n", "\n").replace('\r', "\n");
    let mut paragraphs: Vec<String> = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in body.lines() {
        if line.trim().is_empty() {
            if !current.is_empty() {
                paragraphs.push(current.join("\n"));
                current.clear();
            }
        } else {
            current.push(line.trim());
        }
    }
    if !current.is_empty() {
        paragraphs.push(current.join("\n"));
    }
    paragraphs.join("\n\n")
}

/// The first sentence of the text, cut at a word boundary to at most about 80 characters.
pub fn derive_title(body: &str) -> String {
    const MAX_CHARS: usize = 80;
    let first_line = body.lines().next().unwrap_or_default().trim();
    let sentence_end = first_line
        .char_indices()
        .find(|&(index, c)| {
            matches!(c, '.' | '!' | '?')
                && first_line[index + c.len_utf8()..]
                    .chars()
                    .next()
                    .is_none_or(char::is_whitespace)
        })
        .map_or(first_line.len(), |(index, _)| index);
    let sentence = first_line[..sentence_end].trim();
    if sentence.chars().count() <= MAX_CHARS {
        return sentence.to_owned();
    }
    let mut title = String::new();
    for word in sentence.split_whitespace() {
        if title.chars().count() + word.chars().count() + 1 > MAX_CHARS {
            break;
        }
        if !title.is_empty() {
            title.push(' ');
        }
        title.push_str(word);
    }
    title.push('…');
    title
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_seed_date_line_gives_date_and_title() {
        let article = article_from_text(
            " date 2022-02 De onderhandelingen zijn gestart. Verder niets.\n\nTweede alinea.",
            None,
            "seed:x".into(),
        )
        .unwrap();
        assert_eq!(article.date.as_deref(), Some("2022-02"));
        assert_eq!(article.title, "De onderhandelingen zijn gestart");
        assert_eq!(
            article.body,
            "De onderhandelingen zijn gestart. Verder niets.\n\nTweede alinea."
        );
    }

    #[test]
    fn a_long_first_sentence_is_cut_at_a_word_boundary() {
        let title = derive_title(&"woord ".repeat(40));
        assert!(title.ends_with('…'));
        assert!(title.chars().count() <= 81);
        assert!(!title.contains("woo…"));
    }

    #[test]
    fn bad_input_gives_clear_errors() {
        assert_eq!(decode(b"   \n "), Err(ArticleTextError::Empty));
        assert_eq!(decode(b"ab\0cd"), Err(ArticleTextError::NotText(2)));
        assert_eq!(
            decode(&[0x66, 0xff, 0xfe]),
            Err(ArticleTextError::NotText(1))
        );
        let huge = vec![b'a'; MAX_ARTICLE_BYTES + 1];
        assert!(matches!(decode(&huge), Err(ArticleTextError::TooLarge(_))));
        assert_eq!(decode("Hallo".as_bytes()), Ok("Hallo"));
    }

    #[test]
    fn a_given_title_wins() {
        let article =
            article_from_text("Tekst hier.", Some("Mijn titel"), "pasted".into()).unwrap();
        assert_eq!(article.title, "Mijn titel");
        assert_eq!(article.date, None);
    }
}
