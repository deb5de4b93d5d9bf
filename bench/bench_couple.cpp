// Coupling at national scale: 10 million address points against 14,000 buurt polygons (generated,
// see national_data.hpp), plus the 100 m cell of every point and a count per polygon.
//
//   leefbaar_bench_couple [--export=DIR] [--export-only] [google benchmark flags]
//
// Environment: LEEFBAAR_BENCH_POINTS (default 10000000), LEEFBAAR_BENCH_POLYGONS (default 14000),
// LEEFBAAR_BENCH_SEED. --export=DIR writes, before the benchmarks run, what bench/postgis.sh needs:
//   buurten.tsv   id, EWKT multipolygon           points.tsv  id, x, y
//   ours.tsv      id, points located in the polygon, the same without the points placed exactly
//                 on a vertex (ST_Contains counts those nowhere)
//   summary.txt   key=value: sizes, boundary points, sums of the cell indices floor(x/100) and
//                 floor(y/100) over all points, index build time
#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "couple/polygon_index.hpp"
#include "national_data.hpp"

namespace {

using leefbaar::Point;
using leefbaar::PolygonIndex;
using leefbaar::bench::NationalData;

struct Cell {
  std::int32_t x, y;  // south-west corner of the 100 m cell, in metres
};

std::size_t env_size(const char* name, std::size_t fallback) {
  const char* v = std::getenv(name);
  if (v == nullptr || *v == '\0') return fallback;
  return static_cast<std::size_t>(std::strtoull(v, nullptr, 10));
}

const NationalData& data() {
  static const NationalData d = [] {
    leefbaar::bench::NationalConfig config;
    config.points = env_size("LEEFBAAR_BENCH_POINTS", config.points);
    config.polygons = env_size("LEEFBAAR_BENCH_POLYGONS", config.polygons);
    config.seed = env_size("LEEFBAAR_BENCH_SEED", config.seed);
    const auto t0 = std::chrono::steady_clock::now();
    auto generated = leefbaar::bench::generate_national(config);
    const std::chrono::duration<double> dt = std::chrono::steady_clock::now() - t0;
    std::vector<std::size_t> vertices;
    double area = 0;
    for (const auto& p : generated.polygons) {
      vertices.push_back(leefbaar::bench::vertex_count(p));
      area += leefbaar::bench::area(p);
    }
    std::sort(vertices.begin(), vertices.end());
    const auto& e = generated.extent;
    std::fprintf(
        stderr,
        "generated %zu polygons (vertices: median %zu, min %zu, max %zu, total %zu; "
        "area / extent = %.12f) and %zu points (%zu on vertices) in %.1f s\n",
        generated.polygons.size(), vertices[vertices.size() / 2], vertices.front(), vertices.back(),
        [&] {
          std::size_t s = 0;
          for (auto v : vertices) s += v;
          return s;
        }(),
        area / ((e.max_x - e.min_x) * (e.max_y - e.min_y)), generated.points.size(),
        generated.vertex_points.size(), dt.count());
    return generated;
  }();
  return d;
}

const PolygonIndex& shared_index() {
  static const PolygonIndex idx(data().polygons);
  return idx;
}

// The coupling being measured: the polygon and the 100 m cell of every point, and the number of
// points per polygon (slot 0 = outside every polygon, slot i + 1 = polygon i).
void couple(const PolygonIndex& idx, std::span<const Point> points, std::span<std::int32_t> polygon,
            std::span<Cell> cell, std::vector<std::uint32_t>& counts, unsigned threads) {
  const std::size_t slots = idx.polygon_count() + 1;
  std::vector<std::vector<std::uint32_t>> local(threads, std::vector<std::uint32_t>(slots, 0));
  auto work = [&](unsigned t, std::size_t begin, std::size_t end) {
    auto& count = local[t];
    constexpr std::size_t kBlock = 4096;  // locate a block, then use it while it is in cache
    for (std::size_t b = begin; b < end; b += kBlock) {
      const std::size_t e = std::min(end, b + kBlock);
      idx.locate_all(points.subspan(b, e - b), polygon.subspan(b, e - b), 1);
      for (std::size_t i = b; i < e; ++i) {
        cell[i] = {static_cast<std::int32_t>(std::floor(points[i].x / 100.0)) * 100,
                   static_cast<std::int32_t>(std::floor(points[i].y / 100.0)) * 100};
        ++count[static_cast<std::size_t>(polygon[i] + 1)];
      }
    }
  };
  const std::size_t n = points.size(), chunk = (n + threads - 1) / threads;
  {
    std::vector<std::jthread> pool;
    for (unsigned t = 1; t < threads; ++t) {
      pool.emplace_back(work, t, std::min(n, t * chunk), std::min(n, (t + 1) * chunk));
    }
    work(0, 0, std::min(n, chunk));
  }
  counts.assign(slots, 0);
  for (const auto& l : local)
    for (std::size_t k = 0; k < slots; ++k) counts[k] += l[k];
}

void BM_BuildIndex(benchmark::State& state) {
  const auto& polygons = data().polygons;
  std::size_t raster = 0, mixed = 0;
  double cell = 0;
  for (auto _ : state) {
    PolygonIndex idx(polygons);
    raster = idx.raster_cells();
    mixed = idx.mixed_cells();
    cell = idx.raster_cell();
    benchmark::DoNotOptimize(idx);
  }
  state.counters["polygons"] = static_cast<double>(polygons.size());
  state.counters["raster_cells"] = static_cast<double>(raster);
  state.counters["mixed_cells"] = static_cast<double>(mixed);
  state.counters["raster_cell_m"] = cell;
}
BENCHMARK(BM_BuildIndex)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);

