#pragma once
// GEOS helpers for the sample's geometry tests: read the GeoJSON files into GEOS geometries.
#include <geos_c.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace leefbaar::sample::testing {

class GeosHandle {
 public:
  GeosHandle() : h_(GEOS_init_r()) {}
  ~GeosHandle() { GEOS_finish_r(h_); }
  GeosHandle(const GeosHandle&) = delete;
  GeosHandle& operator=(const GeosHandle&) = delete;
  GEOSContextHandle_t get() const { return h_; }

 private:
  GEOSContextHandle_t h_;
};

struct GeometryDeleter {
  GEOSContextHandle_t h;
  void operator()(GEOSGeometry* g) const { GEOSGeom_destroy_r(h, g); }
};
using GeometryPtr = std::unique_ptr<GEOSGeometry, GeometryDeleter>;

struct PreparedDeleter {
  GEOSContextHandle_t h;
  void operator()(const GEOSPreparedGeometry* g) const { GEOSPreparedGeom_destroy_r(h, g); }
};
using PreparedPtr = std::unique_ptr<const GEOSPreparedGeometry, PreparedDeleter>;

struct FeatureGeometry {
  nlohmann::json properties;
  nlohmann::json geometry;
  GeometryPtr shape;
};

inline std::vector<FeatureGeometry> read_features(const GeosHandle& geos,
                                                  const std::filesystem::path& path) {
  std::ifstream in(path);
  const nlohmann::json doc = nlohmann::json::parse(in);
  GEOSGeoJSONReader* reader = GEOSGeoJSONReader_create_r(geos.get());
  std::vector<FeatureGeometry> out;
  for (const auto& f : doc.at("features")) {
    GEOSGeometry* g =
        GEOSGeoJSONReader_readGeometry_r(geos.get(), reader, f.at("geometry").dump().c_str());
    out.push_back(
        {f.at("properties"), f.at("geometry"), GeometryPtr(g, GeometryDeleter{geos.get()})});
  }
  GEOSGeoJSONReader_destroy_r(geos.get(), reader);
  return out;
}

inline double area_of(const GeosHandle& geos, const GEOSGeometry* g) {
  double a = 0;
  GEOSArea_r(geos.get(), g, &a);
  return a;
}

inline GeometryPtr own(const GeosHandle& geos, GEOSGeometry* g) {
  return GeometryPtr(g, GeometryDeleter{geos.get()});
}

inline bool envelopes_meet(const GeosHandle& geos, const GEOSGeometry* a, const GEOSGeometry* b) {
  double ax0, ay0, ax1, ay1, bx0, by0, bx1, by1;
  GEOSGeom_getXMin_r(geos.get(), a, &ax0), GEOSGeom_getYMin_r(geos.get(), a, &ay0);
  GEOSGeom_getXMax_r(geos.get(), a, &ax1), GEOSGeom_getYMax_r(geos.get(), a, &ay1);
  GEOSGeom_getXMin_r(geos.get(), b, &bx0), GEOSGeom_getYMin_r(geos.get(), b, &by0);
  GEOSGeom_getXMax_r(geos.get(), b, &bx1), GEOSGeom_getYMax_r(geos.get(), b, &by1);
  return !(ax1 < bx0 || bx1 < ax0 || ay1 < by0 || by1 < ay0);
}

}  // namespace leefbaar::sample::testing
