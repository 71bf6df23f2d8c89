import type Database from 'better-sqlite3';

/**
 * Sentence texts in a merge (migration 011): each part stores its distinct sentence texts once, and so
 * must the merged database, under the ids a single run gives them: a single run numbers a text when its
 * first sentence is stored, so texts are numbered by the merged id of the first sentence naming them.
 * temp.merge_text_ids then maps each part's text ids to the merged ones (sentence_spans.text_id).
 * Runs after computeOrder (temp.merge_order) and before the tables are copied.
 */
export function createSentenceTextTables(db: Database.Database): void {
  db.exec(`
    CREATE TEMP TABLE merge_texts (part INTEGER NOT NULL, old_id INTEGER NOT NULL, hash INTEGER NOT NULL, text TEXT NOT NULL,
      first_sentence INTEGER NOT NULL, PRIMARY KEY (part, old_id));
    CREATE TEMP TABLE merge_text_ids (part INTEGER NOT NULL, old_id INTEGER NOT NULL, new_id INTEGER NOT NULL, PRIMARY KEY (part, old_id));
  `);
}

/** The texts of the part attached as `part`, each with the merged id of the first sentence that names it. */
export function collectSentenceTexts(db: Database.Database, part: number): void {
  db.prepare(
    `INSERT INTO temp.merge_texts (part, old_id, hash, text, first_sentence)
     SELECT $part, t.id, t.hash, t.text, u.first_sentence
     FROM (SELECT text_id, min(new_id) AS first_sentence
           FROM (SELECT s.text_id, o.sentence_base + row_number() OVER (PARTITION BY s.document ORDER BY s.ordinal) AS new_id
                 FROM part.sentence_spans s JOIN part.documents d ON d.number = s.document
                 JOIN temp.merge_order o ON o.part = $part AND o.doc = d.id)
           GROUP BY text_id) u
     JOIN part.sentence_texts t ON t.id = u.text_id`,
  ).run({ part });
}

/** Stores each distinct text once, numbered in order of its first sentence, and maps the parts' ids to them. */
export function storeSentenceTexts(db: Database.Database): void {
  db.exec(`
    INSERT INTO main.sentence_texts (id, hash, text)
      SELECT row_number() OVER (ORDER BY min(first_sentence)), hash, text FROM temp.merge_texts GROUP BY hash, text ORDER BY 1;
    INSERT INTO temp.merge_text_ids (part, old_id, new_id)
      SELECT t.part, t.old_id, m.id FROM temp.merge_texts t JOIN main.sentence_texts m ON m.hash = t.hash AND m.text = t.text;
    DELETE FROM temp.merge_texts;
  `);
}
