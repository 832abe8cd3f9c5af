-- leesbril schema, version 2: the learner's own extra dictionaries (FreeDict, StarDict, TSV),
-- imported at run time and shown as a second source in the gloss panel.

CREATE TABLE user_dictionaries (
    dictionary_id INTEGER PRIMARY KEY,
    name          TEXT    NOT NULL UNIQUE,   -- file stem, e.g. "freedict-nld-eng"
    format        TEXT    NOT NULL,          -- "dictd", "stardict" or "tsv"
    source_path   TEXT    NOT NULL,
    entry_count   INTEGER NOT NULL,
    imported_at   INTEGER NOT NULL
);

CREATE TABLE user_entries (
    dictionary_id INTEGER NOT NULL REFERENCES user_dictionaries(dictionary_id) ON DELETE CASCADE,
    lookup_key    TEXT    NOT NULL,          -- normalized headword
    headword      TEXT    NOT NULL,
    gloss         TEXT    NOT NULL
);

CREATE INDEX user_entries_by_key ON user_entries (lookup_key);
