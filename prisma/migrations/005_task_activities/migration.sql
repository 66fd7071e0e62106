-- 005_task_activities: the work activities (O*NET DWAs) behind a task's score, beside its top tokens.
-- [{ id, title, exposure }]: the task's activities with the exposure the work-activity prior gives each.

ALTER TABLE task_score ADD COLUMN top_activities JSONB NOT NULL DEFAULT '[]';
