// The sample's geometry: GDAL reads it in RD New, buurten tile their wijk exactly with shared
// vertices, the special cases exist, units lie where they should.
#include <gdal/ogrsf_frmts.h>
#include <gtest/gtest.h>

#include <cmath>
#include <set>

#include "geos_test_util.hpp"
#include "sample_fixture.hpp"

namespace leefbaar::sample::testing {
namespace {

class SampleGeometry : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    geos_ = new GeosHandle;
    buurten_ = new std::vector<FeatureGeometry>(
        read_features(*geos_, sample().dir / "geo/buurten.geojson"));
    wijken_ = new std::vector<FeatureGeometry>(
        read_features(*geos_, sample().dir / "geo/wijken.geojson"));
  }
  static void TearDownTestSuite() {
    delete buurten_;
    delete wijken_;
    delete geos_;
  }
  static const FeatureGeometry& buurt(const std::string& code) {
    for (const FeatureGeometry& f : *buurten_) {
      if (f.properties.at("buurtcode") == code) return f;
    }
    throw std::runtime_error("no buurt " + code);
  }
  static GeosHandle* geos_;
  static std::vector<FeatureGeometry>* buurten_;
  static std::vector<FeatureGeometry>* wijken_;
};
GeosHandle* SampleGeometry::geos_ = nullptr;
std::vector<FeatureGeometry>* SampleGeometry::buurten_ = nullptr;
std::vector<FeatureGeometry>* SampleGeometry::wijken_ = nullptr;

