#include "sample/random.hpp"

#include <cmath>

namespace leefbaar::sample {

std::uint64_t mix64(std::uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

std::uint64_t hash_combine(std::uint64_t a, std::uint64_t b) {
  return mix64(a ^ mix64(b + 0x632be59bd9b4e019ULL));
}

std::uint64_t hash_text(std::string_view text) {
  std::uint64_t h = 0xcbf29ce484222325ULL;  // FNV-1a, then mixed
  for (char c : text) {
    h ^= static_cast<unsigned char>(c);
    h *= 0x100000001b3ULL;
  }
  return mix64(h);
}

double hash_to_signed_unit(std::uint64_t h) {
  return static_cast<double>(h >> 11) * 0x1.0p-52 - 1.0;
}

std::uint64_t Rng::below(std::uint64_t n) {
  // Reject the top partial block so every residue is equally likely.
  const std::uint64_t limit = UINT64_MAX - UINT64_MAX % n;
  std::uint64_t r = next();
  while (r >= limit) r = next();
  return r % n;
}

int Rng::between(int lo, int hi) {
  return lo + static_cast<int>(below(static_cast<std::uint64_t>(hi - lo) + 1));
}

double Rng::normal() {
  const double sum = uniform() + uniform() + uniform() + uniform();
  return (sum - 2.0) * 1.7320508075688772;  // variance 4/12 scaled to 1
}

namespace {
double lattice(std::int64_t ix, std::int64_t iy, std::uint64_t seed) {
  return hash_to_signed_unit(hash_combine(hash_combine(seed, static_cast<std::uint64_t>(ix)),
                                          static_cast<std::uint64_t>(iy)));
}
double smoothstep(double t) {
  return t * t * (3.0 - 2.0 * t);
}
}  // namespace

double value_noise(double x, double y, std::uint64_t seed) {
  const double fx = std::floor(x);
  const double fy = std::floor(y);
  const auto ix = static_cast<std::int64_t>(fx);
  const auto iy = static_cast<std::int64_t>(fy);
  const double tx = smoothstep(x - fx);
  const double ty = smoothstep(y - fy);
  const double a = lattice(ix, iy, seed);
  const double b = lattice(ix + 1, iy, seed);
  const double c = lattice(ix, iy + 1, seed);
  const double d = lattice(ix + 1, iy + 1, seed);
  const double bottom = a + (b - a) * tx;
  const double top = c + (d - c) * tx;
  return bottom + (top - bottom) * ty;
}

}  // namespace leefbaar::sample
