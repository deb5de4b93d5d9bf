#include <algorithm>

#include "sample/output.hpp"
#include "sample/writers.hpp"

namespace leefbaar::sample {

namespace {

void append_ring(std::string& out, const Ring& ring) {
  out += '[';
  for (std::size_t i = 0; i <= ring.size(); ++i) {
    const Point& p = ring[i % ring.size()];  // closed: the first point again at the end
    if (i > 0) out += ',';
    out += '[' + metres(p.x) + ',' + metres(p.y) + ']';
  }
  out += ']';
}

void append_polygon(std::string& out, const Polygon& polygon) {
  out += '[';
  for (std::size_t r = 0; r < polygon.rings.size(); ++r) {
    if (r > 0) out += ',';
    append_ring(out, polygon.rings[r]);
  }
  out += ']';
}

std::string geometry_json(const MultiPolygon& g) {
  std::string out;
  if (g.parts.size() == 1) {
    out = "{\"type\":\"Polygon\",\"coordinates\":";
    append_polygon(out, g.parts.front());
  } else {
    out = "{\"type\":\"MultiPolygon\",\"coordinates\":[";
    for (std::size_t i = 0; i < g.parts.size(); ++i) {
      if (i > 0) out += ',';
      append_polygon(out, g.parts[i]);
    }
    out += ']';
  }
  return out + '}';
}

using Properties = std::vector<std::pair<std::string, std::string>>;  // name -> JSON value

struct Feature {
  std::string sort_key;
  Properties properties;
  const MultiPolygon* geometry;
};

std::string collection(const std::string& name, const std::string& description,
                       std::vector<Feature> features) {
  std::sort(features.begin(), features.end(),
            [](const Feature& a, const Feature& b) { return a.sort_key < b.sort_key; });
  std::string out = "{\n\"type\": \"FeatureCollection\",\n\"name\": " + json_string(name) +
                    ",\n\"description\": " + json_string(std::string(kLabel) + ". " + description) +
                    ",\n\"crs\": {\"type\": \"name\", \"properties\": {\"name\": "
                    "\"urn:ogc:def:crs:EPSG::28992\"}},\n"
                    "\"features\": [\n";
  for (std::size_t i = 0; i < features.size(); ++i) {
    out += "{\"type\":\"Feature\",\"properties\":{";
    for (std::size_t k = 0; k < features[i].properties.size(); ++k) {
      if (k > 0) out += ',';
      out += json_string(features[i].properties[k].first) + ':' + features[i].properties[k].second;
    }
    out += "},\"geometry\":" + geometry_json(*features[i].geometry) + '}';
    out += i + 1 < features.size() ? ",\n" : "\n";
  }
  return out + "]\n}\n";
}

}  // namespace

GeoCounts write_geojson(const World& world, const std::filesystem::path& dir) {
  GeoCounts counts;
  std::vector<Feature> buurten;
  for (const BuurtData& b : world.buurten) {
    const WijkData& w = world.wijken[b.wijk];
    const GemeenteData& g = world.gemeenten[b.gemeente];
    buurten.push_back({b.code,
                       {{"buurtcode", json_string(b.code)},
                        {"buurtnaam", json_string(b.name)},
                        {"wijkcode", json_string(w.code)},
                        {"wijknaam", json_string(w.name)},
                        {"gemeentecode", json_string(g.code)},
                        {"gemeentenaam", json_string(g.name)},
                        {"water", json_string(b.spec.kind == BuurtKind::water ? "JA" : "NEE")}},
                       &b.geometry});
  }
  counts.buurten = static_cast<long long>(buurten.size());
  write_text_file(
      dir, "geo/buurten.geojson",
      collection("buurten",
                 "Buurten van het voorbeeldwerkgebied; Assen, Hoogeveen en Meppel binnen de "
                 "echte CBS-wijkgrenzen 2023, de buurtindeling zelf is verzonnen.",
                 std::move(buurten)));

  std::vector<Feature> wijken;
  for (const WijkData& w : world.wijken) {
    wijken.push_back({w.code,
                      {{"statcode", json_string(w.code)}, {"statnaam", json_string(w.name)}},
                      &w.geometry});
  }
  counts.wijken = static_cast<long long>(wijken.size());
  write_text_file(
      dir, "geo/wijken.geojson",
      collection("wijken",
                 "Wijken: vereniging van hun buurten. Bron van de echte vormen: CBS/PDOK via "
                 "cartomap/nl, CC BY 4.0.",
                 std::move(wijken)));

  std::vector<Feature> gemeenten;
  for (const GemeenteData& g : world.gemeenten) {
    gemeenten.push_back({g.code,
                         {{"statcode", json_string(g.code)}, {"statnaam", json_string(g.name)}},
                         &g.geometry});
  }
  counts.gemeenten = static_cast<long long>(gemeenten.size());
  write_text_file(
      dir, "geo/gemeenten.geojson",
      collection("gemeenten",
                 "Gemeenten: vereniging van hun wijken (alleen het voorbeeldgebied, niet de "
                 "hele gemeente).",
                 std::move(gemeenten)));

  std::vector<MultiPolygon> squares;
  squares.reserve(world.grid.size());
  std::vector<Feature> cells;
  std::map<std::string, std::pair<std::int64_t, std::int64_t>> cell_of_id;
  for (const auto& [cell, id] : world.grid_id_of_cell) cell_of_id[id] = cell;
  for (const ScoreArea& a : world.grid) {
    const auto [x, y] = cell_of_id.at(a.code);
    const double x0 = static_cast<double>(x), y0 = static_cast<double>(y);
    MultiPolygon square;
    square.parts.push_back(
        Polygon{{Ring{{x0, y0}, {x0 + 100, y0}, {x0 + 100, y0 + 100}, {x0, y0 + 100}}}});
    squares.push_back(std::move(square));
  }
  for (std::size_t i = 0; i < world.grid.size(); ++i) {
    cells.push_back(
        {world.grid[i].code, {{"grid_id", json_string(world.grid[i].code)}}, &squares[i]});
  }
  counts.grid = static_cast<long long>(cells.size());
  write_text_file(
      dir, "geo/grid.geojson",
      collection("grid",
                 "Leefbaarometer-gridcellen van 100 m (alleen cellen met eenheden en scores); "
                 "grid_id is een willekeurige sleutel.",
                 std::move(cells)));
  return counts;
}

}  // namespace leefbaar::sample
