//! Numbers written with digits and an ordinal ending (1e, 2de, 21ste) read as the ordinal word
//! (eerste, tweede, eenentwintigste), so they resolve to the dictionary's numeral entries.

const UNITS: [&str; 20] = [
    "",
    "een",
    "twee",
    "drie",
    "vier",
    "vijf",
    "zes",
    "zeven",
    "acht",
    "negen",
    "tien",
    "elf",
    "twaalf",
    "dertien",
    "veertien",
    "vijftien",
    "zestien",
    "zeventien",
    "achttien",
    "negentien",
];
const TENS: [&str; 10] = [
    "", "", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig",
];

/// The Dutch cardinal for 1–999 (`21` → eenentwintig, `300` → driehonderd).
fn cardinal(n: u32) -> Option<String> {
    let word = match n {
        0 => return None,
        1..=19 => UNITS[n as usize].to_owned(),
        20..=99 => {
            let (tens, unit) = (TENS[(n / 10) as usize], n % 10);
            match unit {
                0 => tens.to_owned(),
                // A trema marks the new syllable after -e: tweeëntwintig, drieëndertig.
                2 | 3 => format!("{}ën{tens}", UNITS[unit as usize]),
                _ => format!("{}en{tens}", UNITS[unit as usize]),
            }
        }
        100..=999 => {
            let hundreds = match n / 100 {
                1 => String::new(),
                h => cardinal(h)?,
            };
            let rest = match n % 100 {
                0 => String::new(),
                r => cardinal(r)?,
            };
            format!("{hundreds}honderd{rest}")
        }
        _ => return None,
    };
    Some(word)
}

/// The ordinal for a number (1 → eerste, 3 → derde, 8 → achtste, 20 → twintigste).
fn ordinal(n: u32) -> Option<String> {
    if n == 1000 {
        return Some("duizendste".to_owned());
    }
    let word = cardinal(n)?;
    let ordinal = match n % 100 {
        1 if n < 100 => "eerste".to_owned(),
        // Above a hundred the word ends in the last part: honderdeerste, honderdderde.
        1 => format!("{}eerste", word.strip_suffix("een")?),
        3 => format!("{}derde", word.strip_suffix("drie")?),
        8 => format!("{word}ste"),
        r if (2..=19).contains(&r) => format!("{word}de"),
        _ => format!("{word}ste"),
    };
    Some(ordinal)
}

/// `1e`, `2de`, `3e`, `1ste`, `20ste` → the ordinal word; `None` for anything else.
pub fn ordinal_from_digits(form: &str) -> Option<String> {
    let digits_end = form.find(|c: char| !c.is_ascii_digit())?;
    let (digits, ending) = form.split_at(digits_end);
    if digits.is_empty() || !matches!(ending, "e" | "de" | "ste") {
        return None;
    }
    ordinal(digits.parse().ok()?)
}

#[cfg(test)]
mod tests {
    use super::ordinal_from_digits;

    #[test]
    fn ordinals_written_with_digits() {
        for (form, word) in [
            ("1e", "eerste"),
            ("1ste", "eerste"),
            ("2de", "tweede"),
            ("3e", "derde"),
            ("8ste", "achtste"),
            ("8e", "achtste"),
            ("14e", "veertiende"),
            ("20ste", "twintigste"),
            ("21e", "eenentwintigste"),
            ("22e", "tweeëntwintigste"),
            ("100e", "honderdste"),
            ("101e", "honderdeerste"),
            ("250ste", "tweehonderdvijftigste"),
            ("1000e", "duizendste"),
        ] {
            assert_eq!(ordinal_from_digits(form).as_deref(), Some(word), "{form}");
        }
        for form in ["e", "12", "3x", "0e", "1234e", "2dee"] {
            assert_eq!(ordinal_from_digits(form), None, "{form}");
        }
    }
}
