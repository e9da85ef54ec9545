#!/usr/bin/env python3
"""Runs whole-process commands alternately, round after round, and prints each one's median wall
time and CPU time (user + system, of the process and its children), with the machine's load
before and after: for a shared machine, where one command's runs taken back to back would meet
different loads than the other's. Every run's output must equal the first run's, so a peer that
stops agreeing stops the race. Standard library only.

usage: alternate.py [--warmup] [--same] ROUNDS 'COMMAND' 'COMMAND' ...

--warmup runs every command once, untimed, before the rounds (file caches, an AppCDS archive
written by a launcher's first run); --same fails unless all commands print the same output (the
same answer from every side of a race); the medians are also printed as a Markdown table.
"""
import os
import shlex
import statistics
import subprocess
import sys
import time

args = sys.argv[1:]
warmup = "--warmup" in args
same = "--same" in args
args = [a for a in args if a not in ("--warmup", "--same")]
rounds = int(args[0])
commands = args[1:]
walls = {c: [] for c in commands}
cpus = {c: [] for c in commands}
outputs = {}
print("load before:", " ".join(f"{x:.2f}" for x in os.getloadavg()), flush=True)
if warmup:
    for c in commands:
        subprocess.run(shlex.split(c), check=True, capture_output=True)
for _ in range(rounds):
    for c in commands:
        before = os.times()
        start = time.perf_counter()
        out = subprocess.run(shlex.split(c), check=True, capture_output=True, text=True).stdout
        walls[c].append(time.perf_counter() - start)
        after = os.times()
        cpus[c].append(after.children_user - before.children_user
                       + after.children_system - before.children_system)
        if outputs.setdefault(c, out) != out:
            sys.exit(f"output changed between runs of {c}")
        # each run as it ends, so that a race stopped early still says what it measured
        print(f"run: {walls[c][-1]:.2f} s wall {cpus[c][-1]:.2f} s cpu  {c}", flush=True)
print("load after: ", " ".join(f"{x:.2f}" for x in os.getloadavg()))
for c in commands:
    print(f"{statistics.median(walls[c]):8.2f} s wall {statistics.median(cpus[c]):7.2f} s cpu"
          f"  (walls {', '.join(f'{w:.2f}' for w in walls[c])})  {c}")
    print(f"{'':33}{outputs[c].strip()}")
print()
print("| command | wall (median) | CPU (median) |")
print("| --- | ---: | ---: |")
for c in commands:
    print(f"| `{c}` | {statistics.median(walls[c]):.2f} s | {statistics.median(cpus[c]):.2f} s |")
if same and len(set(outputs.values())) > 1:
    sys.exit("the commands do not print the same output")
