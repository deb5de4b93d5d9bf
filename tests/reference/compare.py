#!/usr/bin/env python3
"""Compares the engine's outputs with the independent reference computation.

usage: compare.py RUN.toml OUT_DIR [--show N] [--ref-out DIR]

Reads OUT_DIR/units.csv, areas.csv, gemeenten.csv and trend.csv (when the run asks a trend), runs
programme_reference.py on RUN.toml, and compares every row. Exit 0 when they agree, 1 when they do
not, 2 on a usage or input error.

Tolerances: unit scores, area/gemeente means and trend changes 1e-9 (absolute), z-values 1e-6,
euros 1e-6 (the plan exactly), x,y 1e-6 m (units reprojected from lat/lon: 0.01 m).
A unit whose point lies exactly on an edge of both the engine's buurt and the reference's buurt is
the one legal difference: the reference then takes the engine's choice and counts it in the report.
"""
from __future__ import annotations

import argparse
import csv
import math
import os
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import programme_reference as ref  # noqa: E402

SC = ref.SCORES
UNITS_HEADER = ("unit_id,x,y,cell_x,cell_y,buurt,wijk,gemeente,complex,score_level,afw,fys,onv,soc,vrz,won,"
                "colour,level,status").split(",")
AREAS_HEADER = ("area_level,code,name,gemeente,n," + ",".join("mean_" + s for s in SC) + "," +
                ",".join("z_" + s for s in SC) + ",colour,level,indicatief,weak_dimensions").split(",")
GEMEENTEN_HEADER = ("code,name,n," + ",".join("mean_" + s for s in SC) + "," + ",".join("z_" + s for s in SC) +
                    ",focus,budget_plan,actual,difference,actual_per_daeb_unit,above_cap").split(",")
TREND_HEADER = "area_level,code,n,d_afw,d_fys,d_onv,d_soc,d_vrz,d_won".split(",")


class Diffs:
    def __init__(self, show):
        self.show = show
        self.by_file = {}
        self.lines = []

    def add(self, file, key, field, engine, reference):
        self.by_file[file] = self.by_file.get(file, 0) + 1
        if len(self.lines) < self.show:
            self.lines.append(f"  {file} {key} {field}: engine {engine!r}, reference {reference!r}")

    def total(self):
        return sum(self.by_file.values())


def read_engine(path, header, diffs, file):
    with open(path, newline="", encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    if not rows:
        diffs.add(file, "", "header", "(empty file)", ",".join(header))
        return []
    if rows[0] != header:
        diffs.add(file, "", "header", ",".join(rows[0]), ",".join(header))
    return [dict(zip(rows[0], r)) for r in rows[1:] if r]


def paired_rows(diffs, file, reference, engine, name=lambda k: "/".join(k)):
    """The rows that both have, as (key, reference row, engine row) in key order; a row that only
    one of them has is a difference."""
    for k in sorted(set(reference) - set(engine)):
        diffs.add(file, name(k), "row", "(missing)", "present")
    for k in sorted(set(engine) - set(reference)):
        diffs.add(file, name(k), "row", "present", "(missing)")
    for k in sorted(reference):
        if k in engine:
            yield k, reference[k], engine[k]


def compare_scores(diffs, file, key, engine_row, reference_row):
    """The mean and z of every score of an area (or gemeente), the engine's row against the
    reference's."""
    for s in SC:
        for field, ref, tol in (("mean_" + s, reference_row["mean"].get(s), 1e-9),
                                ("z_" + s, reference_row["z"].get(s), 1e-6)):
            if not same_num(engine_row[field], ref, tol):
                diffs.add(file, key, field, engine_row[field], ref)


def num(text):
    if text is None or text == "":
        return None
    return float(text)


def text_of(v):
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)


def same_num(engine_text, ref_value, tol):
    try:
        e = num(engine_text)
    except ValueError:
        return False
    if e is None or ref_value is None:
        return e is None and ref_value is None
    return math.isclose(e, float(ref_value), rel_tol=tol, abs_tol=tol)


