#!/usr/bin/env python3
"""Placement moves in DuckDB SQL: % of children looked after at the end of a period with 3 or
more placements in it, short breaks left out, children who left care during the period excluded. The peer of framework-benchmarks'
PlacementMovesMain: same files, same rules and output line as placement_moves.py.

usage: placement_moves_duckdb.py DIR FROM TO
"""
import sys

import duckdb

folder, start, end = sys.argv[1:4]

QUERY = """
WITH periods AS (
  SELECT * FROM read_csv($periods, header = true, columns = {
    'child_id': 'VARCHAR', 'date_of_birth': 'DATE', 'period_start': 'DATE',
    'period_end': 'DATE'})
),
looked_after AS (
  SELECT DISTINCT child_id FROM periods
  WHERE period_start <= CAST($end AS DATE)
    AND (period_end IS NULL OR period_end > CAST($end AS DATE))
),
-- children looked after on some day of the period but not at its end are excluded too
left_care AS (
  SELECT DISTINCT child_id FROM periods
  WHERE period_start <= CAST($end AS DATE)
    AND (period_end IS NULL OR period_end >= CAST($start AS DATE))
  EXCEPT SELECT child_id FROM looked_after
),
per_child AS (
  SELECT child_id,
         bool_or(placement_start <= CAST($end AS DATE)
                 AND (placement_end IS NULL OR placement_end > CAST($end AS DATE))) AS current,
         count(*) FILTER (WHERE placement_start <= CAST($end AS DATE)
                 AND (placement_end IS NULL OR placement_end >= CAST($start AS DATE))) AS moves
  FROM read_csv($placements, header = true, columns = {
    'child_id': 'VARCHAR', 'placement_start': 'DATE', 'placement_end': 'DATE',
    'placement_type': 'VARCHAR', 'short_break': 'VARCHAR'})
  WHERE coalesce(short_break, 'N') <> 'Y'
  GROUP BY child_id
)
SELECT count(*) FILTER (WHERE coalesce(p.current, false) AND p.moves >= 3),
       count(*) FILTER (WHERE coalesce(p.current, false)),
       count(*) FILTER (WHERE NOT coalesce(p.current, false))
         + (SELECT count(*) FROM left_care)
FROM looked_after l LEFT JOIN per_child p USING (child_id)
"""

within, total, excluded = duckdb.execute(QUERY, {
    "periods": f"{folder}/looked_after_periods.csv",
    "placements": f"{folder}/placements.csv", "start": start, "end": end}).fetchone()
pct = round(100 * within / total, 1) if total else "z"
print(f"looked after with 3 or more placements: {pct}% = {within} / {total}; "
      f"excluded {excluded}")
