-- leesbril schema, version 1. Never edit after release: add NNNN_*.sql instead.
-- Only the truth is stored; tokens, reading models and "% known" are recomputed.

CREATE TABLE articles (
    article_id   INTEGER PRIMARY KEY,
    title        TEXT    NOT NULL,
    date         TEXT,                       -- "YYYY-MM" or "YYYY-MM-DD" when known
    body         TEXT    NOT NULL,
    content_hash TEXT    NOT NULL UNIQUE,    -- re-importing the same text adds nothing
    origin       TEXT    NOT NULL,           -- "seed:<file>", "file:<path>" or "pasted"
    added_at     INTEGER NOT NULL
);

CREATE TABLE terms (
    term_id    INTEGER PRIMARY KEY,
    lemma      TEXT    NOT NULL UNIQUE,      -- the dictionary headword all forms share
    status     INTEGER NOT NULL,             -- see store/terms.rs, the one place it is mapped
    notes      TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE TABLE term_contexts (
    context_id INTEGER PRIMARY KEY,
    term_id    INTEGER NOT NULL REFERENCES terms(term_id) ON DELETE CASCADE,
    article_id INTEGER REFERENCES articles(article_id) ON DELETE SET NULL,
    form       TEXT    NOT NULL,             -- the word as it stood on the page
    sentence   TEXT    NOT NULL,
    created_at INTEGER NOT NULL,
    UNIQUE (term_id, sentence)
);

-- Many-to-many from the start (Lute had to migrate one parent to many).
CREATE TABLE term_parents (
    term_id   INTEGER NOT NULL REFERENCES terms(term_id) ON DELETE CASCADE,
    parent_id INTEGER NOT NULL REFERENCES terms(term_id) ON DELETE CASCADE,
    PRIMARY KEY (term_id, parent_id)
);

CREATE TABLE cards (
    term_id     INTEGER PRIMARY KEY REFERENCES terms(term_id) ON DELETE CASCADE,
    stability   REAL,
    difficulty  REAL,
    last_review INTEGER,
    due         INTEGER NOT NULL
);

-- Append-only: a review is never updated or deleted.
CREATE TABLE review_log (
    review_id   INTEGER PRIMARY KEY,
    term_id     INTEGER NOT NULL REFERENCES terms(term_id) ON DELETE CASCADE,
    grade       INTEGER NOT NULL,
    reviewed_at INTEGER NOT NULL,
    stability   REAL,
    difficulty  REAL
);

-- The lemma a user picked for an ambiguous form ("was" → wassen, not zijn).
CREATE TABLE lemma_choices (
    form  TEXT PRIMARY KEY,
    lemma TEXT NOT NULL
);

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
