//! The review screen: the word in its sentence, Space or "Show answer" reveals the gloss,
//! 1–4 or the buttons grade, Esc ends; after the last card, the session's summary.

use egui::text::{LayoutJob, TextFormat};
use egui::{FontId, RichText, Ui};

use super::{gloss, theme};
use crate::app::{Command, ReviewCardView, ReviewSession, ReviewSummary};
use crate::learn::{Grade, Status, interval_label};

/// Draws the session and pushes what the learner asks for.
pub fn review_ui(
    ui: &mut Ui,
    session: &ReviewSession,
    font_size: f32,
    commands: &mut Vec<Command>,
) {
    review_keys(ui, session, commands);
    ui.vertical_centered(|ui| {
        ui.set_max_width(760.0);
        if let Some(summary) = session.summary() {
            summary_ui(ui, summary, commands);
        } else if let Some(card) = session.current() {
            card_ui(ui, session, card, font_size, commands);
        }
    });
}

fn review_keys(ui: &Ui, session: &ReviewSession, commands: &mut Vec<Command>) {
    ui.input(|input| {
        use egui::Key;
        if input.key_pressed(Key::Escape) {
            commands.push(Command::EndReview);
            return;
        }
        if session.current().is_none() {
            return;
        }
        if !session.revealed() {
            if input.key_pressed(Key::Space) {
                commands.push(Command::Reveal);
            }
            return;
        }
        let keys = [Key::Num1, Key::Num2, Key::Num3, Key::Num4];
        for (key, grade) in keys.into_iter().zip(Grade::ALL) {
            if input.key_pressed(key) {
                commands.push(Command::Grade(grade));
            }
        }
    });
}

fn card_ui(
    ui: &mut Ui,
    session: &ReviewSession,
    card: &ReviewCardView,
    font_size: f32,
    commands: &mut Vec<Command>,
) {
    ui.heading("Review");
    let [again, hard, good, easy] = session.by_grade();
    ui.label(
        RichText::new(format!(
            "{} more after this one · reviewed {}",
            session.remaining(),
            again + hard + good + easy
        ))
        .weak(),
    );
    ui.add_space(24.0);
    if card.sentence.is_empty() {
        ui.label(RichText::new(&card.form).size(font_size * 1.6).strong());
    } else {
        ui.label(sentence_job(ui, card, font_size));
    }
    ui.add_space(24.0);
    if !session.revealed() {
        if ui
            .add(egui::Button::new(RichText::new("Show answer").size(18.0)))
            .on_hover_text("Space")
            .clicked()
        {
            commands.push(Command::Reveal);
        }
        ui.label(
            RichText::new("Space: show answer · Esc: end")
                .weak()
                .small(),
        );
        return;
    }
    answer_ui(ui, card);
    ui.add_space(16.0);
    ui.horizontal(|ui| {
        for grade in Grade::ALL {
            let Some(outcome) = card.outcome(grade) else {
                continue;
            };
            ui.vertical(|ui| {
                ui.label(
                    RichText::new(interval_label(outcome.interval))
                        .small()
                        .weak(),
                );
                if ui
                    .add(egui::Button::new(grade.name()).min_size(egui::vec2(90.0, 32.0)))
                    .on_hover_text(format!("{}", grade.number()))
                    .clicked()
                {
                    commands.push(Command::Grade(grade));
                }
            });
        }
    });
    ui.label(
        RichText::new("1: Again · 2: Hard · 3: Good · 4: Easy · Esc: end")
            .weak()
            .small(),
    );
}

/// The sentence with the reviewed word in bold on its status colour.
fn sentence_job(ui: &Ui, card: &ReviewCardView, font_size: f32) -> LayoutJob {
    let color = ui.visuals().text_color();
    let plain = TextFormat {
        font_id: FontId::proportional(font_size),
        color,
        ..TextFormat::default()
    };
    let status = match card.card.status {
        Status::Learning(_) => card.card.status,
        Status::New | Status::Known | Status::Ignored => Status::New,
    };
    let marked = TextFormat {
        font_id: FontId::proportional(font_size * 1.15),
        color: ui.visuals().strong_text_color(),
        background: theme::status_background(status, ui.visuals().dark_mode),
        ..TextFormat::default()
    };
    let mut job = LayoutJob::default();
    job.wrap.max_width = ui.available_width();
    let text = &card.sentence;
    let parts = card.highlight.and_then(|(start, end)| {
        Some((text.get(..start)?, text.get(start..end)?, text.get(end..)?))
    });
    match parts {
        Some((before, word, after)) => {
            job.append(before, 0.0, plain.clone());
            job.append(word, 0.0, marked);
            job.append(after, 0.0, plain);
        }
        None => job.append(text, 0.0, plain),
    }
    job
}

fn answer_ui(ui: &mut Ui, card: &ReviewCardView) {
    ui.separator();
    ui.label(RichText::new(&card.card.lemma).size(26.0).strong());
    ui.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
        for entry in &card.entries {
            gloss::entry_ui(ui, entry);
            ui.add_space(6.0);
        }
        if card.entries.is_empty() {
            ui.label(RichText::new("Not in the dictionary.").weak());
        }
        gloss::other_sources_ui(ui, &card.other_sources);
    });
    ui.separator();
}

fn summary_ui(ui: &mut Ui, summary: &ReviewSummary, commands: &mut Vec<Command>) {
    ui.heading("Review done");
    ui.add_space(12.0);
    ui.label(format!("Reviewed: {}", summary.reviewed()));
    let [again, hard, good, easy] = summary.by_grade;
    ui.label(format!(
        "Again: {again} · Hard: {hard} · Good: {good} · Easy: {easy}"
    ));
    ui.label(match summary.next_due_in {
        Some(seconds) => format!("Next card due in {}", interval_label(seconds)),
        None => "No learning cards left to review.".to_owned(),
    });
    ui.add_space(12.0);
    if ui.button("Done").clicked() {
        commands.push(Command::EndReview);
    }
}
