-- Which published question a child's answer was to (the player grades by question_id), so the
-- expert's edit page can show what children did with each question. NULL for answers saved
-- before, or by clients that do not send it: those are matched by their text.
ALTER TABLE quiz_attempt_details ADD COLUMN question_id BIGINT NULL;

-- The edit page reads every attempt of one video.
ALTER TABLE quiz_attempts ADD KEY quiz_attempts_by_video (video_id);
