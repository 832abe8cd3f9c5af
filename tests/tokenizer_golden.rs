//! Tokenizer goldens on lines from the bundled seed articles, in the bracket notation of
//! STYLE.md C10 (`[word]`, `{number}`, `<link>`, `|` between sentences): the places where
//! a popular peer goes wrong (quotes, links, handles, hyphenated words, `,,` quotes).

use leesbril::lang::tokenize::{bracketed, tokenize};

macro_rules! golden {
    ($($input:expr => $expected:expr),* $(,)?) => {
        $({
            let text: &str = $input;
            assert_eq!(bracketed(text, &tokenize(text)), $expected, "input {text:?}");
        })*
    };
}

#[test]
fn seed_lines() {
    golden! {
        "heeft Rusland de troepenopbouw langs de grens ‘bijna voltooid’. Het zou gaan om 127.000 militairen."
            => "[heeft] [Rusland] [de] [troepenopbouw] [langs] [de] [grens] ‘[bijna] [voltooid]’. | [Het] [zou] [gaan] [om] {127.000} [militairen].",
        "borders. pic.twitter.com/dAP2nkrXfK — Secretary Antony Blinken (@SecBlinken) 18 januari 2022"
            => "[borders]. <pic.twitter.com/dAP2nkrXfK> — [Secretary] [Antony] [Blinken] (<@SecBlinken>) {18} [januari] {2022}",
        ",,Ik heb president Poetin duidelijk gemaakt dat als hij nog meer stappen zet in Oekraïne, we strenge sancties zullen krijgen. We zullen onze aanwezigheid in Europa vergroten met Navo-bondgenoten”, aldus Biden."
            => ",,[Ik] [heb] [president] [Poetin] [duidelijk] [gemaakt] [dat] [als] [hij] [nog] [meer] [stappen] [zet] [in] [Oekraïne], [we] [strenge] [sancties] [zullen] [krijgen]. | [We] [zullen] [onze] [aanwezigheid] [in] [Europa] [vergroten] [met] [Navo-bondgenoten]”, [aldus] [Biden].",
        "Lees ook: ‘De NAVO zal Oekraïne niet verdedigen. Dat zal een demoraliserende werking hebben’"
            => "[Lees] [ook]: ‘[De] [NAVO] [zal] [Oekraïne] [niet] [verdedigen]. | [Dat] [zal] [een] [demoraliserende] [werking] [hebben]’",
        "meldt VN-vluchtelingenchef Filippo Grandi op Twitter. Veel van hen vluchten naar Polen."
            => "[meldt] [VN-vluchtelingenchef] [Filippo] [Grandi] [op] [Twitter]. | [Veel] [van] [hen] [vluchten] [naar] [Polen].",
        "De Oost-Oekraïense stad Charkov heeft vanwege hevige gevechten juist een avondklok ingevoerd."
            => "[De] [Oost-Oekraïense] [stad] [Charkov] [heeft] [vanwege] [hevige] [gevechten] [juist] [een] [avondklok] [ingevoerd].",
        "bevonden de Russen zich maandag op zo’n 25 kilometer van het centrum"
            => "[bevonden] [de] [Russen] [zich] [maandag] [op] [zo’n] {25} [kilometer] [van] [het] [centrum]",
    }
}

#[test]
fn seed_headings_and_captions_are_their_own_sentences() {
    let text = "Een vernietigde Russische tank in de greppel in Loegansk, gisteren. Beeld AFP\n\nDefcon\n\nDe stap van Poetin is zorgelijk.";
    assert_eq!(
        bracketed(text, &tokenize(text)),
        "[Een] [vernietigde] [Russische] [tank] [in] [de] [greppel] [in] [Loegansk], [gisteren]. | [Beeld] [AFP] / | [Defcon] / | [De] [stap] [van] [Poetin] [is] [zorgelijk]."
    );
}
