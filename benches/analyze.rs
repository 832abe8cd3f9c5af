//! Placeholder until the analyze benchmark lands.
fn main() {}
