#include "import/bag.hpp"

#include <fmt/format.h>

#include <cctype>
#include <map>

#include "core/errors.hpp"
#include "core/text.hpp"
#include "import/point_layer.hpp"
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
  bool table = true;               // a table's columns ("kolom"), or a layer's fields ("veld")
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
  f.table = needs_xy;
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
    std::string listed;
    for (std::size_t i = 0; i < missing.size(); ++i) {
      if (i > 0) listed += i + 1 == missing.size() ? " en " : ", ";
      listed += "'" + missing[i] + "'";
    }
    const std::string_view one = needs_xy ? "kolom" : "veld";
    const std::string_view many = needs_xy ? "kolommen" : "velden";
    throw InputError(fmt::format(
        "{}: de verplichte {} {} {}; verwacht BAG-adressen in {} identificatie, postcode en "
        "huisnummer{} (eventueel ook huisletter, huisnummertoevoeging en gebruiksdoel); de {} "
        "zijn: {}",
        file, missing.size() == 1 ? one : many, listed,
        missing.size() == 1 ? "ontbreekt" : "ontbreken",
        needs_xy ? "een tabel met de kolommen" : "een laag met punten en de velden",
        needs_xy ? ", en x en y in RD New" : "", many,
        present.empty() ? "(geen)" : join(present, ", ")));
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
    "{}: onbekend coördinatenstelsel ({}); verwacht RD New (EPSG:28992) of WGS84",
    "{}: de laag '{}' heeft geen coördinatenstelsel; verwacht RD New (EPSG:28992) of WGS84",
    "{}: het coördinatenstelsel '{}' valt niet om te rekenen naar RD New (EPSG:28992); verwacht "
    "RD New of WGS84"};

std::vector<RawRow> read_layer(const std::filesystem::path& path, const std::string& display,
                               Fields& fields, BagTable& out) {
  const PointLayer layer = read_point_layer(path, display, kBagCrs);
  out.source_crs = layer.crs;
  out.reprojected = layer.reprojected;
  fields = resolve(layer.fields, display, false);
  std::vector<RawRow> rows;
  for (const PointRow& p : layer.rows) {
    RawRow r = raw_of(fields, p.cells, p.number);
    r.has_point = p.point.has_value();
    if (p.point) r.point = *p.point;
    r.geometry_problem = p.geometry_problem;
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
    // field < 0: the geometry, named as such ("rij 3, geometrie: ...").
    const std::string where = field >= 0
                                  ? fmt::format("{} '{}'", fields_.table ? "kolom" : "veld",
                                                fields_.names[static_cast<std::size_t>(field)])
                                  : std::string(name);
    const std::string what = found.empty()
                                 ? fmt::format("{} is leeg", fields_.table ? "de cel" : "het veld")
                                 : fmt::format("gevonden '{}'", shown);
    listed_.push_back(fmt::format("rij {}, {}: {}, verwacht {}", r.number, where, what, expected));
  }
  void throw_if_any() const {
    if (count_ == 0) return;
    throw InputError(fmt::format(
        "{}: {} {} in de BAG-adressen; er is niets ingelezen: {}{}", file_, count_,
        count_ == 1 ? "probleem" : "problemen", join(listed_, "; "),
        count_ > listed_.size() ? fmt::format("; en nog {}", count_ - listed_.size()) : ""));
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
  const bool table = is_table_file(path);
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
                   "het nummer van een verblijfsobject: hoogstens 16 cijfers, zoals "
                   "0106010000012345");
    } else {
      a.vbo_id = std::string(16 - r.id.size(), '0') + r.id;  // leading zeros a spreadsheet dropped
      const auto [it, fresh] = row_of_id.emplace(a.vbo_id, r.number);
      if (!fresh)
        problems.add(r, fields.id, "identificatie", r.id,
                     fmt::format("een nummer dat maar één keer voorkomt (het staat ook in rij {})",
                                 it->second));
    }
    a.postcode = normalise_postcode(r.postcode);
    if (!valid_postcode(a.postcode))
      problems.add(r, fields.postcode, "postcode", r.postcode, "een postcode zoals 9401 AB");
    const auto number = parse_integer(r.huisnummer);
    if (!number || *number < 1 || *number > 99999)
      problems.add(r, fields.number, "huisnummer", r.huisnummer,
                   "een huisnummer van 1 tot en met 99999");
    else
      a.huisnummer = static_cast<int>(*number);
    a.huisletter = r.huisletter;
    if (a.huisletter.size() > 1 || !alnum_only(a.huisletter) ||
        (!a.huisletter.empty() && !std::isalpha(static_cast<unsigned char>(a.huisletter[0]))))
      problems.add(r, fields.letter, "huisletter", r.huisletter, "één letter of niets");
    a.toevoeging = r.toevoeging;
    if (a.toevoeging.size() > 4 || !alnum_only(a.toevoeging))
      problems.add(r, fields.addition, "huisnummertoevoeging", r.toevoeging,
                   "hoogstens 4 letters of cijfers, of niets");
    if (table) {
      const auto x = parse_number(r.x), y = parse_number(r.y);
      if (!x)
        problems.add(r, fields.x, "x", r.x,
                     "een x-coördinaat in RD New, in meters (0 tot en met 300000)");
      if (!y)
        problems.add(r, fields.y, "y", r.y,
                     "een y-coördinaat in RD New, in meters (300000 tot en met 625000)");
      if (x && y) {
        a.point = {*x, *y};
        if (!in_rd_range(a.point))
          problems.add(r, fields.x, "x", fmt::format("{};{}", r.x, r.y),
                       "coördinaten in RD New binnen Nederland (x 0-300000, y 300000-625000)");
      }
    } else if (!r.has_point) {
      problems.add(r, -1, "geometrie", r.geometry_problem, "een punt");
    } else {
      a.point = r.point;
      if (!in_rd_range(a.point))
        problems.add(r, -1, "geometrie",
                     fmt::format("({:.1f}, {:.1f}) in RD New", a.point.x, a.point.y),
                     "een punt in Nederland");
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
        fmt::format("{}: geen BAG-adressen van woningen ({} rijen gelezen, {} zonder "
                    "woonfunctie, {} buiten het werkgebied); verwacht adressen met een "
                    "woonfunctie in het werkgebied",
                    out.file, out.rows, out.not_residential, out.outside));
  return out;
}

}  // namespace leefbaar
