// geo/bag_verblijfsobjecten.csv: the sample's BAG addresses (verblijfsobjecten with woonfunctie),
// for the households in an initiative's circle or polygon. Every unit's address at its true
// position; the private homes of the pc6hnr table, which have no position of their own, a few
// metres from a unit with the same postcode. Positions come from hashes, not from the sample's
// random generator, so that every other file stays as it was.
#include <fmt/format.h>

#include <cctype>
#include <cstdlib>
#include <map>

#include "sample/output.hpp"
#include "sample/random.hpp"
#include "sample/writers.hpp"

namespace leefbaar::sample {

namespace {

// The letter written after the digits of a house number ("12a" -> "a").
std::string letter_of(const UnitData& u) {
  std::size_t d = 0;
  while (d < u.number.size() && std::isdigit(static_cast<unsigned char>(u.number[d]))) ++d;
  return u.number.substr(d);
}

// A deterministic offset of 3 to 9 metres in x and y from a neighbour, by the address.
Point near(Point p, const std::string& pc6, int number) {
  const std::uint64_t h = hash_combine(hash_text("bag " + pc6), static_cast<std::uint64_t>(number));
  double dx = hash_to_signed_unit(mix64(h)) * 9, dy = hash_to_signed_unit(mix64(h + 1)) * 9;
  if (std::abs(dx) < 3) dx = dx < 0 ? -3 : 3;
  if (std::abs(dy) < 3) dy = dy < 0 ? -3 : 3;
  return {p.x + dx, p.y + dy};
}

// The units per postcode that sit where their address is (not the ones with a wrong x;y).
std::map<std::string, std::vector<int>> placed_units(const World& world) {
  std::map<std::string, std::vector<int>> out;
  for (std::size_t i = 0; i < world.units.size(); ++i)
    if (world.units[i].location != LocationKind::outside)
      out[world.units[i].pc6].push_back(static_cast<int>(i));
  return out;
}

// Next to the unit of the postcode whose number is closest; the buurt's seed when it has none.
Point position_near(const World& world, const std::map<std::string, std::vector<int>>& by_pc6,
                    const std::string& pc6, int number, int buurt) {
  const auto it = by_pc6.find(pc6);
  if (it == by_pc6.end()) return near(world.buurten[buurt].seed, pc6, number);
  int best = it->second.front();
  for (int u : it->second)
    if (std::abs(world.units[u].number_digits - number) <
        std::abs(world.units[best].number_digits - number))
      best = u;
  return near(world.units[best].position, pc6, number);
}

}  // namespace

long long write_bag(const World& world, const std::filesystem::path& dir) {
  const auto by_pc6 = placed_units(world);
  std::string out =
      "identificatie;postcode;huisnummer;huisletter;huisnummertoevoeging;"
      "gebruiksdoel;x;y\n";
  long long sequence = 1000000, rows = 0;
  auto row = [&](int buurt, const std::string& pc6, int number, const std::string& letter,
                 const std::string& addition, Point p) {
    const int gemeente = world.gemeenten[world.buurten[buurt].gemeente].number;
    out += fmt::format("{:04d}01{:010d};{};{};{};{};woonfunctie;{};{}\n", gemeente, sequence++, pc6,
                       number, letter, addition, fixed(p.x, 2), fixed(p.y, 2));
    ++rows;
  };
  for (const UnitData& u : world.units) {
    // A unit with a wrong x;y in the stock is still at its address: next to its neighbours.
    const Point p = u.location == LocationKind::outside
                        ? position_near(world, by_pc6, u.pc6, u.number_digits, u.buurt)
                        : u.position;
    row(u.buurt, u.pc6, u.number_digits, letter_of(u), u.addition, p);
  }
  for (const AddressRow& a : world.other_addresses)
    row(a.buurt, a.pc6, a.number, "", "", position_near(world, by_pc6, a.pc6, a.number, a.buurt));
  write_text_file(dir, "geo/bag_verblijfsobjecten.csv", out);
  return rows;
}

}  // namespace leefbaar::sample
