#include "import/examples.hpp"

#include <fmt/format.h>

namespace leefbaar {

namespace {

constexpr const char* kCsv = "text/csv; charset=utf-8";
constexpr const char* kGeoJson = "application/geo+json";

// A square in RD New, closed, as GeoJSON coordinates.
std::string square(int x, int y, int size) {
  return fmt::format("[[[{0},{1}],[{2},{1}],[{2},{3}],[{0},{3}],[{0},{1}]]]", x, y, x + size,
                     y + size);
}

std::string feature(const std::string& properties, int x, int y, int size) {
  return fmt::format(
      R"({{"type":"Feature","properties":{{{}}},"geometry":{{"type":"Polygon","coordinates":{}}}}})",
      properties, square(x, y, size));
}

std::string collection(const std::string& name, const std::string& first,
                       const std::string& second) {
  return fmt::format(
      R"({{"type":"FeatureCollection","name":"{}",)"
      R"("crs":{{"type":"name","properties":{{"name":"urn:ogc:def:crs:EPSG::28992"}}}},)"
      "\n\"features\":[\n{},\n{}\n]}}\n",
      name, first, second);
}

// The Leefbaarometer's own layout (its buurt table): afw is the sum of the five dimensions, and lbm
// minus afw is the same on every row.
const char* kScores =
    "bu_code,bu_naam,jaar,lbm,afw,fys,onv,soc,vrz,won\n"
    "BU01060101,Centrum,2022,4.050,-0.031,0.005,-0.042,0.001,0.015,-0.010\n"
    "BU01060102,Oud-Centrum,2022,4.093,0.012,0.004,0.002,0.003,0.001,0.002\n";

const char* kStock =
    "\xEF\xBB\xBF"
    "vhe;complex;straat;huisnummer;toevoeging;postcode;x;y;buurtcode;daeb\n"
    "0010001;C1001;Markt;5;a;9401GS;233412,99;557145,06;;ja\n"
    "0010002;C1001;Markt;7;;9401GS;;;BU01060101;nee\n";

const char* kPc6hnr =
    "PC6;Huisnummer;Buurt2023;Wijk2023;Gemeente2023\n"
    "9401GS;5;1060101;10601;106\n"
    "9401GS;7;1060101;10601;106\n";

const char* kActuals =
    "\xEF\xBB\xBF"
    "gemeente;jaar;bedrag;categorie\n"
    "GM0106;2024;125000,00;a\n"
    "Assen;2024;4500,50;b\n";

const char* kBag =
    "identificatie;postcode;huisnummer;huisletter;huisnummertoevoeging;gebruiksdoel;x;y\n"
    "0106010000000001;9401GS;5;a;;woonfunctie;233412.99;557145.06\n"
    "0106010000000002;9401GS;7;;;woonfunctie;233430.10;557150.20\n";

}  // namespace

std::optional<ExampleFile> example_file(const std::string& kind) {
  if (kind == "scores") return ExampleFile{"voorbeeld-scores.csv", kCsv, kScores};
  if (kind == "stock") return ExampleFile{"voorbeeld-woningen.csv", kCsv, kStock};
  if (kind == "pc6hnr") return ExampleFile{"voorbeeld-postcode-huisnummer.csv", kCsv, kPc6hnr};
  if (kind == "actuals") return ExampleFile{"voorbeeld-werkelijke-uitgaven.csv", kCsv, kActuals};
  if (kind == "bag") return ExampleFile{"voorbeeld-bag-adressen.csv", kCsv, kBag};
  if (kind == "buurten")
    return ExampleFile{
        "voorbeeld-buurten.geojson", kGeoJson,
        collection(
            "buurten",
            feature(R"("buurtcode":"BU01060101","buurtnaam":"Centrum","wijkcode":"WK010601",)"
                    R"("gemeentecode":"GM0106","gemeentenaam":"Assen")",
                    233000, 557000, 500),
            feature(R"("buurtcode":"BU01060102","buurtnaam":"Oud-Centrum",)"
                    R"("wijkcode":"WK010601","gemeentecode":"GM0106","gemeentenaam":"Assen")",
                    233500, 557000, 500))};
  if (kind == "wijken")
    return ExampleFile{
        "voorbeeld-wijken.geojson", kGeoJson,
        collection(
            "wijken",
            feature(R"("wijkcode":"WK010601","wijknaam":"Centrum")", 233000, 557000, 1000),
            feature(R"("wijkcode":"WK010602","wijknaam":"Assen-Oost")", 234000, 557000, 1000))};
  if (kind == "gemeenten")
    return ExampleFile{"voorbeeld-gemeenten.geojson", kGeoJson,
                       collection("gemeenten",
                                  feature(R"("gemeentecode":"GM0106","gemeentenaam":"Assen")",
                                          228000, 552000, 10000),
                                  feature(R"("gemeentecode":"GM1680","gemeentenaam":"Aa en Hunze")",
                                          238000, 552000, 10000))};
  if (kind == "grid")
    return ExampleFile{"voorbeeld-raster.geojson", kGeoJson,
                       collection("grid", feature(R"("grid_id":"E2334N5571")", 233400, 557100, 100),
                                  feature(R"("grid_id":"E2335N5571")", 233500, 557100, 100))};
  return std::nullopt;
}

}  // namespace leefbaar
