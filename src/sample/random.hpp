#pragma once
// Deterministic random numbers for the sample: std::mt19937_64's raw output (its sequence is fixed
// by the standard) turned into numbers with our own arithmetic, because the std::*_distribution
// classes differ between standard libraries. Also hashing and smooth value noise for spatial
// fields.
#include <cstdint>
#include <random>
#include <string_view>
#include <utility>
#include <vector>

namespace leefbaar::sample {

// splitmix64's finaliser: a well-mixed 64-bit hash of x.
std::uint64_t mix64(std::uint64_t x);
std::uint64_t hash_combine(std::uint64_t a, std::uint64_t b);
std::uint64_t hash_text(std::string_view text);
// A hash as a number in [-1, 1).
double hash_to_signed_unit(std::uint64_t h);

class Rng {
 public:
  explicit Rng(std::uint64_t seed) : engine_(mix64(seed)) {}
  Rng(std::uint64_t seed, std::string_view purpose)
      : engine_(hash_combine(seed, hash_text(purpose))) {}

  std::uint64_t next() { return engine_(); }
  // [0, 1) with 53 random bits.
  double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
  double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
  // [0, n) without modulo bias; n > 0.
  std::uint64_t below(std::uint64_t n);
  // [lo, hi], both inclusive.
  int between(int lo, int hi);
  bool chance(double p) { return uniform() < p; }
  // Approximately standard normal (Irwin-Hall of 4 uniforms, scaled to variance 1; bounded by
  // +-3.5).
  double normal();

  template <class T>
  void shuffle(std::vector<T>& v) {
    for (std::size_t i = v.size(); i > 1; --i) {
      std::size_t j = static_cast<std::size_t>(below(i));
      std::swap(v[i - 1], v[j]);
    }
  }

 private:
  std::mt19937_64 engine_;
};

// Smooth 2D value noise in [-1, 1]: random values on a unit lattice, blended with smoothstep.
// Pure arithmetic, so identical on every platform.
double value_noise(double x, double y, std::uint64_t seed);

}  // namespace leefbaar::sample
