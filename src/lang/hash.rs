//! A small, fast, non-cryptographic hasher for the form indexes (the FxHash algorithm).
//!
//! Keys are word forms from our own dictionary, so hash flooding is no concern, and the default
//! SipHash would cost a good part of the analysis budget.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// The FxHash hasher used by rustc: multiply-rotate over 8-byte words.
#[derive(Clone, Copy, Debug, Default)]
pub struct FxHasher {
    hash: u64,
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut buf = [0u8; 8];
            buf.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(buf));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut buf = [0u8; 8];
            buf[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(buf));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

/// A `HashMap` with [`FxHasher`].
pub type FxHashMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// The hash the string maps use (FxHash with a murmur3 finalizer).
pub fn hash_str(key: &str) -> u64 {
    let mut h = FxHasher::default();
    h.write(key.as_bytes());
    // FxHash's low bits depend only on the first bytes; the murmur3 finalizer spreads
    // every byte over every bit, and the table uses the low bits.
    let mut x = h.finish();
    x ^= x >> 33;
    x = x.wrapping_mul(0xff51_afd7_ed55_8ccd);
    x ^= x >> 33;
    x = x.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    x ^ (x >> 33)
}

/// The raw parts of a [`StrMap`]: key arena, key ranges, values, slots.
pub type RawStrMap<'a, V> = (&'a str, &'a [(u32, u32)], &'a [V], &'a [(u32, u32)]);

/// A string-keyed map for the dictionary's big indexes: keys live in one arena string (no
/// allocation per key), slots are probed linearly. Built once, read many times.
#[derive(Clone, Debug)]
pub struct StrMap<V> {
    arena: String,
    keys: Vec<(u32, u32)>,
    values: Vec<V>,
    /// (hash, key index + 1); 0 = empty. The hash lets a probe skip other keys without
    /// touching them.
    slots: Vec<(u32, u32)>,
}

impl<V> Default for StrMap<V> {
    fn default() -> Self {
        Self::with_capacity(0)
    }
}

impl<V> StrMap<V> {
    /// An empty map with room for `n` keys.
    pub fn with_capacity(n: usize) -> Self {
        let slots = (n * 2).next_power_of_two().max(16);
        Self {
            arena: String::with_capacity(n * 10),
            keys: Vec::with_capacity(n),
            values: Vec::with_capacity(n),
            slots: vec![(0, 0); slots],
        }
    }

    /// Number of keys.
    pub fn len(&self) -> usize {
        self.keys.len()
    }

    /// Is the map empty?
    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    fn key(&self, i: usize) -> &str {
        self.keys
            .get(i)
            .and_then(|&(start, end)| self.arena.get(start as usize..end as usize))
            .unwrap_or("")
    }

    /// The slot holding `key`, or the empty slot where it would go.
    fn find(&self, key: &str, hash: u64) -> usize {
        let mask = self.slots.len() - 1;
        let short = hash as u32;
        let mut slot = (hash as usize) & mask;
        loop {
            match self.slots.get(slot).copied().unwrap_or((0, 0)) {
                (_, 0) => return slot,
                (h, k) if h == short && self.key(k as usize - 1) == key => return slot,
                _ => {}
            }
            slot = (slot + 1) & mask;
        }
    }

    /// The value for `key`.
    pub fn get(&self, key: &str) -> Option<&V> {
        self.get_hashed(key, hash_str(key))
    }

    /// The value for `key`, whose [`hash_str`] the caller computed.
    pub fn get_hashed(&self, key: &str, hash: u64) -> Option<&V> {
        let slot = self.find(key, hash);
        match self.slots.get(slot).copied().unwrap_or((0, 0)) {
            (_, 0) => None,
            (_, k) => self.values.get(k as usize - 1),
        }
    }

    /// The value for `key`, inserting `make()` first if it is missing.
    pub fn get_or_insert_with(&mut self, key: &str, make: impl FnOnce() -> V) -> &mut V {
        self.get_or_insert_hashed(key, hash_str(key), make)
    }

