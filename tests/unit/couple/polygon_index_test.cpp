#include "couple/polygon_index.hpp"

#include <gtest/gtest.h>

#include <random>

namespace leefbaar {

namespace {
MultiPolygon square(double x0, double y0, double x1, double y1) {
  return {{Polygon{{Ring{{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}}}}}};
}

// Brute force: every polygon tested, the first that contains the point wins.
std::int32_t brute_force(const PolygonIndex& index, std::size_t n, Point p) {
  for (std::size_t i = 0; i < n; ++i) {
    if (index.contains(static_cast<std::int32_t>(i), p)) return static_cast<std::int32_t>(i);
  }
  return PolygonIndex::kNone;
}
}  // namespace

TEST(PolygonIndex, InsideOutsideAndAPointOnASharedEdgeGoesToExactlyOne) {
  const std::vector<MultiPolygon> polygons{square(0, 0, 100, 100), square(100, 0, 200, 100)};
  const PolygonIndex index(polygons, 10);
  EXPECT_EQ(index.locate({50, 50}), 0);
  EXPECT_EQ(index.locate({150, 50}), 1);
  EXPECT_EQ(index.locate({250, 50}), PolygonIndex::kNone);
  EXPECT_EQ(index.locate({-1, 50}), PolygonIndex::kNone);
  // On the shared edge x = 100: exactly one of the two contains it, and the index agrees.
  const Point edge{100, 37.5};
  EXPECT_NE(index.contains(0, edge), index.contains(1, edge));
  EXPECT_EQ(index.locate(edge), index.contains(0, edge) ? 0 : 1);
  // The same with the polygons given in the other order: the same polygon (not the same index).
  const PolygonIndex swapped({polygons[1], polygons[0]}, 10);
  EXPECT_EQ(swapped.locate(edge), index.locate(edge) == 0 ? 1 : 0);
}

TEST(PolygonIndex, SharedVertexOfFourSquaresGoesToExactlyOne) {
  const std::vector<MultiPolygon> polygons{square(0, 0, 10, 10), square(10, 0, 20, 10),
                                           square(0, 10, 10, 20), square(10, 10, 20, 20)};
  const PolygonIndex index(polygons, 3);
  int holders = 0;
  for (int i = 0; i < 4; ++i) holders += index.contains(i, {10, 10});
  EXPECT_EQ(holders, 1);
  EXPECT_NE(index.locate({10, 10}), PolygonIndex::kNone);
}

TEST(PolygonIndex, EnclaveInAHoleAndMultipolygon) {
  MultiPolygon outer = square(0, 0, 100, 100);
  outer.parts[0].rings.push_back(Ring{{40, 40}, {60, 40}, {60, 60}, {40, 60}});  // the hole
  MultiPolygon enclave = square(40, 40, 60, 60);
  MultiPolygon two_parts = square(200, 0, 250, 50);
  two_parts.parts.push_back(square(300, 0, 350, 50).parts[0]);
  const PolygonIndex index({outer, enclave, two_parts});
  EXPECT_EQ(index.locate({10, 10}), 0);
  EXPECT_EQ(index.locate({50, 50}), 1);
  EXPECT_EQ(index.locate({225, 25}), 2);
  EXPECT_EQ(index.locate({325, 25}), 2);
  EXPECT_EQ(index.locate({275, 25}), PolygonIndex::kNone);
}

TEST(PolygonIndex, AgreesWithBruteForceOnARaggedTiling) {
  // A 6 x 6 lattice whose interior vertices are jittered: every shared edge is the same segment in
  // both neighbours, so the polygons tile the square exactly.
  std::mt19937_64 rng(7);
  auto jitter = [&rng] { return static_cast<double>(rng() % 2000) / 100.0 - 10.0; };
  constexpr int n = 6;
  Point grid[n + 1][n + 1];
  for (int i = 0; i <= n; ++i) {
    for (int j = 0; j <= n; ++j) {
      const bool border = i == 0 || j == 0 || i == n || j == n;
      grid[i][j] = {i * 100.0 + (border ? 0 : jitter()), j * 100.0 + (border ? 0 : jitter())};
    }
  }
  std::vector<MultiPolygon> polygons;
  for (int i = 0; i < n; ++i) {
    for (int j = 0; j < n; ++j) {
      polygons.push_back(
          {{Polygon{{Ring{grid[i][j], grid[i + 1][j], grid[i + 1][j + 1], grid[i][j + 1]}}}}});
    }
  }
  for (double cell : {0.0, 7.0, 33.0, 500.0}) {
    const PolygonIndex index(polygons, cell);
    for (int k = 0; k < 20000; ++k) {
      const Point p{static_cast<double>(rng() % 70000) / 100.0 - 50,
                    static_cast<double>(rng() % 70000) / 100.0 - 50};
      const auto found = index.locate(p);
      ASSERT_EQ(found, brute_force(index, polygons.size(), p))
          << p.x << "," << p.y << " cell " << cell;
      const bool inside_square = p.x >= 0 && p.x < 600 && p.y >= 0 && p.y < 600;
      ASSERT_EQ(found != PolygonIndex::kNone, inside_square)
          << p.x << "," << p.y;  // no gaps, no overlaps
    }
    // Every lattice vertex (a point on up to four boundaries) lies in exactly one polygon inside.
    for (int i = 1; i < n; ++i) {
      for (int j = 1; j < n; ++j) {
        int holders = 0;
        for (std::size_t q = 0; q < polygons.size(); ++q)
          holders += index.contains(static_cast<std::int32_t>(q), grid[i][j]);
        ASSERT_EQ(holders, 1);
      }
    }
  }
}

TEST(PolygonIndex, LocateAllMatchesLocate) {
  const std::vector<MultiPolygon> polygons{square(0, 0, 100, 100), square(100, 0, 200, 100)};
  const PolygonIndex index(polygons);
  std::vector<Point> points;
  for (int i = 0; i < 50000; ++i) points.push_back({(i % 250) * 1.0, (i % 120) * 1.0});
  std::vector<std::int32_t> out(points.size());
  index.locate_all(points, out, 2);
  for (std::size_t i = 0; i < points.size(); ++i) ASSERT_EQ(out[i], index.locate(points[i]));
}

}  // namespace leefbaar
