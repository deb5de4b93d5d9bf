#include <fmt/format.h>

#include <algorithm>

#include "sample/output.hpp"
#include "sample/writers.hpp"

namespace leefbaar::sample {

void write_run_file(const std::filesystem::path& dir) {
  const std::string text = R"toml(# SYNTHETISCH VOORBEELD - geen echte gegevens.
# Programmabestand van het voorbeeldwerkgebied dat `leefbaar sample` schrijft. Draai het met
# `leefbaar programme RUN.toml --out UITVOER`. Paden zijn relatief ten opzichte van dit bestand.

[programme]
name    = "Leefbaarheidsprogramma 2019 (synthetisch voorbeeld)"  # naam van het programma in de uitvoer
edition = 2018            # de editie (jaar) van de Leefbaarometer die het programma gebruikt
trend   = [2014, 2018]    # ontwikkeling tussen deze twee edities (van, tot)

[inputs]
# Leefbaarometer-scores; per eenheid telt het fijnste niveau dat een score heeft:
# gridcel, buurt, postcode (PC4), wijk, gemeente.
scores  = ["lbm/grid.csv", "lbm/buurten.csv", "lbm/pc4.csv", "lbm/wijken.csv", "lbm/gemeenten.csv"]
buurten = "geo/buurten.geojson"     # buurtvlakken (RD New); water = "JA" telt niet als buurt
wijken  = "geo/wijken.geojson"      # wijkvlakken
gemeenten = "geo/gemeenten.geojson" # gemeentevlakken
grid    = "geo/grid.geojson"        # vlakken van de gridcellen (grid_id)
pc6hnr  = "geo/pc6hnr2023.csv"      # CBS-tabel postcode + huisnummer -> buurt, wijk, gemeente
stock   = "stock/vhe.csv"           # het woningbezit: een regel per verhuureenheid (ERP-export)
actuals = "finance/uitgaven.xlsx"   # werkelijke uitgaven aan leefbaarheid per gemeente
bag     = "geo/bag_verblijfsobjecten.csv" # BAG-adressen met RD x;y (huishoudens bij initiatieven)

[stock.columns]
# Welke kolom van stock/vhe.csv welk gegeven bevat.
id = "vhe"                # nummer van de verhuureenheid (tekst, voorloopnullen blijven)
x = "x"                   # RD-coordinaat x (meter)
y = "y"                   # RD-coordinaat y (meter)
lat = "lat"               # WGS84-breedtegraad, als er geen RD-coordinaten zijn
lon = "lon"               # WGS84-lengtegraad
postcode = "postcode"     # postcode, gebruikt met het huisnummer als er geen coordinaten zijn
huisnummer = "huisnummer" # huisnummer (de cijfers vooraan tellen)
buurtcode = "buurtcode"   # CBS-buurtcode, als laatste redmiddel
complex = "complex"       # complexnummer
daeb = "daeb"             # DAEB-woning ja/nee

[classification]
level = "buurt"           # op welk niveau gebieden een kleur krijgen
mode = "zscore"           # zscore: afwijking van het eigen werkgebied; percentile: laagste percentielen
yellow = -0.5             # geel als z(afw) <= deze waarde
orange = -1.0             # oranje als z(afw) <= deze waarde
p_yellow = 30             # percentielgrens voor geel (alleen bij mode = "percentile")
p_orange = 15             # percentielgrens voor oranje (alleen bij mode = "percentile")
min_units = 10            # gebieden met minder eenheden heten 'indicatief'
stock_dimensions = ["won"] # dimensies die met het woningbezit te maken hebben (voor focusgemeenten)

[budget]
year = 2019               # het jaar van het plan; de werkelijke uitgaven van dit jaar worden ernaast gezet
total = 1199000           # totaal budget in hele euro's
weights = { basis = 1.0, plus = 2.0, plusplus = 4.0 }  # gewicht per eenheid per inzetniveau
cap_per_daeb_unit = 125   # maximum in euro per DAEB-woning per jaar (0 = niet toetsen)
)toml";
  write_text_file(dir, "RUN.toml", text);
}

namespace {

std::string list_codes(const World& world, const std::vector<int>& buurten) {
  std::vector<std::string> items;
  for (int b : buurten) items.push_back(world.buurten[b].code + " " + world.buurten[b].name);
  std::sort(items.begin(), items.end());
  std::string out;
  for (const std::string& item : items) out += "  - " + item + "\n";
  return out;
}

}  // namespace

