//! The Export section of the settings screen: which words, which format, which file.

use egui::Ui;

use super::theme;
use crate::app::Command;
use crate::export::{ExportFormat, default_statuses};
use crate::learn::Status;

/// What the learner has chosen so far in the Export section.
#[derive(Clone, Debug)]
pub struct ExportDraft {
    /// The statuses to export, in the order of [`Status::all`].
    pub statuses: Vec<Status>,
    /// The file format.
    pub format: ExportFormat,
    /// The file to write.
    pub path: String,
}

impl Default for ExportDraft {
    fn default() -> Self {
        Self {
            statuses: default_statuses(),
            format: ExportFormat::default(),
            path: String::new(),
        }
    }
}

/// Draws the Export section and pushes [`Command::ExportVocabulary`] when asked.
pub fn export_ui(ui: &mut Ui, draft: &mut ExportDraft, commands: &mut Vec<Command>) {
    ui.horizontal_wrapped(|ui| {
        ui.label("Words:");
        for status in Status::all() {
            let mut chosen = draft.statuses.contains(&status);
            if ui
                .checkbox(&mut chosen, theme::status_export_label(status))
                .changed()
            {
                draft.statuses.retain(|other| *other != status);
                if chosen {
                    draft.statuses.push(status);
                    draft
                        .statuses
                        .sort_by_key(|s| Status::all().iter().position(|other| other == s));
                }
            }
        }
    });
    ui.horizontal(|ui| {
        ui.label("Format:");
        for format in ExportFormat::ALL {
            if ui
                .selectable_label(draft.format == format, format_label(format))
                .clicked()
            {
                draft.format = format;
            }
        }
    });
    ui.horizontal(|ui| {
        let label = ui.label("Export to:");
        ui.add(
            egui::TextEdit::singleline(&mut draft.path)
                .hint_text(format!("/path/to/words.{}", draft.format.extension()))
                .desired_width(420.0),
        )
        .labelled_by(label.id);
        let ready = !draft.path.trim().is_empty() && !draft.statuses.is_empty();
        if ui
            .add_enabled(ready, egui::Button::new("Export words"))
            .clicked()
        {
            commands.push(Command::ExportVocabulary {
                path: draft.path.trim().into(),
                format: draft.format,
                statuses: draft.statuses.clone(),
            });
        }
    });
}

fn format_label(format: ExportFormat) -> &'static str {
    match format {
        ExportFormat::Csv => "CSV",
        ExportFormat::Tsv => "TSV",
        ExportFormat::AnkiText => "Anki text",
        ExportFormat::Apkg => "Anki package (.apkg)",
    }
}
