#!/usr/bin/env python3
"""An independent computation of the programme rules (docs/programme.md, v1.1).

Written from the specification only, in plain Python (standard library), to check the C++ engine
against. It reads a RUN.toml and the inputs it names and computes the coupling, the scores per unit,
the areas, colours and levels, focus gemeenten, the budget plan with actuals, and trends.

Deliberate simplifications (the reference is a checker, not a second product):
- Geometries: GeoJSON only (RD New, or WGS84 reprojected with the `cs2cs` tool of PROJ).
- Units located by lat/lon are reprojected with `cs2cs` (PROJ's command-line tool, same library the
  engine reaches through GDAL). When `cs2cs` is missing the caller may pass the engine's x,y for
  those units (`latlon_xy`); the report says which was used.
- Exact rational arithmetic (fractions.Fraction) wherever a rule is a comparison or a rounding:
  percentile ranks, `mean_afw <= percentile`, `mean_d < mu_d` (focus), the budget shares and the
  largest-remainder rounding. Means and z-values themselves are plain floats (math.fsum).

Readings taken where programme.md is silent (see README.md in this folder):
- Uncoupled units (no_location, outside_buurten, unknown_postcode) get no scores, colour or level.
- A dimension missing at every level leaves that score empty; benchmark and area means of a score
  are over the scored units that have it; `n` counts the scored units (those with `afw`).
- Units of an area at the classification level that has no scored units: no colour, level Basis.
  At classification level `complex`, a unit without complex gets no colour and level Basis.
- The postcode source counts as "filled" when both postcode and huisnummer are filled and a pc6hnr
  table is configured; an unknown PC6 is `unknown_postcode` like a known PC6 with an unknown number.
- `WATER='JA'` buurt features are water, not buurten: left out of point-in-polygon (a point in water
  only is `outside_buurten`); a unit given by buurtcode or pc6hnr keeps its code.
- Trends: over the coupled units (status ok or no_score), per score edition by edition with the same
  fallback; `n` = units with `afw` in both editions; an area gets a row when n > 0.
"""
from __future__ import annotations

import csv
import io
import json
import math
import os
import re
import shutil
import subprocess
import sys
import tomllib
import zipfile
import xml.etree.ElementTree as ET
from fractions import Fraction

SCORES = ["afw", "fys", "onv", "soc", "vrz", "won"]
DIMS = SCORES[1:]
LEVELS_FALLBACK = ["grid", "buurt", "pc4", "wijk", "gemeente"]
AREA_LEVELS = ["complex", "buurt", "wijk", "gemeente", "werkgebied"]


class InputError(Exception):
    pass


# ---------------------------------------------------------------- tables (CSV / XLSX)

def is_missing(text):
    return text is None or text.strip() == "" or text.strip().upper() in ("NA", "N/A", "NAN")


def parse_number(text):
    """A number written with a decimal point or a decimal comma; None when empty/NA."""
    if text is None:
        return None
    if isinstance(text, (int, float)):
        return float(text)
    t = text.strip().replace("\u00a0", "").replace(" ", "").replace("\u20ac", "")
    if is_missing(t):
        return None
    if "," in t and "." in t:
        if t.rfind(",") > t.rfind("."):
            t = t.replace(".", "").replace(",", ".")  # 1.234,56
        else:
            t = t.replace(",", "")  # 1,234.56
    elif "," in t:
        if t.count(",") > 1:
            raise ValueError(f"not a number: {text!r}")
        t = t.replace(",", ".")
    return float(t)


def _detect_separator(text):
    first = text.split("\n", 1)[0]
    # count separators outside quotes
    semis = commas = 0
    quoted = False
    for ch in first:
        if ch == '"':
            quoted = not quoted
        elif not quoted:
            if ch == ";":
                semis += 1
            elif ch == ",":
                commas += 1
    return ";" if semis > commas else ","


def read_csv(path):
    with open(path, "rb") as f:
        raw = f.read()
    text = raw.decode("utf-8-sig")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    sep = _detect_separator(text)
    rows = list(csv.reader(io.StringIO(text), delimiter=sep, quotechar='"'))
    rows = [r for r in rows if any(c.strip() for c in r)]
    if not rows:
        return [], []
    header = [h.strip() for h in rows[0]]
    return header, rows[1:]


def _col_index(ref):
    letters = re.match(r"[A-Z]+", ref).group(0)
    n = 0
    for ch in letters:
        n = n * 26 + (ord(ch) - 64)
    return n - 1


def read_xlsx(path):
    """First worksheet of an XLSX as (header, rows) of strings."""
    ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
          "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
          "pr": "http://schemas.openxmlformats.org/package/2006/relationships"}
    with zipfile.ZipFile(path) as z:
        names = set(z.namelist())
        strings = []
        if "xl/sharedStrings.xml" in names:
            root = ET.fromstring(z.read("xl/sharedStrings.xml"))
            for si in root.findall("m:si", ns):
                strings.append("".join(t.text or "" for t in si.iter("{%s}t" % ns["m"])))
        sheet = "xl/worksheets/sheet1.xml"
        try:  # the first sheet in workbook order
            wb = ET.fromstring(z.read("xl/workbook.xml"))
            first = wb.find("m:sheets/m:sheet", ns)
            rid = first.get("{%s}id" % ns["r"])
            rels = ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))
            for rel in rels.findall("pr:Relationship", ns):
                if rel.get("Id") == rid:
                    target = rel.get("Target").lstrip("/")
                    sheet = target if target.startswith("xl/") else "xl/" + target
        except (KeyError, AttributeError):
            pass
        root = ET.fromstring(z.read(sheet))
    table = []
    for row in root.iter("{%s}row" % ns["m"]):
        values = {}
        for c in row.findall("m:c", ns):
            t = c.get("t", "n")
            v = c.find("m:v", ns)
            if t == "s":
                val = strings[int(v.text)] if v is not None else ""
            elif t == "inlineStr":
                val = "".join(x.text or "" for x in c.iter("{%s}t" % ns["m"]))
            elif t == "b":
                val = "true" if v is not None and v.text == "1" else "false"
            else:
                val = v.text if v is not None and v.text is not None else ""
                if t == "n" and val:
                    f = float(val)
                    val = repr(int(f)) if f.is_integer() and abs(f) < 1e15 else repr(f)
            values[_col_index(c.get("r"))] = val
        if values:
            width = max(values) + 1
            table.append([values.get(i, "") for i in range(width)])
    table = [r for r in table if any(str(c).strip() for c in r)]
    if not table:
        return [], []
    return [h.strip() for h in table[0]], table[1:]


