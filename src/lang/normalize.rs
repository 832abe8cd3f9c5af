//! TEMPORARY stand-in.
/// Lower case.
pub fn normalize(word: &str) -> String {
    word.to_lowercase()
}