    /// Like [`StrMap::get_or_insert_with`], with the key's [`hash_str`] given.
    pub fn get_or_insert_hashed(
        &mut self,
        key: &str,
        hash: u64,
        make: impl FnOnce() -> V,
    ) -> &mut V {
        let mut slot = self.find(key, hash);
        if self.slots.get(slot).is_some_and(|s| s.1 == 0) {
            if (self.keys.len() + 1) * 2 > self.slots.len() {
                self.grow();
                slot = self.find(key, hash);
            }
            let start = self.arena.len() as u32;
            self.arena.push_str(key);
            self.keys.push((start, self.arena.len() as u32));
            self.values.push(make());
            if let Some(s) = self.slots.get_mut(slot) {
                *s = (hash as u32, self.keys.len() as u32);
            }
        }
        let i = self.slots.get(slot).map_or(1, |s| s.1) as usize - 1;
        let last = self.values.len() - 1;
        &mut self.values[i.min(last)]
    }

    fn grow(&mut self) {
        let size = self.slots.len() * 2;
        let old = std::mem::replace(&mut self.slots, vec![(0, 0); size]);
        let mask = size - 1;
        for (h, k) in old {
            if k == 0 {
                continue;
            }
            let full = hash_str(self.key(k as usize - 1));
            let mut slot = (full as usize) & mask;
            while self.slots[slot].1 != 0 {
                slot = (slot + 1) & mask;
            }
            self.slots[slot] = (h, k);
        }
    }

    /// Every key and value, in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &V)> {
        (0..self.keys.len())
            .map(|i| self.key(i))
            .zip(self.values.iter())
    }

    /// Every value, mutably, in insertion order.
    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut V> {
        self.values.iter_mut()
    }

    /// The raw parts (key arena, key ranges, values, slots), for a binary cache.
    pub fn raw_parts(&self) -> RawStrMap<'_, V> {
        (&self.arena, &self.keys, &self.values, &self.slots)
    }

    /// Rebuilds a map from [`StrMap::raw_parts`], checking what lookups rely on: a
    /// power-of-two slot table with at least one empty slot (so a probe ends), slots that
    /// point at keys, one value per key, key ranges inside the arena. `None` if not.
    pub fn from_raw_parts(
        arena: String,
        keys: Vec<(u32, u32)>,
        values: Vec<V>,
        slots: Vec<(u32, u32)>,
    ) -> Option<Self> {
        let sound = slots.len().is_power_of_two()
            && values.len() == keys.len()
            && slots.iter().any(|s| s.1 == 0)
            && slots.iter().all(|s| s.1 as usize <= keys.len())
            && keys
                .iter()
                .all(|&(a, b)| arena.get(a as usize..b as usize).is_some());
        sound.then_some(Self {
            arena,
            keys,
            values,
            slots,
        })
    }
}

/// Collects (key, value) pairs for a [`StrMultiMap`].
#[derive(Clone, Debug)]
pub struct StrMultiMapBuilder<T> {
    keys: StrMap<u32>,
    pairs: Vec<(u32, T)>,
}

impl<T: Copy> StrMultiMapBuilder<T> {
    /// A builder with room for about `n` keys.
    pub fn with_capacity(n: usize) -> Self {
        Self {
            keys: StrMap::with_capacity(n),
            pairs: Vec::with_capacity(n + n / 4),
        }
    }

    /// Adds a value under a key.
    pub fn push(&mut self, key: &str, value: T) {
        self.push_hashed(key, hash_str(key), value);
    }

    /// Adds a value under a key whose [`hash_str`] the caller computed.
    pub fn push_hashed(&mut self, key: &str, hash: u64, value: T) {
        let next = self.keys.len() as u32;
        let id = *self.keys.get_or_insert_hashed(key, hash, || next);
        self.pairs.push((id, value));
    }

