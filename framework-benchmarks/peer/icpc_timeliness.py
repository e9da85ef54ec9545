#!/usr/bin/env python3
"""ICPC timeliness: % of initial child protection conferences held within 15 working days of
the (last) strategy discussion (a conference dated before its discussion counts, not
within), written the way a council performance analyst writes it in
pandas. The peer of framework-benchmarks' IcpcMain: same files, same rules, same output line.

usage: icpc_timeliness.py DIR FROM TO BANK_HOLIDAYS_CSV
"""
import sys

import numpy as np
import pandas as pd

folder, start, end, holidays_csv = sys.argv[1:5]

sd = pd.read_csv(f"{folder}/strategy_discussions.csv", parse_dates=["strategy_discussion_date"])
icpc = pd.read_csv(f"{folder}/initial_conferences.csv", parse_dates=["icpc_date"])
holidays = pd.read_csv(holidays_csv, parse_dates=["date"])["date"]

# each child's previous conference: a strategy discussion on or before it belongs to it
icpc = icpc.sort_values(["child_id", "icpc_date"])
icpc["previous_icpc"] = icpc.groupby("child_id")["icpc_date"].shift()
icpc["next_icpc"] = icpc.groupby("child_id")["icpc_date"].shift(-1)

# the last strategy discussion on or before each conference
icpc = pd.merge_asof(icpc.sort_values("icpc_date"),
                     sd.sort_values("strategy_discussion_date"),
                     left_on="icpc_date", right_on="strategy_discussion_date",
                     by="child_id", direction="backward")
# the first strategy discussion after each conference: a conference dated before the discussion
# it belongs to (one not after the child's next conference) is an ICPC, not within
after = sd.rename(columns={"strategy_discussion_date": "next_sd"})
icpc = pd.merge_asof(icpc, after.sort_values("next_sd"),
                     left_on="icpc_date", right_on="next_sd",
                     by="child_id", direction="forward", allow_exact_matches=False)

icpc = icpc[(icpc["icpc_date"] >= start) & (icpc["icpc_date"] <= end)]
duplicate = icpc["icpc_date"] == icpc["previous_icpc"]
no_sd = icpc["strategy_discussion_date"].isna() | (
    icpc["strategy_discussion_date"] <= icpc["previous_icpc"])
before_start = ~duplicate & no_sd & icpc["next_sd"].notna() & (
    icpc["next_icpc"].isna() | (icpc["next_sd"] <= icpc["next_icpc"]))
counted = icpc[~duplicate & ~no_sd]

# working days after the discussion up to and including the conference, bank holidays out
days = np.busday_count(
    (counted["strategy_discussion_date"] + pd.Timedelta(days=1)).values.astype("datetime64[D]"),
    (counted["icpc_date"] + pd.Timedelta(days=1)).values.astype("datetime64[D]"),
    holidays=holidays.values.astype("datetime64[D]"))

within = int((days <= 15).sum())
total = len(counted) + int(before_start.sum())
pct = round(100 * within / total, 1) if total else "z"
print(f"icpc within 15 working days: {pct}% = {within} / {total}; "
      f"excluded {len(icpc) - total}")
