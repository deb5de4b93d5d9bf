#include "report/geojson.hpp"

#include <fmt/format.h>
#include <gdal/ogrsf_frmts.h>

#include <map>
#include <memory>

#include "compute/yardstick.hpp"
#include "import/gdal_env.hpp"
#include "import/reproject.hpp"
#include "report/tables.hpp"

namespace leefbaar {

namespace {

std::unique_ptr<OGRGeometry> to_ogr(const MultiPolygon& mp) {
  auto out = std::make_unique<OGRMultiPolygon>();
  for (const auto& part : mp.parts) {
    OGRPolygon polygon;
    for (const auto& ring : part.rings) {
      OGRLinearRing r;
      for (const auto& p : ring) r.addPoint(p.x, p.y);
      r.closeRings();
      polygon.addRing(&r);
    }
    out->addGeometry(&polygon);
  }
  return out;
}

// Shapes per area index at the classification level.
class Shapes {
 public:
  explicit Shapes(const ProgrammeRun& run) : run_(run) {}

  std::unique_ptr<OGRGeometry> of(AreaLevel level, std::int32_t index) {
    const auto& s = run_.stock;
    switch (level) {
      case AreaLevel::buurt:
        return from_layer(run_.data.buurten, s.buurten.code(index));
      case AreaLevel::wijk:
        if (run_.data.wijken) {
          if (auto g = from_layer(*run_.data.wijken, s.wijken.code(index))) return g;
        }
        return union_of_buurten(s.wijk_of_buurt, index);
      case AreaLevel::gemeente:
        if (run_.data.gemeenten) {
          if (auto g = from_layer(*run_.data.gemeenten, s.gemeenten.code(index))) return g;
        }
        return union_of_buurten(s.gemeente_of_buurt, index);
      case AreaLevel::complex:
        return points_of_complex(index);
      case AreaLevel::werkgebied:
        return nullptr;
    }
    return nullptr;
  }

 private:
  std::unique_ptr<OGRGeometry> from_layer(const AreaLayer& layer, const std::string& code) {
    for (const auto& a : layer.areas) {
      if (a.code == code) return to_ogr(a.geometry);
    }
    return nullptr;
  }

  std::unique_ptr<OGRGeometry> union_of_buurten(const std::vector<std::int32_t>& parent,
                                                std::int32_t index) {
    OGRMultiPolygon parts;
    for (const auto& a : run_.data.buurten.areas) {
      const auto b = run_.stock.buurten.find(a.code);
      if (b < 0 || parent[static_cast<std::size_t>(b)] != index) continue;
      auto g = to_ogr(a.geometry);
      for (auto* p : *g->toMultiPolygon()) parts.addGeometry(p);
    }
    if (parts.IsEmpty()) return nullptr;
    std::unique_ptr<OGRGeometry> merged(parts.UnionCascaded());  // GEOS
    if (merged) return merged;
    return std::unique_ptr<OGRGeometry>(parts.clone());
  }

  std::unique_ptr<OGRGeometry> points_of_complex(std::int32_t index) {
    auto out = std::make_unique<OGRMultiPoint>();
    for (const auto& u : run_.stock.units) {
      if (u.complex == index && u.has_xy()) {
        OGRPoint p(u.x, u.y);
        out->addGeometry(&p);
      }
    }
    if (out->IsEmpty()) return nullptr;
    return out;
  }

  const ProgrammeRun& run_;
};

void add_field(OGRLayer* layer, const char* name, OGRFieldType type,
               OGRFieldSubType sub = OFSTNone) {
  OGRFieldDefn field(name, type);
  field.SetSubType(sub);
  layer->CreateField(&field);
}

}  // namespace

void write_areas_geojson(const ProgrammeRun& run, const std::filesystem::path& file) {
  gdal::ensure_registered();
  GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GeoJSON");
  gdal::DatasetPtr ds(driver->Create(file.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
  if (!ds)
    throw std::runtime_error(
        fmt::format("{}: cannot create: {}", file.string(), gdal::last_error()));
  OGRSpatialReference rd = make_srs(28992);
  const char* options[] = {"RFC7946=YES", "COORDINATE_PRECISION=7", nullptr};
  OGRLayer* layer = ds->CreateLayer("areas", &rd, wkbUnknown, const_cast<char**>(options));
  add_field(layer, "area_level", OFTString);
  add_field(layer, "code", OFTString);
  add_field(layer, "name", OFTString);
  add_field(layer, "gemeente", OFTString);
  add_field(layer, "n", OFTInteger64);
  for (auto d : kDimNames) add_field(layer, fmt::format("mean_{}", d).c_str(), OFTReal);
  for (auto d : kDimNames) add_field(layer, fmt::format("z_{}", d).c_str(), OFTReal);
  add_field(layer, "colour", OFTString);
  add_field(layer, "level", OFTString);
  add_field(layer, "indicatief", OFTInteger, OFSTBoolean);
  add_field(layer, "weak_dimensions", OFTString);

  Shapes shapes(run);
  for (const auto& a : run.result.areas) {
    if (!a.classified) continue;
    OGRFeature feature(layer->GetLayerDefn());
    feature.SetField("area_level", std::string(to_string(a.level)).c_str());
    feature.SetField("code", area_code(run.stock, a.level, a.index).c_str());
    feature.SetField("name", area_name(run, a.level, a.index).c_str());
    feature.SetField("gemeente", area_gemeente(run.stock, a.level, a.index).c_str());
    feature.SetField("n", static_cast<GIntBig>(a.n));
    for (int d = 0; d < kDimCount; ++d) {
      if (!is_missing(a.mean[d]))
        feature.SetField(fmt::format("mean_{}", kDimNames[d]).c_str(), a.mean[d]);
      if (!is_missing(a.z[d])) feature.SetField(fmt::format("z_{}", kDimNames[d]).c_str(), a.z[d]);
    }
    feature.SetField("colour", std::string(to_string(*a.colour)).c_str());
    feature.SetField("level", std::string(to_string(a.effort)).c_str());
    feature.SetField("indicatief", a.indicatief ? 1 : 0);
    feature.SetField("weak_dimensions", weak_text(a).c_str());
    if (auto g = shapes.of(a.level, a.index)) feature.SetGeometryDirectly(g.release());
    if (layer->CreateFeature(&feature) != OGRERR_NONE)
      throw std::runtime_error(
          fmt::format("{}: cannot write a feature: {}", file.string(), gdal::last_error()));
  }
}

}  // namespace leefbaar