def read_table(path):
    if path.lower().endswith((".xlsx", ".xlsm")):
        return read_xlsx(path)
    return read_csv(path)


def header_map(header):
    """lower-case name -> first column index."""
    m = {}
    for i, h in enumerate(header):
        m.setdefault(h.strip().lower(), i)
    return m


def cell(row, idx):
    if idx is None or idx >= len(row):
        return ""
    return row[idx]


# ---------------------------------------------------------------- codes

def norm_code(code, prefix, width):
    """'106' -> 'GM0106'; 'GM0106' stays; other strings stay as they are (stripped)."""
    c = (code or "").strip()
    if c.endswith(".0") and c[:-2].isdigit():
        c = c[:-2]
    if c.isdigit():
        return prefix + c.zfill(width)
    return c


def standard_parents(bu_code):
    """Wijk and gemeente from a standard buurt code BU + 4 + 2 + 2, else (None, None)."""
    if len(bu_code) == 10 and bu_code[:2].upper() == "BU":
        return "WK" + bu_code[2:8], "GM" + bu_code[2:6]
    return None, None


# ---------------------------------------------------------------- geometry

class Poly:
    """One buurt/wijk/gemeente/grid feature: a list of polygons, each a list of rings."""

    def __init__(self, polygons, props):
        self.polygons = polygons
        self.props = {k.lower(): v for k, v in props.items()}
        xs = [p[0] for poly in polygons for ring in poly for p in ring]
        ys = [p[1] for poly in polygons for ring in poly for p in ring]
        self.bbox = (min(xs), min(ys), max(xs), max(ys)) if xs else (0, 0, -1, -1)

    def prop(self, *names):
        for n in names:
            v = self.props.get(n.lower())
            if v is not None and str(v).strip() != "":
                return str(v).strip()
        return None

    def contains(self, x, y):
        """Ray casting (even-odd over all rings of each polygon)."""
        x0, y0, x1, y1 = self.bbox
        if x < x0 or x > x1 or y < y0 or y > y1:
            return False
        for poly in self.polygons:
            inside = False
            for ring in poly:
                n = len(ring)
                j = n - 1
                for i in range(n):
                    xi, yi = ring[i]
                    xj, yj = ring[j]
                    if (yi > y) != (yj > y):
                        xc = xi + (y - yi) * (xj - xi) / (yj - yi)
                        if x < xc:
                            inside = not inside
                    j = i
            if inside:
                return True
        return False

    def on_edge(self, x, y, tol=1e-6):
        x0, y0, x1, y1 = self.bbox
        if x < x0 - tol or x > x1 + tol or y < y0 - tol or y > y1 + tol:
            return False
        for poly in self.polygons:
            for ring in poly:
                n = len(ring)
                for i in range(n):
                    ax, ay = ring[i - 1]
                    bx, by = ring[i]
                    dx, dy = bx - ax, by - ay
                    ll = dx * dx + dy * dy
                    t = 0.0 if ll == 0 else max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / ll))
                    px, py = ax + t * dx - x, ay + t * dy - y
                    if px * px + py * py <= tol * tol:
                        return True
        return False

    def centroid(self):
        a_sum = cx = cy = 0.0
        for poly in self.polygons:
            for ring in poly:  # holes are clockwise-or-not: sign by ring role
                a = sx = sy = 0.0
                n = len(ring)
                for i in range(n):
                    xa, ya = ring[i - 1]
                    xb, yb = ring[i]
                    cr = xa * yb - xb * ya
                    a += cr
                    sx += (xa + xb) * cr
                    sy += (ya + yb) * cr
                # orientation-independent: outer ring counts positive, holes negative
                sign = 1.0 if ring is poly[0] else -1.0
                if a < 0:
                    a, sx, sy = -a, -sx, -sy
                a_sum += sign * a / 2
                cx += sign * sx / 6
                cy += sign * sy / 6
        if a_sum == 0:
            xs = [p[0] for poly in self.polygons for ring in poly for p in ring]
            ys = [p[1] for poly in self.polygons for ring in poly for p in ring]
            return sum(xs) / len(xs), sum(ys) / len(ys)
        return cx / a_sum, cy / a_sum


def cs2cs_available():
    # LEEFBAAR_REF_NO_PROJ=1 pretends PROJ's tools are missing (to test that path)
    return shutil.which("cs2cs") is not None and not os.environ.get("LEEFBAAR_REF_NO_PROJ")


def wgs84_to_rd(points):
    """[(lat, lon)] -> [(x, y)] with PROJ's cs2cs (EPSG:4326 axis order lat, lon)."""
    if not points:
        return []
    if not cs2cs_available():
        raise InputError("cs2cs (PROJ) is needed to reproject WGS84 coordinates")
    text = "".join(f"{lat!r} {lon!r}\n" for lat, lon in points)
    out = subprocess.run(["cs2cs", "-f", "%.9f", "EPSG:4326", "EPSG:28992"], input=text,
                         capture_output=True, text=True, check=True).stdout
    res = []
    for line in out.splitlines():
        parts = line.split()
        res.append((float(parts[0]), float(parts[1])))
    if len(res) != len(points):
        raise InputError("cs2cs returned a different number of points")
    return res


