// GET /api/v1/gebieden/{level}/{code}: an area page's data. Its scores and z-values per dimension,
// colour, level of effort and why (the weak dimensions), the mean per edition (the trend), its
// units (a page of them; GET .../woningen for the others), the units there that could not be
// coupled or have no score, and for a wijk or gemeente its buurten with their colour and level.
#include <fmt/format.h>

#include "compute/yardstick.hpp"
#include "report/area_buurten.hpp"
#include "serve/app.hpp"
#include "serve/programme_json.hpp"
#include "serve/schema.hpp"

namespace leefbaar::serve {

namespace {

// Does an uncoupled unit's own buurtcode point into this area?
bool points_into(const std::string& buurtcode, AreaLevel level, const std::string& code) {
  if (buurtcode.size() < 10) return false;
  switch (level) {
    case AreaLevel::buurt:
      return buurtcode == code;
    case AreaLevel::wijk:
      return "WK" + buurtcode.substr(2, 6) == code;
    case AreaLevel::gemeente:
      return "GM" + buurtcode.substr(2, 4) == code;
    default:
      return false;
  }
}

nlohmann::json named(const Dictionary& dict, std::int32_t index) {
  if (index < 0) return nullptr;
  return {{"code", dict.code(index)}, {"name", dict.name(index)}};
}

std::optional<ScoreLevel> own_score_level(AreaLevel level) {
  if (level == AreaLevel::buurt) return ScoreLevel::buurt;
  if (level == AreaLevel::wijk) return ScoreLevel::wijk;
  if (level == AreaLevel::gemeente) return ScoreLevel::gemeente;
  return std::nullopt;
}

const AreaResult* find_area(const ProgrammeResult& result, AreaLevel level, std::int32_t index) {
  for (const auto& a : result.areas) {
    if (a.level == level && a.index == index) return &a;
  }
  return nullptr;
}

nlohmann::json dimensions_json(const Workspace& ws, const AreaResult* area, AreaLevel level,
                               std::int32_t index) {
  const auto& result = ws.result();
  const auto score_level = own_score_level(level);
  const Scores* own =
      score_level ? ws.run().scores.find(*score_level, index, ws.settings().edition) : nullptr;
  nlohmann::json out = nlohmann::json::array();
  for (int d = 0; d < kDimCount; ++d) {
    out.push_back({{"dim", std::string(kDimNames[static_cast<std::size_t>(d)])},
                   {"label", std::string(kDimLabels[static_cast<std::size_t>(d)])},
                   {"mean", area ? number_or_null(area->mean.v[d]) : nullptr},
                   {"z", area ? number_or_null(area->z.v[d]) : nullptr},
                   {"score", own ? number_or_null(own->v[d]) : nullptr},
                   {"workarea_mean", number_or_null(result.benchmark.mean.v[d])}});
  }
  return out;
}

nlohmann::json trend_json(const Workspace& ws, AreaLevel level, std::int32_t index) {
  nlohmann::json out = nlohmann::json::array();
  for (int edition : ws.editions()) {
    const auto result = ws.result_for_edition(edition);
    const AreaResult* a = find_area(*result, level, index);
    nlohmann::json row = {{"edition", edition}};
    for (int d = 0; d < kDimCount; ++d)
      row[std::string(kDimNames[static_cast<std::size_t>(d)])] =
          a ? number_or_null(a->mean.v[d]) : nullptr;
    out.push_back(std::move(row));
  }
  return out;
}

// The units of the area, as a page of the list (kUnitPage per page), and every unit here that is
// not coupled or has no score (with those whose own buurtcode points here).
constexpr std::size_t kUnitPage = 50;

std::vector<std::size_t> units_here(const Workspace& ws, AreaLevel level, std::int32_t index) {
  std::vector<std::size_t> out;
  const auto& stock = ws.run().stock;
  for (std::size_t i = 0; i < stock.units.size(); ++i)
    if (stock.units[i].coupled() && area_of(stock.units[i], level) == index) out.push_back(i);
  return out;
}

nlohmann::json units_page(const Workspace& ws, const std::vector<std::size_t>& here,
                          std::size_t page) {
  const auto& stock = ws.run().stock;
  const auto& result = ws.result();
  nlohmann::json units = nlohmann::json::array();
  for (std::size_t k = page * kUnitPage; k < here.size() && k < (page + 1) * kUnitPage; ++k) {
    const auto i = here[k];
    const auto& u = stock.units[i];
    units.push_back({{"id", u.id},
                     {"complex", u.complex >= 0 ? stock.complexes.code(u.complex) : ""},
                     {"daeb", u.daeb},
                     {"effort", std::string(to_string(result.units[i].effort))},
                     {"status", std::string(to_string(result.units[i].status))},
                     {"source", std::string(to_string(u.source))}});
  }
  return units;
}

nlohmann::json uncoupled_json(const Workspace& ws, AreaLevel level, std::int32_t index,
                              const std::string& code) {
  const auto& stock = ws.run().stock;
  const auto& raw = ws.run().data.stock.units;
  const auto& result = ws.result();
  nlohmann::json uncoupled = nlohmann::json::array();
  for (std::size_t i = 0; i < stock.units.size(); ++i) {
    const auto& u = stock.units[i];
    const UnitStatus status = result.units[i].status;
    const bool here = u.coupled() && area_of(u, level) == index;
    const bool points_here =
        !u.coupled() && i < raw.size() && points_into(raw[i].buurtcode, level, code);
    if ((here && status != UnitStatus::ok) || points_here)
      uncoupled.push_back({{"id", u.id},
                           {"status", std::string(to_string(status))},
                           {"reason", unit_status_text(status)}});
  }
  return uncoupled;
}

// The rules the colour follows, for the page's help text (docs/programme.md section 5).
nlohmann::json classification_json(const ClassificationParams& c) {
  return {{"mode", c.mode == ClassificationMode::zscore ? "zscore" : "percentile"},
          {"yellow", c.yellow},
          {"orange", c.orange},
          {"p_yellow", c.p_yellow},
          {"p_orange", c.p_orange},
          {"min_units", c.min_units}};
}

nlohmann::json efforts_json(const std::array<long long, kEffortCount>& n) {
  return {{"Basis", n[0]}, {"Plus", n[1]}, {"PlusPlus", n[2]}};
}

// The buurten of a wijk or gemeente with their colour, level and units (report/area_buurten.hpp).
nlohmann::json buurten_json(const Workspace& ws, AreaLevel level, std::int32_t index) {
  nlohmann::json out = nlohmann::json::array();
  if (level != AreaLevel::wijk && level != AreaLevel::gemeente) return out;
  const auto& stock = ws.run().stock;
  for (const auto& b : area_buurten(stock, ws.result(), level, index)) {
    const AreaResult* a = b.result;
    const bool coloured = a && a->classified && a->colour;
    out.push_back(
        {{"code", stock.buurten.code(b.buurt)},
         {"name", stock.buurten.name(b.buurt)},
         {"units", b.units},
         {"daeb_units", b.daeb_units},
         {"n", a ? a->n : 0},
         {"colour", coloured ? nlohmann::json(colour_name(a->colour)) : nullptr},
         {"effort", coloured ? nlohmann::json(std::string(to_string(a->effort))) : nullptr},
         {"indicatief", coloured && a->indicatief},
         {"units_per_effort", efforts_json(b.units_per_effort)},
         {"plan", b.plan}});
  }
  return out;
}

// The area's index in its level's dictionary; 404 when the stock has no such area.
std::int32_t area_index(const Workspace& ws, std::optional<AreaLevel> level,
                        const std::string& code) {
  const Dictionary* dict = level ? dictionary_of(ws.run().stock, *level) : nullptr;
  const std::int32_t index = dict ? dict->find(code) : -1;
  if (index < 0)
    throw HttpError{404, "not_found",
                    fmt::format("Het gebied {} komt niet voor in het woningbezit.", code), "code"};
  return index;
}

std::string area_body(const Workspace* ws, std::optional<AreaLevel> level,
                      const std::string& code) {
  const auto& stock = ws->run().stock;
  const std::int32_t index = area_index(*ws, level, code);
  const Dictionary* dict = dictionary_of(stock, *level);
  const AreaResult* area = find_area(ws->result(), *level, index);
  const auto g = gemeente_of_area(stock, *level, index);
  nlohmann::json body = {
      {"level", std::string(to_string(*level))},
      {"code", code},
      {"name", dict->name(index)},
      {"gemeente", named(stock.gemeenten, g)},
      {"wijk", *level == AreaLevel::buurt
                   ? named(stock.wijken, stock.wijk_of_buurt[static_cast<std::size_t>(index)])
                   : nlohmann::json(nullptr)},
      {"edition", ws->settings().edition},
      {"classification_level", std::string(to_string(ws->settings().classification.level))},
      {"classification", classification_json(ws->settings().classification)},
      {"n", area ? area->n : 0},
      {"classified", area && area->classified},
      {"colour", area && area->colour ? nlohmann::json(colour_name(area->colour)) : nullptr},
      {"effort",
       area && area->classified ? nlohmann::json(std::string(to_string(area->effort))) : nullptr},
      {"indicatief", area && area->indicatief},
      {"weak", nlohmann::json::array()},
      {"dimensions", dimensions_json(*ws, area, *level, index)},
      {"trend", trend_json(*ws, *level, index)}};
  if (area) {
    for (Dim d : area->weak) body["weak"].push_back(std::string(kDimNames[static_cast<int>(d)]));
  }
  const auto here = units_here(*ws, *level, index);
  body["units_total"] = here.size();
  body["units_per_effort"] = efforts_json(units_per_effort(stock, ws->result(), *level, index));
  body["units"] = units_page(*ws, here, 0);
  body["uncoupled"] = uncoupled_json(*ws, *level, index, code);
  body["buurten"] = buurten_json(*ws, *level, index);
  return body.dump();
}

// The page is the same for every caller until the workspace is replaced: built once per area.
void area_page(App& app, const httplib::Request& req, httplib::Response& res,
               const std::optional<Caller>& caller) {
  const auto ws = workspace_for(app, *caller);
  const auto level = area_level_from_name(req.matches[1].str());
  const std::string code = req.matches[2].str();
  const auto body = ws->cached(fmt::format("area/{}/{}", req.matches[1].str(), code),
                               [&] { return area_body(ws.get(), level, code); });
  res.status = 200;
  res.set_content(*body, "application/json; charset=utf-8");
}

// ?page=N (from 1): the page of the unit list; 400 for anything but a whole number from 1.
std::size_t page_param(const httplib::Request& req) {
  const auto text = req.has_param("page") ? req.get_param_value("page") : std::string("1");
  if (text.empty() || text.size() > 7 ||
      text.find_first_not_of("0123456789") != std::string::npos || std::stoul(text) < 1)
    throw HttpError{400, "bad_request", "De bladzijde is een heel getal van 1 of meer.", "page"};
  return std::stoul(text) - 1;
}

void area_units(App& app, const httplib::Request& req, httplib::Response& res,
                const std::optional<Caller>& caller) {
  const auto ws = workspace_for(app, *caller);
  const auto level = area_level_from_name(req.matches[1].str());
  const auto index = area_index(*ws, level, req.matches[2].str());
  const auto page = page_param(req);
  const auto here = units_here(*ws, *level, index);
  send_json(res, 200,
            {{"total", here.size()},
             {"page", page + 1},
             {"pages", (here.size() + kUnitPage - 1) / kUnitPage},
             {"page_size", kUnitPage},
             {"units", units_page(*ws, here, page)}});
}

}  // namespace

void add_area_routes(std::vector<Route>& routes) {
  using namespace schema;
  const auto named = nullable(object({{"code", string()}, {"name", string()}}));
  const auto value = nullable(number());
  const auto dimension = object({{"dim", dimension_schema()},
                                 {"label", string()},
                                 {"mean", value},
                                 {"z", value},
                                 {"score", nullable(number("The area's own score"))},
                                 {"workarea_mean", value}});
  // An edition and the area's mean per dimension (afw, fys, ...).
  json edition = object({{"edition", integer()}});
  for (const auto& d : kDimNames) {
    edition["properties"][std::string(d)] = value;
    edition["required"].push_back(std::string(d));
  }
  const auto status =
      one_of({"ok", "no_location", "outside_buurten", "unknown_postcode", "no_score"});
  const auto unit = object({{"id", string()},
                            {"complex", string("Empty without one")},
                            {"daeb", boolean()},
                            {"effort", effort_schema()},
                            {"status", status},
                            {"source", one_of({"rd", "wgs84", "postcode", "buurtcode", "none"})}});
  const auto uncoupled = object({{"id", string()}, {"status", status}, {"reason", string()}});
  const auto efforts = object({{"Basis", integer()}, {"Plus", integer()}, {"PlusPlus", integer()}});
  const auto buurt = object({{"code", string()},
                             {"name", string()},
                             {"units", integer("Coupled units")},
                             {"daeb_units", integer()},
                             {"n", integer("Scored units")},
                             {"colour", nullable(colour_schema())},
                             {"effort", nullable(effort_schema())},
                             {"indicatief", boolean()},
                             {"units_per_effort", efforts},
                             {"plan", integer("Whole euros of the budget plan")}});
  routes.push_back(
      Route{"GET", "/api/v1/gebieden/{level:buurt|wijk|gemeente|complex}/{code}",
            "An area page: scores and z-values per dimension, colour and level of effort "
            "and why, the trend over all editions, its units and its uncoupled units",
            Access::session, kEveryRole, area_page}
          .answers(
              200,
              object({{"level", classification_level_schema()},
                      {"code", string()},
                      {"name", string()},
                      {"gemeente", named},
                      {"wijk", nullable(object({{"code", string()}, {"name", string()}}, {},
                                               "A buurt's wijk; null for the others"))},
                      {"edition", integer()},
                      {"classification_level", classification_level_schema()},
                      {"classification", object({{"mode", one_of({"zscore", "percentile"})},
                                                 {"yellow", number("The z threshold for yellow")},
                                                 {"orange", number()},
                                                 {"p_yellow", number()},
                                                 {"p_orange", number()},
                                                 {"min_units", integer()}})},
                      {"n", integer("Scored units")},
                      {"classified", boolean()},
                      {"colour", nullable(colour_schema())},
                      {"effort", nullable(effort_schema())},
                      {"indicatief", boolean()},
                      {"weak", array(dimension_schema(), "The weak dimensions, weakest first")},
                      {"dimensions", array(dimension)},
                      {"trend", array(edition)},
                      {"units_total", integer("Coupled units in the area")},
                      {"units_per_effort", efforts},
                      {"units", array(unit, "The first page of the units (.../woningen pages)")},
                      {"buurten", array(buurt,
                                        "A wijk's or gemeente's buurten with coupled units, "
                                        "with their colour and level; empty for the others")},
                      {"uncoupled", array(uncoupled,
                                          "Units here that are not coupled or have no score, "
                                          "and uncoupled units whose buurtcode points here")}})));
  routes.push_back(Route{"GET",
                         "/api/v1/gebieden/{level:buurt|wijk|gemeente|complex}/{code}/woningen",
                         "A page of an area's units (?page=N from 1, 50 per page)", Access::session,
                         kEveryRole, area_units}
                       .with_query(json{{"page", integer("From 1")}})
                       .answers(200, object({{"total", integer()},
                                             {"page", integer()},
                                             {"pages", integer()},
                                             {"page_size", integer()},
                                             {"units", array(unit)}})));
}

}  // namespace leefbaar::serve
