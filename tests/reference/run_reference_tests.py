#!/usr/bin/env python3
"""Drives the reference check: sample -> variants -> engine runs -> comparison.

usage: run_reference_tests.py LEEFBAAR_BINARY WORK_DIR [--only NAME ...] [--show N]

Writes the sample with `leefbaar sample WORK_DIR/sample`, writes the run-file variants
(variant_runs.py) under WORK_DIR/variants, runs `leefbaar programme RUN.toml --out ... --overwrite`
for each and compares the outputs with programme_reference.py (compare.py). Also checks that the
comparison catches a planted difference. Ends with 'N passed, N failed'; exit 1 on any failure.
"""
from __future__ import annotations

import argparse
import csv
import concurrent.futures
import os
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, HERE)
import compare  # noqa: E402
import variant_runs  # noqa: E402


def run(cmd, log):
    p = subprocess.run(cmd, capture_output=True, text=True)
    with open(log, "w") as f:
        f.write("$ " + " ".join(cmd) + "\n" + p.stdout + p.stderr)
    return p


def planted_difference_caught(run_path, out_dir, work):
    """The checker must see a changed score in one unit's row."""
    bad = os.path.join(work, "planted")
    shutil.rmtree(bad, ignore_errors=True)
    shutil.copytree(out_dir, bad)
    path = os.path.join(bad, "units.csv")
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    header = lines[0].split(",")
    i_afw = header.index("afw")
    for k in range(1, len(lines)):
        cells = lines[k].split(",")
        if cells[i_afw]:
            cells[i_afw] = repr(float(cells[i_afw]) + 1e-6)
            lines[k] = ",".join(cells)
            break
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    diffs, _ = compare.compare(run_path, bad, show=0)
    return diffs.by_file.get("units.csv", 0) >= 1


def edge_choice_accepted(run_path, out_dir, work):
    """The checker must accept the other buurt for a unit exactly on a shared edge (and nothing else):
    the reference's own tables with every such unit moved to its other buurt must compare clean."""
    import programme_reference as ref
    run_ = ref.load_run(run_path)
    latlon_xy = None
    if not ref.cs2cs_available():
        with open(os.path.join(out_dir, "units.csv"), encoding="utf-8-sig") as f:
            latlon_xy = {r["unit_id"]: (float(r["x"]), float(r["y"])) for r in csv.DictReader(f) if r["x"] and r["y"]}
    res = ref.compute(run_, latlon_xy=latlon_xy)
    land = ref.Index(res["buurten"], 200.0)
    info = res["buurt_info"]
    code_of = {i: c for c, (i, _, _) in info.items()}
    flip = {}
    for u in res["units"]:
        if u["buurt"] and u["x"] is not None and u["source"] in ("rd", "latlon"):
            if not res["buurten"][info[u["buurt"]][0]].on_edge(u["x"], u["y"]):
                continue
            for i in land.candidates(u["x"], u["y"]):
                if code_of.get(i) not in (None, u["buurt"]) and res["buurten"][i].on_edge(u["x"], u["y"]):
                    flip[u["unit_id"]] = code_of[i]
                    break
    if not flip:
        return True, "no unit lies exactly on a shared buurt edge"
    fake = os.path.join(work, "edge-choice")
    ref.write_outputs(ref.compute(run_, latlon_xy=latlon_xy, edge_choice=flip), fake)
    diffs, report = compare.compare(run_path, fake, show=3)
    moved = [line for line in report if "legal" in line]
    ok = diffs.total() == 0 and moved and f": {len(flip)}" in moved[0]
    return ok, f"{len(flip)} on-edge units moved; " + (moved[0] if moved else "") + \
        ("" if diffs.total() == 0 else " / " + "; ".join(diffs.lines))


