//! A compact binary form of the built dictionary: the entries with their ranks and the
//! ready-made indexes (string arenas, offsets and hash slots stored as they are in memory),
//! so that loading is mostly copying. Pure: `build.rs` writes the bytes when the program is
//! compiled and the program carries them.
//!
//! Layout (all integers little-endian): the magic `LBDC`, the format version (u32), the
//! entries, the form index shards, the separable index, the headword index, the multiword
//! expressions. Every length is checked while reading, and every entry id against the number
//! of entries, so a truncated or damaged cache gives [`DictionaryError::Cache`], never a panic.

use std::borrow::Cow;

use crate::lang::hash::{ShardedMultiMap, StrMap, StrMultiMap};
use crate::lang::{FormHit, FormTag, PartOfSpeech, SeparableHit};

use super::entry::{Auxiliary, Entry, Gender};
use super::index::{Indexes, Multiword};
use super::{Dictionary, DictionaryError};

const MAGIC: &[u8; 4] = b"LBDC";
/// Bumped whenever the layout changes, so that bytes of another layout are rejected.
pub const CACHE_VERSION: u32 = 1;
const NONE: u32 = u32::MAX;

struct Writer(Vec<u8>);

impl Writer {
    fn u8(&mut self, v: u8) {
        self.0.push(v);
    }
    fn u32(&mut self, v: u32) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn len(&mut self, n: usize) {
        self.u32(n as u32);
    }
    fn str(&mut self, s: &str) {
        self.len(s.len());
        self.0.extend_from_slice(s.as_bytes());
    }
    fn opt_str(&mut self, s: Option<&str>) {
        match s {
            Some(s) => self.str(s),
            None => self.u32(NONE),
        }
    }
    fn strs(&mut self, list: &[String]) {
        self.len(list.len());
        for s in list {
            self.str(s);
        }
    }
    fn pairs(&mut self, list: &[(u32, u32)]) {
        self.len(list.len());
        for &(a, b) in list {
            self.u32(a);
            self.u32(b);
        }
    }
    fn u32s(&mut self, list: &[u32]) {
        self.len(list.len());
        for &v in list {
            self.u32(v);
        }
    }
    fn str_map(&mut self, map: &StrMap<u32>) {
        let (arena, keys, values, slots) = map.raw_parts();
        self.str(arena);
        self.pairs(keys);
        self.u32s(values);
        self.pairs(slots);
    }
    fn multi_map<T>(&mut self, map: &StrMultiMap<T>, value: impl Fn(&mut Self, &T)) {
        // Values are read back in bulk: a count, then fixed-size items.
        let (keys, offsets, values) = map.raw_parts();
        self.str_map(keys);
        self.u32s(offsets);
        self.len(values.len());
        for v in values {
            value(self, v);
        }
    }
}

