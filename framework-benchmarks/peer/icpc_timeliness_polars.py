#!/usr/bin/env python3
"""ICPC timeliness in Polars: % of initial child protection conferences held within 15 working
days of the (last) strategy discussion, as an analyst writes it with Polars' lazy frames
(join_asof, business_day_count). The peer of framework-benchmarks' IcpcMain: same files, same
rules, same output line as icpc_timeliness.py.

usage: icpc_timeliness_polars.py DIR FROM TO BANK_HOLIDAYS_CSV
"""
import sys
from datetime import date, timedelta

import polars as pl

folder, start, end, holidays_csv = sys.argv[1:5]
start, end = date.fromisoformat(start), date.fromisoformat(end)

sd = pl.scan_csv(f"{folder}/strategy_discussions.csv",
                 schema={"child_id": pl.Utf8, "strategy_discussion_date": pl.Date})
icpc = pl.scan_csv(f"{folder}/initial_conferences.csv",
                   schema={"child_id": pl.Utf8, "icpc_date": pl.Date})
holidays = pl.read_csv(holidays_csv, schema_overrides={"date": pl.Date})["date"].to_list()

# each child's previous conference: a strategy discussion on or before it belongs to it
icpc = (icpc.sort("child_id", "icpc_date")
        .with_columns(previous_icpc=pl.col("icpc_date").shift().over("child_id"),
                      next_icpc=pl.col("icpc_date").shift(-1).over("child_id")))

# the last strategy discussion on or before each conference
joined = icpc.sort("icpc_date").join_asof(
    sd.sort("strategy_discussion_date"),
    left_on="icpc_date", right_on="strategy_discussion_date",
    by="child_id", strategy="backward",
    check_sortedness=False)  # both sides are sorted just above
# the first strategy discussion after each conference: a conference dated before the discussion
# it belongs to (one not after the child's next conference) is an ICPC, not within
joined = joined.join_asof(
    sd.select("child_id", next_sd="strategy_discussion_date").sort("next_sd"),
    left_on="icpc_date", right_on="next_sd", by="child_id", strategy="forward",
    allow_exact_matches=False, check_sortedness=False)

in_period = joined.filter(pl.col("icpc_date").is_between(start, end))
duplicate = pl.col("icpc_date") == pl.col("previous_icpc")
no_sd = (pl.col("strategy_discussion_date").is_null()
         | (pl.col("strategy_discussion_date") <= pl.col("previous_icpc")))
counted = ~duplicate.fill_null(False) & ~no_sd.fill_null(False)
before_start = (~duplicate.fill_null(False) & no_sd.fill_null(False)
                & pl.col("next_sd").is_not_null()
                & (pl.col("next_icpc").is_null()
                   | (pl.col("next_sd") <= pl.col("next_icpc"))).fill_null(False))

# working days after the discussion up to and including the conference, bank holidays out
day = timedelta(days=1)
working_days = pl.business_day_count(pl.col("strategy_discussion_date") + day,
                                     pl.col("icpc_date") + day, holidays=holidays)

figures = in_period.select(
    within=(counted & (working_days <= 15)).sum(),
    total=counted.sum() + before_start.sum(),
    all=pl.len(),
).collect()

within, total, everything = (int(figures[c][0]) for c in ("within", "total", "all"))
pct = round(100 * within / total, 1) if total else "z"
print(f"icpc within 15 working days: {pct}% = {within} / {total}; "
      f"excluded {everything - total}")
