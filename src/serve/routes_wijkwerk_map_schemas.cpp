#include "serve/routes_wijkwerk_map_schemas.hpp"

#include <string>
#include <utility>

#include "neighbourhood/wijkwerk.hpp"
#include "serve/schema.hpp"
#include "serve/wijkwerk_view.hpp"

namespace leefbaar::serve {

using nlohmann::json;

namespace {

// The properties of an activity sum (ActivitySum::props).
json activity_sum_schema(schema::Members more) {
  using namespace schema;
  auto out = object({{"wijk", string()},
                     {"count", integer()},
                     {"participants", integer()},
                     {"cost", number("Euros")},
                     {"per_effort", map_of(integer(), "Activities per level of effort")}});
  for (const auto& [name, member] : more) {
    out["properties"][name] = member;
    out["required"].push_back(name);
  }
  return out;
}

// A feature of the layer: the geometry is null for an area without a shape.
json feature_schema(json properties) {
  using namespace schema;
  return object({{"type", one_of({"Feature"})},
                 {"geometry", nullable(object({{"type", string()}}, {}, "A GeoJSON geometry"))},
                 {"properties", std::move(properties)}});
}

}  // namespace

json wijkwerk_map_layer_schema() {
  using namespace schema;
  // initiative_brief (serve/wijkwerk_view.hpp) with where the point comes from.
  const auto initiative =
      extend(wijkwerk::initiative_brief_schema(), {{"placed", one_of({"eigen_punt", "buurt"})}});
  const auto activities =
      activity_sum_schema({{"code", string()}, {"name", string()}, {"wijk_name", string()}});
  const auto work = object({{"id", integer()},
                            {"kind", one_of(neighbourhood::physical_work_kinds())},
                            {"title", string()},
                            {"area_code", string()},
                            {"area_level", one_of({"buurt", "wijk"})},
                            {"area_name", string()},
                            {"wijk", string()},
                            {"wijk_name", string()},
                            {"starts_on", date()},
                            {"ends_on", nullable(date())},
                            {"description", string()}});
  const auto signals = extend(wijkwerk::signal_counts_schema(),
                              {{"code", string()},
                               {"name", string()},
                               {"class", one_of({"verborgen", "5-9", "10-19", "20-49", "50+"})}},
                              {{"wijk", string("With level buurt: the buurt's wijk")},
                               {"wijk_name", string("With level buurt")}});
  const json properties = {
      {"anyOf", {initiative, activities, work, signals}},
      {"description", "Per layer: an initiative, an activity sum, a work or signal counts"}};
  return object(
      {{"type", one_of({"FeatureCollection"})},
       {"layer", one_of({"initiatieven", "activiteiten", "werken", "signalen"})},
       {"year", integer()},
       {"features", array(feature_schema(properties))}},
      {{"level", one_of({"buurt", "wijk"}, "With the layers activiteiten and signalen")},
       {"without_buurt",
        array(activity_sum_schema({{"wijk_name", string()}}),
              "With the layer activiteiten: the activities for a whole wijk, per wijk")}});
}

}  // namespace leefbaar::serve