def _geojson_crs_is_rd(doc, sample_coord):
    crs = doc.get("crs")
    if crs:
        name = str(crs.get("properties", {}).get("name", ""))
        if "28992" in name:
            return True
        if "CRS84" in name or "4326" in name:
            return False
        raise InputError(f"unsupported CRS {name}")
    # RFC 7946 says WGS84; generated files in RD without crs are recognised by magnitude
    return sample_coord is not None and abs(sample_coord[0]) > 360


def _parse_wkb(buf, pos=0):
    """(polygons, next position) for a WKB Polygon/MultiPolygon (ISO or EWKB Z/M flags)."""
    import struct
    order = "<" if buf[pos] == 1 else ">"
    (gtype,) = struct.unpack_from(order + "I", buf, pos + 1)
    pos += 5
    dims = 2
    if gtype & 0x80000000:  # EWKB Z
        dims += 1
    if gtype & 0x40000000:  # EWKB M
        dims += 1
    if gtype & 0x20000000:  # EWKB SRID
        pos += 4
    base = gtype & 0x0FFFFFFF
    if base >= 3000:
        dims, base = 4, base - 3000
    elif base >= 2000:
        dims, base = 3, base - 2000
    elif base >= 1000:
        dims, base = 3, base - 1000
    if base == 3:
        (nrings,) = struct.unpack_from(order + "I", buf, pos)
        pos += 4
        rings = []
        for _ in range(nrings):
            (npts,) = struct.unpack_from(order + "I", buf, pos)
            pos += 4
            vals = struct.unpack_from(order + "d" * (npts * dims), buf, pos)
            pos += 8 * npts * dims
            rings.append([(vals[i * dims], vals[i * dims + 1]) for i in range(npts)])
        return [rings], pos
    if base == 6:
        (nparts,) = struct.unpack_from(order + "I", buf, pos)
        pos += 4
        polys = []
        for _ in range(nparts):
            part, pos = _parse_wkb(buf, pos)
            polys += part
        return polys, pos
    raise InputError(f"unsupported WKB geometry type {gtype}")


def load_gpkg(path, layer=None):
    """Features of a GeoPackage layer: (polygons, properties) list and whether it is in RD New."""
    import sqlite3
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = con.execute("SELECT c.table_name, g.column_name, c.srs_id FROM gpkg_contents c "
                             "JOIN gpkg_geometry_columns g ON g.table_name = c.table_name "
                             "WHERE c.data_type = 'features'").fetchall()
        if layer:
            named = [t for t in tables if t[0].lower() == layer.lower()]
            tables = named if named or len(tables) != 1 else tables
        if len(tables) != 1:
            raise InputError(f"{path}: name one layer of {[t[0] for t in tables]} (file:layer)")
        table, geom_col, srs = tables[0]
        cur = con.execute(f'SELECT * FROM "{table}"')
        cols = [d[0] for d in cur.description]
        feats = []
        for row in cur:
            props = {c: v for c, v in zip(cols, row) if c != geom_col}
            blob = row[cols.index(geom_col)]
            if blob is None:
                continue
            flags = blob[3]
            env = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}[(flags >> 1) & 7]
            polys, _ = _parse_wkb(bytes(blob), 8 + env)
            feats.append((polys, props))
    finally:
        con.close()
    return feats, srs == 28992


def load_geojson(path, layer=None):
    if path.lower().endswith(".gpkg"):
        feats, is_rd = load_gpkg(path, layer)
        if not is_rd:
            flat = [p for polys, _ in feats for poly in polys for ring in poly for p in ring]
            rd = iter(wgs84_to_rd([(p[1], p[0]) for p in flat]))
            feats = [([[[next(rd) for _ in ring] for ring in poly] for poly in polys], props)
                     for polys, props in feats]
        return [Poly(polys, props) for polys, props in feats]
    with open(path, "rb") as f:
        doc = json.loads(f.read().decode("utf-8-sig"))
    feats = []
    first = None
    for feat in doc.get("features", []):
        g = feat.get("geometry")
        if not g:
            continue
        if g["type"] == "Polygon":
            polys = [g["coordinates"]]
        elif g["type"] == "MultiPolygon":
            polys = g["coordinates"]
        else:
            continue
        polys = [[[(float(p[0]), float(p[1])) for p in ring] for ring in poly] for poly in polys]
        if first is None and polys and polys[0] and polys[0][0]:
            first = polys[0][0][0]
        feats.append((polys, feat.get("properties") or {}))
    if not _geojson_crs_is_rd(doc, first):
        flat = [p for polys, _ in feats for poly in polys for ring in poly for p in ring]
        rd = iter(wgs84_to_rd([(p[1], p[0]) for p in flat]))
        feats = [([[[next(rd) for _ in ring] for ring in poly] for poly in polys], props)
                 for polys, props in feats]
    return [Poly(polys, props) for polys, props in feats]


class Index:
    """Bounding-box bucket index over features (100 m .. 1 km buckets)."""

    def __init__(self, feats, size=500.0):
        self.size = size
        self.buckets = {}
        for i, f in enumerate(feats):
            x0, y0, x1, y1 = f.bbox
            if x1 < x0:
                continue
            for bx in range(math.floor(x0 / size), math.floor(x1 / size) + 1):
                for by in range(math.floor(y0 / size), math.floor(y1 / size) + 1):
                    self.buckets.setdefault((bx, by), []).append(i)
        self.feats = feats

    def candidates(self, x, y):
        return self.buckets.get((math.floor(x / self.size), math.floor(y / self.size)), [])

    def find(self, x, y):
        """All features containing the point (normally at most one)."""
        return [i for i in self.candidates(x, y) if self.feats[i].contains(x, y)]


