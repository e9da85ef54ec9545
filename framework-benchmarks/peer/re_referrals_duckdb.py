#!/usr/bin/env python3
"""Re-referrals in DuckDB SQL: % of referrals in a period within 12 months of the same child's
previous referral (a window function for the previous referral). The peer of
framework-benchmarks' ReReferralsMain: same file, same rules and output line as re_referrals.py.

usage: re_referrals_duckdb.py DIR FROM TO
"""
import sys

import duckdb

folder, start, end = sys.argv[1:4]

QUERY = """
WITH referral AS (
  SELECT referral_date AS day,
         lag(referral_date) OVER (PARTITION BY child_id ORDER BY referral_date) AS previous
  FROM read_csv($file, header = true,
                columns = {'child_id': 'VARCHAR', 'referral_date': 'DATE'})
),
judged AS (
  SELECT day, previous, previous IS NULL OR previous <> day AS counted
  FROM referral
  WHERE day BETWEEN CAST($start AS DATE) AND CAST($end AS DATE)
)
-- day - INTERVAL 12 MONTH takes 29 February back to 28 February, as LocalDate.minusMonths does
SELECT count(*) FILTER (WHERE counted AND previous >= day - INTERVAL 12 MONTH),
       count(*) FILTER (WHERE counted),
       count(*) FILTER (WHERE NOT counted)
FROM judged
"""

within, total, excluded = duckdb.execute(QUERY, {
    "file": f"{folder}/referrals.csv", "start": start, "end": end}).fetchone()
pct = round(100 * within / total, 1) if total else "z"
print(f"re-referrals within 12 months: {pct}% = {within} / {total}; excluded {excluded}")
