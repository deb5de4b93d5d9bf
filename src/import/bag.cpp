#include "import/bag.hpp"

#include <fmt/format.h>

#include <cctype>
#include <map>

#include "core/errors.hpp"
#include "core/text.hpp"
#include "import/rd_layer.hpp"
#include "import/table_reader.hpp"
#include "import/text_encoding.hpp"

namespace leefbaar {

namespace {

// The usual spellings of each field (PDOK's GeoPackage, the BAG extract's CSV, own exports).
const std::vector<std::string_view> kId = {"identificatie", "vbo_identificatie", "vbo_id",
                                           "verblijfsobjectidentificatie", "bagid_vbo"};
const std::vector<std::string_view> kPostcode = {"postcode"};
const std::vector<std::string_view> kNumber = {"huisnummer"};
const std::vector<std::string_view> kLetter = {"huisletter"};
const std::vector<std::string_view> kAddition = {"huisnummertoevoeging", "toevoeging"};
const std::vector<std::string_view> kUse = {"gebruiksdoel", "gebruiksdoelen"};
const std::vector<std::string_view> kX = {"x", "rd_x"};
const std::vector<std::string_view> kY = {"y", "rd_y"};

constexpr std::size_t kShownProblems = 20;

// One row as text, whatever the file's kind; the point is already in RD New when has_point.
struct RawRow {
  long long number = 0;
  std::string id, postcode, huisnummer, huisletter, toevoeging, use, x, y;
  bool has_point = false;
  Point point;
  std::string geometry_problem;  // a layer's geometry that is no usable point
};

struct Fields {
  std::vector<std::string> names;  // as in the file
  int id = -1, postcode = -1, number = -1, letter = -1, addition = -1, use = -1, x = -1, y = -1;
};

int find_name(const std::vector<std::string>& names, const std::vector<std::string_view>& wanted) {
  for (auto w : wanted)
    for (std::size_t i = 0; i < names.size(); ++i)
      if (iequals(trim(names[i]), w)) return static_cast<int>(i);
  return -1;
}

Fields resolve(const std::vector<std::string>& names, const std::string& file, bool needs_xy) {
  Fields f;
  f.names = names;
  f.id = find_name(names, kId);
  f.postcode = find_name(names, kPostcode);
  f.number = find_name(names, kNumber);
  f.letter = find_name(names, kLetter);
  f.addition = find_name(names, kAddition);
  f.use = find_name(names, kUse);
  f.x = find_name(names, kX);
  f.y = find_name(names, kY);
  std::vector<std::string> missing;
  if (f.id < 0) missing.emplace_back("identificatie");
  if (f.postcode < 0) missing.emplace_back("postcode");
  if (f.number < 0) missing.emplace_back("huisnummer");
  if (needs_xy && f.x < 0) missing.emplace_back("x");
  if (needs_xy && f.y < 0) missing.emplace_back("y");
  if (!missing.empty()) {
    std::vector<std::string> present;
    for (const auto& n : names) present.push_back("'" + n + "'");
    throw InputError(fmt::format(
        "{}: missing required field{} {}; a BAG address file has identificatie, postcode, "
        "huisnummer[, huisletter, huisnummertoevoeging, gebruiksdoel]{}; the fields are: {}",
        file, missing.size() == 1 ? "" : "s", join(missing, ", "),
        needs_xy ? " and RD New x;y columns" : " with a point geometry",
        present.empty() ? "(none)" : join(present, ", ")));
  }
  return f;
}

std::string cell(const std::vector<std::string>& cells, int i) {
  return i < 0 ? std::string{} : std::string(trim(cells[static_cast<std::size_t>(i)]));
}

RawRow raw_of(const Fields& f, const std::vector<std::string>& cells, long long number) {
  RawRow r;
  r.number = number;
  r.id = cell(cells, f.id);
  r.postcode = cell(cells, f.postcode);
  r.huisnummer = cell(cells, f.number);
  r.huisletter = cell(cells, f.letter);
  r.toevoeging = cell(cells, f.addition);
  r.use = cell(cells, f.use);
  r.x = cell(cells, f.x);
  r.y = cell(cells, f.y);
  return r;
}

std::vector<RawRow> read_table(const std::filesystem::path& path, const std::string& display,
                               Fields& fields, BagTable& out) {
  TableReader table(path, display);
  out.warnings = table.warnings();
  fields = resolve(table.columns(), table.display(), true);
  std::vector<RawRow> rows;
  TableRow row;
  while (table.next(row)) rows.push_back(raw_of(fields, row.cells, row.number));
  return rows;
}

// A BAG layer's messages name only RD New and WGS84, the systems its files come in.
constexpr CrsMessages kBagCrs = {
    "{}: unknown coordinate reference system ({}); expected RD New (EPSG:28992) or WGS84",
    "{}: the layer '{}' has no coordinate reference system; expected RD New (EPSG:28992) or WGS84",
    "{}: the coordinate reference system '{}' cannot be converted to RD New (EPSG:28992); expected "
    "RD New or WGS84"};

std::vector<RawRow> read_layer(const std::filesystem::path& path, const std::string& display,
                               Fields& fields, BagTable& out) {
  const RdLayer opened = open_rd_layer(path.string(), display, kBagCrs);
  OGRLayer* layer = opened.layer;
  const TransformPtr& to_rd = opened.to_rd;
  out.source_crs = opened.crs;
  out.reprojected = static_cast<bool>(to_rd);
  const OGRFeatureDefn& defn = *layer->GetLayerDefn();
  std::vector<std::string> names;
  for (int i = 0; i < defn.GetFieldCount(); ++i)
    names.emplace_back(defn.GetFieldDefn(i)->GetNameRef());
  fields = resolve(names, display, false);
  std::vector<RawRow> rows;
  long long number = 0;
  layer->ResetReading();
  for (auto& feature : *layer) {
    std::vector<std::string> cells(names.size());
    for (int i = 0; i < static_cast<int>(names.size()); ++i)
      if (feature->IsFieldSetAndNotNull(i)) {
        auto& c = cells[static_cast<std::size_t>(i)];
        c = feature->GetFieldAsString(i);
        if (!is_utf8(c))
          checked_text(c, fmt::format("{}, rij {}, veld '{}'", display, number + 1,
                                      names[static_cast<std::size_t>(i)]));
      }
    RawRow r = raw_of(fields, cells, ++number);
    OGRGeometry* g = feature->GetGeometryRef();
    if (g == nullptr || g->IsEmpty()) {
      r.geometry_problem = "(no geometry)";
    } else if (wkbFlatten(g->getGeometryType()) != wkbPoint) {
      r.geometry_problem = OGRGeometryTypeToName(g->getGeometryType());
    } else {
      double x = g->toPoint()->getX(), y = g->toPoint()->getY();
      if (to_rd && !to_rd->Transform(1, &x, &y)) {
        r.geometry_problem = fmt::format("({}, {})", x, y);
      } else {
        r.has_point = true;
        r.point = {x, y};
      }
    }
    rows.push_back(std::move(r));
  }
  return rows;
}

bool valid_postcode(const std::string& pc) {
  if (pc.size() != 6 || pc[0] < '1' || pc[0] > '9') return false;
  for (std::size_t i = 0; i < 6; ++i) {
    const bool ok = i < 4 ? pc[i] >= '0' && pc[i] <= '9' : pc[i] >= 'A' && pc[i] <= 'Z';
    if (!ok) return false;
  }
  return true;
}

bool in_rd_range(Point p) {
  return p.x >= 0 && p.x <= 300000 && p.y >= 300000 && p.y <= 625000;
}

bool alnum_only(const std::string& s) {
  for (char c : s)
    if (!std::isalnum(static_cast<unsigned char>(c))) return false;
  return true;
}

class Problems {
 public:
  Problems(std::string file, const Fields& fields) : file_(std::move(file)), fields_(fields) {}
  void add(const RawRow& r, int field, std::string_view name, const std::string& found,
           std::string_view expected) {
    ++count_;
    if (listed_.size() >= kShownProblems) return;
    const std::string shown = found.size() > 40 ? found.substr(0, 37) + "..." : found;
    listed_.push_back(
        fmt::format("row {}, field '{}': found '{}', expected {}", r.number,
                    field >= 0 ? fields_.names[static_cast<std::size_t>(field)] : std::string(name),
                    shown, expected));
  }
  void throw_if_any() const {
    if (count_ == 0) return;
    throw InputError(fmt::format(
        "{}: {} problem{} in the BAG addresses; nothing was imported: {}{}", file_, count_,
        count_ == 1 ? "" : "s", join(listed_, "; "),
        count_ > listed_.size() ? fmt::format("; and {} more", count_ - listed_.size()) : ""));
  }

