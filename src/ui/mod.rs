//! The egui/eframe front end. It reads [`AppState`] and pushes [`Command`]s; the commands
//! are applied after drawing. No SQL, no file reading, no tokenizing here.

mod export;
mod gloss;
mod library;
mod reader;
mod review;
mod settings;
pub mod theme;

use crate::app::{AppState, Command, Screen};

pub use export::ExportDraft;
pub use reader::ReaderLayout;

/// Text the learner is typing that is not yet a command (the add-article form).
#[derive(Default)]
pub struct Drafts {
    /// Title of the article to add.
    pub title: String,
    /// Pasted text.
    pub text: String,
    /// Path of a `.txt` file to import.
    pub path: String,
    /// Path of a dictionary file to import.
    pub dictionary_path: String,
    /// The Export section's choices.
    pub export: ExportDraft,
}

/// The whole application as egui sees it.
pub struct LeesbrilApp {
    /// The application state.
    pub state: AppState,
    drafts: Drafts,
    layout: ReaderLayout,
    last_selected: Option<usize>,
    quit_after_frames: Option<u64>,
    frames: u64,
}

impl LeesbrilApp {
    /// Wraps the state; `quit_after_frames` closes the window after that many frames.
    pub fn new(state: AppState, quit_after_frames: Option<u64>) -> Self {
        Self {
            state,
            drafts: Drafts::default(),
            layout: ReaderLayout::default(),
            last_selected: None,
            quit_after_frames,
            frames: 0,
        }
    }

    /// One frame: draw everything, then apply what was asked for.
    pub fn frame_ui(&mut self, ui: &mut egui::Ui) {
        self.state.poll_jobs();
        let mut commands = Vec::new();
        self.draw(ui, &mut commands);
        self.drop_files(ui, &mut commands);
        if !commands.is_empty() {
            self.state.apply_all(commands);
            ui.ctx().request_repaint();
        } else if self.state.dictionary_loading() || self.state.importing() {
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_millis(30));
        }
    }

    fn draw(&mut self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        egui::Panel::top("top_bar").show(ui, |ui| {
            ui.horizontal(|ui| {
                if self.state.screen != Screen::Library && ui.button("Back to library").clicked() {
                    commands.push(if self.state.screen == Screen::Review {
                        Command::EndReview
                    } else {
                        Command::ShowLibrary
                    });
                }
                if self.state.screen == Screen::Settings
                    && self.state.reader().is_some()
                    && ui.button("Back to the article").clicked()
                {
                    commands.push(Command::ShowReader);
                }
                if self.state.screen != Screen::Settings && ui.button("Settings").clicked() {
                    commands.push(Command::ShowSettings);
                }
                ui.strong("leesbril");
                ui.separator();
                let settings = self.state.settings();
                ui.label("Text size");
                if ui.small_button("A-").clicked() {
                    commands.push(Command::SetFontSize(settings.font_size - 2.0));
                }
                ui.label(format!("{:.0}", settings.font_size));
                if ui.small_button("A+").clicked() {
                    commands.push(Command::SetFontSize(settings.font_size + 2.0));
                }
                ui.label("Line width");
                if ui.small_button("-").clicked() {
                    commands.push(Command::SetLineWidth(settings.line_width - 80.0));
                }
                if ui.small_button("+").clicked() {
                    commands.push(Command::SetLineWidth(settings.line_width + 80.0));
                }
            });
        });
        if let Some(message) = self.state.message() {
            let message = message.to_owned();
            egui::Panel::bottom("message_bar").show(ui, |ui| {
                ui.horizontal(|ui| {
                    ui.label(message);
                    if ui.small_button("OK").clicked() {
                        commands.push(Command::DismissMessage);
                    }
                });
            });
        }
        match (self.state.screen, self.state.reader()) {
            (Screen::Reader, Some(reader)) => {
                egui::Panel::right("gloss_panel")
                    .default_size(340.0)
                    .min_size(240.0)
                    .show(ui, |ui| gloss::gloss_ui(ui, reader.gloss(), commands));
                egui::CentralPanel::default().show(ui, |ui| {
                    let settings = self.state.settings();
                    let scroll = reader.selected() != self.last_selected;
                    self.last_selected = reader.selected();
                    reader::reader_keys(ui, commands);
                    reader::reader_ui(
                        ui,
                        reader,
                        &mut self.layout,
                        settings.font_size,
                        settings.line_width,
                        scroll,
                        commands,
                    );
                });
            }
            (Screen::Review, _) if self.state.review().is_some() => {
                egui::CentralPanel::default().show(ui, |ui| {
                    if let Some(session) = self.state.review() {
                        let font_size = self.state.settings().font_size;
                        review::review_ui(ui, session, font_size, commands);
                    }
                });
            }
            (Screen::Settings, _) => {
                egui::CentralPanel::default().show(ui, |ui| {
                    settings::settings_ui(ui, &self.state, &mut self.drafts, commands);
                });
            }
            _ => {
                egui::CentralPanel::default().show(ui, |ui| {
                    library::library_ui(ui, &self.state, &mut self.drafts, commands);
                });
            }
        }
    }

    fn drop_files(&self, ui: &egui::Ui, commands: &mut Vec<Command>) {
        ui.input(|input| {
            for file in &input.raw.dropped_files {
                let path = file.path();
                if !path.as_os_str().is_empty() {
                    commands.push(Command::ImportFile(path.to_owned()));
                }
            }
        });
    }
}

impl eframe::App for LeesbrilApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.frame_ui(ui);
        self.frames += 1;
        if let Some(limit) = self.quit_after_frames {
            if self.frames >= limit {
                ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
            } else {
                ui.ctx().request_repaint();
            }
        }
    }
}

/// Opens the window and runs until it is closed.
pub fn run_gui(state: AppState, quit_after_frames: Option<u64>) -> anyhow::Result<()> {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("leesbril")
            .with_app_id("leesbril")
            .with_inner_size([1200.0, 800.0])
            .with_min_inner_size([640.0, 400.0]),
        ..Default::default()
    };
    eframe::run_native(
        "leesbril",
        options,
        Box::new(move |_creation| Ok(Box::new(LeesbrilApp::new(state, quit_after_frames)))),
    )
    .map_err(|err| anyhow::anyhow!("the window could not be opened: {err}"))
}
