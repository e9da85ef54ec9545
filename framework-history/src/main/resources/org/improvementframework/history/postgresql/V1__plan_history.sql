-- Version 1 of the plan history schema: one row per plan and reporting date.
CREATE TABLE plan_history_record (
  history     text        NOT NULL,
  as_at       date        NOT NULL,
  sha256      char(64)    NOT NULL,
  plan        jsonb       NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  -- The primary key's index answers the trend and list queries: one history, in date order.
  PRIMARY KEY (history, as_at)
);
