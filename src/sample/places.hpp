#pragma once
// The sample's catalogue: the corporation's eight gemeenten, their wijken and buurten with names,
// unit counts, score effects, postcodes and street names. Static data, no logic beyond lookup.
#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace leefbaar::sample {

// Score effects per dimension, in Leefbaarometer units: fys, onv, soc, vrz, won.
using Dims = std::array<double, 5>;

enum class BuurtKind { normal, water, multipart, enclave };

struct BuurtSpec {
  std::string name;
  int units = -1;      // -1: a share of the wijk's units; 0: none
  double quality = 0;  // local effect: < 0 weaker (mostly onv and won), > 0 stronger
  bool scored = true;  // false: the Leefbaarometer publishes no rows for it
  BuurtKind kind = BuurtKind::normal;
  std::string host;   // enclave: the buurt whose hole it fills
  std::string place;  // plaats of its addresses when it differs from the wijk's

  explicit BuurtSpec(std::string_view n) : name(n) {}
  BuurtSpec& with_units(int n) {
    units = n;
    return *this;
  }
  BuurtSpec& with_quality(double q) {
    quality = q;
    return *this;
  }
  BuurtSpec& without_scores() {
    scored = false;
    return *this;
  }
  BuurtSpec& as_water() {
    kind = BuurtKind::water;
    units = 0;
    scored = false;
    return *this;
  }
  BuurtSpec& as_multipart() {
    kind = BuurtKind::multipart;
    return *this;
  }
  BuurtSpec& as_enclave_in(std::string_view h) {
    kind = BuurtKind::enclave;
    host = h;
    return *this;
  }
  BuurtSpec& in_place(std::string_view p) {
    place = p;
    return *this;
  }
};

enum class Housing { centre, town, suburb, village };

struct WijkSpec {
  std::string code;               // WK + 4 gemeente + 2 wijk digits
  std::string name;               // synthetic wijken only; real ones are named by the CBS file
  std::string place;              // plaats of the addresses
  std::vector<std::string> pc4s;  // assigned to the buurten in turn
  int units = 0;
  Dims effect{};  // added to the gemeente's base scores
  Dims trend{};   // change per ten years
  Housing housing = Housing::town;
  std::vector<BuurtSpec> buurten;  // empty for real wijken without units: derived from the shape
  std::vector<std::string> streets;
  int built_from = 1955, built_to = 1990;  // construction years of its complexes
  double x = 0, y = 0, radius = 0;  // synthetic shape: an irregular blob around (x, y) in RD metres
};

struct GemeenteSpec {
  std::string code;  // GM + 4 digits
  std::string name;
  bool real_shapes = false;  // wijken from the embedded CBS wijk file
  Dims base{};
  std::vector<WijkSpec> wijken;  // real gemeenten: the wijken with settings; others are derived
};

const std::vector<GemeenteSpec>& catalog();

// Street names for villages, used after a village's own streets.
const std::vector<std::string>& village_streets();

}  // namespace leefbaar::sample
