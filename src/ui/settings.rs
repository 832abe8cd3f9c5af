//! The settings screen: reader preferences, the learner's own dictionaries, and the export of
//! vocabulary.

use egui::Ui;

use super::Drafts;
use crate::app::{AppState, Command};

/// Draws the settings and pushes what the learner changes.
pub fn settings_ui(
    ui: &mut Ui,
    state: &AppState,
    drafts: &mut Drafts,
    commands: &mut Vec<Command>,
) {
    // Scrolls, so that the Export section stays reachable in a small window.
    egui::ScrollArea::vertical()
        .id_salt("settings_scroll")
        .show(ui, |ui| sections_ui(ui, state, drafts, commands));
}

fn sections_ui(ui: &mut Ui, state: &AppState, drafts: &mut Drafts, commands: &mut Vec<Command>) {
    ui.heading("Settings");
    ui.add_space(8.0);
    let settings = state.settings();
    let mut font_size = settings.font_size;
    let label = ui.label("Reader text size (points)");
    if ui
        .add(egui::Slider::new(&mut font_size, 12.0..=40.0).step_by(1.0))
        .labelled_by(label.id)
        .changed()
    {
        commands.push(Command::SetFontSize(font_size));
    }
    let mut line_width = settings.line_width;
    let label = ui.label("Reader line width (points)");
    if ui
        .add(egui::Slider::new(&mut line_width, 400.0..=1600.0).step_by(20.0))
        .labelled_by(label.id)
        .changed()
    {
        commands.push(Command::SetLineWidth(line_width));
    }
    ui.add_space(12.0);
    ui.separator();
    ui.strong("Dictionaries");
    dictionaries_ui(ui, state, drafts, commands);
    ui.add_space(12.0);
    ui.separator();
    ui.strong("Export vocabulary");
    super::export::export_ui(ui, &mut drafts.export, commands);
}

fn dictionaries_ui(
    ui: &mut Ui,
    state: &AppState,
    drafts: &mut Drafts,
    commands: &mut Vec<Command>,
) {
    ui.vertical(|ui| {
        ui.label("Built in: the leesbril Dutch-English dictionary.");
        for dictionary in state.user_dictionaries() {
            ui.label(format!(
                "{} ({}, {} entries)",
                dictionary.name, dictionary.format, dictionary.entry_count
            ));
        }
        ui.horizontal(|ui| {
            let label = ui.label("Import:");
            ui.add(
                egui::TextEdit::singleline(&mut drafts.dictionary_path)
                    .hint_text("/usr/share/dictd/freedict-nld-eng.index, a StarDict .ifo or a .tsv")
                    .desired_width(420.0),
            )
            .labelled_by(label.id);
            let ready = !drafts.dictionary_path.trim().is_empty() && !state.importing();
            if ui
                .add_enabled(ready, egui::Button::new("Import dictionary"))
                .clicked()
            {
                commands.push(Command::ImportDictionary(
                    drafts.dictionary_path.trim().into(),
                ));
                drafts.dictionary_path.clear();
            }
            if state.importing() {
                ui.spinner();
            }
        });
    });
}