 private:
  std::string file_;
  const Fields& fields_;
  std::vector<std::string> listed_;
  std::size_t count_ = 0;
};

}  // namespace

BagTable read_bag(const std::filesystem::path& path, const std::string& display,
                  const std::optional<Box>& keep_within) {
  BagTable out;
  out.file = display.empty() ? path.string() : display;
  const std::string lower = to_lower(path.string());
  const bool table = lower.ends_with(".csv") || lower.ends_with(".txt") || is_xlsx(path);
  Fields fields;
  const std::vector<RawRow> rows =
      table ? read_table(path, out.file, fields, out) : read_layer(path, out.file, fields, out);
  if (table) out.source_crs = "RD New (EPSG:28992)";
  Problems problems(out.file, fields);
  std::map<std::string, long long> row_of_id;
  for (const RawRow& r : rows) {
    ++out.rows;
    if (fields.use >= 0 && to_lower(r.use).find("woonfunctie") == std::string::npos) {
      ++out.not_residential;
      continue;
    }
    BagAddress a;
    a.row = r.number;
    const bool id_ok = !r.id.empty() && r.id.size() <= 16 &&
                       r.id.find_first_not_of("0123456789") == std::string::npos;
    if (!id_ok) {
      problems.add(r, fields.id, "identificatie", r.id,
                   "a verblijfsobject id of up to 16 digits, such as 0106010000012345");
    } else {
      a.vbo_id = std::string(16 - r.id.size(), '0') + r.id;  // leading zeros a spreadsheet dropped
      const auto [it, fresh] = row_of_id.emplace(a.vbo_id, r.number);
      if (!fresh)
        problems.add(r, fields.id, "identificatie", r.id,
                     fmt::format("a unique id (also on row {})", it->second));
    }
    a.postcode = normalise_postcode(r.postcode);
    if (!valid_postcode(a.postcode))
      problems.add(r, fields.postcode, "postcode", r.postcode, "a postcode such as 9401 AB");
    const auto number = parse_integer(r.huisnummer);
    if (!number || *number < 1 || *number > 99999)
      problems.add(r, fields.number, "huisnummer", r.huisnummer, "a house number from 1 to 99999");
    else
      a.huisnummer = static_cast<int>(*number);
    a.huisletter = r.huisletter;
    if (a.huisletter.size() > 1 || !alnum_only(a.huisletter) ||
        (!a.huisletter.empty() && !std::isalpha(static_cast<unsigned char>(a.huisletter[0]))))
      problems.add(r, fields.letter, "huisletter", r.huisletter, "one letter or nothing");
    a.toevoeging = r.toevoeging;
    if (a.toevoeging.size() > 4 || !alnum_only(a.toevoeging))
      problems.add(r, fields.addition, "huisnummertoevoeging", r.toevoeging,
                   "up to 4 letters or digits, or nothing");
    if (table) {
      const auto x = parse_number(r.x), y = parse_number(r.y);
      if (!x) problems.add(r, fields.x, "x", r.x, "an RD New x in metres (0 to 300000)");
      if (!y) problems.add(r, fields.y, "y", r.y, "an RD New y in metres (300000 to 625000)");
      if (x && y) {
        a.point = {*x, *y};
        if (!in_rd_range(a.point))
          problems.add(r, fields.x, "x", fmt::format("{};{}", r.x, r.y),
                       "RD New coordinates in the Netherlands (x 0-300000, y 300000-625000)");
      }
    } else if (!r.has_point) {
      problems.add(r, -1, "geometry", r.geometry_problem, "a point");
    } else {
      a.point = r.point;
      if (!in_rd_range(a.point))
        problems.add(r, -1, "geometry",
                     fmt::format("({:.1f}, {:.1f}) in RD New", a.point.x, a.point.y),
                     "a point in the Netherlands");
    }
    if (keep_within && !(a.point.x >= keep_within->min_x && a.point.x <= keep_within->max_x &&
                         a.point.y >= keep_within->min_y && a.point.y <= keep_within->max_y)) {
      ++out.outside;
      continue;
    }
    out.addresses.push_back(std::move(a));
  }
  problems.throw_if_any();
  if (out.addresses.empty())
    throw InputError(
        fmt::format("{}: no BAG addresses with a residential use ({} rows read, {} "
                    "without woonfunctie, {} outside the work area)",
                    out.file, out.rows, out.not_residential, out.outside));
  return out;
}

}  // namespace leefbaar
