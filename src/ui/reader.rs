//! The reader: the article as laid-out paragraphs, every word a click target.
//!
//! Paragraph galleys are built once per (article, font size, width) and reused every frame;
//! status tints are painted under the words, so a status change re-lays out nothing. Only
//! paragraphs inside the viewport are painted and made interactive, so a frame costs about the
//! same for a 300-word and a 30,000-word article.

use std::sync::Arc;

use egui::text::{CCursor, LayoutJob, TextFormat};
use egui::{Color32, FontId, Galley, Rect, Sense, Stroke, Ui, Vec2, pos2, vec2};

use super::theme;
use crate::app::{Command, ParagraphKind, ReaderState};
use crate::lang::tokenize::TokenKind;

/// The laid-out paragraphs of the open article, reused across frames.
#[derive(Default)]
pub struct ReaderLayout {
    key: Option<LayoutKey>,
    paragraphs: Vec<ParagraphLayout>,
    /// Top of each paragraph, relative to the top of the text.
    tops: Vec<f32>,
    height: f32,
}

#[derive(Clone, Copy, PartialEq)]
struct LayoutKey {
    article_id: i64,
    font_size: f32,
    width: f32,
    dark_mode: bool,
}

struct ParagraphLayout {
    galley: Arc<Galley>,
    /// Each word: its index in the analysis and its rectangle, relative to the galley.
    words: Vec<(usize, Rect)>,
}

const PARAGRAPH_GAP: f32 = 0.8;

impl ReaderLayout {
    /// Lays the article out again after a change of article, font size, width or theme.
    fn update(&mut self, ui: &Ui, reader: &ReaderState, font_size: f32, width: f32) {
        let key = LayoutKey {
            article_id: reader.article.article_id.0,
            font_size,
            width: width.round(),
            dark_mode: ui.visuals().dark_mode,
        };
        if self.key == Some(key) {
            return;
        }
        self.key = Some(key);
        self.paragraphs = (0..reader.paragraphs().len())
            .map(|index| layout_paragraph(ui, reader, index, font_size, width))
            .collect();
        let gap = font_size * PARAGRAPH_GAP;
        self.tops.clear();
        let mut top = 0.0;
        for layout in &self.paragraphs {
            self.tops.push(top);
            top += layout.galley.size().y + gap;
        }
        self.height = top;
    }

    /// The rectangle of a word relative to the top left of the text, if it is laid out.
    fn word_rect(&self, word: usize) -> Option<Rect> {
        self.paragraphs
            .iter()
            .zip(&self.tops)
            .find_map(|(layout, top)| {
                layout
                    .words
                    .iter()
                    .find(|(index, _)| *index == word)
                    .map(|(_, rect)| rect.translate(vec2(0.0, *top)))
            })
    }
}

fn layout_paragraph(
    ui: &Ui,
    reader: &ReaderState,
    paragraph: usize,
    font_size: f32,
    width: f32,
) -> ParagraphLayout {
    let Some(span) = reader.paragraphs().get(paragraph) else {
        return ParagraphLayout {
            galley: ui.painter().layout_job(LayoutJob::default()),
            words: Vec::new(),
        };
    };
    let visuals = ui.visuals();
    let (size, color, italics) = match span.kind {
        ParagraphKind::Body => (font_size, visuals.text_color(), false),
        ParagraphKind::Heading => (font_size * 1.3, visuals.strong_text_color(), false),
        ParagraphKind::Caption => (font_size * 0.8, visuals.weak_text_color(), true),
    };
    let plain = TextFormat {
        font_id: FontId::proportional(size),
        color,
        italics,
        line_height: Some(size * 1.5),
        ..Default::default()
    };
    let mut job = LayoutJob {
        wrap: egui::text::TextWrapping::wrap_at_width(width),
        ..Default::default()
    };
    let mut word_chars: Vec<(usize, usize, usize)> = Vec::new();
    let mut chars = 0_usize;
    let text = reader.text();
    for token_index in span.tokens.clone() {
        let Some(token) = reader.analysis().tokens.get(token_index) else {
            continue;
        };
        let piece = text.get(token.start..token.end).unwrap_or_default();
        let piece = match token.kind {
            TokenKind::ParagraphBreak => continue,
            TokenKind::LineBreak => "\n",
            _ => piece,
        };
        let mut format = plain.clone();
        if let Some(word) = token.word.map(|word| word as usize) {
            let foreign = reader.analysis().words.get(word).is_some_and(|w| w.foreign);
            if foreign {
                format.italics = true;
                format.color = visuals.weak_text_color();
            }
            let length = piece.chars().count();
            word_chars.push((word, chars, chars + length));
        } else if token.kind.is_link() {
            format.color = visuals.weak_text_color();
        }
        chars += piece.chars().count();
        job.append(piece, 0.0, format);
    }
    let galley = ui.painter().layout_job(job);
    let words = word_chars
        .into_iter()
        .map(|(word, start, end)| {
            // A word's start belongs to the row it begins (not the end of the row before),
            // its end to the row it ends.
            let first = galley.pos_from_cursor(CCursor {
                prefer_next_row: true,
                ..CCursor::new(start)
            });
            let last = galley.pos_from_cursor(CCursor::new(end));
            let rect = if (first.min.y - last.min.y).abs() < 1.0 {
                Rect::from_min_max(first.min, pos2(last.max.x, first.max.y))
            } else {
                // A word broken over two rows: take the part on the first row.
                Rect::from_min_max(first.min, pos2(galley.size().x, first.max.y))
            };
            (word, rect)
        })
        .collect();
    ParagraphLayout { galley, words }
}

