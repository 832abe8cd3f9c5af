-- leesbril schema, version 3: review cards remember their FSRS phase (learning, review,
-- relearning) and learning step, so short learning steps survive a restart.

ALTER TABLE cards ADD COLUMN phase INTEGER NOT NULL DEFAULT 0;  -- see store/cards.rs
ALTER TABLE cards ADD COLUMN step  INTEGER NOT NULL DEFAULT 0;

CREATE INDEX cards_due ON cards (due);
CREATE INDEX review_log_term ON review_log (term_id, reviewed_at);

-- Terms marked as learning (levels 1-4, stored as 1-4) before reviews existed get their card,
-- due at once.
INSERT INTO cards (term_id, due)
SELECT term_id, updated_at FROM terms
WHERE status BETWEEN 1 AND 4 AND term_id NOT IN (SELECT term_id FROM cards);
