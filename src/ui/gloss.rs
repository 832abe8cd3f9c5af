//! The gloss panel: the selected word's lemma, entry, sentence and status buttons.

use egui::{RichText, Ui};

use super::theme;
use crate::app::{Command, GlossView};
use crate::dictionary::Entry;
use crate::learn::Status;
use crate::reading::MatchKind;
use crate::store::UserGloss;

/// Draws the gloss of the selected word, or a hint when nothing is selected.
pub fn gloss_ui(ui: &mut Ui, gloss: Option<&GlossView>, commands: &mut Vec<Command>) {
    let Some(gloss) = gloss else {
        ui.add_space(8.0);
        ui.label(RichText::new("Click a word to see what it means.").weak());
        ui.add_space(8.0);
        ui.label(
            RichText::new(
                "Left/Right: move · 1-4: learning · K: known · I: ignore · U: new · Esc: clear",
            )
            .weak()
            .small(),
        );
        return;
    };
    egui::ScrollArea::vertical()
        .id_salt("gloss_scroll")
        .show(ui, |ui| {
            ui.label(RichText::new(&gloss.form).size(26.0).strong());
            if gloss.foreign {
                ui.label(RichText::new("Not Dutch: part of a foreign-language passage.").italics());
            }
            ui.horizontal_wrapped(|ui| {
                ui.label("lemma:");
                ui.label(RichText::new(&gloss.lemma).size(20.0).strong());
                ui.label(RichText::new(kind_note(gloss.kind)).weak());
            });
            if !gloss.joined_with.is_empty() {
                let what = if gloss.kind == MatchKind::Mwe {
                    "in the expression with"
                } else {
                    "joined with"
                };
                ui.label(format!("{what}: {}", gloss.joined_with.join(" … ")));
            }
            if !gloss.alternatives.is_empty() {
                ui.horizontal_wrapped(|ui| {
                    ui.label(RichText::new("or:").weak());
                    for lemma in &gloss.alternatives {
                        if ui
                            .small_button(lemma)
                            .on_hover_text("Use this word instead (remembered for this form)")
                            .clicked()
                        {
                            commands.push(Command::ChooseLemma(lemma.clone()));
                        }
                    }
                });
            }
            ui.separator();
            for entry in &gloss.entries {
                entry_ui(ui, entry);
                ui.add_space(6.0);
            }
            if gloss.entries.is_empty() && !gloss.compound.is_empty() {
                ui.label(RichText::new("compound").weak());
                for part in &gloss.compound {
                    if part.gloss.is_empty() {
                        ui.label(RichText::new(format!("+ {}", part.part)).weak());
                    } else {
                        ui.label(format!("{} — {}", part.part, part.gloss));
                    }
                }
            }
            if gloss.entries.is_empty() && gloss.compound.is_empty() {
                if gloss.short_gloss.is_empty() {
                    ui.label(RichText::new("Not in the dictionary.").weak());
                } else {
                    ui.label(&gloss.short_gloss);
                }
            }
            if !gloss.other_sources.is_empty() {
                ui.separator();
                other_sources_ui(ui, &gloss.other_sources);
            }
            ui.separator();
            ui.label(RichText::new(&gloss.sentence).italics());
            ui.separator();
            ui.label(format!(
                "Status: {}",
                theme::status_description(gloss.status)
            ));
            ui.horizontal_wrapped(|ui| {
                for status in Status::all() {
                    let label = theme::status_label(status);
                    if ui.selectable_label(gloss.status == status, label).clicked() {
                        commands.push(Command::SetStatus(status));
                    }
                }
            });
        });
}

/// What the learner's own dictionaries say: the dictionary and headword, then the gloss.
pub(super) fn other_sources_ui(ui: &mut Ui, sources: &[UserGloss]) {
    for source in sources {
        ui.label(
            RichText::new(format!("{}: {}", source.dictionary, source.headword))
                .weak()
                .small(),
        );
        ui.label(&source.gloss);
    }
}

/// One dictionary entry: headword, part of speech, grammar, senses, note, frequency.
pub(super) fn entry_ui(ui: &mut Ui, entry: &Entry) {
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(entry.headword.as_str()).strong());
        ui.label(RichText::new(entry.pos.to_string()).italics());
        let grammar = entry.grammar_line();
        if !grammar.is_empty() {
            ui.label(grammar);
        }
    });
    for (number, sense) in entry.senses.iter().enumerate() {
        ui.label(format!("{}. {sense}", number + 1));
    }
    if let Some(note) = &entry.note {
        ui.label(RichText::new(note).weak().italics());
    }
    if let Some(rank) = entry.rank {
        ui.label(RichText::new(frequency_note(rank)).weak().small());
    }
}

fn kind_note(kind: MatchKind) -> &'static str {
    match kind {
        MatchKind::Entry => "",
        MatchKind::Separable => "separable verb",
        MatchKind::Mwe => "expression",
        MatchKind::Compound => "compound",
        MatchKind::Stem => "guessed from the stem",
        MatchKind::None => "not found",
    }
}

fn frequency_note(rank: u32) -> String {
    let band = match rank {
        0..=1000 => "very common",
        1001..=5000 => "common",
        5001..=15000 => "less common",
        _ => "rare",
    };
    format!("frequency rank {rank}: {band}")
}
