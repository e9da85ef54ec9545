#!/usr/bin/env python3
"""ICPC timeliness in DuckDB SQL: % of initial child protection conferences held within 15
working days of the (last) strategy discussion, as an analyst writes it in SQL (an ASOF JOIN for
the last discussion, a working-day index table for the working days). The peer of
framework-benchmarks' IcpcMain: same files, same rules, same output line as icpc_timeliness.py.

usage: icpc_timeliness_duckdb.py DIR FROM TO BANK_HOLIDAYS_CSV
"""
import sys

import duckdb

folder, start, end, holidays_csv = sys.argv[1:5]

QUERY = """
WITH sd AS (
  SELECT child_id, strategy_discussion_date AS sd
  FROM read_csv($sd_file, header = true,
                columns = {'child_id': 'VARCHAR', 'strategy_discussion_date': 'DATE'})
),
conference AS (
  SELECT child_id, icpc_date,
         lag(icpc_date) OVER (PARTITION BY child_id ORDER BY icpc_date) AS previous_icpc,
         lead(icpc_date) OVER (PARTITION BY child_id ORDER BY icpc_date) AS next_icpc
  FROM read_csv($icpc_file, header = true,
                columns = {'child_id': 'VARCHAR', 'icpc_date': 'DATE'})
),
holiday AS (
  SELECT date AS day
  FROM read_csv($holidays_file, header = true, columns = {'date': 'DATE', 'name': 'VARCHAR'})
),
-- working_day_index(d) = working days on or before d since the calendar's first day, so that
-- index(conference) - index(discussion) = working days after the discussion up to the conference
calendar AS (
  SELECT CAST(d AS DATE) AS day,
         sum(CASE WHEN isodow(d) < 6 AND holiday.day IS NULL THEN 1 ELSE 0 END)
           OVER (ORDER BY d) AS working_day_index
  FROM range(DATE '2010-01-01', DATE '2031-01-01', INTERVAL 1 DAY) AS t(d)
  LEFT JOIN holiday ON holiday.day = CAST(d AS DATE)
),
in_period AS (
  SELECT * FROM conference
  WHERE icpc_date BETWEEN CAST($start AS DATE) AND CAST($end AS DATE)
),
paired AS (
  SELECT c.icpc_date, c.previous_icpc, c.next_icpc, c.child_id, s.sd
  FROM in_period c ASOF LEFT JOIN sd s
    ON c.child_id = s.child_id AND c.icpc_date >= s.sd
),
-- the first discussion after the conference: a conference dated before the discussion it
-- belongs to (one not after the child's next conference) is an ICPC, not within
with_next AS (
  SELECT p.*, n.sd AS next_sd
  FROM paired p ASOF LEFT JOIN sd n
    ON p.child_id = n.child_id AND p.icpc_date < n.sd
),
judged AS (
  SELECT w.*,
         w.sd IS NOT NULL
           AND (w.previous_icpc IS NULL
                OR (w.icpc_date <> w.previous_icpc AND w.sd > w.previous_icpc)) AS counted,
         coalesce((w.sd IS NULL OR w.sd <= w.previous_icpc)
           AND w.icpc_date IS DISTINCT FROM w.previous_icpc
           AND w.next_sd IS NOT NULL
           AND (w.next_icpc IS NULL OR w.next_sd <= w.next_icpc), false) AS before_start
  FROM with_next w
)
SELECT count(*) FILTER (WHERE counted AND ci.working_day_index - si.working_day_index <= 15),
       count(*) FILTER (WHERE counted OR before_start),
       count(*) FILTER (WHERE NOT counted AND NOT before_start)
FROM judged j
LEFT JOIN calendar ci ON ci.day = j.icpc_date
LEFT JOIN calendar si ON si.day = j.sd
"""

within, total, excluded = duckdb.execute(QUERY, {
    "sd_file": f"{folder}/strategy_discussions.csv",
    "icpc_file": f"{folder}/initial_conferences.csv",
    "holidays_file": holidays_csv,
    "start": start, "end": end,
}).fetchone()
pct = round(100 * within / total, 1) if total else "z"
print(f"icpc within 15 working days: {pct}% = {within} / {total}; excluded {excluded}")