def compare(run_path, out_dir, show=25, ref_out=None):
    run = ref.load_run(run_path)
    diffs = Diffs(show)
    report = []

    eu = read_engine(os.path.join(out_dir, "units.csv"), UNITS_HEADER, diffs, "units.csv")
    engine_units = {r["unit_id"]: r for r in eu}
    engine_buurt = {k: r["buurt"] for k, r in engine_units.items() if r.get("buurt")}
    latlon_xy = None
    if not ref.cs2cs_available():
        latlon_xy = {k: (num(r["x"]), num(r["y"])) for k, r in engine_units.items() if r.get("x") and r.get("y")}
    res = ref.compute(run, latlon_xy=latlon_xy, edge_choice=engine_buurt)
    if ref_out:
        ref.write_outputs(res, ref_out)
    report += ["reference: " + n for n in res["notes"]]

    # ---- units
    units = res["units"]
    ru = {u["unit_id"]: u for u in units}
    if len(eu) != len(units):
        diffs.add("units.csv", "", "rows", len(eu), len(units))
    for uid in sorted(set(ru) - set(engine_units))[:5]:
        diffs.add("units.csv", uid, "row", "(missing)", "present")
    for uid in sorted(set(engine_units) - set(ru))[:5]:
        diffs.add("units.csv", uid, "row", "present", "(missing)")
    on_edge = [u for u in units if "edge_from" in u]
    max_dxy = 0.0
    for u in units:
        e = engine_units.get(u["unit_id"])
        if e is None:
            continue
        key = u["unit_id"]
        tol_xy = 0.01 if u["source"] == "latlon" and latlon_xy is None else 1e-6
        for f, v in (("x", u["x"]), ("y", u["y"])):
            if not same_num(e[f], v, 0) and not (v is not None and e[f] and abs(float(e[f]) - v) <= tol_xy):
                diffs.add("units.csv", key, f, e[f], v)
            elif v is not None and e[f]:
                max_dxy = max(max_dxy, abs(float(e[f]) - v)) if u["source"] == "latlon" else max_dxy
        c = u["cell"] or (None, None)
        for f, v in (("cell_x", c[0]), ("cell_y", c[1])):
            if not same_num(e[f], v, 0):
                diffs.add("units.csv", key, f, e[f], v)
        for f in ("buurt", "wijk", "gemeente", "complex", "score_level", "colour", "level", "status"):
            if e[f] != text_of(u[f]):
                diffs.add("units.csv", key, f, e[f], text_of(u[f]))
        for s in SC:
            if not same_num(e[s], u["scores"].get(s), 1e-9):
                diffs.add("units.csv", key, s, e[s], u["scores"].get(s))
    counts = {}
    for u in units:
        counts[u["status"]] = counts.get(u["status"], 0) + 1
    report.append(f"units: {len(units)} " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    report.append(f"units exactly on a buurt edge where the engine chose another (legal) buurt: {len(on_edge)}" +
                  ("" if not on_edge else " (" + ", ".join(f"{u['unit_id']}: {u['edge_from'] or '-'} -> {u['buurt']}"
                                                         for u in on_edge[:5]) + ")"))
    if any(u["source"] == "latlon" for u in units) and latlon_xy is None:
        report.append(f"lat/lon units: largest x/y difference engine - cs2cs {max_dxy:.2e} m")

    # ---- areas
    ea = read_engine(os.path.join(out_dir, "areas.csv"), AREAS_HEADER, diffs, "areas.csv")
    engine_areas = {(r["area_level"], r["code"]): r for r in ea}
    areas = res["areas"]
    ties = 0
    for k, a, e in paired_rows(diffs, "areas.csv", areas, engine_areas):
        key = "/".join(k) if k[1] else k[0]
        if e["n"] != str(a["n"]):
            diffs.add("areas.csv", key, "n", e["n"], a["n"])
        if k[0] in ("buurt", "wijk", "werkgebied") and e["gemeente"] != a["gemeente"]:
            diffs.add("areas.csv", key, "gemeente", e["gemeente"], a["gemeente"])
        if k[0] == "complex" and "|" not in a["gemeente"] and e["gemeente"] != a["gemeente"]:
            diffs.add("areas.csv", key, "gemeente", e["gemeente"], a["gemeente"])
        if k[0] == "werkgebied" and e["name"] != a["name"]:
            diffs.add("areas.csv", key, "name", e["name"], a["name"])
        compare_scores(diffs, "areas.csv", key, e, a)
        for f, v in (("colour", a["colour"]), ("level", a["level"]), ("indicatief", a["indicatief"]),
                     ("weak_dimensions", "|".join(a["weak"]) if a["weak"] is not None else None)):
            if e[f] != text_of(v):
                diffs.add("areas.csv", key, f, e[f], text_of(v))
        if res["thresholds"] and k[0] == run["level"]:
            if any(abs(a["mean"]["afw"] - t) < 1e-12 for t in res["thresholds"]):
                ties += 1
    classified = [a for a in areas.values() if a["colour"]]
    by_colour = {c: sum(1 for a in classified if a["colour"] == c) for c in ("orange", "yellow", "green")}
    report.append(f"areas: {len(areas)} rows; classified at {run['level']} ({run['mode']}): " +
                  ", ".join(f"{c} {n}" for c, n in by_colour.items()))
    if ties:
        report.append(f"areas whose mean_afw equals a percentile threshold (decided exactly): {ties}")

    # ---- gemeenten
    eg = read_engine(os.path.join(out_dir, "gemeenten.csv"), GEMEENTEN_HEADER, diffs, "gemeenten.csv")
    engine_gm = {r["code"]: r for r in eg}
    gms = res["gemeenten"]
    for k, g, e in paired_rows(diffs, "gemeenten.csv", gms, engine_gm, name=str):
        if e["n"] != str(g["n"]):
            diffs.add("gemeenten.csv", k, "n", e["n"], g["n"])
        compare_scores(diffs, "gemeenten.csv", k, e, g)
        if e["focus"] != text_of(g["focus"]):
            diffs.add("gemeenten.csv", k, "focus", e["focus"], text_of(g["focus"]))
        if not same_num(e["budget_plan"], g["budget_plan"], 0):
            diffs.add("gemeenten.csv", k, "budget_plan", e["budget_plan"], g["budget_plan"])
        for f, v, tol in (("actual", g["actual"], 1e-9), ("difference", g["difference"], 1e-9),
                          ("actual_per_daeb_unit", g["per_daeb"], 1e-9)):
            if not same_num(e[f], v, tol):
                diffs.add("gemeenten.csv", k, f, e[f], v)
        if e["above_cap"] != text_of(g["above_cap"]):
            diffs.add("gemeenten.csv", k, "above_cap", e["above_cap"], text_of(g["above_cap"]))
    report.append("gemeenten: " + ", ".join(
        f"{k} plan {g['budget_plan']}{' focus' if g['focus'] else ''}" for k, g in sorted(gms.items())))

    # ---- budget per buurt (budget_buurten.csv: not among the headers of programme.md section 9, but the
    # per-buurt rounding is a rule of section 7; compared when the engine writes the file)
    bpath = os.path.join(out_dir, "budget_buurten.csv")
    if os.path.exists(bpath) and any(g.get("buurt_plan") for g in gms.values()):
        with open(bpath, newline="", encoding="utf-8-sig") as f:
            eb = {(r.get("gemeente", ""), r.get("code", "")): r for r in csv.DictReader(f)}
        rb = {}
        for gm, g in gms.items():
            for bu, plan in g.get("buurt_plan", {}).items():
                rb[(gm, bu)] = (plan, g["buurt_units"][bu])
        for k, (plan, n), e in paired_rows(diffs, "budget_buurten.csv", rb, eb):
            if "budget_plan" in e and not same_num(e["budget_plan"], plan, 0):
                diffs.add("budget_buurten.csv", "/".join(k), "budget_plan", e["budget_plan"], plan)
            if "units" in e and e["units"] != str(n):
                diffs.add("budget_buurten.csv", "/".join(k), "units", e["units"], n)
        report.append(f"budget per buurt: {len(rb)} rows")

    # ---- trend
    tpath = os.path.join(out_dir, "trend.csv")
    if res["trend"] is not None:
        if not os.path.exists(tpath):
            diffs.add("trend.csv", "", "file", "(missing)", "present")
        else:
            et = read_engine(tpath, TREND_HEADER, diffs, "trend.csv")
            engine_t = {(r["area_level"], r["code"]): r for r in et}
            tr = res["trend"]
            for k, t, e in paired_rows(diffs, "trend.csv", tr, engine_t):
                key = "/".join(k) if k[1] else k[0]
                if e["n"] != str(t["n"]):
                    diffs.add("trend.csv", key, "n", e["n"], t["n"])
                for s in SC:
                    if not same_num(e["d_" + s], t["d"].get(s), 1e-9):
                        diffs.add("trend.csv", key, "d_" + s, e["d_" + s], t["d"].get(s))
            report.append(f"trend {run['trend'][0]}->{run['trend'][1]}: {len(tr)} rows")
    elif os.path.exists(tpath):
        report.append("trend.csv present although the run asks no trend (not compared)")

    return diffs, report


def main(argv):
    ap = argparse.ArgumentParser(description="compare the engine's outputs with the reference computation")
    ap.add_argument("run")
    ap.add_argument("out_dir")
    ap.add_argument("--show", type=int, default=25, help="how many differences to print")
    ap.add_argument("--ref-out", help="also write the reference's tables here")
    args = ap.parse_args(argv)
    try:
        diffs, report = compare(args.run, args.out_dir, args.show, args.ref_out)
    except (ref.InputError, OSError, KeyError) as e:
        print(f"compare: error: {e}", file=sys.stderr)
        return 2
    print(f"== {args.run} vs {args.out_dir}")
    for line in report:
        print("  " + line)
    if diffs.total() == 0:
        print("  AGREE: every unit, area, gemeente and trend row matches the reference")
        return 0
    print("  DIFFER: " + ", ".join(f"{f} {n}" for f, n in sorted(diffs.by_file.items())) + " differences; first:")
    for line in diffs.lines:
        print(line)
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
