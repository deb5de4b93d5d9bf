// GET /api/v1/gebieden/{level}/{code}: an area page's data. Its scores and z-values per dimension,
// colour, level of effort and why (the weak dimensions), the mean per edition (the trend), its
// units, and the units there that could not be coupled or have no score.
#include <fmt/format.h>

#include "compute/yardstick.hpp"
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

void units_json(const Workspace& ws, AreaLevel level, std::int32_t index, const std::string& code,
                nlohmann::json& units, nlohmann::json& uncoupled) {
  const auto& stock = ws.run().stock;
  const auto& raw = ws.run().data.stock.units;
  const auto& result = ws.result();
  for (std::size_t i = 0; i < stock.units.size(); ++i) {
    const auto& u = stock.units[i];
    const UnitStatus status = result.units[i].status;
    const bool here = u.coupled() && area_of(u, level) == index;
    if (here) {
      units.push_back({{"id", u.id},
                       {"complex", u.complex >= 0 ? stock.complexes.code(u.complex) : ""},
                       {"daeb", u.daeb},
                       {"effort", std::string(to_string(result.units[i].effort))},
                       {"status", std::string(to_string(status))},
                       {"source", std::string(to_string(u.source))}});
    }
    const bool points_here =
        !u.coupled() && i < raw.size() && points_into(raw[i].buurtcode, level, code);
    if ((here && status != UnitStatus::ok) || points_here)
      uncoupled.push_back({{"id", u.id},
                           {"status", std::string(to_string(status))},
                           {"reason", unit_status_text(status)}});
  }
}

std::string area_body(const Workspace* ws, std::optional<AreaLevel> level,
                      const std::string& code) {
  const auto& stock = ws->run().stock;
  const Dictionary* dict = level ? dictionary_of(stock, *level) : nullptr;
  const std::int32_t index = dict ? dict->find(code) : -1;
  if (index < 0)
    throw HttpError{404, "not_found",
                    fmt::format("Het gebied {} komt niet voor in het woningbezit.", code), "code"};
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
  nlohmann::json units = nlohmann::json::array(), uncoupled = nlohmann::json::array();
  units_json(*ws, *level, index, code, units, uncoupled);
  body["units"] = std::move(units);
  body["uncoupled"] = std::move(uncoupled);
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
                      {"n", integer("Scored units")},
                      {"classified", boolean()},
                      {"colour", nullable(colour_schema())},
                      {"effort", nullable(effort_schema())},
                      {"indicatief", boolean()},
                      {"weak", array(dimension_schema(), "The weak dimensions, weakest first")},
                      {"dimensions", array(dimension)},
                      {"trend", array(edition)},
                      {"units", array(unit)},
                      {"uncoupled", array(uncoupled,
                                          "Units here that are not coupled or have no score, "
                                          "and uncoupled units whose buurtcode points here")}})));
}

}  // namespace leefbaar::serve
