#include "import/areas.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "core/errors.hpp"
#include "core/text.hpp"
#include "import/codes.hpp"
#include "import/gdal_env.hpp"
#include "import/rd_layer.hpp"
#include "import/reproject.hpp"
#include "import/text_encoding.hpp"

namespace leefbaar {

namespace {

struct FieldNames {
  std::vector<std::string_view> code, name;
};

FieldNames fields_for(AreaKind kind) {
  switch (kind) {
    case AreaKind::buurt:
      return {{"buurtcode", "bu_code", "statcode"}, {"buurtnaam", "bu_naam", "statnaam"}};
    case AreaKind::wijk:
      return {{"wijkcode", "wk_code", "statcode"}, {"wijknaam", "wk_naam", "statnaam"}};
    case AreaKind::gemeente:
      return {{"gemeentecode", "gm_code", "statcode"}, {"gemeentenaam", "gm_naam", "statnaam"}};
  }
  return {};
}

std::string normalise(AreaKind kind, std::string_view code) {
  switch (kind) {
    case AreaKind::buurt:
      return codes::buurt(code);
    case AreaKind::wijk:
      return codes::wijk(code);
    case AreaKind::gemeente:
      return codes::gemeente(code);
  }
  return {};
}

int find_field(const OGRFeatureDefn& defn, const std::vector<std::string_view>& names) {
  for (auto name : names) {
    for (int i = 0; i < defn.GetFieldCount(); ++i) {
      if (iequals(defn.GetFieldDefn(i)->GetNameRef(), name)) return i;
    }
  }
  return -1;
}

std::string field_text(const OGRFeature& f, int field, const std::string& file) {
  if (field < 0 || !f.IsFieldSetAndNotNull(field)) return {};
  std::string text(trim(f.GetFieldAsString(field)));
  if (!is_utf8(text))
    checked_text(text, fmt::format("{}, object {}, veld '{}'", file, f.GetFID(),
                                   f.GetFieldDefnRef(field)->GetNameRef()));
  return text;
}

Ring to_ring(const OGRLinearRing& ring) {
  Ring out;
  const int n = ring.getNumPoints();
  out.reserve(static_cast<std::size_t>(n));
  for (int i = 0; i < n; ++i) out.push_back({ring.getX(i), ring.getY(i)});
  if (out.size() > 1 && out.front().x == out.back().x && out.front().y == out.back().y)
    out.pop_back();
  return out;
}

void add_polygon(const OGRPolygon& polygon, MultiPolygon& out) {
  if (polygon.IsEmpty()) return;
  Polygon p;
  p.rings.push_back(to_ring(*polygon.getExteriorRing()));
  for (int i = 0; i < polygon.getNumInteriorRings(); ++i)
    p.rings.push_back(to_ring(*polygon.getInteriorRing(i)));
  out.parts.push_back(std::move(p));
}

// Polygons, multipolygons, curved variants and collections of them; other types add nothing.
void add_geometry(const OGRGeometry& geometry, MultiPolygon& out) {
  const auto type = wkbFlatten(geometry.getGeometryType());
  if (type == wkbPolygon) {
    add_polygon(*geometry.toPolygon(), out);
  } else if (type == wkbMultiPolygon || type == wkbGeometryCollection) {
    for (const auto* part : *geometry.toGeometryCollection()) add_geometry(*part, out);
  } else if (type == wkbCurvePolygon || type == wkbMultiSurface) {
    std::unique_ptr<OGRGeometry> linear(geometry.getLinearGeometry());
    if (linear) add_geometry(*linear, out);
  }
}

// Areas and the grid take any CRS that converts to RD New.
constexpr CrsMessages kAreaCrs = {
    "{}: onbekend coördinatenstelsel ({}); verwacht RD New (EPSG:28992) of een ander stelsel dat "
    "om te rekenen is naar RD New",
    "{}: de laag '{}' heeft geen coördinatenstelsel; verwacht RD New (EPSG:28992) of een ander "
    "stelsel dat om te rekenen is naar RD New (voeg een .prj-bestand of een crs in de GeoJSON toe)",
    "{}: het coördinatenstelsel '{}' valt niet om te rekenen naar RD New (EPSG:28992); verwacht "
    "RD New of een stelsel dat om te rekenen is, zoals WGS84"};

// Dutch lists end with "of": "buurtcode, bu_code of statcode".
std::string or_list(const std::vector<std::string>& names) {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += i + 1 == names.size() ? " of " : ", ";
    out += names[i];
  }
  return out;
}

// The layer's fields for messages: "'a', 'b'" or "(geen)".
std::string fields_list(const OGRFeatureDefn& defn) {
  std::vector<std::string> present;
  for (int i = 0; i < defn.GetFieldCount(); ++i)
    present.push_back(fmt::format("'{}'", defn.GetFieldDefn(i)->GetNameRef()));
  return present.empty() ? "(geen)" : join(present, ", ");
}

}  // namespace

