-- Every term with its first context sentence and that sentence's article, oldest term first.
SELECT t.lemma, t.status, t.created_at, c.form, c.sentence, a.title
FROM terms AS t
LEFT JOIN term_contexts AS c
    ON c.context_id = (SELECT min(context_id) FROM term_contexts WHERE term_id = t.term_id)
LEFT JOIN articles AS a ON a.article_id = c.article_id
ORDER BY t.created_at, t.term_id