# ---------------------------------------------------------------- run file

def load_run(path):
    with open(path, "rb") as f:
        cfg = tomllib.load(f)
    base = os.path.dirname(os.path.abspath(path))

    layers = {}

    def resolve(p, key=None):
        if p is None:
            return None
        p = str(p)
        full = p if os.path.isabs(p) else os.path.join(base, p)
        if not os.path.exists(full) and ":" in p:
            p, layer = p.rsplit(":", 1)
            full = p if os.path.isabs(p) else os.path.join(base, p)
            layers[key] = layer
        elif key and full.lower().endswith(".gpkg"):
            layers[key] = key  # CBS wijkenbuurten: layers buurten / wijken / gemeenten
        return full

    prog = cfg.get("programme", {})
    inp = cfg.get("inputs", {})
    cls = cfg.get("classification", {})
    bud = cfg.get("budget", {})
    scores = inp.get("scores", [])
    if isinstance(scores, str):
        scores = [scores]
    run = {
        "name": prog.get("name", ""),
        "edition": int(prog["edition"]),
        "trend": [int(v) for v in prog["trend"]] if prog.get("trend") else None,
        "scores": [resolve(s) for s in scores],
        "buurten": resolve(inp.get("buurten"), "buurten"),
        "wijken": resolve(inp.get("wijken"), "wijken"),
        "gemeenten": resolve(inp.get("gemeenten"), "gemeenten"),
        "grid": resolve(inp.get("grid"), "grid"),
        "pc6hnr": resolve(inp.get("pc6hnr")),
        "stock": resolve(inp.get("stock")),
        "actuals": resolve(inp.get("actuals")),
        "columns": cfg.get("stock", {}).get("columns"),
        "level": cls.get("level", "buurt"),
        "mode": cls.get("mode", "zscore"),
        "yellow": float(cls.get("yellow", -0.5)),
        "orange": float(cls.get("orange", -1.0)),
        "p_yellow": cls.get("p_yellow", 30),
        "p_orange": cls.get("p_orange", 15),
        "min_units": cls.get("min_units", 10),
        "stock_dimensions": list(cls.get("stock_dimensions", ["won"])),
        "budget_total": bud.get("total"),
        "budget_year": int(bud["year"]) if bud.get("year") is not None else int(prog["edition"]),
        "weights": {k.lower(): v for k, v in bud.get("weights", {}).items()},
        "cap": bud.get("cap_per_daeb_unit", 0) or 0,
    }
    run["layers"] = layers
    w = run["weights"]
    run["weight"] = {"Basis": w.get("basis", 1.0), "Plus": w.get("plus", 2.0), "PlusPlus": w.get("plusplus", 4.0)}
    return run


# ---------------------------------------------------------------- inputs

def load_scores(paths, warnings):
    """level -> code -> year -> {score: value or None}."""
    out = {lvl: {} for lvl in LEVELS_FALLBACK}
    names = {"buurt": {}, "wijk": {}, "gemeente": {}}
    for path in paths:
        header, rows = read_table(path)
        h = header_map(header)
        if "grid_id" in h:
            level, key = "grid", "grid_id"
        elif "bu_code" in h:
            level, key = "buurt", "bu_code"
        elif "pc4" in h:
            level, key = "pc4", "pc4"
        elif "wk_code" in h:
            level, key = "wijk", "wk_code"
        elif "gm_code" in h:
            level, key = "gemeente", "gm_code"
        else:
            raise InputError(f"{path}: no id column")
        name_col = {"buurt": "bu_naam", "wijk": "wk_naam", "gemeente": "gm_naam"}.get(level)
        for row in rows:
            code = cell(row, h[key]).strip()
            if level == "pc4" and code.endswith(".0"):
                code = code[:-2]
            year = parse_number(cell(row, h.get("jaar")))
            if not code or year is None:
                continue
            vals = {s: parse_number(cell(row, h.get(s))) if s in h else None for s in SCORES}
            out[level].setdefault(code, {}).setdefault(int(year), vals)
            if name_col and name_col in h and cell(row, h[name_col]).strip():
                names[level].setdefault(code, cell(row, h[name_col]).strip())
    return out, names


def load_pc6hnr(path):
    header, rows = read_table(path)
    h = header_map(header)
    pc = h.get("pc6")
    hn = h.get("huisnummer")
    bu = next((i for k, i in h.items() if k.startswith("buurt")), None)
    wk = next((i for k, i in h.items() if k.startswith("wijk")), None)
    gm = next((i for k, i in h.items() if k.startswith("gemeente")), None)
    table = {}
    known_pc6 = set()
    for row in rows:
        p = cell(row, pc).replace(" ", "").upper()
        digits = re.match(r"\d*", cell(row, hn).strip()).group(0)
        if not p:
            continue
        known_pc6.add(p)
        if digits:
            table.setdefault((p, int(digits)), (norm_code(cell(row, bu), "BU", 8), norm_code(cell(row, wk), "WK", 6),
                                                norm_code(cell(row, gm), "GM", 4)))
    return table, known_pc6


DEFAULT_COLUMNS = ["id", "x", "y", "lat", "lon", "postcode", "huisnummer", "buurtcode", "complex", "daeb"]


def load_stock(path, columns):
    header, rows = read_table(path)
    h = header_map(header)
    idx = {}
    for field in DEFAULT_COLUMNS:
        if columns is not None and field in columns:
            name = str(columns[field]).lower()
            if name not in h:
                raise InputError(f"stock column {columns[field]!r} for {field} not found")
            idx[field] = h[name]
        elif field in h:
            idx[field] = h[field]
        else:
            idx[field] = None
    if idx["id"] is None:
        raise InputError("stock: no unit id column")
    units = []
    seen = {}
    for row in rows:
        u = {f: (cell(row, i).strip() if i is not None else "") for f, i in idx.items()}
        u = {f: ("" if is_missing(v) and f != "id" else v) for f, v in u.items()}
        if u["id"] in seen:
            seen[u["id"]] += 1
        else:
            seen[u["id"]] = 1
        units.append(u)
    dups = sorted(k for k, v in seen.items() if v > 1)
    if dups:
        raise InputError("duplicate unit ids: " + ", ".join(dups))
    return units