/// The little-endian u32 at `at` in a chunk known to be long enough.
fn le32(chunk: &[u8], at: usize) -> u32 {
    match chunk.get(at..at + 4) {
        Some(&[a, b, c, d]) => u32::from_le_bytes([a, b, c, d]),
        _ => 0,
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

fn bad(what: &str) -> DictionaryError {
    DictionaryError::Cache(what.to_owned())
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], DictionaryError> {
        let end = self
            .pos
            .checked_add(n)
            .ok_or_else(|| bad("length overflow"))?;
        let out = self
            .bytes
            .get(self.pos..end)
            .ok_or_else(|| bad("truncated"))?;
        self.pos = end;
        Ok(out)
    }
    fn u8(&mut self) -> Result<u8, DictionaryError> {
        Ok(self.take(1)?.first().copied().unwrap_or_default())
    }
    fn u32(&mut self) -> Result<u32, DictionaryError> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
    /// A count of items of at least `item` bytes each: checked against what is left, so
    /// that a damaged length cannot make us allocate gigabytes.
    fn len(&mut self, item: usize) -> Result<usize, DictionaryError> {
        let n = self.u32()? as usize;
        if n.saturating_mul(item.max(1)) > self.bytes.len() - self.pos {
            return Err(bad("length beyond the end"));
        }
        Ok(n)
    }
    fn str(&mut self) -> Result<&'a str, DictionaryError> {
        let n = self.len(1)?;
        std::str::from_utf8(self.take(n)?).map_err(|_| bad("invalid UTF-8"))
    }
    fn string(&mut self) -> Result<String, DictionaryError> {
        self.str().map(str::to_owned)
    }
    fn opt_string(&mut self) -> Result<Option<String>, DictionaryError> {
        let at = self.pos;
        if self.u32()? == NONE {
            return Ok(None);
        }
        self.pos = at;
        self.string().map(Some)
    }
    fn strings(&mut self) -> Result<Vec<String>, DictionaryError> {
        let n = self.len(4)?;
        (0..n).map(|_| self.string()).collect()
    }
    fn pairs(&mut self) -> Result<Vec<(u32, u32)>, DictionaryError> {
        let n = self.len(8)?;
        Ok(self
            .take(n * 8)?
            .chunks_exact(8)
            .map(|c| (le32(c, 0), le32(c, 4)))
            .collect())
    }
    fn u32s(&mut self) -> Result<Vec<u32>, DictionaryError> {
        let n = self.len(4)?;
        Ok(self
            .take(n * 4)?
            .chunks_exact(4)
            .map(|c| le32(c, 0))
            .collect())
    }
    /// Form hits: (entry id, tag number) in 5 bytes each, checked.
    fn hits(&mut self, entries: u32) -> Result<Vec<(u32, FormTag)>, DictionaryError> {
        let n = self.len(5)?;
        self.take(n * 5)?
            .chunks_exact(5)
            .map(|c| {
                let entry = le32(c, 0);
                let tag = c.get(4).and_then(|&t| FormTag::ALL.get(usize::from(t)));
                match tag {
                    Some(&tag) if entry < entries => Ok((entry, tag)),
                    _ => Err(bad("form hit")),
                }
            })
            .collect()
    }
    fn str_map(&mut self) -> Result<StrMap<u32>, DictionaryError> {
        let arena = self.string()?;
        let keys = self.pairs()?;
        let values = self.u32s()?;
        let slots = self.pairs()?;
        StrMap::from_raw_parts(arena, keys, values, slots).ok_or_else(|| bad("hash table"))
    }
    fn multi_map<T>(
        &mut self,
        values: impl FnOnce(&mut Self) -> Result<Vec<T>, DictionaryError>,
    ) -> Result<StrMultiMap<T>, DictionaryError> {
        let keys = self.str_map()?;
        let offsets = self.u32s()?;
        let values = values(self)?;
        StrMultiMap::from_raw_parts(keys, offsets, values).ok_or_else(|| bad("index offsets"))
    }
}

fn pos_code(pos: PartOfSpeech) -> u8 {
    PartOfSpeech::ALL
        .iter()
        .position(|&p| p == pos)
        .unwrap_or_default() as u8
}

fn tag_code(tag: FormTag) -> u8 {
    FormTag::ALL
        .iter()
        .position(|&t| t == tag)
        .unwrap_or_default() as u8
}

fn write_entry(w: &mut Writer, e: &Entry) {
    w.str(&e.headword);
    w.u8(pos_code(e.pos));
    w.u8(match e.gender {
        None => 0,
        Some(Gender::De) => 1,
        Some(Gender::Het) => 2,
        Some(Gender::Both) => 3,
    });
    w.u8(match e.auxiliary {
        None => 0,
        Some(Auxiliary::Hebben) => 1,
        Some(Auxiliary::Zijn) => 2,
        Some(Auxiliary::Both) => 3,
    });
    w.u8(u8::from(e.reflexive) | u8::from(e.inflects) << 1);
    w.u32(e.rank.unwrap_or(NONE));
    w.strs(&e.plural);
    w.opt_str(e.diminutive.as_deref());
    w.strs(&e.past);
    w.strs(&e.past_variants);
    w.opt_str(e.participle.as_deref());
    w.strs(&e.participle_variants);
    w.opt_str(e.particle.as_deref());
    w.opt_str(e.preposition.as_deref());
    w.strs(&e.present);
    w.opt_str(e.comparative.as_deref());
    w.opt_str(e.superlative.as_deref());
    w.opt_str(e.inflected.as_deref());
    w.strs(&e.forms);
    w.strs(&e.variants);
    w.strs(&e.senses);
    w.opt_str(e.note.as_deref());
}

