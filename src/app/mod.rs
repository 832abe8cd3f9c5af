//! Application state and the commands that change it. No egui widgets here: the UI reads
//! [`AppState`] and pushes [`Command`]s, which [`AppState::apply`] carries out after drawing.

pub mod article_text;
mod command;
mod dictionary_sources;
pub mod export;
mod gloss;
mod library;
pub mod paths;
mod reader;
mod review;
mod seeds;
pub mod user_dictionary;

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, TryRecvError};

use anyhow::Context as _;

pub use command::{Command, LibrarySort};
pub use gloss::{CompoundPart, GlossView};
pub use library::LibraryRow;
pub use reader::{ParagraphKind, ParagraphSpan, ReaderState, first_sentence_with};
pub use review::{LEARN_AHEAD, ReviewCardView, ReviewSession, ReviewSummary, SESSION_LIMIT};
pub use seeds::{bundled_dictionary, import_seeds, load_bundled_dictionary};

use crate::dictionary::Dictionary;
use crate::learn::{Grade, Scheduler, Status, TermContext, Timestamp, level_after};
use crate::store::{AddedArticle, ArticleId, DueCounts, Review, Store, UserDictionary};

/// Seconds since the Unix epoch: the app layer is where the clock is read.
pub fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |elapsed| {
            i64::try_from(elapsed.as_secs()).unwrap_or(i64::MAX)
        })
}

/// The end of the (UTC) day that `now` falls in: what "due today" counts up to.
pub fn end_of_day(now: Timestamp) -> Timestamp {
    const DAY: i64 = 86_400;
    now.div_euclid(DAY).saturating_add(1).saturating_mul(DAY)
}

/// The dictionary, ready or still loading on its own thread.
pub enum DictionarySlot {
    /// Being loaded; the result arrives on this channel.
    Loading(Receiver<Result<Dictionary, String>>),
    /// Ready to use.
    Ready(Arc<Dictionary>),
    /// Loading failed; the reader still works, without glosses.
    Failed(String),
}

/// Which screen is showing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    /// The list of articles.
    Library,
    /// An open article.
    Reader,
    /// Reader preferences and dictionaries.
    Settings,
    /// A review session, or its summary.
    Review,
}

/// Reader preferences, stored in the database's settings.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ReaderSettings {
    /// Font size in points.
    pub font_size: f32,
    /// Maximum line width in points.
    pub line_width: f32,
}

impl Default for ReaderSettings {
    fn default() -> Self {
        Self {
            font_size: 20.0,
            line_width: 760.0,
        }
    }
}

/// Everything the UI shows, and the store it is saved in.
pub struct AppState {
    store: Store,
    dictionary: DictionarySlot,
    /// The status of every term the learner marked, by lemma.
    statuses: HashMap<String, Status>,
    /// Which screen is showing.
    pub screen: Screen,
    library: library::Library,
    reader: Option<ReaderState>,
    settings: ReaderSettings,
    message: Option<String>,
    import_job: Option<Receiver<anyhow::Result<user_dictionary::ParsedUserDictionary>>>,
    user_dictionaries: Vec<UserDictionary>,
    scheduler: Scheduler,
    review: Option<ReviewSession>,
    due: DueCounts,
    clock: fn() -> Timestamp,
}

impl AppState {
    /// Builds the state over an open store; the dictionary may still be loading.
    pub fn new(store: Store, dictionary: DictionarySlot) -> anyhow::Result<Self> {
        let statuses = store.statuses().context("reading term statuses")?;
        let settings = ReaderSettings {
            font_size: read_setting(&store, "reader.font_size")
                .unwrap_or(ReaderSettings::default().font_size),
            line_width: read_setting(&store, "reader.line_width")
                .unwrap_or(ReaderSettings::default().line_width),
        };
        let mut state = Self {
            store,
            dictionary,
            statuses,
            screen: Screen::Library,
            library: library::Library::default(),
            reader: None,
            settings,
            message: None,
            import_job: None,
            user_dictionaries: Vec::new(),
            scheduler: Scheduler::default(),
            review: None,
            due: DueCounts::default(),
            clock: now,
        };
        state.user_dictionaries = state.store.user_dictionaries()?;
        state.refresh_due()?;
        state.library.reload(&state.store)?;
        state.poll_dictionary();
        Ok(state)
    }

