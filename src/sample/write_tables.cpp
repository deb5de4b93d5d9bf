#include <algorithm>
#include <set>
#include <tuple>

#include "sample/output.hpp"
#include "sample/random.hpp"
#include "sample/writers.hpp"

namespace leefbaar::sample {

namespace {

// A CSV field, quoted only when it has to be.
std::string csv(const std::string& s, char separator) {
  if (s.find(separator) == std::string::npos && s.find('"') == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + '"';
}

// "lbm,afw,fys,onv,soc,vrz,won" for one row: afw is the sum of the dimensions as written, lbm is
// afw as written plus the reference, so both identities hold for a reader to print precision.
std::string score_values(const Dims& dims) {
  std::string out;
  double afw = 0;
  std::string dims_text;
  for (double v : dims) {
    const std::string text = significant(v);
    afw += read_back(text);
    dims_text += ',' + text;
  }
  const std::string afw_text = significant(afw);
  return significant(read_back(afw_text) + kReference) + ',' + afw_text + dims_text;
}

long long write_level(const std::filesystem::path& dir, const std::string& file,
                      const std::string& id_header, bool with_name, bool with_index,
                      const std::vector<ScoreArea>& areas) {
  std::string out;
  if (with_index) out += "1,";
  out += id_header + ",jaar,lbm,afw,fys,onv,soc,vrz,won\n";
  Rng rng(kSeed, "index " + file);
  long long rows = 0, index = 1;
  for (const ScoreArea& a : areas) {
    for (const auto& [year, dims] : a.rows) {
      if (with_index) {
        index += rng.chance(0.2) ? 2 : 1;  // a leftover row number of a larger table
        out += std::to_string(index) + ',';
      }
      out += csv(a.code, ',');
      if (with_name) out += ',' + csv(a.name, ',');
      out += ',' + std::to_string(year) + ',' + score_values(dims) + '\n';
      ++rows;
    }
  }
  write_text_file(dir, file, out);
  return rows;
}

// "BU01060101" -> "1060101": the CBS table writes codes as bare numbers.
std::string bare_number(const std::string& code) {
  std::size_t i = 2;
  while (i + 1 < code.size() && code[i] == '0') ++i;
  return code.substr(i);
}

std::string written_postcode(const UnitData& u) {
  return u.postcode_with_space ? u.pc6.substr(0, 4) + ' ' + u.pc6.substr(4) : u.pc6;
}

}  // namespace

std::map<std::string, long long> write_score_tables(const World& world,
                                                    const std::filesystem::path& dir) {
  std::map<std::string, long long> rows;
  rows["lbm/grid.csv"] = write_level(dir, "lbm/grid.csv", "grid_id", false, false, world.grid);
  rows["lbm/buurten.csv"] =
      write_level(dir, "lbm/buurten.csv", "bu_code,bu_naam", true, false, world.buurt_scores);
  rows["lbm/pc4.csv"] = write_level(dir, "lbm/pc4.csv", "pc4", false, false, world.pc4_scores);
  rows["lbm/wijken.csv"] =
      write_level(dir, "lbm/wijken.csv", "wk_code,wk_naam", true, true, world.wijk_scores);
  rows["lbm/gemeenten.csv"] =
      write_level(dir, "lbm/gemeenten.csv", "gm_code,gm_naam", true, false, world.gemeente_scores);
  return rows;
}

long long write_pc6hnr(const World& world, const std::filesystem::path& dir) {
  std::set<std::tuple<std::string, int, int>> rows;  // pc6, number, buurt
  for (const UnitData& u : world.units) {
    if (u.location != LocationKind::unknown_postcode)
      rows.insert({u.pc6, u.number_digits, u.buurt});
  }
  for (const AddressRow& a : world.other_addresses) rows.insert({a.pc6, a.number, a.buurt});
  std::string out = "PC6;Huisnummer;Buurt2023;Wijk2023;Gemeente2023\r\n";
  for (const auto& [pc6, number, buurt] : rows) {
    const BuurtData& b = world.buurten[buurt];
    out += pc6 + ';' + std::to_string(number) + ';' + bare_number(b.code) + ';' +
           bare_number(world.wijken[b.wijk].code) + ';' +
           bare_number(world.gemeenten[b.gemeente].code) + "\r\n";
  }
  write_text_file(dir, "geo/pc6hnr2023.csv", out);
  return static_cast<long long>(rows.size());
}

long long write_stock(const World& world, const std::filesystem::path& dir) {
  std::string out = "\xEF\xBB\xBF";
  out +=
      "vhe;complex;straat;huisnummer;toevoeging;postcode;plaats;x;y;lat;lon;buurtcode;daeb;type;"
      "bouwjaar\r\n";
  for (const UnitData& u : world.units) {
    const ComplexData& c = world.complexes[u.complex];
    const BuurtData& b = world.buurten[u.buurt];
    const LocationKind k = u.location;
    const bool has_xy =
        k == LocationKind::rd || k == LocationKind::outside || k == LocationKind::on_edge;
    const bool has_postcode = k != LocationKind::buurtcode && k != LocationKind::none;
    std::string row =
        u.vhe + ';' + c.id + ';' + csv(u.street, ';') + ';' + u.number + ';' + u.addition + ';';
    row += (has_postcode ? written_postcode(u) : std::string()) + ';' + csv(b.place, ';') + ';';
    row += has_xy ? fixed(u.position.x, u.xy_decimals, true) + ';' +
                        fixed(u.position.y, u.xy_decimals, true)
                  : ";";
    row += ';';
    row += k == LocationKind::wgs84 ? fixed(u.lat, 7, true) + ';' + fixed(u.lon, 7, true) : ";";
    row += ';' + (k == LocationKind::buurtcode ? b.code : std::string()) + ';';
    row +=
        std::string(u.daeb ? "ja" : "nee") + ';' + c.type + ';' + std::to_string(c.built) + "\r\n";
    out += row;
  }
  write_text_file(dir, "stock/vhe.csv", out);
  return static_cast<long long>(world.units.size());
}

}  // namespace leefbaar::sample