void BM_CoupleNational(benchmark::State& state) {
  const auto& d = data();
  const auto& idx = shared_index();
  const auto threads = static_cast<unsigned>(state.range(0));
  std::vector<std::int32_t> polygon(d.points.size());
  std::vector<Cell> cell(d.points.size());
  std::vector<std::uint32_t> counts;
  for (auto _ : state) {
    couple(idx, d.points, polygon, cell, counts, threads);
    benchmark::DoNotOptimize(counts.data());
    benchmark::ClobberMemory();
  }
  state.counters["points"] = static_cast<double>(d.points.size());
  state.counters["outside"] = counts.empty() ? 0 : counts[0];
  state.counters["points_per_s"] = benchmark::Counter(
      static_cast<double>(d.points.size()) * static_cast<double>(state.iterations()),
      benchmark::Counter::kIsRate);
}
BENCHMARK(BM_CoupleNational)
    ->ArgName("threads")
    ->Arg(2)
    ->Arg(1)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->MinTime(1.0);

void write_export(const std::filesystem::path& dir) {
  std::filesystem::create_directories(dir);
  const auto& d = data();
  {
    std::ofstream out(dir / "buurten.tsv", std::ios::binary);
    leefbaar::bench::write_polygons_tsv(out, d.polygons);
    if (!out) throw std::runtime_error("cannot write buurten.tsv");
  }
  {
    std::ofstream out(dir / "points.tsv", std::ios::binary);
    leefbaar::bench::write_points_tsv(out, d.points);
    if (!out) throw std::runtime_error("cannot write points.tsv");
  }
  const auto t0 = std::chrono::steady_clock::now();
  const auto& idx = shared_index();
  const std::chrono::duration<double> build = std::chrono::steady_clock::now() - t0;

  std::vector<std::int32_t> polygon(d.points.size());
  std::vector<Cell> cell(d.points.size());
  std::vector<std::uint32_t> counts;
  couple(idx, d.points, polygon, cell, counts, 2);

  // The same without the points placed on a vertex, which ST_Contains counts nowhere.
  std::vector<std::uint32_t> strict(counts);
  std::size_t vertex_located = 0;
  for (std::size_t k : d.vertex_points) {
    if (polygon[k] != PolygonIndex::kNone) ++vertex_located;
    --strict[static_cast<std::size_t>(polygon[k] + 1)];
  }
  {
    std::ofstream out(dir / "ours.tsv", std::ios::binary);
    for (std::size_t i = 0; i < d.polygons.size(); ++i) {
      out << i << '\t' << counts[i + 1] << '\t' << strict[i + 1] << '\n';
    }
    if (!out) throw std::runtime_error("cannot write ours.tsv");
  }
  std::int64_t sum_cx = 0, sum_cy = 0;
  for (const auto& c : cell) {
    sum_cx += c.x / 100;
    sum_cy += c.y / 100;
  }
  std::vector<std::size_t> vertices;
  for (const auto& p : d.polygons) vertices.push_back(leefbaar::bench::vertex_count(p));
  std::sort(vertices.begin(), vertices.end());
  std::ofstream out(dir / "summary.txt", std::ios::binary);
  out << "points=" << d.points.size() << '\n'
      << "polygons=" << d.polygons.size() << '\n'
      << "median_vertices=" << vertices[vertices.size() / 2] << '\n'
      << "vertex_points=" << d.vertex_points.size() << '\n'
      << "vertex_points_located=" << vertex_located << '\n'
      << "outside=" << counts[0] << '\n'
      << "sum_cell_x=" << sum_cx << '\n'
      << "sum_cell_y=" << sum_cy << '\n'
      << "raster_cells=" << idx.raster_cells() << '\n'
      << "mixed_cells=" << idx.mixed_cells() << '\n'
      << "raster_cell_m=" << idx.raster_cell() << '\n'
      << "index_build_s=" << build.count() << '\n';
  if (!out) throw std::runtime_error("cannot write summary.txt");
  std::fprintf(stderr, "exported to %s\n", dir.string().c_str());
}

}  // namespace

int main(int argc, char** argv) {
  std::string export_dir;
  bool export_only = false;
  std::vector<char*> args;
  for (int i = 0; i < argc; ++i) {
    const std::string_view a = argv[i];
    if (a.starts_with("--export=")) {
      export_dir = std::string(a.substr(9));
    } else if (a == "--export-only") {
      export_only = true;
    } else {
      args.push_back(argv[i]);
    }
  }
  if (export_only && export_dir.empty()) {
    std::fprintf(stderr, "--export-only needs --export=DIR\n");
    return 2;
  }
  int n = static_cast<int>(args.size());
  benchmark::Initialize(&n, args.data());
  if (benchmark::ReportUnrecognizedArguments(n, args.data())) return 2;
  try {
    if (!export_dir.empty()) write_export(export_dir);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "export failed: %s\n", e.what());
    return 1;
  }
  if (!export_only) benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
