-- Each transition's message as a phrase with its arguments (JSON, see WordsJson), so the console
-- shows the history in the user's language. NULL on rows stored before: they show their message.
ALTER TABLE alarm_transition ADD COLUMN words VARCHAR(4000);
