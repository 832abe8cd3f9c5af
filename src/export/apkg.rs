//! The Anki package (`.apkg`): a zip holding `collection.anki2`, an SQLite collection in the
//! legacy schema 11 that every Anki version imports, and `media` = `{}`.
//!
//! The collection has one deck `leesbril`, one note type `leesbril (Dutch)` with the fields
//! Word, Meaning, Grammar, Sentence and Article and one card template, and one note per word.
//! A note's GUID depends only on its lemma, so importing a later export again updates the
//! notes instead of duplicating them; the note type and deck ids are fixed for the same reason.
//! The collection is built in memory and serialized: no temporary file.
//! Besides `store`, this is the only file that names rusqlite.

use std::io::{Cursor, Write as _};

use rusqlite::{Connection, params};
use serde_json::{Value, json};
use zip::write::SimpleFileOptions;

use super::anki_text::field;
use super::{ExportItem, escape_html};
use crate::learn::Timestamp;

/// The note type's id: fixed, so every export extends the same note type.
pub const NOTETYPE_ID: i64 = 1_732_540_000_101;
/// The deck's id: fixed, so every export lands in the same deck.
pub const DECK_ID: i64 = 1_732_540_000_202;
/// The note type's name.
pub const NOTETYPE_NAME: &str = "leesbril (Dutch)";
/// The deck's name.
pub const DECK_NAME: &str = "leesbril";
/// The note type's fields, in order.
pub const FIELDS: [&str; 5] = ["Word", "Meaning", "Grammar", "Sentence", "Article"];

const QUESTION: &str = "<div class=\"word\">{{Word}}</div>\n\
{{#Sentence}}<div class=\"sentence\">{{Sentence}}</div>{{/Sentence}}";
const ANSWER: &str = "{{FrontSide}}\n<hr id=\"answer\">\n<div class=\"meaning\">{{Meaning}}</div>\n\
{{#Grammar}}<div class=\"grammar\">{{Grammar}}</div>{{/Grammar}}\n\
{{#Article}}<div class=\"article\">{{Article}}</div>{{/Article}}";
const CSS: &str = ".card { font-family: sans-serif; font-size: 22px; text-align: center; }\n\
.word { font-size: 30px; font-weight: bold; }\n\
.sentence { margin-top: 14px; font-style: italic; }\n\
.grammar { margin-top: 10px; color: #666; }\n\
.article { margin-top: 14px; font-size: 14px; color: #888; }";

// The legacy collection schema (version 11), as Anki 2.1 and genanki write it.
const SCHEMA: &str = "
CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null,
    scm integer not null, ver integer not null, dty integer not null, usn integer not null,
    ls integer not null, conf text not null, models text not null, decks text not null,
    dconf text not null, tags text not null);
CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null,
    mod integer not null, usn integer not null, tags text not null, flds text not null,
    sfld integer not null, csum integer not null, flags integer not null, data text not null);
CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null,
    ord integer not null, mod integer not null, usn integer not null, type integer not null,
    queue integer not null, due integer not null, ivl integer not null, factor integer not null,
    reps integer not null, lapses integer not null, left integer not null, odue integer not null,
    odid integer not null, flags integer not null, data text not null);
CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null,
    ease integer not null, ivl integer not null, lastIvl integer not null,
    factor integer not null, time integer not null, type integer not null);
CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);
CREATE INDEX ix_notes_usn on notes (usn);
CREATE INDEX ix_cards_usn on cards (usn);
CREATE INDEX ix_revlog_usn on revlog (usn);
CREATE INDEX ix_cards_nid on cards (nid);
CREATE INDEX ix_cards_sched on cards (did, queue, due);
CREATE INDEX ix_revlog_cid on revlog (cid);
CREATE INDEX ix_notes_csum on notes (csum);
";

