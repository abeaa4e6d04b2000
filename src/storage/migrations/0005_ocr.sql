-- OCR of component files: the text as read, the same folded (lower case, no diacritics, one
-- space between words) for search without accents, the proposed key fields as a JSON array of
-- {"name","value","line"}, Tesseract's mean confidence (0..1) and, when it failed, why.
ALTER TABLE component_files ADD COLUMN ocr_text TEXT NOT NULL DEFAULT '';
ALTER TABLE component_files ADD COLUMN ocr_text_folded TEXT NOT NULL DEFAULT '';
ALTER TABLE component_files ADD COLUMN ocr_fields TEXT NOT NULL DEFAULT '[]';
ALTER TABLE component_files ADD COLUMN ocr_confidence DOUBLE PRECISION;
ALTER TABLE component_files ADD COLUMN ocr_error TEXT NOT NULL DEFAULT '';
-- The queue's restart scan reads only the few unfinished rows.
CREATE INDEX component_files_ocr_pending ON component_files(id)
  WHERE ocr_status IN ('queued', 'running');