std::string_view plural(AreaKind kind) {
  switch (kind) {
    case AreaKind::buurt:
      return "buurten";
    case AreaKind::wijk:
      return "wijken";
    case AreaKind::gemeente:
      return "gemeenten";
  }
  return "";
}

std::string_view to_string(AreaKind kind) {
  switch (kind) {
    case AreaKind::buurt:
      return "buurt";
    case AreaKind::wijk:
      return "wijk";
    case AreaKind::gemeente:
      return "gemeente";
  }
  return "";
}

AreaLayer read_areas(const std::string& spec, AreaKind kind, const std::string& display) {
  RdLayer opened = open_rd_layer(spec, display, kAreaCrs);
  AreaLayer out;
  out.file = opened.display;
  out.source_crs = opened.crs;
  out.reprojected = static_cast<bool>(opened.to_rd);

  const OGRFeatureDefn& defn = *opened.layer->GetLayerDefn();
  const FieldNames names = fields_for(kind);
  const int code_field = find_field(defn, names.code);
  if (code_field < 0) {
    std::vector<std::string> expected(names.code.begin(), names.code.end());
    throw InputError(fmt::format(
        "{}: er is geen veld met de {}code; verwacht een veld met de naam {}; de velden zijn: {}",
        out.file, to_string(kind), or_list(expected), fields_list(defn)));
  }
  const int name_field = find_field(defn, names.name);
  out.code_field = defn.GetFieldDefn(code_field)->GetNameRef();
  if (name_field >= 0) out.name_field = defn.GetFieldDefn(name_field)->GetNameRef();
  const int water_field = find_field(defn, {"water"});
  // In a buurt file, statcode is the buurt's own code: only explicit wijk/gemeente fields count.
  const int wijk_code_field =
      kind == AreaKind::buurt ? find_field(defn, {"wijkcode", "wk_code"}) : -1;
  const int wijk_name_field =
      kind == AreaKind::buurt ? find_field(defn, {"wijknaam", "wk_naam"}) : -1;
  const int gm_code_field =
      kind != AreaKind::gemeente ? find_field(defn, {"gemeentecode", "gm_code"}) : -1;
  const int gm_name_field =
      kind != AreaKind::gemeente ? find_field(defn, {"gemeentenaam", "gm_naam"}) : -1;

  std::map<std::string, Area> by_code;
  opened.layer->ResetReading();
  for (auto& feature : *opened.layer) {
    ++out.features;
    if (water_field >= 0 && iequals(field_text(*feature, water_field, out.file), "JA")) {
      ++out.water_features;
      continue;
    }
    const std::string code = normalise(kind, field_text(*feature, code_field, out.file));
    if (code.empty()) {
      throw InputError(
          fmt::format("{}, object {}, veld '{}': de {}code is leeg, verwacht een "
                      "code zoals {}",
                      out.file, feature->GetFID(), out.code_field, to_string(kind),
                      kind == AreaKind::buurt  ? "BU01060101"
                      : kind == AreaKind::wijk ? "WK010601"
                                               : "GM0106"));
    }
    OGRGeometry* geometry = feature->GetGeometryRef();
    if (geometry == nullptr || geometry->IsEmpty()) {
      ++out.empty_geometries;
      continue;
    }
    if (opened.to_rd && geometry->transform(opened.to_rd.get()) != OGRERR_NONE) {
      throw InputError(fmt::format(
          "{}, object {} ({}): de geometrie valt niet om te rekenen van {} naar RD New "
          "(EPSG:28992); verwacht coördinaten die bij het coördinatenstelsel van de laag passen",
          out.file, feature->GetFID(), code, out.source_crs));
    }
    Area& area = by_code[code];
    area.code = code;
    if (area.name.empty()) area.name = field_text(*feature, name_field, out.file);
    if (area.wijk_code.empty() && wijk_code_field >= 0)
      area.wijk_code = codes::wijk(field_text(*feature, wijk_code_field, out.file));
    if (area.wijk_name.empty()) area.wijk_name = field_text(*feature, wijk_name_field, out.file);
    if (area.gemeente_code.empty() && gm_code_field >= 0)
      area.gemeente_code = codes::gemeente(field_text(*feature, gm_code_field, out.file));
    if (area.gemeente_name.empty())
      area.gemeente_name = field_text(*feature, gm_name_field, out.file);
    add_geometry(*geometry, area.geometry);
  }
  for (auto& [code, area] : by_code) {
    if (!area.geometry.empty()) out.areas.push_back(std::move(area));
  }
  if (out.areas.empty()) {
    throw InputError(fmt::format(
        "{}: geen vlakken van {} gevonden ({} objecten gelezen, {} water, {} zonder geometrie); "
        "verwacht vlakken (polygonen) met een {}code",
        out.file, plural(kind), out.features, out.water_features, out.empty_geometries,
        to_string(kind)));
  }
  return out;
}