/// What can go wrong while building the package.
#[derive(Debug, thiserror::Error)]
pub enum ApkgError {
    /// Building the SQLite collection failed.
    #[error("the collection: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// Writing the zip failed.
    #[error("the zip: {0}")]
    Zip(#[from] zip::result::ZipError),
    /// Writing into the zip failed.
    #[error("the zip: {0}")]
    Io(#[from] std::io::Error),
}

/// The package's bytes: the zip with `collection.anki2` and `media`.
pub fn package(items: &[ExportItem], now: Timestamp) -> Result<Vec<u8>, ApkgError> {
    let collection = collection(items, now)?;
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    zip.start_file("collection.anki2", options)?;
    zip.write_all(&collection)?;
    zip.start_file("media", options)?;
    zip.write_all(b"{}")?;
    Ok(zip.finish()?.into_inner())
}

/// The SQLite file `collection.anki2`, built in memory.
pub fn collection(items: &[ExportItem], now: Timestamp) -> Result<Vec<u8>, ApkgError> {
    let mut conn = Connection::open_in_memory()?;
    let tx = conn.transaction()?;
    tx.execute_batch(SCHEMA)?;
    let now_ms = now.saturating_mul(1000);
    tx.execute(
        "INSERT INTO col VALUES (1, ?1, ?2, ?2, 11, 0, 0, 0, ?3, ?4, ?5, ?6, '{}')",
        params![
            now,
            now_ms,
            collection_config().to_string(),
            json!({ NOTETYPE_ID.to_string(): notetype(now) }).to_string(),
            decks(now).to_string(),
            deck_config().to_string(),
        ],
    )?;
    let count = i64::try_from(items.len()).unwrap_or(i64::MAX);
    {
        let mut note =
            tx.prepare("INSERT INTO notes VALUES (?1, ?2, ?3, ?4, -1, ?5, ?6, ?7, 0, 0, '')")?;
        let mut card = tx.prepare(
            "INSERT INTO cards VALUES (?1, ?2, ?3, 0, ?4, -1, 0, 0, ?5, 0, 0, 0, 0, 0, 0, 0, 0, '')",
        )?;
        for (index, item) in (0_i64..).zip(items) {
            let note_id = now_ms.saturating_add(index);
            let card_id = now_ms.saturating_add(count).saturating_add(index);
            note.execute(params![
                note_id,
                guid("leesbril", &item.lemma),
                NOTETYPE_ID,
                now,
                format!(" leesbril {} ", item.status_tag()),
                fields(item).join("\u{1f}"),
                item.word,
            ])?;
            card.execute(params![card_id, note_id, DECK_ID, now, index + 1])?;
        }
    }
    tx.commit()?;
    Ok(conn.serialize(rusqlite::MAIN_DB)?.to_vec())
}

/// The note's fields, in the order of [`FIELDS`], as HTML.
pub fn fields(item: &ExportItem) -> [String; 5] {
    let sentence = item
        .sentence_marked("<b>", "</b>", escape_html)
        .replace("\r\n", "<br>")
        .replace(['\n', '\r'], "<br>");
    [
        field(&item.word),
        field(&item.meaning()),
        field(&item.grammar),
        sentence,
        field(&item.article),
    ]
}

/// A stable note GUID for a lemma: a 64-bit FNV-1a hash of `namespace` and the lemma, written
/// in Anki's base-91 alphabet. Never change it: notes already in Anki carry it.
pub fn guid(namespace: &str, lemma: &str) -> String {
    const TABLE: &[u8; 91] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789\
!#$%&()*+,-./:;<=>?@[]^_`{|}~";
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in namespace.bytes().chain([0x1f]).chain(lemma.bytes()) {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    let mut digits = Vec::new();
    while hash > 0 {
        let digit = usize::try_from(hash % 91).unwrap_or_default();
        digits.push(char::from(TABLE.get(digit).copied().unwrap_or(b'a')));
        hash /= 91;
    }
    digits.iter().rev().collect()
}

fn notetype(now: Timestamp) -> Value {
    let fields: Vec<Value> = (0_u32..)
        .zip(FIELDS)
        .map(|(ord, name)| {
            json!({
                "name": name, "ord": ord, "font": "Liberation Sans", "media": [],
                "rtl": false, "size": 20, "sticky": false,
            })
        })
        .collect();
    json!({
        "css": CSS,
        "did": DECK_ID,
        "flds": fields,
        "id": NOTETYPE_ID.to_string(),
        "latexPost": "\\end{document}",
        "latexPre": "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\
    \\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\
    \\setlength{\\parindent}{0in}\n\\begin{document}\n",
        "latexsvg": false,
        "mod": now,
        "name": NOTETYPE_NAME,
        // The card needs the Word or the Sentence field.
        "req": [[0, "any", [0, 3]]],
        "sortf": 0,
        "tags": [],
        "tmpls": [{
            "name": "Recognition", "ord": 0, "qfmt": QUESTION, "afmt": ANSWER,
            "bqfmt": "", "bafmt": "", "did": null, "bfont": "", "bsize": 0,
        }],
        "type": 0,
        "usn": -1,
        "vers": [],
    })
}

fn deck(deck_id: i64, name: &str, now: Timestamp) -> Value {
    json!({
        "collapsed": false, "conf": 1, "desc": "", "dyn": 0, "extendNew": 10, "extendRev": 50,
        "id": deck_id, "lrnToday": [0, 0], "mod": now, "name": name, "newToday": [0, 0],
        "revToday": [0, 0], "timeToday": [0, 0], "usn": -1,
    })
}

fn decks(now: Timestamp) -> Value {
    json!({
        "1": deck(1, "Default", now),
        DECK_ID.to_string(): deck(DECK_ID, DECK_NAME, now),
    })
}

fn collection_config() -> Value {
    json!({
        "activeDecks": [1], "addToCur": true, "collapseTime": 1200, "curDeck": 1,
        "curModel": NOTETYPE_ID.to_string(), "dueCounts": true, "estTimes": true,
        "newBury": true, "newSpread": 0, "nextPos": 1, "sortBackwards": false,
        "sortType": "noteFld", "timeLim": 0,
    })
}

fn deck_config() -> Value {
    json!({
        "1": {
            "autoplay": true, "id": 1, "maxTaken": 60, "mod": 0, "name": "Default",
            "replayq": true, "timer": 0, "usn": 0,
            "lapse": { "delays": [10], "leechAction": 0, "leechFails": 8, "minInt": 1, "mult": 0 },
            "new": {
                "bury": true, "delays": [1, 10], "initialFactor": 2500, "ints": [1, 4, 7],
                "order": 1, "perDay": 20, "separate": true,
            },
            "rev": {
                "bury": true, "ease4": 1.3, "fuzz": 0.05, "ivlFct": 1, "maxIvl": 36500,
                "minSpace": 1, "perDay": 100,
            },
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guids_are_stable_and_differ_per_lemma() {
        // Pinned: notes already in a learner's Anki carry these.
        assert_eq!(guid("leesbril", "huis"), guid("leesbril", "huis"));
        assert_ne!(guid("leesbril", "huis"), guid("leesbril", "huizen"));
        assert_ne!(guid("leesbril", "huis"), guid("leesbril-basic", "huis"));
        assert_eq!(guid("", ""), "DWWssw9SOM");
        assert_eq!(guid("leesbril", "huis"), "KIH(s]HvqA");
    }
}