fn read_entry(r: &mut Reader<'_>) -> Result<Entry, DictionaryError> {
    let headword = r.string()?;
    let pos = *PartOfSpeech::ALL
        .get(usize::from(r.u8()?))
        .ok_or_else(|| bad("part of speech"))?;
    let gender = match r.u8()? {
        0 => None,
        1 => Some(Gender::De),
        2 => Some(Gender::Het),
        3 => Some(Gender::Both),
        _ => return Err(bad("gender")),
    };
    let auxiliary = match r.u8()? {
        0 => None,
        1 => Some(Auxiliary::Hebben),
        2 => Some(Auxiliary::Zijn),
        3 => Some(Auxiliary::Both),
        _ => return Err(bad("auxiliary")),
    };
    let flags = r.u8()?;
    let rank = Some(r.u32()?).filter(|&r| r != NONE);
    Ok(Entry {
        headword,
        pos,
        gender,
        plural: r.strings()?,
        diminutive: r.opt_string()?,
        past: r.strings()?,
        past_variants: r.strings()?,
        participle: r.opt_string()?,
        participle_variants: r.strings()?,
        auxiliary,
        particle: r.opt_string()?,
        reflexive: flags & 1 != 0,
        preposition: r.opt_string()?,
        present: r.strings()?,
        comparative: r.opt_string()?,
        superlative: r.opt_string()?,
        inflected: r.opt_string()?,
        inflects: flags & 2 != 0,
        forms: r.strings()?,
        variants: r.strings()?,
        senses: r.strings()?,
        note: r.opt_string()?,
        rank,
    })
}

/// Checks one encoded entry without allocating (what [`read_entry`] reads, in order).
fn skip_entry(r: &mut Reader<'_>) -> Result<(), DictionaryError> {
    r.str()?;
    if usize::from(r.u8()?) >= PartOfSpeech::ALL.len() || r.u8()? > 3 || r.u8()? > 3 {
        return Err(bad("entry codes"));
    }
    r.u8()?;
    r.u32()?;
    let strs = |r: &mut Reader<'_>| -> Result<(), DictionaryError> {
        let n = r.len(4)?;
        for _ in 0..n {
            r.str()?;
        }
        Ok(())
    };
    let opt = |r: &mut Reader<'_>| -> Result<(), DictionaryError> {
        let at = r.pos;
        if r.u32()? != NONE {
            r.pos = at;
            r.str()?;
        }
        Ok(())
    };
    strs(r)?; // plural
    opt(r)?; // diminutive
    strs(r)?; // past
    strs(r)?; // past variants
    opt(r)?; // participle
    strs(r)?; // participle variants
    opt(r)?; // particle
    opt(r)?; // preposition
    strs(r)?; // present
    opt(r)?; // comparative
    opt(r)?; // superlative
    opt(r)?; // inflected
    strs(r)?; // forms
    strs(r)?; // variants
    strs(r)?; // senses
    opt(r) // note
}

/// Entries kept encoded after a cache load (all checked while loading), decoded one by one
/// on first use: most of an article's words touch a few hundred entries, and allocating all
/// 35,000 up front would cost more than the rest of the load.
#[derive(Debug)]
pub struct EncodedEntries {
    /// Borrowed when the index is compiled into the program, owned otherwise.
    bytes: Cow<'static, [u8]>,
    starts: Vec<u32>,
}

