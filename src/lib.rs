//! leesbril: read real Dutch news and understand every word of it.
//!
//! Layers, each depending only on those before it (see `DESIGN.md`):
//! [`lang`] ← [`dictionary`] ← [`reading`] ← [`learn`] ← [`store`] ← [`app`] ← [`ui`], [`cli`].
//! The first four are pure: no IO, no clock, no egui, no SQL.

#![warn(missing_docs)]

pub mod app;
pub mod cli;
pub mod dictionary;
pub mod lang;
pub mod learn;
pub mod reading;
pub mod store;
pub mod ui;
