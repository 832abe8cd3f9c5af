//! The library screen: the articles, sortable, and the form to add one.

use egui::{RichText, Ui};

use super::Drafts;
use crate::app::{AppState, Command, LibrarySort};

/// Draws the library and pushes what the learner asks for.
pub fn library_ui(ui: &mut Ui, state: &AppState, drafts: &mut Drafts, commands: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        ui.heading("Library");
        ui.add_space(16.0);
        let due = state.due_counts();
        if ui
            .add_enabled(
                due.now > 0,
                egui::Button::new(format!("Review ({} due)", due.now)),
            )
            .on_hover_text(format!("{} due today", due.today))
            .clicked()
        {
            commands.push(Command::StartReview);
        }
    });
    if state.dictionary_loading() {
        ui.label(RichText::new("Loading the dictionary…").weak());
    }
    ui.horizontal(|ui| {
        ui.label("Sort by:");
        for (sort, label) in [
            (LibrarySort::Date, "Date"),
            (LibrarySort::Title, "Title"),
            (LibrarySort::Length, "Length"),
            (LibrarySort::Known, "% known"),
        ] {
            if ui
                .selectable_label(state.library_sort() == sort, label)
                .clicked()
            {
                commands.push(Command::SortLibrary(sort));
            }
        }
    });
    ui.separator();
    egui::ScrollArea::vertical()
        .id_salt("library_rows")
        .max_height(ui.available_height() * 0.6)
        .show(ui, |ui| {
            egui::Grid::new("library_grid")
                .striped(true)
                .num_columns(5)
                .spacing([16.0, 6.0])
                .show(ui, |ui| {
                    ui.strong("Title");
                    ui.strong("Date");
                    ui.strong("Words");
                    ui.strong("Known");
                    ui.label("");
                    ui.end_row();
                    for row in state.library_rows() {
                        if ui.link(&row.title).clicked() {
                            commands.push(Command::OpenArticle(row.article_id));
                        }
                        ui.label(row.date.as_deref().unwrap_or("–"));
                        ui.label(row.word_count.to_string());
                        ui.label(row.known_share.map_or_else(
                            || "…".to_owned(),
                            |share| format!("{:.0}%", share * 100.0),
                        ));
                        if ui
                            .small_button("Remove")
                            .on_hover_text("Remove this article from the library")
                            .clicked()
                        {
                            commands.push(Command::DeleteArticle(row.article_id));
                        }
                        ui.end_row();
                    }
                });
        });
    ui.separator();
    add_article_ui(ui, drafts, commands);
}

fn add_article_ui(ui: &mut Ui, drafts: &mut Drafts, commands: &mut Vec<Command>) {
    egui::CollapsingHeader::new("Add article")
        .default_open(false)
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                let label = ui.label("Title (optional):");
                ui.add(egui::TextEdit::singleline(&mut drafts.title).desired_width(400.0))
                    .labelled_by(label.id);
            });
            ui.add(
                egui::TextEdit::multiline(&mut drafts.text)
                    .hint_text("Paste Dutch text here")
                    .desired_rows(6)
                    .desired_width(f32::INFINITY),
            );
            if ui
                .add_enabled(
                    !drafts.text.trim().is_empty(),
                    egui::Button::new("Add pasted text"),
                )
                .clicked()
            {
                commands.push(Command::AddArticle {
                    title: std::mem::take(&mut drafts.title),
                    text: std::mem::take(&mut drafts.text),
                });
            }
            ui.separator();
            ui.horizontal(|ui| {
                let label = ui.label(".txt file:");
                ui.add(
                    egui::TextEdit::singleline(&mut drafts.path)
                        .hint_text("/path/to/article.txt (or drop a file on the window)")
                        .desired_width(400.0),
                )
                .labelled_by(label.id);
                if ui
                    .add_enabled(
                        !drafts.path.trim().is_empty(),
                        egui::Button::new("Import file"),
                    )
                    .clicked()
                {
                    commands.push(Command::ImportFile(drafts.path.trim().into()));
                    drafts.path.clear();
                }
            });
        });
}