impl EncodedEntries {
    /// Entry `id`, decoded (`None` only if the id is out of range).
    pub fn decode(&self, id: u32) -> Option<Entry> {
        let start = *self.starts.get(id as usize)? as usize;
        let mut r = Reader {
            bytes: &self.bytes,
            pos: start,
        };
        read_entry(&mut r).ok()
    }
}

fn write_hit(w: &mut Writer, entry: u32, tag: FormTag) {
    w.u32(entry);
    w.u8(tag_code(tag));
}

/// The dictionary as bytes (see the module docs).
pub fn to_bytes(dict: &Dictionary) -> Vec<u8> {
    let ix = &dict.ix;
    let mut w = Writer(Vec::with_capacity(16 << 20));
    w.0.extend_from_slice(MAGIC);
    w.u32(CACHE_VERSION);
    w.len(dict.len());
    for &(pos, rank) in &dict.meta {
        w.u8(pos_code(pos));
        w.u32(rank);
    }
    let mut encoded = Writer(Vec::with_capacity(dict.len() * 128));
    for e in dict.entries() {
        write_entry(&mut encoded, e);
    }
    w.len(encoded.0.len());
    w.0.extend_from_slice(&encoded.0);
    let shards = ix.forms.shards();
    w.len(shards.len());
    for shard in shards {
        w.multi_map(shard, |w, h| write_hit(w, h.entry, h.tag));
    }
    w.multi_map(&ix.separable, |w, h| write_hit(w, h.entry, h.tag));
    w.multi_map(&ix.by_headword, |w, &id| w.u32(id));
    w.len(ix.multiwords.len());
    for mw in &ix.multiwords {
        w.u32(mw.entry);
        w.u32(mw.verb.unwrap_or(NONE));
        w.strs(&mw.words);
    }
    w.0
}

