#include "import/point_layer.hpp"

#include <fmt/format.h>

#include "core/text.hpp"
#include "import/table_reader.hpp"
#include "import/text_encoding.hpp"

namespace leefbaar {

namespace {

std::optional<Point> point_of(const OGRGeometry* g, const TransformPtr& to_rd,
                              std::string& problem) {
  if (g == nullptr || g->IsEmpty()) {
    problem = kNoGeometry;
    return std::nullopt;
  }
  if (wkbFlatten(g->getGeometryType()) != wkbPoint) {
    problem = OGRGeometryTypeToName(g->getGeometryType());
    return std::nullopt;
  }
  double x = g->toPoint()->getX(), y = g->toPoint()->getY();
  if (to_rd && !to_rd->Transform(1, &x, &y)) {
    problem = fmt::format("({}, {}) valt niet om te rekenen naar RD New", x, y);
    return std::nullopt;
  }
  return Point{x, y};
}

}  // namespace

PointLayer read_point_layer(const std::filesystem::path& path, const std::string& display,
                            const CrsMessages& messages) {
  const RdLayer opened = open_rd_layer(path.string(), display, messages);
  PointLayer out;
  out.crs = opened.crs;
  out.reprojected = static_cast<bool>(opened.to_rd);
  const OGRFeatureDefn& defn = *opened.layer->GetLayerDefn();
  for (int i = 0; i < defn.GetFieldCount(); ++i)
    out.fields.emplace_back(defn.GetFieldDefn(i)->GetNameRef());
  opened.layer->ResetReading();
  long long number = 0;
  for (auto& feature : *opened.layer) {
    PointRow row;
    row.number = ++number;
    row.cells.resize(out.fields.size());
    for (int i = 0; i < static_cast<int>(out.fields.size()); ++i) {
      if (!feature->IsFieldSetAndNotNull(i)) continue;
      auto& c = row.cells[static_cast<std::size_t>(i)];
      c = feature->GetFieldAsString(i);
      if (!is_utf8(c))
        c = checked_text(c, fmt::format("{}, rij {}, veld '{}'", opened.display, row.number,
                                        out.fields[static_cast<std::size_t>(i)]));
    }
    row.point = point_of(feature->GetGeometryRef(), opened.to_rd, row.geometry_problem);
    out.rows.push_back(std::move(row));
  }
  return out;
}

bool is_table_file(const std::filesystem::path& path) {
  const std::string lower = to_lower(path.string());
  return lower.ends_with(".csv") || lower.ends_with(".txt") || is_xlsx(path);
}

}  // namespace leefbaar