    /// Groups the values by key, keeping insertion order within a key. `merge(kept, new)`
    /// may fold a new value into one already kept for the same key (returning true), to
    /// drop duplicates.
    pub fn finish(self, merge: impl Fn(&mut T, &T) -> bool) -> StrMultiMap<T> {
        let n = self.keys.len();
        let mut counts = vec![0u32; n + 1];
        for (id, _) in &self.pairs {
            if let Some(c) = counts.get_mut(*id as usize + 1) {
                *c += 1;
            }
        }
        for i in 1..counts.len() {
            counts[i] += counts[i - 1];
        }
        let mut fill = counts.clone();
        let mut slots: Vec<Option<T>> = vec![None; self.pairs.len()];
        for (id, value) in &self.pairs {
            if let Some(f) = fill.get_mut(*id as usize) {
                if let Some(slot) = slots.get_mut(*f as usize) {
                    *slot = Some(*value);
                }
                *f += 1;
            }
        }
        let mut values: Vec<T> = Vec::with_capacity(self.pairs.len());
        let mut offsets = Vec::with_capacity(n + 1);
        offsets.push(0u32);
        for key in 0..n {
            let start = values.len();
            let (from, to) = (counts[key] as usize, counts[key + 1] as usize);
            for value in slots.get(from..to).into_iter().flatten().flatten() {
                let merged = values
                    .get_mut(start..)
                    .into_iter()
                    .flatten()
                    .any(|kept| merge(kept, value));
                if !merged {
                    values.push(*value);
                }
            }
            offsets.push(values.len() as u32);
        }
        StrMultiMap {
            keys: self.keys,
            offsets,
            values,
        }
    }
}

/// A string → many values map, stored flat: one arena for the keys, one array of values.
#[derive(Clone, Debug)]
pub struct StrMultiMap<T> {
    keys: StrMap<u32>,
    offsets: Vec<u32>,
    values: Vec<T>,
}

impl<T> Default for StrMultiMap<T> {
    fn default() -> Self {
        Self {
            keys: StrMap::default(),
            offsets: vec![0],
            values: Vec::new(),
        }
    }
}

impl<T> StrMultiMap<T> {
    /// The values under a key (empty if none).
    pub fn get(&self, key: &str) -> &[T] {
        self.get_hashed(key, hash_str(key))
    }

    /// The values under a key whose [`hash_str`] the caller computed.
    pub fn get_hashed(&self, key: &str, hash: u64) -> &[T] {
        let Some(&id) = self.keys.get_hashed(key, hash) else {
            return &[];
        };
        let (Some(&from), Some(&to)) = (
            self.offsets.get(id as usize),
            self.offsets.get(id as usize + 1),
        ) else {
            return &[];
        };
        self.values.get(from as usize..to as usize).unwrap_or(&[])
    }

    /// Number of keys.
    pub fn len(&self) -> usize {
        self.keys.len()
    }

    /// Is the map empty?
    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// The raw parts (keys → group number, group offsets, values), for a binary cache.
    pub fn raw_parts(&self) -> (&StrMap<u32>, &[u32], &[T]) {
        (&self.keys, &self.offsets, &self.values)
    }

    /// Rebuilds a map from [`StrMultiMap::raw_parts`]; `None` if the offsets do not fit.
    pub fn from_raw_parts(keys: StrMap<u32>, offsets: Vec<u32>, values: Vec<T>) -> Option<Self> {
        let sound = offsets.len() == keys.len() + 1
            && offsets.first() == Some(&0)
            && offsets.windows(2).all(|w| w[0] <= w[1])
            && offsets.last().is_some_and(|&l| l as usize == values.len())
            && keys.values.iter().all(|&g| (g as usize) < keys.len());
        sound.then_some(Self {
            keys,
            offsets,
            values,
        })
    }

    /// Every key with its values, in first-insertion order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &[T])> {
        self.keys.iter().map(|(k, &id)| {
            let from = self.offsets.get(id as usize).copied().unwrap_or(0) as usize;
            let to = self.offsets.get(id as usize + 1).copied().unwrap_or(0) as usize;
            (k, self.values.get(from..to).unwrap_or(&[]))
        })
    }
}

/// Calls its argument for every (key, hash of the key, value) of a [`ShardedMultiMap`] to
/// build.
pub type ItemSource<'a, T> = dyn Fn(&mut dyn FnMut(&str, u64, T)) + Sync + 'a;

/// A [`StrMultiMap`] split by key hash into shards that are built on separate threads.
#[derive(Clone, Debug)]
pub struct ShardedMultiMap<T> {
    shards: Vec<StrMultiMap<T>>,
}

impl<T> Default for ShardedMultiMap<T> {
    fn default() -> Self {
        Self {
            shards: vec![StrMultiMap::default()],
        }
    }
}

/// The shard of a key's hash: the top bits (the shard maps themselves use the low bits).
pub fn shard_of(hash: u64, shards: usize) -> usize {
    ((hash >> 48) as usize) % shards.max(1)
}