def duplicate_ids_refused(leefbaar, sample, work):
    run_path, ids = variant_runs.duplicate_ids_run(sample, os.path.join(work, "variants"))
    p = run([leefbaar, "programme", run_path, "--out", os.path.join(work, "out", "duplicate-ids"), "--overwrite"],
            os.path.join(work, "programme-duplicate-ids.log"))
    text = p.stdout + p.stderr
    return p.returncode != 0 and all(i in text for i in ids), f"exit {p.returncode}, ids {ids}"


def check_one(leefbaar, work, name, run_path, show):
    """Runs the engine on one run file and compares; returns (name, ok, printed text)."""
    lines = []
    out = os.path.join(work, "out", name)
    p = run([leefbaar, "programme", run_path, "--out", out, "--overwrite"], os.path.join(work, f"programme-{name}.log"))
    if p.returncode != 0:
        lines.append(f"FAIL {name}: leefbaar programme exited {p.returncode}")
        lines += (p.stdout + p.stderr).splitlines()[-10:]
        return name, False, "\n".join(lines) + "\n"
    try:
        diffs, report = compare.compare(run_path, out, show=show)
    except Exception as e:  # an input the reference cannot read is a failure of the check
        return name, False, f"FAIL {name}: reference error {type(e).__name__}: {e}\n"
    ok = diffs.total() == 0
    lines.append(f"{'PASS' if ok else 'FAIL'} {name} ({run_path})")
    lines += ["    " + line for line in report]
    if not ok:
        lines.append("    differences: " + ", ".join(f"{f} {n}" for f, n in sorted(diffs.by_file.items())))
        lines += ["  " + line for line in diffs.lines]
    if name == "default" and ok:
        caught = planted_difference_caught(run_path, out, work)
        lines.append(f"{'PASS' if caught else 'FAIL'} planted-difference (the checker sees a changed afw)")
        ok = ok and caught
        accepted, detail = edge_choice_accepted(run_path, out, work)
        lines.append(f"{'PASS' if accepted else 'FAIL'} edge-choice (the checker accepts the other buurt on an edge): "
                     + detail)
        ok = ok and accepted
    return name, ok, "\n".join(lines) + "\n"


def main(argv):
    ap = argparse.ArgumentParser()
    ap.add_argument("leefbaar")
    ap.add_argument("work_dir")
    ap.add_argument("--only", nargs="*")
    ap.add_argument("--show", type=int, default=15)
    ap.add_argument("--jobs", type=int, default=min(4, os.cpu_count() or 1))
    args = ap.parse_args(argv)
    work = os.path.abspath(args.work_dir)
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    sample = os.path.join(work, "sample")
    t0 = time.time()
    p = run([args.leefbaar, "sample", sample], os.path.join(work, "sample.log"))
    if p.returncode != 0 or not os.path.exists(os.path.join(sample, "RUN.toml")):
        print(p.stdout + p.stderr)
        print("leefbaar sample did not write a sample")
        print("0 passed, 1 failed")
        return 1
    runs = variant_runs.variants(sample, os.path.join(work, "variants"))
    if args.only:
        runs = [r for r in runs if r[0] in args.only]
    jobs = max(1, min(args.jobs, len(runs)))
    refused, detail = duplicate_ids_refused(args.leefbaar, sample, work)
    print(f"{'PASS' if refused else 'FAIL'} duplicate-ids (the engine stops and names them: {detail})")
    with concurrent.futures.ProcessPoolExecutor(max_workers=jobs) as pool:
        futures = [pool.submit(check_one, args.leefbaar, work, name, run_path, args.show) for name, run_path in runs]
        results = []
        for (name, _), f in zip(runs, futures):
            try:
                results.append(f.result())
            except Exception as e:  # a crash of the check is a failure, not the end of the run
                results.append((name, False, f"FAIL {name}: {type(e).__name__}: {e}\n"))
    passed, failed = int(refused), int(not refused)
    for name, ok, text in results:
        print(text, end="")
        passed += ok
        failed += not ok
    print(f"reference check took {time.time() - t0:.1f} s")
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