def parse_daeb(text):
    t = (text or "").strip().lower()
    return t in ("yes", "ja", "1", "true", "j", "y", "1.0")


def load_actuals(path):
    header, rows = read_table(path)
    h = header_map(header)
    out = []
    for row in rows:
        g = cell(row, h.get("gemeente")).strip()
        y = parse_number(cell(row, h.get("jaar")))
        b = parse_number(cell(row, h.get("bedrag")))
        if g and y is not None and b is not None:
            out.append((g, int(y), b))
    return out


# ---------------------------------------------------------------- the computation

def mean(values):
    return math.fsum(values) / len(values)


def pop_sd(values):
    m = mean(values)
    return math.sqrt(math.fsum((v - m) ** 2 for v in values) / len(values))


def frac_sum(values):
    """The exact sum of floats (their denominators are powers of two)."""
    ratios = [v.as_integer_ratio() for v in values]
    if not ratios:
        return Fraction(0)
    den = max(d for _, d in ratios)
    return Fraction(sum(n * (den // d) for n, d in ratios), den)


def largest_remainder(total, shares):
    """shares: {key: Fraction}, adding up to total; -> {key: int} by largest remainder, ties by key."""
    floors = {k: math.floor(v) for k, v in shares.items()}
    left = total - sum(floors.values())
    order = sorted(shares, key=lambda k: (-(shares[k] - floors[k]), k))
    out = dict(floors)
    for k in order[:left]:
        out[k] += 1
    return out


def compute(run, latlon_xy=None, edge_choice=None):
    """Runs the programme; returns a dict with units, areas, gemeenten, trend, notes.

    latlon_xy: {unit_id: (x, y)} to use for lat/lon units instead of reprojecting them.
    edge_choice: {unit_id: buurt code} another implementation chose; taken when the unit's point
    lies exactly on an edge of both that buurt and the one found here (the one legal difference).
    """
    notes = []
    warnings = []
    scores, score_names = load_scores(run["scores"], warnings)
    layers = run.get("layers", {})
    buurten = load_geojson(run["buurten"], layers.get("buurten"))
    wijken = load_geojson(run["wijken"], layers.get("wijken")) if run["wijken"] else []
    gemeenten_geo = load_geojson(run["gemeenten"], layers.get("gemeenten")) if run["gemeenten"] else []
    land = [f if (f.prop("water") or "").upper() != "JA" else Poly([], {}) for f in buurten]
    bindex = Index(land, 200.0)
    windex = Index(wijken) if wijken else None
    gindex = Index(gemeenten_geo) if gemeenten_geo else None

    # buurt code -> (feature index, wijk, gemeente)
    names = {"buurt": {}, "wijk": {}, "gemeente": {}}
    buurt_info = {}
    for i, f in enumerate(buurten):
        code = norm_code(f.prop("buurtcode", "bu_code", "statcode"), "BU", 8)
        wk = f.prop("wijkcode", "wk_code")
        gm = f.prop("gemeentecode", "gm_code")
        swk, sgm = standard_parents(code)
        wk = norm_code(wk, "WK", 6) if wk else swk
        gm = norm_code(gm, "GM", 4) if gm else sgm
        buurt_info.setdefault(code, (i, wk, gm))
        names["buurt"].setdefault(code, f.prop("buurtnaam", "bu_naam", "statnaam") or "")
        if wk and f.prop("wijknaam", "wk_naam"):
            names["wijk"].setdefault(wk, f.prop("wijknaam", "wk_naam"))
        if gm and f.prop("gemeentenaam", "gm_naam"):
            names["gemeente"].setdefault(gm, f.prop("gemeentenaam", "gm_naam"))
    for f in wijken:
        c = norm_code(f.prop("wijkcode", "wk_code", "statcode"), "WK", 6)
        names["wijk"][c] = f.prop("wijknaam", "wk_naam", "statnaam") or names["wijk"].get(c, "")
    for f in gemeenten_geo:
        c = norm_code(f.prop("gemeentecode", "gm_code", "statcode"), "GM", 4)
        names["gemeente"][c] = f.prop("gemeentenaam", "gm_naam", "statnaam") or names["gemeente"].get(c, "")
    for lvl in ("buurt", "wijk", "gemeente"):
        for c, n in score_names[lvl].items():
            names[lvl].setdefault(c, n)

    # grid: cell -> grid_id via the polygon centroid
    grid_of_cell = {}
    if run["grid"]:
        for f in load_geojson(run["grid"], layers.get("grid")):
            gid = f.prop("grid_id")
            if gid is None:
                continue
            cx, cy = f.centroid()
            grid_of_cell.setdefault((math.floor(cx / 100) * 100, math.floor(cy / 100) * 100), gid)
    elif scores["grid"]:
        notes.append("grid scores loaded without grid geometry: the grid level is not used")

    pc6 = None
    if run["pc6hnr"]:
        pc6 = load_pc6hnr(run["pc6hnr"])

    stock = load_stock(run["stock"], run["columns"])

    # lat/lon -> RD
    latlon_units = [u for u in stock if not (u["x"] and u["y"]) and u["lat"] and u["lon"]]
    rd_of = {}
    if latlon_units:
        if latlon_xy is None and cs2cs_available():
            pts = wgs84_to_rd([(parse_number(u["lat"]), parse_number(u["lon"])) for u in latlon_units])
            rd_of = {u["id"]: p for u, p in zip(latlon_units, pts)}
            notes.append(f"{len(latlon_units)} lat/lon units reprojected with cs2cs")
        elif latlon_xy is not None:
            rd_of = {u["id"]: latlon_xy.get(u["id"]) for u in latlon_units}
            notes.append(f"{len(latlon_units)} lat/lon units: x,y taken from the engine's units.csv")
        else:
            raise InputError("lat/lon units need cs2cs or the engine's x,y")

    # ---- coupling
    units = []
    for s in stock:
        u = {"unit_id": s["id"], "x": None, "y": None, "cell": None, "buurt": "", "wijk": "", "gemeente": "",
             "complex": s["complex"], "status": "ok", "postcode": s["postcode"].replace(" ", "").upper(),
             "daeb": parse_daeb(s["daeb"]), "source": None}
        xy = None
        if s["x"] and s["y"]:
            xy = (parse_number(s["x"]), parse_number(s["y"]))
            u["source"] = "rd"
        elif s["lat"] and s["lon"]:
            xy = rd_of.get(s["id"])
            u["source"] = "latlon"
        if xy is not None:
            x, y = xy
            u["x"], u["y"] = x, y
            u["cell"] = (math.floor(x / 100) * 100, math.floor(y / 100) * 100)
            found = bindex.find(x, y)
            if found:
                f = buurten[found[0]]
                code = norm_code(f.prop("buurtcode", "bu_code", "statcode"), "BU", 8)
                other = (edge_choice or {}).get(s["id"])
                if other and other != code and other in buurt_info and f.on_edge(x, y) \
                        and land[buurt_info[other][0]].on_edge(x, y):
                    u["edge_from"] = code
                    code = other
            elif edge_choice and edge_choice.get(s["id"]) in buurt_info \
                    and land[buurt_info[edge_choice[s["id"]]][0]].on_edge(x, y):
                # on the outer edge of the buurten: on an edge of the engine's buurt and inside none
                code = edge_choice[s["id"]]
                u["edge_from"] = ""
                found = [buurt_info[code][0]]
            if not found:
                u["status"] = "outside_buurten"
            else:
                _, wk, gm = buurt_info[code]
                if (wk is None or gm is None) and windex is not None:
                    ws = windex.find(x, y)
                    if ws:
                        wf = wijken[ws[0]]
                        wk = wk or norm_code(wf.prop("wijkcode", "wk_code", "statcode"), "WK", 6)
                if gm is None and gindex is not None:
                    gs = gindex.find(x, y)
                    if gs:
                        gm = norm_code(gemeenten_geo[gs[0]].prop("gemeentecode", "gm_code", "statcode"), "GM", 4)
                u["buurt"], u["wijk"], u["gemeente"] = code, wk or "", gm or ""
        elif s["postcode"] and s["huisnummer"] and pc6 is not None:
            u["source"] = "postcode"
            digits = re.match(r"\d*", s["huisnummer"]).group(0)
            key = (u["postcode"], int(digits)) if digits else None
            hit = pc6[0].get(key) if key else None
            if hit is None:
                u["status"] = "unknown_postcode"
            else:
                u["buurt"], u["wijk"], u["gemeente"] = hit
        elif s["buurtcode"]:
            u["source"] = "buurtcode"
            code = norm_code(s["buurtcode"], "BU", 8)
            if code in buurt_info:
                _, wk, gm = buurt_info[code]
            else:
                wk, gm = standard_parents(code)
            u["buurt"], u["wijk"], u["gemeente"] = code, wk or "", gm or ""
        else:
            u["status"] = "no_location"
        units.append(u)

    coupled = [u for u in units if u["status"] == "ok"]

    # ---- scores per unit
    def unit_scores(u, edition):
        res, lvl_of = {}, {}
        keys = {
            "grid": grid_of_cell.get(u["cell"]) if u["cell"] is not None and u["source"] != "postcode" else None,
            "buurt": u["buurt"] or None,
            "pc4": u["postcode"][:4] if len(u["postcode"]) >= 4 and u["postcode"][:4].isdigit() else None,
            "wijk": u["wijk"] or None,
            "gemeente": u["gemeente"] or None,
        }
        for s in SCORES:
            for lvl in LEVELS_FALLBACK:
                k = keys[lvl]
                if k is None:
                    continue
                row = scores[lvl].get(k, {}).get(edition)
                if row is not None and row[s] is not None:
                    res[s] = row[s]
                    lvl_of[s] = lvl
                    break
        return res, lvl_of

    for u in coupled:
        sc, lv = unit_scores(u, run["edition"])
        u["scores"] = sc
        u["score_level"] = lv.get("afw", "")
        u["levels"] = lv
        if "afw" not in sc:
            u["status"] = "no_score"
    for u in units:
        u.setdefault("scores", {})
        u.setdefault("score_level", "")
    scored = [u for u in units if u["status"] == "ok"]
    coupled = [u for u in units if u["status"] in ("ok", "no_score")]

    # ---- benchmark
    mu, sd, mu_frac = {}, {}, {}
    for s in SCORES:
        vals = [u["scores"][s] for u in scored if s in u["scores"]]
        if vals:
            mu[s] = mean(vals)
            sd[s] = pop_sd(vals)
            mu_frac[s] = frac_sum(vals) / len(vals)

    # ---- areas
    def area_keys(u):
        keys = []
        if u["complex"]:
            keys.append(("complex", u["complex"]))
        keys += [("buurt", u["buurt"]), ("wijk", u["wijk"]), ("gemeente", u["gemeente"]), ("werkgebied", "")]
        return keys

    members = {}
    for u in scored:
        for k in area_keys(u):
            members.setdefault(k, []).append(u)
    areas = {}
    for (lvl, code), us in members.items():
        a = {"area_level": lvl, "code": code, "n": len(us), "mean": {}, "z": {}, "mean_frac": {}}
        gms = sorted({u["gemeente"] for u in us})
        a["gemeente"] = "" if lvl == "werkgebied" else (gms[0] if len(gms) == 1 else "|".join(gms))
        a["name"] = run["name"] if lvl == "werkgebied" else names.get(lvl, {}).get(code, "")
        for s in SCORES:
            vals = [u["scores"][s] for u in us if s in u["scores"]]
            if vals:
                m = mean(vals)
                a["mean"][s] = m
                # exact means only where a rule compares them (focus; percentile classification)
                if (lvl == "gemeente" and s in run["stock_dimensions"]) or \
                        (lvl == run["level"] and s == "afw" and run["mode"] == "percentile"):
                    a["mean_frac"][s] = frac_sum(vals) / len(vals)
                a["z"][s] = 0.0 if sd[s] == 0 else (m - mu[s]) / sd[s]
        a["colour"] = a["level"] = a["indicatief"] = a["weak"] = None
        areas[(lvl, code)] = a

    # ---- classification
    clevel = run["level"]
    thresholds = None
    if run["mode"] == "percentile":
        vals = sorted(u["scores"]["afw"] for u in scored)
        n = len(vals)

        def pct(p):
            k = max(1, math.ceil(Fraction(p) * n / 100))
            return vals[k - 1]
        if n:
            thresholds = (pct(run["p_orange"]), pct(run["p_yellow"]))
            notes.append(f"percentile thresholds: orange <= {thresholds[0]!r}, yellow <= {thresholds[1]!r}")
    level_of_colour = {"green": "Basis", "yellow": "Plus", "orange": "PlusPlus"}
    for (lvl, code), a in areas.items():
        if lvl != clevel:
            continue
        if run["mode"] == "percentile":
            m = a["mean_frac"]["afw"]
            if m <= Fraction(thresholds[0]):
                colour = "orange"
            elif m <= Fraction(thresholds[1]):
                colour = "yellow"
            else:
                colour = "green"
        else:
            z = a["z"]["afw"]
            colour = "orange" if z <= run["orange"] else "yellow" if z <= run["yellow"] else "green"
        a["colour"] = colour
        a["level"] = level_of_colour[colour]
        a["indicatief"] = a["n"] < run["min_units"]
        weak = [(a["z"][d], i, d) for i, d in enumerate(DIMS) if d in a["z"] and a["z"][d] <= run["yellow"]]
        a["weak"] = [d for _, _, d in sorted(weak)]

    for u in units:
        u["colour"] = ""
        u["level"] = ""
        if u["status"] == "ok":
            key = (clevel, u["complex"] if clevel == "complex" else u.get(clevel, ""))
            a = areas.get(key)
            if a is not None and a["colour"]:
                u["colour"] = a["colour"]
                u["level"] = a["level"]
            else:
                u["level"] = "Basis"
        elif u["status"] == "no_score":
            u["level"] = "Basis"

    # ---- gemeenten: focus, budget, actuals
    gm_units = {}
    for u in coupled:
        gm_units.setdefault(u["gemeente"], []).append(u)
    gemeenten = {}
    for gm, us in gm_units.items():
        a = areas.get(("gemeente", gm))
        g = {"code": gm, "name": names["gemeente"].get(gm, ""), "n": a["n"] if a else 0,
             "mean": a["mean"] if a else {}, "z": a["z"] if a else {}}
        focus = False
        if a:
            for d in run["stock_dimensions"]:
                if d in a["mean_frac"] and d in mu_frac and a["mean_frac"][d] < mu_frac[d]:
                    focus = True
        g["focus"] = focus
        g["daeb_units"] = sum(1 for u in us if u["daeb"])
        gemeenten[gm] = g

    B = run["budget_total"]
    if B is not None and coupled:
        B = int(B)
        wt = {k: Fraction(v) for k, v in run["weight"].items()}
        W = sum((wt[u["level"]] for u in coupled), Fraction(0))
        shares = {gm: sum((wt[u["level"]] for u in us), Fraction(0)) * B / W for gm, us in gm_units.items()}
        plan = largest_remainder(B, shares)
        for gm, p in plan.items():
            gemeenten[gm]["budget_plan"] = p
        # per buurt within each gemeente (not in the CSV outputs; kept for the report)
        for gm, us in gm_units.items():
            bu = {}
            for u in us:
                bu[u["buurt"]] = bu.get(u["buurt"], Fraction(0)) + wt[u["level"]]
            tot = sum(bu.values(), Fraction(0))
            gemeenten[gm]["buurt_units"] = {b: sum(1 for u in us if u["buurt"] == b) for b in bu}
            gemeenten[gm]["buurt_plan"] = largest_remainder(plan[gm], {b: v * plan[gm] / tot for b, v in bu.items()})
    else:
        for g in gemeenten.values():
            g["budget_plan"] = None

    has_actuals = bool(run["actuals"])
    if has_actuals:
        rows = load_actuals(run["actuals"])
        by_name = {}
        for gm in set(list(gemeenten) + list(names["gemeente"])):
            n = names["gemeente"].get(gm)
            if n:
                by_name.setdefault(n.strip().lower(), gm)
        unmatched = 0
        totals = {}
        for gname, year, amount in rows:
            if year != run["budget_year"]:
                continue
            t = gname.strip()
            if t.endswith(".0") and t[:-2].isdigit():
                t = t[:-2]
            if t.isdigit():
                code = "GM" + t.zfill(4)
            elif re.fullmatch(r"(?i)gm\d{4}", t):
                code = t.upper()
            else:
                code = by_name.get(t.lower())
            if code is None:
                unmatched += 1
                continue
            totals[code] = totals.get(code, 0.0) + amount
        if unmatched:
            notes.append(f"{unmatched} actuals rows of the budget year name no known gemeente")
        cap = float(run["cap"])
        for gm, g in gemeenten.items():
            act = totals.get(gm, 0.0)
            g["actual"] = act
            g["difference"] = act - g["budget_plan"] if g["budget_plan"] is not None else None
            g["per_daeb"] = act / g["daeb_units"] if g["daeb_units"] else None
            if cap > 0 and g["per_daeb"] is not None:
                g["above_cap"] = g["per_daeb"] > cap
            else:
                g["above_cap"] = None
        notes.append("actuals by gemeente: " + ", ".join(f"{k}={v!r}" for k, v in sorted(totals.items())))
    else:
        for g in gemeenten.values():
            g["actual"] = g["difference"] = g["per_daeb"] = g["above_cap"] = None

    # ---- trend
    trend = None
    if run["trend"]:
        e_from, e_to = run["trend"]
        per_unit = []
        identity_breaks = 0
        for u in coupled:
            a, la = unit_scores(u, e_from)
            b, lb = unit_scores(u, e_to)
            per_unit.append((u, a, b))
            for sc, lv in ((a, la), (b, lb)):
                if all(s in sc for s in SCORES) and len({lv[s] for s in SCORES}) > 1:
                    identity_breaks += 1
                    break
        if identity_breaks:
            notes.append(f"trend: {identity_breaks} units whose afw and dimensions come from different levels")
        tmembers = {}
        for u, a, b in per_unit:
            for k in area_keys(u):
                tmembers.setdefault(k, []).append((a, b))
        trend = {}
        for key, pairs in tmembers.items():
            n = sum(1 for a, b in pairs if "afw" in a and "afw" in b)
            if n == 0:
                continue
            row = {"area_level": key[0], "code": key[1], "n": n, "d": {}}
            for s in SCORES:
                both = [(a[s], b[s]) for a, b in pairs if s in a and s in b]
                if both:
                    row["d"][s] = mean([y for _, y in both]) - mean([x for x, _ in both])
            trend[key] = row

    return {"units": units, "areas": areas, "gemeenten": gemeenten, "trend": trend, "notes": notes,
            "mu": mu, "sd": sd, "buurten": buurten, "buurt_info": buurt_info, "has_actuals": has_actuals,
            "thresholds": thresholds, "cap": float(run["cap"])}


# ---------------------------------------------------------------- writing (for inspection)

def fmt(v):
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float):
        return repr(v)
    return str(v)


def write_outputs(res, out_dir):
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, "units.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow("unit_id,x,y,cell_x,cell_y,buurt,wijk,gemeente,complex,score_level,afw,fys,onv,soc,vrz,won,"
                   "colour,level,status".split(","))
        for u in res["units"]:
            c = u["cell"] or (None, None)
            w.writerow([u["unit_id"], fmt(u["x"]), fmt(u["y"]), fmt(c[0]), fmt(c[1]), u["buurt"], u["wijk"],
                        u["gemeente"], u["complex"], u["score_level"]] +
                       [fmt(u["scores"].get(s)) for s in SCORES] + [u["colour"], u["level"], u["status"]])
    with open(os.path.join(out_dir, "areas.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(("area_level,code,name,gemeente,n," + ",".join("mean_" + s for s in SCORES) + "," +
                    ",".join("z_" + s for s in SCORES) + ",colour,level,indicatief,weak_dimensions").split(","))
        order = {lvl: i for i, lvl in enumerate(AREA_LEVELS)}
        for key in sorted(res["areas"], key=lambda k: (order[k[0]], k[1])):
            a = res["areas"][key]
            w.writerow([a["area_level"], a["code"], a["name"], a["gemeente"], a["n"]] +
                       [fmt(a["mean"].get(s)) for s in SCORES] + [fmt(a["z"].get(s)) for s in SCORES] +
                       [a["colour"] or "", a["level"] or "", fmt(a["indicatief"]),
                        "|".join(a["weak"]) if a["weak"] is not None else ""])
    with open(os.path.join(out_dir, "gemeenten.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(("code,name,n," + ",".join("mean_" + s for s in SCORES) + "," + ",".join("z_" + s for s in SCORES) +
                    ",focus,budget_plan,actual,difference,actual_per_daeb_unit,above_cap").split(","))
        for gm in sorted(res["gemeenten"]):
            g = res["gemeenten"][gm]
            w.writerow([g["code"], g["name"], g["n"]] + [fmt(g["mean"].get(s)) for s in SCORES] +
                       [fmt(g["z"].get(s)) for s in SCORES] +
                       [fmt(g["focus"]), fmt(g["budget_plan"]), fmt(g["actual"]), fmt(g["difference"]),
                        fmt(g["per_daeb"]), fmt(g["above_cap"])])
    if res["trend"] is not None:
        with open(os.path.join(out_dir, "trend.csv"), "w", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow("area_level,code,n,d_afw,d_fys,d_onv,d_soc,d_vrz,d_won".split(","))
            order = {lvl: i for i, lvl in enumerate(AREA_LEVELS)}
            for key in sorted(res["trend"], key=lambda k: (order[k[0]], k[1])):
                t = res["trend"][key]
                w.writerow([t["area_level"], t["code"], t["n"]] + [fmt(t["d"].get(s)) for s in SCORES])


def main(argv):
    import argparse
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("run")
    ap.add_argument("--out", help="write units.csv, areas.csv, gemeenten.csv, trend.csv here")
    args = ap.parse_args(argv)
    res = compute(load_run(args.run))
    for n in res["notes"]:
        print("note:", n)
    counts = {}
    for u in res["units"]:
        counts[u["status"]] = counts.get(u["status"], 0) + 1
    print("units:", len(res["units"]), counts)
    if args.out:
        write_outputs(res, args.out)
        print("written to", args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