/// The dictionary from [`to_bytes`]'s output; `keep` keeps the encoded entries (a borrow of
/// bytes that live as long as the program, or a copy).
pub fn from_bytes<'a>(
    bytes: &'a [u8],
    keep: impl FnOnce(&'a [u8]) -> Cow<'static, [u8]>,
) -> Result<Dictionary, DictionaryError> {
    let mut r = Reader { bytes, pos: 0 };
    if r.take(4)? != MAGIC {
        return Err(bad("not a leesbril dictionary cache"));
    }
    let version = r.u32()?;
    if version != CACHE_VERSION {
        return Err(bad(&format!(
            "cache version {version}, expected {CACHE_VERSION}"
        )));
    }
    let n = r.len(5)?;
    if n == 0 {
        return Err(DictionaryError::Empty);
    }
    let meta = r
        .take(n * 5)?
        .chunks_exact(5)
        .map(|c| {
            let pos = c
                .first()
                .and_then(|&p| PartOfSpeech::ALL.get(usize::from(p)));
            pos.map(|&pos| (pos, le32(c, 1)))
                .ok_or_else(|| bad("part of speech"))
        })
        .collect::<Result<Vec<_>, _>>()?;
    let size = r.len(1)?;
    let section = r.take(size)?;
    let mut starts = Vec::with_capacity(n);
    let mut er = Reader {
        bytes: section,
        pos: 0,
    };
    for _ in 0..n {
        starts.push(er.pos as u32);
        skip_entry(&mut er)?;
    }
    if er.pos != section.len() {
        return Err(bad("entry section length"));
    }
    let encoded = EncodedEntries {
        bytes: keep(section),
        starts,
    };
    let count = n as u32;
    let shard_count = r.len(12)?;
    let shards = (0..shard_count)
        .map(|_| {
            r.multi_map(|r| {
                let hits = r.hits(count)?;
                Ok(hits
                    .into_iter()
                    .map(|(entry, tag)| FormHit { entry, tag })
                    .collect())
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    let forms = ShardedMultiMap::from_shards(shards).ok_or_else(|| bad("no form index"))?;
    let separable = r.multi_map(|r| {
        let hits = r.hits(count)?;
        Ok(hits
            .into_iter()
            .map(|(entry, tag)| SeparableHit { entry, tag })
            .collect())
    })?;
    let by_headword = r.multi_map(|r| {
        let ids = r.u32s()?;
        if ids.iter().any(|&id| id >= count) {
            return Err(bad("entry id out of range"));
        }
        Ok(ids)
    })?;
    let m = r.len(12)?;
    let mut multiwords = Vec::with_capacity(m);
    for _ in 0..m {
        let entry = r.u32()?;
        let verb = Some(r.u32()?).filter(|&v| v != NONE);
        if entry >= count || verb.is_some_and(|v| v >= count) {
            return Err(bad("entry id out of range"));
        }
        multiwords.push(Multiword {
            entry,
            verb,
            words: r.strings()?,
        });
    }
    if r.pos != bytes.len() {
        return Err(bad("trailing bytes"));
    }
    let mut ix = Indexes {
        by_headword,
        forms,
        separable,
        multiwords,
        ..Indexes::default()
    };
    ix.index_multiwords();
    Ok(Dictionary::from_encoded(encoded, meta, ix))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dictionary::tests::mini;
    use crate::lang::Lexicon as _;

    #[test]
    fn round_trip_keeps_entries_ranks_and_indexes() {
        let dict = mini();
        let bytes = dict.to_cache_bytes();
        let back = Dictionary::from_cache_bytes(&bytes).expect("cache loads");
        assert_eq!(back.len(), dict.len());
        assert!(dict.entries().eq(back.entries()));
        for word in [
            "gingen", "stelt", "huizen", "grote", "zijn", "mee-eet", "begaat",
        ] {
            assert_eq!(dict.form_hits(word), back.form_hits(word), "{word}");
            assert_eq!(
                dict.separable_hits(word),
                back.separable_hits(word),
                "{word}"
            );
        }
        assert_eq!(back.lookup("gingen")[0].headword, "gaan");
        assert_eq!(
            back.entry("gaan").map(|e| e.rank),
            dict.entry("gaan").map(|e| e.rank)
        );
        assert_eq!(back.multiwords(), dict.multiwords());
        assert_eq!(
            back.multiwords_starting_with("in").count(),
            dict.multiwords_starting_with("in").count()
        );
        // Written again, the same bytes.
        assert_eq!(back.to_cache_bytes(), bytes);
    }

    #[test]
    fn truncated_or_damaged_caches_are_errors_not_panics() {
        let bytes = mini().to_cache_bytes();
        // Every cut in the header and the first entries, then every 7th byte.
        let cuts = (0..bytes.len().min(2000)).chain((2000..bytes.len()).step_by(7));
        for end in cuts {
            assert!(
                Dictionary::from_cache_bytes(&bytes[..end]).is_err(),
                "truncated at {end}"
            );
        }
        // Flipped bytes: an error or a dictionary, but no panic and no endless probe.
        let mut damaged = bytes.clone();
        for i in (0..bytes.len()).step_by(7) {
            damaged[i] ^= 0xa5;
            let _ = Dictionary::from_cache_bytes(&damaged);
            damaged[i] = bytes[i];
        }
        let mut longer = bytes.clone();
        longer.push(0);
        assert!(Dictionary::from_cache_bytes(&longer).is_err());
        let mut other_version = bytes;
        other_version[4] ^= 1;
        assert!(matches!(
            Dictionary::from_cache_bytes(&other_version),
            Err(DictionaryError::Cache(_))
        ));
    }

    #[test]
    fn a_cached_dictionary_can_be_shared_between_threads() {
        fn shared<T: Send + Sync>(_: &T) {}
        let dict = Dictionary::from_cache_bytes(&mini().to_cache_bytes()).expect("cache loads");
        shared(&dict);
        let lemma = std::thread::scope(|scope| {
            scope
                .spawn(|| dict.lookup("gingen").first().map(|e| e.headword.clone()))
                .join()
                .ok()
                .flatten()
        });
        assert_eq!(lemma.as_deref(), Some("gaan"));
    }
}