    /// Picks up the results of background work (dictionary load, dictionary import).
    /// Cheap; call every frame.
    pub fn poll_jobs(&mut self) {
        self.poll_dictionary();
        self.poll_import();
    }

    fn poll_import(&mut self) {
        let Some(receiver) = &self.import_job else {
            return;
        };
        let result = match receiver.try_recv() {
            Ok(result) => result,
            Err(TryRecvError::Empty) => return,
            Err(TryRecvError::Disconnected) => Err(anyhow::anyhow!("the import thread stopped")),
        };
        self.import_job = None;
        let stored = result.and_then(|parsed| {
            self.store.replace_user_dictionary(
                &parsed.name,
                parsed.format_name(),
                &parsed.source.display().to_string(),
                &parsed.entries,
                (self.clock)(),
            )?;
            self.user_dictionaries = self.store.user_dictionaries()?;
            Ok(format!(
                "Imported {} entries from {}.",
                parsed.entries.len(),
                parsed.name
            ))
        });
        match stored {
            Ok(message) => self.message = Some(message),
            Err(err) => self.report(&err),
        }
    }

    /// Whether a dictionary import is running.
    pub fn importing(&self) -> bool {
        self.import_job.is_some()
    }

    /// The learner's imported dictionaries.
    pub fn user_dictionaries(&self) -> &[UserDictionary] {
        &self.user_dictionaries
    }

    fn poll_dictionary(&mut self) {
        let DictionarySlot::Loading(receiver) = &self.dictionary else {
            return;
        };
        match receiver.try_recv() {
            Ok(Ok(dictionary)) => {
                let dictionary = Arc::new(dictionary);
                self.library.analyse_all(&dictionary);
                self.dictionary = DictionarySlot::Ready(dictionary);
                self.library.refresh_known(&self.statuses);
                if let Some(reader) = self.reader.take() {
                    let article_id = reader.article.article_id;
                    if let Err(err) = self.open_article(article_id) {
                        self.report(&err);
                    }
                }
            }
            Ok(Err(err)) => {
                self.message = Some(format!("The dictionary could not be loaded: {err}"));
                self.dictionary = DictionarySlot::Failed(err);
            }
            Err(TryRecvError::Empty) => {}
            Err(TryRecvError::Disconnected) => {
                self.dictionary = DictionarySlot::Failed("the loading thread stopped".into());
            }
        }
    }

    /// The dictionary, once loaded.
    pub fn dictionary(&self) -> Option<&Arc<Dictionary>> {
        match &self.dictionary {
            DictionarySlot::Ready(dictionary) => Some(dictionary),
            DictionarySlot::Loading(_) | DictionarySlot::Failed(_) => None,
        }
    }

    /// Whether the dictionary is still loading.
    pub fn dictionary_loading(&self) -> bool {
        matches!(self.dictionary, DictionarySlot::Loading(_))
    }

    /// The library rows, in the chosen order.
    pub fn library_rows(&self) -> &[LibraryRow] {
        self.library.rows()
    }

    /// The library's current order.
    pub fn library_sort(&self) -> LibrarySort {
        self.library.sort()
    }

    /// The open article, if any.
    pub fn reader(&self) -> Option<&ReaderState> {
        self.reader.as_ref()
    }

    /// The reader's preferences.
    pub fn settings(&self) -> ReaderSettings {
        self.settings
    }

