#include "usecases/workspace.hpp"

#include <fmt/format.h>

#include <cmath>
#include <set>

#include "core/errors.hpp"
#include "core/log.hpp"
#include "import/reproject.hpp"
#include "store/settings.hpp"
#include "store/work_area_data.hpp"
#include "usecases/scope.hpp"
#include "usecases/unit_of_work.hpp"

namespace leefbaar::usecases {

namespace {

// Seven decimals of a degree: about a centimetre, plenty for a map and a third of the text.
double round7(double v) {
  return std::round(v * 1e7) / 1e7;
}

nlohmann::json wgs84_geometry(const MultiPolygon& g, const RdToWgs& convert) {
  nlohmann::json polygons = nlohmann::json::array();
  for (const auto& part : g.parts) {
    nlohmann::json rings = nlohmann::json::array();
    for (const auto& ring : part.rings) {
      nlohmann::json points = nlohmann::json::array();
      for (std::size_t i = 0; i <= ring.size() && !ring.empty(); ++i) {
        const Point& p = ring[i % ring.size()];  // closed: the first point again at the end
        double lon = 0, lat = 0;
        convert.convert(p.x, p.y, lon, lat);
        points.push_back({round7(lon), round7(lat)});
      }
      rings.push_back(std::move(points));
    }
    polygons.push_back(std::move(rings));
  }
  return {{"type", "MultiPolygon"}, {"coordinates", std::move(polygons)}};
}

std::vector<AreaShape> shapes_of(const AreaLayer* layer, const RdToWgs& convert) {
  std::vector<AreaShape> out;
  if (layer == nullptr) return out;
  for (const auto& a : layer->areas)
    out.push_back({a.code, a.name, wgs84_geometry(a.geometry, convert)});
  return out;
}

int shape_slot(AreaLevel level) {
  switch (level) {
    case AreaLevel::buurt:
      return 0;
    case AreaLevel::wijk:
      return 1;
    case AreaLevel::gemeente:
      return 2;
    default:
      return -1;
  }
}

}  // namespace

Workspace::Workspace(WorkArea work_area, ProgrammeRun run)
    : work_area_(std::move(work_area)), run_(std::move(run)) {
  std::set<int> years;
  for (const auto& t : run_.data.scores) {
    for (const auto& [y, n] : t.rows_per_edition) years.insert(y);
  }
  editions_.assign(years.begin(), years.end());
  const RdToWgs convert;
  shapes_[0] = shapes_of(&run_.data.buurten, convert);
  shapes_[1] = shapes_of(run_.data.wijken ? &*run_.data.wijken : nullptr, convert);
  shapes_[2] = shapes_of(run_.data.gemeenten ? &*run_.data.gemeenten : nullptr, convert);
  unit_lonlat_.reserve(run_.stock.units.size());
  for (const auto& u : run_.stock.units) {
    double lon = kMissing, lat = kMissing;
    if (u.has_xy()) convert.convert(u.x, u.y, lon, lat);
    unit_lonlat_.push_back({round7(lon), round7(lat)});
  }
}

const std::vector<AreaShape>& Workspace::shapes(AreaLevel level) const {
  static const std::vector<AreaShape> none;
  const int slot = shape_slot(level);
  return slot < 0 ? none : shapes_[static_cast<std::size_t>(slot)];
}

ProgrammeResult Workspace::compute(const ProgrammeParams& params) const {
  auto has = [this](int year) {
    return std::find(editions_.begin(), editions_.end(), year) != editions_.end();
  };
  if (!has(params.edition))
    throw FieldError("edition",
                     fmt::format("Voor editie {} zijn geen scores ingelezen.", params.edition));
  ProgrammeParams p = params;
  if (p.trend && (!has(p.trend->first) || !has(p.trend->second))) p.trend.reset();
  return compute_programme({run_.stock, run_.scores, p, run_.actuals ? &*run_.actuals : nullptr});
}

std::shared_ptr<const ProgrammeResult> Workspace::result_for_edition(int edition) const {
  {
    std::lock_guard lock(cache_mutex_);
    if (auto it = by_edition_.find(edition); it != by_edition_.end()) return it->second;
  }
  ProgrammeParams p = settings();
  p.edition = edition;
  auto result = std::make_shared<const ProgrammeResult>(compute(p));
  std::lock_guard lock(cache_mutex_);
  return by_edition_.emplace(edition, std::move(result)).first->second;
}

std::shared_ptr<const std::string> Workspace::cached(
    const std::string& key, const std::function<std::string()>& make) const {
  {
    std::lock_guard lock(cache_mutex_);
    if (auto it = responses_.find(key); it != responses_.end()) return it->second;
  }
  auto body = std::make_shared<const std::string>(make());
  std::lock_guard lock(cache_mutex_);
  return responses_.emplace(key, std::move(body)).first->second;
}

namespace {

// The work area's imports and settings as the engine reads them; InputError when some are missing.
ProgrammeData load_inputs(store::Database& db, const WorkArea& work_area) {
  // Until settings are saved, the defaults of programme.md with the newest edition in the scores,
  // so the map appears as soon as buurten, scores and stock are in.
  ProgrammeParams defaults;
  defaults.name = work_area.name;
  const ProgrammeParams settings = store::load_settings(db, work_area.id).value_or(defaults);
  log::progress("loading work area {} from the store", work_area.name);
  ProgrammeData data = store::load_work_area_data(db, work_area.id, settings);
  data.run.path = work_area.name;
  return data;
}

}  // namespace

ProgrammeRun run_stored_programme(store::Database& db, const WorkArea& work_area) {
  return run_programme(load_inputs(db, work_area));
}

std::shared_ptr<const Workspace> workspace(Service& service, const User& caller) {
  auto& s = service.state();
  const WorkArea wa = read(service, [&](store::Database& db) { return work_area_of(db, caller); });
  std::lock_guard build(s.workspace_mutex);
  if (auto it = s.workspaces.find(wa.id); it != s.workspaces.end()) return it->second;
  try {
    // The store's lock only while reading: coupling and computing do not hold up other requests.
    auto data = read(service, [&](store::Database& db) { return load_inputs(db, wa); });
    auto ws = std::make_shared<const Workspace>(wa, run_programme(std::move(data)));
    s.workspaces[wa.id] = ws;
    return ws;
  } catch (const FieldError& e) {
    throw ConflictError(e.field(), e.what(), "incomplete");
  } catch (const ConflictError&) {
    throw;
  } catch (const InputError& e) {
    throw ConflictError("", e.what(), "incomplete");
  }
}

void drop_workspace(Service& service, std::int64_t work_area) {
  auto& s = service.state();
  std::lock_guard build(s.workspace_mutex);
  s.workspaces.erase(work_area);
}

}  // namespace leefbaar::usecases
