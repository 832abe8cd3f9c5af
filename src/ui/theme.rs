//! Colours and labels for statuses: the one place where a status gets a look and a name.

use egui::Color32;

use crate::learn::Status;

/// Background behind a word with this status; transparent for known and ignored words.
pub fn status_background(status: Status, dark_mode: bool) -> Color32 {
    match (status, dark_mode) {
        (Status::New, false) => Color32::from_rgb(0xd6, 0xe9, 0xff),
        (Status::New, true) => Color32::from_rgb(0x22, 0x36, 0x52),
        (Status::Learning(level), false) => match level.get() {
            1 => Color32::from_rgb(0xff, 0xd8, 0x66),
            2 => Color32::from_rgb(0xff, 0xe4, 0x94),
            3 => Color32::from_rgb(0xff, 0xee, 0xbe),
            _ => Color32::from_rgb(0xff, 0xf6, 0xdc),
        },
        (Status::Learning(level), true) => match level.get() {
            1 => Color32::from_rgb(0x7a, 0x5c, 0x00),
            2 => Color32::from_rgb(0x66, 0x4f, 0x10),
            3 => Color32::from_rgb(0x52, 0x43, 0x1c),
            _ => Color32::from_rgb(0x3e, 0x36, 0x24),
        },
        (Status::Known | Status::Ignored, _) => Color32::TRANSPARENT,
    }
}

/// The button label for a status, with its key.
pub fn status_label(status: Status) -> &'static str {
    match status {
        Status::New => "New (U)",
        Status::Learning(level) => match level.get() {
            1 => "1",
            2 => "2",
            3 => "3",
            _ => "4",
        },
        Status::Known => "Known (K)",
        Status::Ignored => "Ignore (I)",
    }
}

/// The name of a status in the Export section's word choice.
pub fn status_export_label(status: Status) -> &'static str {
    match status {
        Status::New => "New",
        Status::Learning(level) => match level.get() {
            1 => "Level 1",
            2 => "Level 2",
            3 => "Level 3",
            _ => "Level 4",
        },
        Status::Known => "Known",
        Status::Ignored => "Ignored",
    }
}

/// A longer description of a status for the gloss panel.
pub fn status_description(status: Status) -> String {
    match status {
        Status::New => "new".to_owned(),
        Status::Learning(level) => format!("learning, level {}", level.get()),
        Status::Known => "known".to_owned(),
        Status::Ignored => "ignored".to_owned(),
    }
}