    /// The last message for the learner (an error or a confirmation).
    pub fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }

    /// The status of a lemma (new if never marked).
    pub fn status_of(&self, lemma: &str) -> Status {
        self.statuses.get(lemma).copied().unwrap_or_default()
    }

    /// The review session, while one is open.
    pub fn review(&self) -> Option<&ReviewSession> {
        self.review.as_ref()
    }

    /// How many learning cards are due (as of the last library refresh).
    pub fn due_counts(&self) -> DueCounts {
        self.due
    }

    /// Replaces the clock (seconds since the epoch) the state reads, for tests.
    pub fn set_clock(&mut self, clock: fn() -> Timestamp) {
        self.clock = clock;
    }

    /// The store, for tests and the CLI.
    pub fn store(&self) -> &Store {
        &self.store
    }

    /// Applies commands in order; an error is shown once as the message and logged once.
    pub fn apply_all(&mut self, commands: impl IntoIterator<Item = Command>) {
        for command in commands {
            if let Err(err) = self.apply(command) {
                self.report(&err);
            }
        }
    }

    fn report(&mut self, err: &anyhow::Error) {
        log::warn!("{err:#}");
        self.message = Some(format!("{err:#}"));
    }

    /// Carries out one command.
    pub fn apply(&mut self, command: Command) -> anyhow::Result<()> {
        match command {
            Command::ShowLibrary => {
                self.screen = Screen::Library;
                self.refresh_due()?;
            }
            Command::ShowSettings => self.screen = Screen::Settings,
            Command::ShowReader => {
                if self.reader.is_some() {
                    self.screen = Screen::Reader;
                }
            }
            Command::OpenArticle(article_id) => self.open_article(article_id)?,
            Command::SortLibrary(sort) => self.library.set_sort(sort),
            Command::SelectWord(word) => {
                if let Some(reader) = &mut self.reader {
                    reader.select(Some(word), ready(&self.dictionary));
                }
                self.attach_user_glosses()?;
            }
            Command::MoveSelection(step) => {
                if let Some(reader) = &mut self.reader {
                    let next = reader.step_selection(step);
                    reader.select(next, ready(&self.dictionary));
                }
                self.attach_user_glosses()?;
            }
            Command::ImportDictionary(path) => self.start_dictionary_import(path)?,
            Command::ClearSelection => {
                if let Some(reader) = &mut self.reader {
                    reader.select(None, None);
                }
            }
            Command::SetStatus(status) => self.set_selected_status(status)?,
            Command::ChooseLemma(lemma) => self.choose_lemma(lemma)?,
            Command::SetFontSize(size) => {
                self.settings.font_size = size.clamp(10.0, 48.0);
                self.store
                    .set_setting("reader.font_size", &self.settings.font_size.to_string())?;
            }
            Command::SetLineWidth(width) => {
                self.settings.line_width = width.clamp(300.0, 2000.0);
                self.store
                    .set_setting("reader.line_width", &self.settings.line_width.to_string())?;
            }
            Command::AddArticle { title, text } => {
                let article = article_text::article_from_text(
                    article_text::decode(text.as_bytes())?,
                    Some(&title),
                    "pasted".into(),
                )?;
                self.add_article(&article)?;
            }
            Command::ImportFile(path) => {
                let bytes =
                    std::fs::read(&path).with_context(|| format!("reading {}", path.display()))?;
                let text = article_text::decode(&bytes)
                    .with_context(|| format!("importing {}", path.display()))?;
                let article = article_text::article_from_text(
                    text,
                    None,
                    format!("file:{}", path.display()),
                )?;
                self.add_article(&article)?;
            }
            Command::DeleteArticle(article_id) => {
                self.store.delete_article(article_id)?;
                if self
                    .reader
                    .as_ref()
                    .is_some_and(|reader| reader.article.article_id == article_id)
                {
                    self.reader = None;
                    self.screen = Screen::Library;
                }
                self.reload_library()?;
            }
            Command::ExportVocabulary {
                path,
                format,
                statuses,
            } => {
                let Some(dictionary) = ready(&self.dictionary) else {
                    anyhow::bail!("the dictionary is still loading: export again in a moment");
                };
                let count = export::export_vocabulary(
                    &self.store,
                    dictionary,
                    &statuses,
                    format,
                    &path,
                    now(),
                )?;
                let words = if count == 1 { "word" } else { "words" };
                self.message = Some(format!("Exported {count} {words} to {}.", path.display()));
            }
            Command::DismissMessage => self.message = None,
            Command::StartReview => self.start_review()?,
            Command::Reveal => {
                if let Some(session) = &mut self.review
                    && session.current.is_some()
                {
                    session.revealed = true;
                }
            }
            Command::Grade(grade) => self.grade(grade)?,
            Command::EndReview => {
                self.review = None;
                self.screen = Screen::Library;
                self.refresh_due()?;
            }
        }
        Ok(())
    }

    fn refresh_due(&mut self) -> anyhow::Result<()> {
        let now = (self.clock)();
        self.due = self
            .store
            .due_counts(now, end_of_day(now))
            .context("counting due cards")?;
        Ok(())
    }

    fn start_review(&mut self) -> anyhow::Result<()> {
        let now = (self.clock)();
        let cards = self
            .store
            .due_cards(now, SESSION_LIMIT)
            .context("loading the due cards")?;
        self.review = Some(ReviewSession {
            queue: cards.into(),
            ..ReviewSession::default()
        });
        self.screen = Screen::Review;
        self.next_card(now)
    }

    /// Shows the next card of the session, or its summary when none is left.
    fn next_card(&mut self, now: Timestamp) -> anyhow::Result<()> {
        let Some(session) = &mut self.review else {
            return Ok(());
        };
        session.revealed = false;
        let Some(card) = session.queue.pop_front() else {
            session.current = None;
            let next_due = self.store.next_due(now)?;
            session.summary = Some(ReviewSummary {
                by_grade: session.by_grade,
                next_due,
                next_due_in: next_due.map(|due| due.saturating_sub(now)),
            });
            return Ok(());
        };
        let other_sources = if self.user_dictionaries.is_empty() {
            Vec::new()
        } else {
            let lemma = crate::lang::normalize::normalize(&card.lemma);
            let form = card
                .context
                .as_ref()
                .map(|context| crate::lang::normalize::normalize(&context.form))
                .unwrap_or_default();
            self.store.user_glosses(&[&lemma, &form])?
        };
        session.current = Some(ReviewCardView::new(
            card,
            ready(&self.dictionary),
            other_sources,
            &self.scheduler,
            now,
        ));
        Ok(())
    }

    /// Grades the current card: the review log row, the card and the term's level are saved
    /// in one transaction; a card due again within [`LEARN_AHEAD`] comes back this session.
    fn grade(&mut self, grade: Grade) -> anyhow::Result<()> {
        let now = (self.clock)();
        let Some(session) = &mut self.review else {
            return Ok(());
        };
        if !session.revealed {
            return Ok(());
        }
        let Some(view) = &session.current else {
            return Ok(());
        };
        let Some(outcome) = self
            .scheduler
            .preview(&view.card.card, now)
            .into_iter()
            .find(|outcome| outcome.grade == grade)
        else {
            return Ok(());
        };
        let status = match view.card.status {
            Status::Learning(level) => {
                let level = level_after(level, grade, outcome.interval);
                Some(Status::Learning(level)).filter(|status| *status != view.card.status)
            }
            Status::New | Status::Known | Status::Ignored => None,
        };
        self.store
            .record_review(&Review {
                card_id: view.card.card_id,
                grade,
                reviewed_at: now,
                card: outcome.card,
                status,
            })
            .with_context(|| format!("saving the review of {:?}", view.card.lemma))?;
        let mut card = view.card.clone();
        card.card = outcome.card;
        if let Some(status) = status {
            card.status = status;
        }
        session.count(grade);
        if outcome.card.due <= now.saturating_add(LEARN_AHEAD) {
            session.queue.push_back(card.clone());
        }
        if let Some(status) = status {
            self.statuses.insert(card.lemma, status);
            if let Some(reader) = &mut self.reader {
                reader.refresh_statuses(&self.statuses);
            }
            self.library.refresh_known(&self.statuses);
        }
        self.next_card(now)
    }

    fn start_dictionary_import(&mut self, path: std::path::PathBuf) -> anyhow::Result<()> {
        if self.import_job.is_some() {
            anyhow::bail!("an import is already running");
        }
        let (sender, receiver) = std::sync::mpsc::channel();
        std::thread::Builder::new()
            .name("dict-import".into())
            .spawn(move || {
                sender
                    .send(user_dictionary::read_user_dictionary(&path))
                    .ok();
            })
            .context("starting the import thread")?;
        self.import_job = Some(receiver);
        self.message = Some("Importing the dictionary…".into());
        Ok(())
    }

    /// Adds what the learner's own dictionaries say about the selected word.
    fn attach_user_glosses(&mut self) -> anyhow::Result<()> {
        if self.user_dictionaries.is_empty() {
            return Ok(());
        }
        let Some(gloss) = self.reader.as_mut().and_then(ReaderState::gloss_mut) else {
            return Ok(());
        };
        let lemma = crate::lang::normalize::normalize(&gloss.lemma);
        let form = crate::lang::normalize::normalize(&gloss.form);
        gloss.other_sources = self.store.user_glosses(&[&lemma, &form])?;
        Ok(())
    }

    fn reload_library(&mut self) -> anyhow::Result<()> {
        self.library.reload(&self.store)?;
        if let DictionarySlot::Ready(dictionary) = &self.dictionary {
            self.library.analyse_all(dictionary);
        }
        self.library.refresh_known(&self.statuses);
        Ok(())
    }

    fn add_article(&mut self, article: &crate::store::NewArticle) -> anyhow::Result<()> {
        let added = self.store.add_article(article, (self.clock)())?;
        self.reload_library()?;
        self.message = Some(match added {
            AddedArticle::Added(_) => format!("Added “{}”.", article.title),
            AddedArticle::AlreadyPresent(_) => "That text is already in the library.".to_owned(),
        });
        Ok(())
    }

    fn open_article(&mut self, article_id: ArticleId) -> anyhow::Result<()> {
        let article = self.store.article(article_id)?.ok_or_else(|| {
            anyhow::anyhow!("article {} is no longer in the library", article_id.0)
        })?;
        let choices = self.store.lemma_choices()?;
        let reader = ReaderState::new(article, ready(&self.dictionary), &self.statuses, &choices);
        self.reader = Some(reader);
        self.screen = Screen::Reader;
        Ok(())
    }

    fn set_selected_status(&mut self, status: Status) -> anyhow::Result<()> {
        let Some(reader) = &mut self.reader else {
            return Ok(());
        };
        let Some(gloss) = reader.gloss() else {
            return Ok(());
        };
        let lemma = gloss.lemma.clone();
        let context = TermContext {
            form: gloss.form.clone(),
            sentence: gloss.sentence.clone(),
        };
        self.store.set_status(
            &lemma,
            status,
            Some((&context, Some(reader.article.article_id))),
            (self.clock)(),
        )?;
        self.statuses.insert(lemma, status);
        reader.refresh_statuses(&self.statuses);
        self.library.refresh_known(&self.statuses);
        self.refresh_due()
    }

    fn choose_lemma(&mut self, lemma: String) -> anyhow::Result<()> {
        let Some(reader) = &mut self.reader else {
            return Ok(());
        };
        let Some(gloss) = reader.gloss() else {
            return Ok(());
        };
        let form = crate::lang::normalize::normalize(&gloss.form);
        self.store.set_lemma_choice(&form, &lemma)?;
        let choices = self.store.lemma_choices()?;
        reader.apply_lemma_choices(&choices, ready(&self.dictionary), &self.statuses);
        Ok(())
    }
}

fn ready(slot: &DictionarySlot) -> Option<&Dictionary> {
    match slot {
        DictionarySlot::Ready(dictionary) => Some(dictionary),
        DictionarySlot::Loading(_) | DictionarySlot::Failed(_) => None,
    }
}

fn read_setting(store: &Store, key: &str) -> Option<f32> {
    store.setting(key).ok().flatten()?.parse().ok()
}
