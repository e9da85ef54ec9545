#!/usr/bin/env python3
"""Placement moves in pandas: % of children looked after at the end of a period (its last day,
31 March for a financial year) with 3 or more placements in the period, short breaks left out,
as a council performance analyst writes it. The peer of framework-benchmarks'
PlacementMovesMain: same files, same rules, same output line. A child looked after at the end
with no placement open then, or only a short break, is excluded, and so is a child looked after
during the period but not at its end.

usage: placement_moves.py DIR FROM TO
"""
import sys

import pandas as pd

folder, start, end = sys.argv[1:4]
start, end = pd.Timestamp(start), pd.Timestamp(end)

periods = pd.read_csv(f"{folder}/looked_after_periods.csv",
                      parse_dates=["period_start", "period_end"])
placements = pd.read_csv(f"{folder}/placements.csv",
                         parse_dates=["placement_start", "placement_end"],
                         dtype={"placement_type": str, "short_break": str})

open_at_end = periods[(periods["period_start"] <= end)
                      & (periods["period_end"].isna() | (periods["period_end"] > end))]
looked_after = pd.Index(open_at_end["child_id"].unique())
# children looked after on some day of the period but not at its end are excluded too
during = periods[(periods["period_start"] <= end)
                 & (periods["period_end"].isna() | (periods["period_end"] >= start))]
left_care = pd.Index(during["child_id"].unique()).difference(looked_after)

placements = placements[placements["short_break"].fillna("N") != "Y"]
placements = placements[placements["child_id"].isin(looked_after)]
current = placements[(placements["placement_start"] <= end)
                     & (placements["placement_end"].isna() | (placements["placement_end"] > end))]
counted = pd.Index(current["child_id"].unique())

in_period = placements[(placements["placement_start"] <= end)
                       & (placements["placement_end"].isna()
                          | (placements["placement_end"] >= start))]
moves = in_period.groupby("child_id").size().reindex(counted, fill_value=0)

within = int((moves >= 3).sum())
total = len(counted)
pct = round(100 * within / total, 1) if total else "z"
print(f"looked after with 3 or more placements: {pct}% = {within} / {total}; "
      f"excluded {len(looked_after) - total + len(left_care)}")
