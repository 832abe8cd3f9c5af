//! Recognizes English sentences (an embedded tweet) so they are not glossed as Dutch.

/// How a lower-case word votes: (English, Dutch).
fn vote(word: &str) -> (u32, u32) {
    match word {
        // English words that are not Dutch words.
        "the" | "and" | "of" | "to" | "with" | "my" | "our" | "this" | "will" | "before"
        | "where" | "from" | "it" | "its" | "you" | "your" | "they" | "their" | "these"
        | "those" | "which" | "would" | "been" | "by" | "about" | "into" | "while" | "there"
        | "what" | "who" | "when" | "how" | "i" | "i'm" | "are" | "on" | "that" | "have"
        | "has" | "be" | "for" | "not" | "can" | "just" | "at" | "all" | "more" | "than"
        | "very" | "should" | "could" | "after" | "us" | "he" | "she" | "his" | "her" | "them"
        | "were" | "a" | "an" | "it's" | "don't" => (2, 0),
        // Both.
        "is" | "was" | "we" | "in" => (1, 1),
        // Dutch function words that are not English words.
        "de" | "het" | "een" | "en" | "van" | "op" | "met" | "voor" | "dat" | "die" | "niet"
        | "zijn" | "wordt" | "naar" | "ook" | "er" | "aan" | "bij" | "om" | "te" | "hij"
        | "zij" | "ze" | "ik" | "maar" | "als" | "heeft" | "werd" | "nog" | "dan" | "wel"
        | "geen" | "door" | "over" | "uit" | "tot" | "zou" | "kan" | "moet" | "deze" | "dit"
        | "wat" | "wie" | "haar" | "hun" | "ons" => (0, 2),
        _ => (0, 0),
    }
}

/// Is this sentence (its words, normalized to lower case) English rather than Dutch?
pub(crate) fn is_english<'a>(words: impl Iterator<Item = &'a str>) -> bool {
    let mut english = 0;
    let mut dutch = 0;
    let mut total = 0;
    for w in words {
        total += 1;
        let (en, nl) = vote(w);
        english += en;
        dutch += nl;
    }
    total >= 3 && english >= 4 && english > 2 * dutch
}

#[cfg(test)]
mod tests {
    use super::*;

    fn en(s: &str) -> bool {
        let lower = s.to_lowercase().replace('’', "'");
        is_english(lower.split_whitespace())
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
