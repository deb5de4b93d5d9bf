#pragma once
// The schema of GET /api/v1/wijkwerk/kaart's GeoJSON answer (routes_wijkwerk_map.cpp), kept apart
// to keep that file short.
#include <nlohmann/json.hpp>

namespace leefbaar::serve {

// The FeatureCollection of a layer: its features' properties per layer, and the layer's extras.
nlohmann::json wijkwerk_map_layer_schema();

}  // namespace leefbaar::serve
