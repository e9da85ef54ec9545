#!/usr/bin/env python3
"""Re-referrals in pandas: % of referrals in a period within 12 months of the same child's
previous referral, as a council performance analyst writes it. The peer of framework-benchmarks'
ReReferralsMain: same file, same rules (two referrals of a child on one day are one; the 12
months reach back with calendar months, 29 February to 28 February), same output line.

usage: re_referrals.py DIR FROM TO
"""
import sys

import pandas as pd

folder, start, end = sys.argv[1:4]

ref = pd.read_csv(f"{folder}/referrals.csv", parse_dates=["referral_date"])
ref = ref.sort_values(["child_id", "referral_date"], kind="stable")
ref["previous"] = ref.groupby("child_id")["referral_date"].shift()

ref = ref[(ref["referral_date"] >= start) & (ref["referral_date"] <= end)]
duplicate = ref["referral_date"] == ref["previous"]
counted = ref[~duplicate]
again = counted["previous"] >= counted["referral_date"] - pd.DateOffset(months=12)

within = int(again.sum())
total = len(counted)
pct = round(100 * within / total, 1) if total else "z"
print(f"re-referrals within 12 months: {pct}% = {within} / {total}; "
      f"excluded {len(ref) - total}")