GridLayer read_grid(const std::string& spec, const std::string& display) {
  RdLayer opened = open_rd_layer(spec, display, kAreaCrs);
  GridLayer out;
  out.file = opened.display;
  out.source_crs = opened.crs;
  const OGRFeatureDefn& defn = *opened.layer->GetLayerDefn();
  const int id_field = find_field(defn, {"grid_id"});
  if (id_field < 0)
    throw InputError(fmt::format(
        "{}: er is geen veld 'grid_id'; verwacht het grid van de Leefbaarometer (cellen van 100 "
        "m met een veld grid_id); de velden zijn: {}",
        out.file, fields_list(defn)));
  for (auto& feature : *opened.layer) {
    ++out.features;
    const std::string id = field_text(*feature, id_field, out.file);
    OGRGeometry* geometry = feature->GetGeometryRef();
    if (id.empty() || geometry == nullptr || geometry->IsEmpty()) continue;
    if (opened.to_rd) geometry->transform(opened.to_rd.get());
    OGRPoint centroid;
    if (geometry->Centroid(&centroid) != OGRERR_NONE) {
      throw InputError(fmt::format(
          "{}, object {} (grid_id {}): het middelpunt kan niet berekend worden; verwacht een "
          "vlak (polygoon)",
          out.file, feature->GetFID(), id));
    }
    out.cell_of_grid_id.emplace(id, Point{std::floor(centroid.getX() / 100) * 100,
                                          std::floor(centroid.getY() / 100) * 100});
  }
  return out;
}

std::vector<LayerInfo> describe_geometry_file(const std::filesystem::path& file) {
  auto dataset = gdal::open_vector(file, gdal::kLayerDrivers, {});
  std::vector<LayerInfo> out;
  static const std::vector<std::string_view> code_names = {"buurtcode", "bu_code",      "wijkcode",
                                                           "wk_code",   "gemeentecode", "gm_code",
                                                           "statcode",  "grid_id"};
  for (auto* layer : dataset->GetLayers()) {
    LayerInfo info;
    info.name = layer->GetName();
    info.geometry_type = OGRGeometryTypeToName(layer->GetGeomType());
    const OGRSpatialReference* srs = layer->GetSpatialRef();
    info.crs = srs != nullptr ? describe_srs(*srs) : "none";
    info.features = layer->GetFeatureCount(TRUE);
    const OGRFeatureDefn& defn = *layer->GetLayerDefn();
    for (int i = 0; i < defn.GetFieldCount(); ++i) {
      const std::string name = defn.GetFieldDefn(i)->GetNameRef();
      info.fields.push_back(name);
      for (auto code : code_names) {
        if (iequals(name, code)) info.code_fields.push_back(name);
      }
    }
    out.push_back(std::move(info));
  }
  return out;
}

}  // namespace leefbaar