/// Draws the open article and turns clicks and keys into commands.
pub fn reader_ui(
    ui: &mut Ui,
    reader: &ReaderState,
    layout: &mut ReaderLayout,
    font_size: f32,
    line_width: f32,
    scroll_to_selection: bool,
    commands: &mut Vec<Command>,
) {
    ui.horizontal(|ui| {
        ui.heading(&reader.article.title);
    });
    if let Some(date) = &reader.article.date {
        ui.label(egui::RichText::new(date).weak());
    }
    ui.add_space(font_size * 0.5);
    let width = (ui.available_width() - 16.0).clamp(200.0, line_width);
    layout.update(ui, reader, font_size, width);
    let selection = reader.selected_group();
    let dark_mode = ui.visuals().dark_mode;
    let highlight = ui.visuals().selection.stroke.color;
    let scroll = egui::ScrollArea::vertical()
        .id_salt(("reader_text", reader.article.article_id.0))
        .auto_shrink([false, false]);
    scroll.show_viewport(ui, |ui, viewport| {
        let (content, _) = ui.allocate_exact_size(Vec2::new(width, layout.height), Sense::hover());
        let origin = content.min;
        if scroll_to_selection
            && let Some(rect) = reader.selected().and_then(|word| layout.word_rect(word))
        {
            ui.scroll_to_rect(
                rect.translate(origin.to_vec2()).expand(font_size * 2.0),
                None,
            );
        }
        // The viewport is in content coordinates; the content starts at `origin`.
        let visible = viewport.translate(origin.to_vec2()).expand(font_size * 4.0);
        for (paragraph, (layout, top)) in layout.paragraphs.iter().zip(&layout.tops).enumerate() {
            let galley_rect = Rect::from_min_size(origin + vec2(0.0, *top), layout.galley.size());
            if !galley_rect.intersects(visible) {
                continue;
            }
            // Tints first, so the text is drawn over them.
            for &(word, rect) in &layout.words {
                let foreign = reader.analysis().words.get(word).is_some_and(|w| w.foreign);
                let tint = theme::status_background(reader.word_status(word), dark_mode);
                if !foreign && tint != Color32::TRANSPARENT {
                    let rect = rect.translate(galley_rect.min.to_vec2());
                    let inset = (rect.height() - font_size * 1.3).max(0.0) / 2.0;
                    ui.painter()
                        .rect_filled(rect.shrink2(vec2(-1.5, inset)), 3.0, tint);
                }
            }
            ui.painter()
                .galley(galley_rect.min, layout.galley.clone(), Color32::PLACEHOLDER);
            for &(word, rect) in &layout.words {
                let rect = rect.translate(galley_rect.min.to_vec2());
                let id = ui.scope_id().with(("word", paragraph, word));
                let response = ui.interact(rect, id, Sense::click());
                let form = reader
                    .analysis()
                    .words
                    .get(word)
                    .map(|w| w.form.as_str())
                    .unwrap_or_default();
                response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, form));
                if response.clicked() {
                    commands.push(Command::SelectWord(word));
                }
                if response.hovered() {
                    ui.painter().rect_stroke(
                        rect.expand(1.0),
                        2.0,
                        Stroke::new(1.0, ui.visuals().weak_text_color()),
                        egui::StrokeKind::Outside,
                    );
                }
                if selection.contains(&word) {
                    ui.painter().rect_stroke(
                        rect.expand(2.0),
                        3.0,
                        Stroke::new(2.0, highlight),
                        egui::StrokeKind::Outside,
                    );
                }
            }
        }
    });
}

/// Reader keys: ←/→ move, 1–4 learning, K known, I ignore, U new, Esc clears.
pub fn reader_keys(ui: &Ui, commands: &mut Vec<Command>) {
    if ui.memory(|memory| memory.focused().is_some()) {
        return;
    }
    ui.input(|input| {
        use egui::Key;
        if input.key_pressed(Key::ArrowRight) {
            commands.push(Command::MoveSelection(1));
        }
        if input.key_pressed(Key::ArrowLeft) {
            commands.push(Command::MoveSelection(-1));
        }
        if input.key_pressed(Key::Escape) {
            commands.push(Command::ClearSelection);
        }
        let statuses = [
            (Key::Num1, "1"),
            (Key::Num2, "2"),
            (Key::Num3, "3"),
            (Key::Num4, "4"),
            (Key::K, "known"),
            (Key::I, "ignored"),
            (Key::U, "new"),
        ];
        for (key, name) in statuses {
            if input.key_pressed(key)
                && let Ok(status) = name.parse()
            {
                commands.push(Command::SetStatus(status));
            }
        }
    });
}
