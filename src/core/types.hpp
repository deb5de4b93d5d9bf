#pragma once
// Vocabulary shared by the pipeline stages: score dimensions, area levels, colours and levels of
// effort.
#include <array>
#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>

namespace leefbaar {

// The six Leefbaarometer scores: afw (total deviation) and the five dimensions that add up to it.
enum class Dim : int { afw = 0, fys, onv, soc, vrz, won };
inline constexpr int kDimCount = 6;
inline constexpr std::array<std::string_view, kDimCount> kDimNames = {"afw", "fys", "onv",
                                                                      "soc", "vrz", "won"};
// As the pages and downloads name them.
inline constexpr std::array<std::string_view, kDimCount> kDimLabels = {
    "Leefbaarheid (afwijking)", "Fysieke omgeving", "Overlast en onveiligheid",
    "Sociale samenhang",        "Voorzieningen",    "Woningvoorraad"};
std::optional<Dim> dim_from_name(std::string_view name);

inline constexpr double kMissing = std::numeric_limits<double>::quiet_NaN();
inline bool is_missing(double v) {
  return std::isnan(v);
}

// A value per dimension; NaN where the value does not exist.
struct Scores {
  std::array<double, kDimCount> v{kMissing, kMissing, kMissing, kMissing, kMissing, kMissing};
  double& operator[](Dim d) { return v[static_cast<int>(d)]; }
  double operator[](Dim d) const { return v[static_cast<int>(d)]; }
  double& operator[](int d) { return v[d]; }
  double operator[](int d) const { return v[d]; }
};

// Levels at which the Leefbaarometer publishes scores, in fallback order (finest first).
enum class ScoreLevel : int { grid = 0, buurt, pc4, wijk, gemeente };
inline constexpr int kScoreLevelCount = 5;
std::string_view to_string(ScoreLevel level);
std::optional<ScoreLevel> score_level_from_name(std::string_view name);

// Levels at which the programme aggregates and classifies.
enum class AreaLevel : int { complex = 0, buurt, wijk, gemeente, werkgebied };
std::string_view to_string(AreaLevel level);
std::optional<AreaLevel> area_level_from_name(std::string_view name);

enum class Colour : int { green = 0, yellow, orange };
std::string_view to_string(Colour colour);

enum class Effort : int { Basis = 0, Plus, PlusPlus };
inline constexpr int kEffortCount = 3;
std::string_view to_string(Effort effort);
inline Effort effort_for(Colour c) {
  return static_cast<Effort>(static_cast<int>(c));
}

// Why a unit is not coupled or not scored; ok when it is both.
enum class UnitStatus : int { ok = 0, no_location, outside_buurten, unknown_postcode, no_score };
std::string_view to_string(UnitStatus status);

// A point in RD New (EPSG:28992) metres.
struct Point {
  double x = 0;
  double y = 0;
};

}  // namespace leefbaar
