//! leesbril: read real Dutch news and understand every word of it.
//!
//! Layers, each depending only on those before it (see `DESIGN.md`):
//! [`lang`] ← [`dictionary`] ← [`reading`] ← [`learn`] ← [`export`] ← [`store`] ← [`app`] ← [`ui`], [`cli`].
//! The first five are pure: no IO, no clock, no egui, no SQL (except the `.apkg` writer in
//! [`export`], which builds an SQLite collection in memory).

#![warn(missing_docs)]

pub mod app;
pub mod cli;
pub mod dictionary;
pub mod export;
pub mod lang;
pub mod learn;
pub mod reading;
pub mod store;
pub mod ui;