TEST_F(SampleGeometry, GdalReadsEveryLayerInRdNew) {
  GDALAllRegister();
  const std::map<std::string, long long> files = {
      {"geo/buurten.geojson", sample().report.buurten},
      {"geo/wijken.geojson", sample().report.wijken},
      {"geo/gemeenten.geojson", sample().report.gemeenten},
      {"geo/grid.geojson", sample().report.grid_cells}};
  for (const auto& [file, count] : files) {
    const std::string path = (sample().dir / file).string();
    GDALDataset* ds = static_cast<GDALDataset*>(
        GDALOpenEx(path.c_str(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr));
    ASSERT_NE(ds, nullptr) << file;
    OGRLayer* layer = ds->GetLayer(0);
    ASSERT_NE(layer->GetSpatialRef(), nullptr) << file;
    EXPECT_STREQ(layer->GetSpatialRef()->GetAuthorityCode(nullptr), "28992") << file;
    EXPECT_EQ(layer->GetFeatureCount(), count) << file;
    GDALClose(ds);
  }
}

TEST_F(SampleGeometry, BuurtenTileTheirWijkExactly) {
  const auto h = geos_->get();
  for (const FeatureGeometry& w : *wijken_) {
    ASSERT_EQ(GEOSisValid_r(h, w.shape.get()), 1);
    const std::string code = w.properties.at("statcode");
    double sum = 0;
    std::vector<GEOSGeometry*> parts;
    for (const FeatureGeometry& b : *buurten_) {
      if (b.properties.at("wijkcode") != code) continue;
      EXPECT_EQ(GEOSisValid_r(h, b.shape.get()), 1) << b.properties.at("buurtcode");
      sum += area_of(*geos_, b.shape.get());
      parts.push_back(GEOSGeom_clone_r(h, b.shape.get()));
    }
    ASSERT_FALSE(parts.empty()) << code;
    const double wijk_area = area_of(*geos_, w.shape.get());
    EXPECT_NEAR(sum / wijk_area, 1.0, 1e-6) << code;
    auto all = own(*geos_, GEOSGeom_createCollection_r(h, GEOS_GEOMETRYCOLLECTION, parts.data(),
                                                       static_cast<unsigned>(parts.size())));
    auto united = own(*geos_, GEOSUnaryUnion_r(h, all.get()));
    auto difference = own(*geos_, GEOSSymDifference_r(h, united.get(), w.shape.get()));
    EXPECT_LT(area_of(*geos_, difference.get()), 1e-6 * wijk_area) << code;
  }
}

TEST_F(SampleGeometry, BuurtenDoNotOverlap) {
  const auto h = geos_->get();
  for (std::size_t a = 0; a < buurten_->size(); ++a) {
    for (std::size_t b = a + 1; b < buurten_->size(); ++b) {
      const GEOSGeometry* ga = (*buurten_)[a].shape.get();
      const GEOSGeometry* gb = (*buurten_)[b].shape.get();
      if (!envelopes_meet(*geos_, ga, gb)) continue;
      auto common = own(*geos_, GEOSIntersection_r(h, ga, gb));
      EXPECT_LT(area_of(*geos_, common.get()), 1e-6)
          << (*buurten_)[a].properties.at("buurtcode") << " "
          << (*buurten_)[b].properties.at("buurtcode");
    }
  }
}

// A vertex of one buurt that lies on another buurt's boundary is a vertex of that buurt too, with
// the same coordinates as written.
TEST_F(SampleGeometry, SharedEdgesHaveIdenticalVertices) {
  const auto h = geos_->get();
  std::vector<std::set<std::pair<double, double>>> vertices(buurten_->size());
  std::vector<GeometryPtr> boundaries;
  std::vector<PreparedPtr> prepared;
  for (std::size_t i = 0; i < buurten_->size(); ++i) {
    const nlohmann::json& g = (*buurten_)[i].geometry;
    const nlohmann::json polygons = g.at("type") == "Polygon"
                                        ? nlohmann::json::array({g.at("coordinates")})
                                        : g.at("coordinates");
    for (const auto& polygon : polygons) {
      for (const auto& ring : polygon) {
        for (const auto& c : ring) vertices[i].insert({c[0].get<double>(), c[1].get<double>()});
      }
    }
    boundaries.push_back(own(*geos_, GEOSBoundary_r(h, (*buurten_)[i].shape.get())));
    prepared.push_back(PreparedPtr(GEOSPrepare_r(h, boundaries.back().get()), PreparedDeleter{h}));
  }
  long long shared = 0;
  for (std::size_t i = 0; i < buurten_->size(); ++i) {
    for (std::size_t j = 0; j < buurten_->size(); ++j) {
      if (i == j || !envelopes_meet(*geos_, (*buurten_)[i].shape.get(), (*buurten_)[j].shape.get()))
        continue;
      for (const auto& [x, y] : vertices[i]) {
        auto point = own(*geos_, GEOSGeom_createPointFromXY_r(h, x, y));
        double d = 1;
        GEOSPreparedDistance_r(h, prepared[j].get(), point.get(), &d);
        if (d > 1e-6) continue;
        ++shared;
        EXPECT_EQ(vertices[j].count({x, y}), 1u)
            << "vertex " << x << " " << y << " of " << (*buurten_)[i].properties.at("buurtcode")
            << " on " << (*buurten_)[j].properties.at("buurtcode");
      }
    }
  }
  EXPECT_GT(shared, 5000);
}

TEST_F(SampleGeometry, SharedEdgesAreRagged) {
  // Buurt boundaries are not straight lines between few corners: many vertices per buurt.
  long long vertices = 0;
  for (const FeatureGeometry& b : *buurten_)
    vertices += GEOSGetNumCoordinates_r(geos_->get(), b.shape.get());
  EXPECT_GT(static_cast<double>(vertices) / static_cast<double>(buurten_->size()), 40.0);
}

TEST_F(SampleGeometry, HasAnEnclaveATwoPartBuurtAndWater) {
  const auto h = geos_->get();
  const SampleReport& r = sample().report;
  const FeatureGeometry& host = buurt(r.enclave_host);
  const FeatureGeometry& enclave = buurt(r.enclave_buurt);
  ASSERT_EQ(GEOSGeomTypeId_r(h, host.shape.get()), GEOS_POLYGON);
  ASSERT_EQ(GEOSGetNumInteriorRings_r(h, host.shape.get()), 1);
  auto hole =
      own(*geos_,
          GEOSGeom_createPolygon_r(
              h, GEOSGeom_clone_r(h, GEOSGetInteriorRingN_r(h, host.shape.get(), 0)), nullptr, 0));
  EXPECT_EQ(GEOSEquals_r(h, hole.get(), enclave.shape.get()), 1);
  EXPECT_EQ(enclave.properties.at("wijkcode"), host.properties.at("wijkcode"));

  const FeatureGeometry& two = buurt(r.multipolygon_buurt);
  ASSERT_EQ(GEOSGeomTypeId_r(h, two.shape.get()), GEOS_MULTIPOLYGON);
  ASSERT_EQ(GEOSGetNumGeometries_r(h, two.shape.get()), 2);
  EXPECT_EQ(GEOSDisjoint_r(h, GEOSGetGeometryN_r(h, two.shape.get(), 0),
                           GEOSGetGeometryN_r(h, two.shape.get(), 1)),
            1);

  std::vector<std::string> water;
  for (const FeatureGeometry& b : *buurten_) {
    if (b.properties.at("water") == "JA") water.push_back(b.properties.at("buurtcode"));
  }
  EXPECT_EQ(water, std::vector<std::string>{r.water_buurt});
}

TEST_F(SampleGeometry, BuurtCodesFollowTheCbsScheme) {
  std::set<std::string> codes;
  for (const FeatureGeometry& b : *buurten_) {
    const std::string code = b.properties.at("buurtcode");
    ASSERT_EQ(code.size(), 10u);
    EXPECT_EQ(code.substr(0, 2), "BU");
    EXPECT_EQ("WK" + code.substr(2, 6), b.properties.at("wijkcode"));
    EXPECT_EQ("GM" + code.substr(2, 4), b.properties.at("gemeentecode"));
    EXPECT_TRUE(codes.insert(code).second) << code;
  }
}

TEST_F(SampleGeometry, UnitsWithCoordinatesLieStrictlyInsideOneBuurt) {
  const auto h = geos_->get();
  std::vector<PreparedPtr> inside;
  std::vector<GeometryPtr> edges;
  std::vector<PreparedPtr> edge;
  for (const FeatureGeometry& b : *buurten_) {
    inside.push_back(PreparedPtr(GEOSPrepare_r(h, b.shape.get()), PreparedDeleter{h}));
    edges.push_back(own(*geos_, GEOSBoundary_r(h, b.shape.get())));
    edge.push_back(PreparedPtr(GEOSPrepare_r(h, edges.back().get()), PreparedDeleter{h}));
  }
  OGRSpatialReference wgs84, rd;
  wgs84.importFromEPSG(4326);
  rd.importFromEPSG(28992);
  wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  rd.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  OGRCoordinateTransformation* to_rd = OGRCreateCoordinateTransformation(&wgs84, &rd);
  ASSERT_NE(to_rd, nullptr);

  std::set<std::string> on_edge;
  for (const OnEdgeUnit& u : sample().report.on_edge_units) on_edge.insert(u.unit);
  const auto lines = lines_of(read_file(sample().dir / "stock/vhe.csv").substr(3));
  int outside = 0, inside_count = 0, edge_count = 0;
  for (std::size_t i = 1; i < lines.size(); ++i) {
    const auto f = split(lines[i], ';');
    double x = 0, y = 0;
    if (!f[7].empty()) {
      x = number(f[7]), y = number(f[8]);
    } else if (!f[9].empty()) {
      x = number(f[10]), y = number(f[9]);
      ASSERT_TRUE(to_rd->Transform(1, &x, &y));
    } else {
      continue;
    }
    auto point = own(*geos_, GEOSGeom_createPointFromXY_r(h, x, y));
    int containing = 0;
    double margin = 1e9;
    for (std::size_t b = 0; b < inside.size(); ++b) {
      if (GEOSPreparedContainsProperly_r(h, inside[b].get(), point.get()) != 1) continue;
      ++containing;
      GEOSPreparedDistance_r(h, edge[b].get(), point.get(), &margin);
    }
    if (on_edge.count(f[0]) != 0) {
      EXPECT_EQ(containing, 0) << f[0] << " should lie on an edge";
      ++edge_count;
    } else if (containing == 0) {
      ++outside;
    } else {
      EXPECT_EQ(containing, 1) << f[0];
      EXPECT_GT(margin, 1.0) << f[0] << " lies too close to its buurt's edge";
      ++inside_count;
    }
  }
  OGRCoordinateTransformation::DestroyCT(to_rd);
  EXPECT_EQ(outside, 15);
  EXPECT_EQ(edge_count, 3);
  EXPECT_EQ(inside_count, sample().report.located_rd - 3 + sample().report.located_wgs84);
}

TEST_F(SampleGeometry, GridCellsAreAlignedHundredMetreSquaresWithOpaqueIds) {
  const auto cells = read_features(*geos_, sample().dir / "geo/grid.geojson");
  std::set<std::string> ids;
  for (const FeatureGeometry& c : cells) {
    const std::string id = c.properties.at("grid_id");
    EXPECT_TRUE(ids.insert(id).second) << id;
    EXPECT_EQ(area_of(*geos_, c.shape.get()), 10000.0);
    double x = 0, y = 0;
    GEOSGeom_getXMin_r(geos_->get(), c.shape.get(), &x);
    GEOSGeom_getYMin_r(geos_->get(), c.shape.get(), &y);
    EXPECT_EQ(std::fmod(x, 100.0), 0.0);
    EXPECT_EQ(std::fmod(y, 100.0), 0.0);
    EXPECT_EQ(id.size(), 10u) << id;
  }
  EXPECT_EQ(static_cast<long long>(ids.size()), sample().report.grid_cells);
}

}  // namespace
}  // namespace leefbaar::sample::testing
