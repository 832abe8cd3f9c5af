//! TEMPORARY stand-in until the language engine lands.
pub mod normalize;