impl<T: Copy + Send> ShardedMultiMap<T> {
    /// Builds `shards` shards at once. `items` calls its argument for every (key, value)
    /// pair, in a fixed order; each shard's thread keeps its own keys. `merge` as for
    /// [`StrMultiMapBuilder::finish`].
    pub fn build(
        shards: usize,
        capacity: usize,
        items: &ItemSource<'_, T>,
        merge: fn(&mut T, &T) -> bool,
    ) -> Self {
        let shards = shards.max(1);
        let built = std::thread::scope(|scope| {
            let handles: Vec<_> = (0..shards)
                .map(|shard| {
                    scope.spawn(move || {
                        let mut builder = StrMultiMapBuilder::with_capacity(capacity / shards + 16);
                        items(&mut |key, hash, value| {
                            if shard_of(hash, shards) == shard {
                                builder.push_hashed(key, hash, value);
                            }
                        });
                        builder.finish(merge)
                    })
                })
                .collect();
            handles
                .into_iter()
                .map(|h| h.join().unwrap_or_default())
                .collect::<Vec<_>>()
        });
        Self { shards: built }
    }
}

impl<T> ShardedMultiMap<T> {
    /// The values under a key (empty if none).
    pub fn get(&self, key: &str) -> &[T] {
        let hash = hash_str(key);
        self.shards
            .get(shard_of(hash, self.shards.len()))
            .map_or(&[], |s| s.get_hashed(key, hash))
    }

    /// Number of keys.
    pub fn len(&self) -> usize {
        self.shards.iter().map(StrMultiMap::len).sum()
    }

    /// The shards, for a binary cache.
    pub fn shards(&self) -> &[StrMultiMap<T>] {
        &self.shards
    }

    /// A map from shards built by [`ShardedMultiMap::build`] (in the same order); `None`
    /// for no shards.
    pub fn from_shards(shards: Vec<StrMultiMap<T>>) -> Option<Self> {
        (!shards.is_empty()).then_some(Self { shards })
    }

    /// Is the map empty?
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn sharded_map_finds_every_key() {
        let keys: Vec<String> = (0..500).map(|i| format!("k{i}")).collect();
        let items = |emit: &mut dyn FnMut(&str, u64, u32)| {
            for (i, k) in keys.iter().enumerate() {
                emit(k, hash_str(k), i as u32);
            }
        };
        let map = ShardedMultiMap::build(3, 500, &items, |a, b| a == b);
        assert_eq!(map.len(), 500);
        assert_eq!(map.get("k42"), [42]);
        assert_eq!(map.get("nope"), [] as [u32; 0]);
    }

    #[test]
    fn multimap_groups_and_merges() {
        let mut b = StrMultiMapBuilder::with_capacity(2);
        for (k, v) in [("a", 1), ("b", 2), ("a", 3), ("a", 1), ("c", 4)] {
            b.push(k, v);
        }
        let m = b.finish(|kept, new| kept == new);
        assert_eq!(m.get("a"), [1, 3]);
        assert_eq!(m.get("b"), [2]);
        assert_eq!(m.get("c"), [4]);
        assert_eq!(m.get("d"), [] as [i32; 0]);
        assert_eq!(m.len(), 3);
    }

    use super::*;

    #[test]
    fn str_map_inserts_grows_and_finds() {
        let mut map: StrMap<Vec<u32>> = StrMap::with_capacity(2);
        for i in 0..1000u32 {
            map.get_or_insert_with(&format!("w{i}"), Vec::new).push(i);
        }
        map.get_or_insert_with("w7", Vec::new).push(7000);
        assert_eq!(map.len(), 1000);
        assert_eq!(map.get("w7"), Some(&vec![7, 7000]));
        assert_eq!(map.get("w999"), Some(&vec![999]));
        assert_eq!(map.get("w1000"), None);
        assert_eq!(map.get(""), None);
        assert_eq!(map.iter().next().map(|(k, _)| k), Some("w0"));
    }

    #[test]
    fn map_works_with_str_keys() {
        let mut map: FxHashMap<Box<str>, u32> = FxHashMap::default();
        map.insert("gingen".into(), 1);
        map.insert("gaan".into(), 2);
        assert_eq!(map.get("gingen"), Some(&1));
        assert_eq!(map.get("gaan"), Some(&2));
        assert_eq!(map.get("ging"), None);
    }
}
