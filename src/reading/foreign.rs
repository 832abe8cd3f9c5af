//! Recognizes English sentences (an embedded tweet) so they are not glossed as Dutch.

/// Common English words that are not Dutch words.
const ENGLISH: &[&str] = &[
    "the", "and", "of", "to", "with", "my", "our", "this", "will", "before", "where", "from", "it",
    "its", "you", "your", "they", "their", "these", "those", "which", "would", "been", "by",
    "about", "into", "while", "there", "what", "who", "when", "how", "i", "i'm", "i’m", "is",
    "are", "on", "that", "we", "have", "has", "be", "for", "not", "can", "just", "at", "all",
    "more", "than", "very", "should", "could", "after", "us", "he", "she", "his", "her", "them",
    "was", "were", "a", "an", "it's", "it’s", "don't", "don’t",
];

/// Dutch function words that are not English words.
const DUTCH: &[&str] = &[
    "de", "het", "een", "en", "van", "op", "met", "voor", "dat", "die", "niet", "zijn", "wordt",
    "naar", "ook", "er", "aan", "bij", "om", "te", "hij", "zij", "ze", "ik", "maar", "als", "is",
    "was", "in", "we", "heeft", "werd", "nog", "dan", "wel", "geen", "door", "over", "uit", "tot",
    "zou", "kan", "moet", "deze", "dit", "wat", "wie", "haar", "hun", "ons",
];

fn lower_ascii(word: &str) -> String {
    word.to_lowercase()
}

/// Is this sentence (its words) English rather than Dutch?
pub(crate) fn is_english<'a>(words: impl Iterator<Item = &'a str>) -> bool {
    let mut english = 0;
    let mut dutch = 0;
    let mut total = 0;
    for w in words {
        total += 1;
        let w = lower_ascii(w);
        let en = ENGLISH.contains(&w.as_str());
        let nl = DUTCH.contains(&w.as_str());
        if en && !nl {
            english += 2;
        } else if nl && !en {
            dutch += 2;
        } else if en && nl {
            english += 1;
            dutch += 1;
        }
    }
    total >= 3 && english >= 4 && english > 2 * dutch
}

#[cfg(test)]
mod tests {
    use super::*;

    fn en(s: &str) -> bool {
        is_english(s.split_whitespace())
    }

    #[test]
    fn tells_english_from_dutch() {
        assert!(en(
            "I’m traveling to Kyiv and Berlin , where I will meet with our partners"
        ));
        assert!(en(
            "This is a diplomatic effort to de-escalate tensions surrounding the unprovoked"
        ));
        assert!(!en(
            "De Verenigde Staten zijn bezorgd over de aankomst van Russische troepen"
        ));
        assert!(!en(
            "Het is aan de Russen om te bepalen welke weg ze gaan inslaan"
        ));
        assert!(!en("Secretary Antony Blinken"));
    }
}
