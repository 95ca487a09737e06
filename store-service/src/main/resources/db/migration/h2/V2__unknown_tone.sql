-- An article whose record carried an invalid document sentiment is stored without one (its tone is unknown)
-- instead of being dead-lettered.
ALTER TABLE article ALTER COLUMN sentiment_label DROP NOT NULL;
ALTER TABLE article ALTER COLUMN sentiment_score DROP NOT NULL;
