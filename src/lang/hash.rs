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

#[cfg(test)]
mod tests {
    use super::*;

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
