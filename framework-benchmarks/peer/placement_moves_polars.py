#!/usr/bin/env python3
"""Placement moves in Polars (lazy frames): % of children looked after at the end of a period
with 3 or more placements in it, short breaks left out, children who left care during the period excluded. The peer of framework-benchmarks'
PlacementMovesMain: same files, same rules and output line as placement_moves.py.

usage: placement_moves_polars.py DIR FROM TO
"""
import sys
from datetime import date

import polars as pl

folder, start, end = sys.argv[1:4]
start, end = date.fromisoformat(start), date.fromisoformat(end)

periods = pl.scan_csv(f"{folder}/looked_after_periods.csv", schema={
    "child_id": pl.Utf8, "date_of_birth": pl.Date, "period_start": pl.Date,
    "period_end": pl.Date})
placements = pl.scan_csv(f"{folder}/placements.csv", schema={
    "child_id": pl.Utf8, "placement_start": pl.Date, "placement_end": pl.Date,
    "placement_type": pl.Utf8, "short_break": pl.Utf8})

looked_after = (periods
                .filter((pl.col("period_start") <= end)
                        & (pl.col("period_end").is_null() | (pl.col("period_end") > end)))
                .select("child_id").unique())

# children looked after on some day of the period but not at its end are excluded too
left_care = (periods
             .filter((pl.col("period_start") <= end)
                     & (pl.col("period_end").is_null() | (pl.col("period_end") >= start)))
             .select("child_id").unique()
             .join(looked_after, on="child_id", how="anti")
             .select(n=pl.len()).collect()["n"][0])

per_child = (placements
             .filter(pl.col("short_break").fill_null("N") != "Y")
             .group_by("child_id")
             .agg(current=((pl.col("placement_start") <= end)
                           & (pl.col("placement_end").is_null()
                              | (pl.col("placement_end") > end))).any(),
                  moves=((pl.col("placement_start") <= end)
                         & (pl.col("placement_end").is_null()
                            | (pl.col("placement_end") >= start))).sum()))

figures = (looked_after.join(per_child, on="child_id", how="left")
           .select(within=(pl.col("current").fill_null(False) & (pl.col("moves") >= 3)).sum(),
                   total=pl.col("current").fill_null(False).sum(),
                   all=pl.len())
           .collect())
within, total, everything = (int(figures[c][0]) for c in ("within", "total", "all"))
pct = round(100 * within / total, 1) if total else "z"
print(f"looked after with 3 or more placements: {pct}% = {within} / {total}; "
      f"excluded {everything - total + int(left_care)}")
