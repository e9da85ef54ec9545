#!/usr/bin/env python3
"""Re-referrals in Polars (lazy frames): % of referrals in a period within 12 months of the same
child's previous referral. The peer of framework-benchmarks' ReReferralsMain: same file, same
rules and output line as re_referrals.py.

usage: re_referrals_polars.py DIR FROM TO
"""
import sys
from datetime import date

import polars as pl

folder, start, end = sys.argv[1:4]
start, end = date.fromisoformat(start), date.fromisoformat(end)

day = pl.col("referral_date")
previous = pl.col("previous")
ref = (pl.scan_csv(f"{folder}/referrals.csv",
                   schema={"child_id": pl.Utf8, "referral_date": pl.Date})
       .sort("child_id", "referral_date")
       .with_columns(previous=day.shift().over("child_id"))
       .filter(day.is_between(start, end)))
counted = (day != previous).fill_null(True)
again = counted & (previous >= day.dt.offset_by("-12mo")).fill_null(False)

figures = ref.select(within=again.sum(), total=counted.sum(), all=pl.len()).collect()
within, total, everything = (int(figures[c][0]) for c in ("within", "total", "all"))
pct = round(100 * within / total, 1) if total else "z"
print(f"re-referrals within 12 months: {pct}% = {within} / {total}; "
      f"excluded {everything - total}")