void write_readme(const World& world, const Expectation& expected,
                  const std::filesystem::path& dir) {
  std::vector<int> unscored, small;
  for (std::size_t b = 0; b < world.buurten.size(); ++b) {
    const BuurtData& buurt = world.buurten[b];
    if (!buurt.spec.scored && buurt.unit_target > 0) unscored.push_back(static_cast<int>(b));
    if (buurt.unit_target > 0 && buurt.unit_target < 10) small.push_back(static_cast<int>(b));
  }
  std::string on_edge;
  for (std::size_t i = 0; i < world.on_edge_units.size(); ++i) {
    const auto [a, b] = world.on_edge_buurten[i];
    on_edge += "  - eenheid " + world.units[world.on_edge_units[i]].vhe +
               " ligt precies op de grens van " + world.buurten[a].code + " en " +
               world.buurten[b].code + "\n";
  }
  std::string focus;
  for (const std::string& g : expected.focus_gemeenten) {
    if (!focus.empty()) focus += ", ";
    focus += g;
  }

  const BuurtData& enclave = world.buurten[world.enclave];
  const BuurtData& host = world.buurten[world.enclave_host];
  const BuurtData& two_parts = world.buurten[world.multipart];
  const BuurtData& water = world.buurten[world.water];

  std::string text = std::string(kLabel) + R"text(
=============================================

Dit is een VERZONNEN werkgebied van een woningcorporatie, gemaakt door `leefbaar sample`. Alle
verhuureenheden, adressen, complexen, scores en de buurtindeling zijn synthetisch. Gebruik het om het
programma te leren kennen en te testen, nooit als bron van echte gegevens.

Wat is echt:
- De wijkgrenzen van Assen, Hoogeveen en Meppel: CBS Wijk- en buurtkaart 2023 (gegeneraliseerd), via
  cartomap/nl (rd/wijk_2023.geojson). Bron: CBS/PDOK, licentie CC BY 4.0.
- De uitgaven aan leefbaarheid in 2019 per gemeente (finance/uitgaven.xlsx, jaar 2019): de tabel uit het
  jaarverslag 2019 van de corporatie, totaal 1.199.000 euro.
- De acht gemeenten van het werkgebied en de echte wijknamen van Assen.
Wat is verzonnen:
- De buurten binnen elke wijk (namen zijn plausibel, de grenzen niet echt), de dorpen van De Wolden,
  Midden-Drenthe, Noordenveld, Ooststellingwerf en Westerveld (vormen rond hun ongeveer echte ligging),
  alle eenheden en adressen, alle Leefbaarometer-scores.

Bestanden
- RUN.toml                programmabestand (start: leefbaar programme RUN.toml --out UITVOER)
- geo/buurten.geojson     buurten, RD New (EPSG:28992)
- geo/wijken.geojson      wijken (vereniging van hun buurten)
- geo/gemeenten.geojson   gemeenten (vereniging van hun wijken)
- geo/grid.geojson        Leefbaarometer-gridcellen van 100 m met eenheden en scores
- geo/pc6hnr2023.csv      CBS-tabel postcode + huisnummer naar buurt/wijk/gemeente
- geo/bag_verblijfsobjecten.csv  BAG-adressen (woonfunctie) met RD x;y: elke eenheid en elk
                          particulier adres uit de pc6hnr-tabel; voor de huishoudens bij een initiatief
- lbm/*.csv               Leefbaarometer-scores per gridcel, buurt, PC4, wijk en gemeente, edities 2014-2024
- stock/vhe.csv           het woningbezit (ERP-export: UTF-8 met BOM, CRLF, puntkomma, decimale komma)
- finance/uitgaven.xlsx   werkelijke uitgaven aan leefbaarheid 2018-2020

Inhoud
)text";
  text +=
      fmt::format("- {} verhuureenheden in {} complexen, {} gemeenten, {} wijken, {} buurten.\n",
                  world.units.size(), world.complexes.size(), world.gemeenten.size(),
                  world.wijken.size(), world.buurten.size());
  text += fmt::format(
      "- Buurt met een gat waarin een andere buurt ligt (enclave): {} {} ligt binnen {} {}.\n",
      enclave.code, enclave.name, host.code, host.name);
  text += fmt::format("- Buurt uit twee losse delen (MultiPolygon): {} {}.\n", two_parts.code,
                      two_parts.name);
  text += fmt::format("- Water (water = JA, zonder eenheden en scores): {} {}.\n", water.code,
                      water.name);
  text +=
      "- Buurten met eenheden maar zonder Leefbaarometer-scores (hun eenheden vallen terug op PC4 "
      "of wijk):\n" +
      list_codes(world, unscored);
  text += "- Buurten met minder dan 10 eenheden (indicatief):\n" + list_codes(world, small);
  text += "- Eenheden precies op een buurtgrens:\n" + on_edge;
  text +=
      R"text(- Plaatsbepaling in stock/vhe.csv: meestal RD x;y, ongeveer 300 alleen lat;lon, 350 alleen postcode +
  huisnummer, 60 alleen buurtcode, 25 zonder locatie, 15 met x;y buiten elke buurt, 20 met een postcode +
  huisnummer die niet in de pc6hnr-tabel staat.
)text";
  text += fmt::format(
      "\nWat de standaardregels (editie {}) zouden moeten opleveren\n"
      "- Focusgemeenten (gemiddelde 'won' onder dat van het werkgebied): {}.\n"
      "- Buurten: {} oranje, {} geel, {} groen (van {} buurten met eenheden met een score).\n",
      kEdition, focus, expected.orange, expected.yellow, expected.green,
      expected.buurten_classified);
  write_text_file(dir, "README.txt", text);

  const std::string folder_note =
      std::string(kLabel) + "\nZie ../README.txt voor wat hier staat en wat echt is.\n";
  for (const char* folder : {"geo", "lbm", "stock", "finance"})
    write_text_file(dir, std::string(folder) + "/README.txt", folder_note);
}

}  // namespace leefbaar::sample
