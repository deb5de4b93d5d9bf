#include "sample/places.hpp"

#include <array>
#include <cmath>

namespace leefbaar::sample {

namespace {

using B = BuurtSpec;

// The construction years of a wijk's complexes by its housing, in Housing's order.
struct BuiltYears {
  int from, to;
};
constexpr std::array<BuiltYears, 4> kBuiltYears = {{{1950, 2012} /* centre */,
                                                    {1952, 1988} /* town */,
                                                    {1978, 2010} /* suburb */,
                                                    {1950, 2016} /* village */}};
static_assert(static_cast<int>(Housing::village) == 3, "one entry per Housing");

WijkSpec wijk(std::string code, std::string place, std::vector<std::string> pc4s, int units,
              Housing housing, std::vector<BuurtSpec> buurten, std::vector<std::string> streets) {
  WijkSpec w;
  w.code = std::move(code);
  w.place = std::move(place);
  w.pc4s = std::move(pc4s);
  w.units = units;
  w.housing = housing;
  w.buurten = std::move(buurten);
  w.streets = std::move(streets);
  const BuiltYears years = kBuiltYears[static_cast<std::size_t>(housing)];
  w.built_from = years.from;
  w.built_to = years.to;
  return w;
}

// A synthetic village wijk: one wijk per village, shaped as a blob at its approximate RD location.
WijkSpec village(std::string code, std::string name, std::vector<std::string> pc4s, int units,
                 double x, double y, std::vector<BuurtSpec> buurten,
                 std::vector<std::string> streets) {
  WijkSpec w = wijk(std::move(code), name, std::move(pc4s), units, Housing::village,
                    std::move(buurten), std::move(streets));
  w.name = std::move(name);
  w.x = x;
  w.y = y;
  w.radius = 450.0 + 28.0 * std::sqrt(static_cast<double>(units));
  return w;
}

WijkSpec with_effect(WijkSpec w, Dims effect, Dims trend = {}) {
  w.effect = effect;
  w.trend = trend;
  return w;
}

WijkSpec built(WijkSpec w, int from, int to) {
  w.built_from = from;
  w.built_to = to;
  return w;
}

std::vector<GemeenteSpec> make_catalog() {
  std::vector<GemeenteSpec> all;

  // ---- Assen: real CBS 2023 wijk shapes. Dims: fys, onv, soc, vrz, won.
  GemeenteSpec assen{"GM0106", "Assen", true, {0.035, -0.005, 0.0, 0.03, 0.0}, {}};
  assen.wijken = {
      with_effect(
          wijk("WK010600", "Assen", {"9401"}, 900, Housing::centre,
               {B("Binnenstad").with_quality(-1.0), B("Stationsbuurt").with_quality(-1.0),
                B("Oranjebuurt"), B("Hoofdlaan").with_quality(0.4),
                B("Componistenbuurt").with_quality(-1.0), B("Havenkwartier").with_quality(-0.2),
                B("Kloosterhof").as_enclave_in("Binnenstad").with_units(24)},
               {"Brink", "Kerkstraat", "Oudestraat", "Gedempte Singel", "Markt", "Torenstraat",
                "Nieuwe Huizen", "Zuidersingel", "Oostersingel", "Noordersingel", "Stationsstraat",
                "Hoofdlaan", "Parkstraat", "Beilerstraat", "Vaart Noordzijde", "Vaart Zuidzijde",
                "Mozartlaan", "Chopinlaan"}),
          {0.0, -0.065, -0.025, 0.07, -0.015}),
      with_effect(wijk("WK010601", "Assen", {"9406"}, 1450, Housing::town,
                       {B("Lariks-Noord").with_quality(-0.5), B("Lariks-Zuid").with_quality(-1.0),
                        B("Lariks-West").with_quality(-0.4), B("Hofstukken").with_quality(-0.8),
                        B("Molukse wijk").with_quality(-0.7), B("Larikspark").with_quality(0.6)},
                       {"Larikslaan", "Dennenlaan", "Berkenlaan", "Sparrenlaan", "Elzenlaan",
                        "Iepenlaan", "Lindelaan", "Populierenlaan", "Wilgenlaan", "Acacialaan",
                        "Kastanjelaan", "Hofstukken", "Ambonstraat", "Ceramstraat"}),
                  {-0.01, -0.05, -0.025, -0.01, -0.045}, {0.0, 0.01, 0.0, 0.0, 0.012}),
      with_effect(
          wijk("WK010602", "Assen", {"9402"}, 1250, Housing::town,
               {B("Noorderpark-Noord"), B("Noorderpark-Zuid").with_quality(-1.0),
                B("Vogelbuurt").with_quality(-0.9), B("Kerkhoflaan").with_quality(0.5),
                B("Schieven").with_units(7)},
               {"Kloekhorststraat", "Noorderstraat", "Rolderstraat", "Pelikaanstraat",
                "Reigerstraat", "Zwanenstraat", "Meeuwenstraat", "Mezenstraat", "Kievitstraat",
                "Merelstraat", "Lijsterstraat", "Vinkenstraat", "Kerkhoflaan"}),
          {0.0, -0.025, -0.01, 0.0, -0.03}),
      with_effect(
          wijk("WK010603", "Assen", {"9403", "9404"}, 1900, Housing::town,
               {B("Schildersbuurt").with_quality(-1.2), B("Oude Molenbuurt").with_quality(-1.0),
                B("Zeeheldenbuurt").with_quality(-0.5), B("Dichtersbuurt"),
                B("Vredeveld").with_quality(0.5), B("Vriezerbrug").with_quality(-0.2),
                B("Bosbuurt").with_quality(-0.5), B("Industriebuurt Oost").with_units(5)},
               {"Rembrandtlaan", "Vermeerstraat", "Frans Halsstraat", "Jan Steenstraat",
                "Van Goghstraat", "Mesdagstraat", "Breitnerstraat", "Israelsstraat", "Molenstraat",
                "Korenmolenstraat", "De Ruyterstraat", "Tromplaan", "Piet Heinstraat",
                "Van Speijkstraat", "Vondellaan", "Bilderdijklaan", "Vredeveldseweg", "Bosweg"}),
          {-0.01, -0.065, -0.03, 0.0, -0.055}, {0.0, 0.025, 0.005, 0.0, 0.02}),
      with_effect(wijk("WK010604", "Assen", {"9405"}, 1200, Housing::town,
                       {B("Pittelo-Noord").with_quality(-0.4), B("Pittelo-Zuid").with_quality(-1.0),
                        B("Diepstroeten").with_quality(-1.2), B("Bloemenbuurt").with_quality(-0.7),
                        B("Pittelerveld")},
                       {"Bremstraat", "Heidestraat", "Gentiaanstraat", "Klaverstraat",
                        "Diepstroeten", "Boterbloemstraat", "Akeleistraat", "Lupinestraat",
                        "Madeliefstraat", "Papaverstraat", "Irisstraat"}),
                  {-0.01, -0.055, -0.03, -0.01, -0.05}, {0.0, -0.015, -0.005, 0.0, 0.0}),
      with_effect(
          wijk("WK010605", "Assen", {"9406"}, 450, Housing::suburb,
               {B("Baggelhuizen").with_quality(0.3), B("Messchenveld"),
                B("Zuidhaege").with_quality(0.2), B("Asserbos").with_units(8),
                B("Baggelhuizerplas").as_water(),
                B("Bedrijventerrein Assen-West").as_multipart().with_units(16)},
               {"Baggelhuizerweg", "Lauwers", "Hunze", "Reest", "Drentsche Aa", "Industrieweg",
                "Transportweg", "Europaweg", "Zuidhaege", "Messchenveldweg"}),
          {0.0, 0.0, 0.0, -0.02, 0.02}),
      with_effect(
          wijk("WK010606", "Assen", {"9405"}, 850, Housing::town,
               {B("Peelo-Noord"), B("Peelo-Zuid").with_quality(-1.0),
                B("Peelerpark").with_quality(0.3), B("Achter 't Hof").with_quality(-1.3),
                B("Peelo-Oost")},
               {"Peelerstraat", "Achter 't Hof", "Groenlandstraat", "IJslandstraat",
                "Noorwegenstraat", "Zwedenlaan", "Finlandlaan", "Denemarkenstraat", "Peelerbrink"}),
          {0.0, 0.0, 0.0, -0.01, 0.0}),
      with_effect(wijk("WK010607", "Assen", {"9408"}, 700, Housing::suburb,
                       {B("Marsdijk-Noord"), B("Marsdijk-Zuid"), B("Het Zand").with_quality(0.2),
                        B("Anreep").with_quality(0.3), B("De Slenken").without_scores(),
                        B("Marsdijk-Oost").with_quality(-0.8)},
                       {"Schapendrift", "Heidehof", "Veenhof", "Esdoornhof", "Zandhof",
                        "Slenkenweg", "Dobbe", "Groeve", "Marsdijkstraat", "Anreeperdiep"}),
                  {0.0, 0.035, 0.025, -0.02, 0.055}),
      built(
          with_effect(wijk("WK010608", "Assen", {"9407"}, 600, Housing::suburb,
                           {B("Kloosterveen-Noord"), B("Kloosterveen-Oost"),
                            B("Kloosterveste").without_scores(), B("Kloosterakker"),
                            B("Kloosterveen-Zuid"), B("Kloostertuinen").with_quality(0.3)},
                           {"Abdijhof", "Priorij", "Kloosterakker", "Kloostertuin", "Monnikenweg",
                            "Kapittelweg", "Kloosterveste", "Refter", "Kruisgang", "Kloosterpad"}),
                      {0.005, 0.04, 0.03, -0.03, 0.065}, {0.0, 0.0, -0.01, 0.005, 0.0}),
          1996, 2021),
      with_effect(wijk("WK010699", "Assen", {"9409"}, 100, Housing::village,
                       {B("Loon").in_place("Loon"), B("Rhee").in_place("Rhee"),
                        B("Ekehaar").with_units(4).without_scores().in_place("Ekehaar"),
                        B("Witten").with_units(6).in_place("Witten"), B("Verspreide huizen Assen")},
                       {"Hoofdweg", "Esweg", "Dorpsstraat", "Brink", "Zuides", "Loonerstraat"}),
                  {0.03, 0.09, 0.06, -0.13, 0.06}),
  };
  all.push_back(std::move(assen));

  // ---- Hoogeveen and Meppel: real shapes; only the wijken with units carry settings.
  GemeenteSpec hoogeveen{"GM0118", "Hoogeveen", true, {0.03, 0.01, 0.0, 0.03, 0.025}, {}};
  hoogeveen.wijken = {
      wijk("WK011850", "Hoogeveen", {"7901", "7902", "7903"}, 150, Housing::town,
           {B("Centrum"), B("Het Haagje"), B("Bentinckspark").with_quality(0.3),
            B("Noord").with_quality(-0.4)},
           {"Alteveerstraat", "Hoofdstraat", "Grote Kerkstraat", "Van Echtenstraat", "Schutstraat",
            "Bentinckplein", "Haagjesweg"}),
      wijk("WK011851", "Hoogeveen", {"7908", "7909"}, 100, Housing::town,
           {B("De Weide"), B("Erflanden").with_quality(-0.5), B("Wolfsbos").with_quality(-1.2)},
           {"Jan Weitkamplaan", "Mr. Cramerstraat", "Zuiderweg", "Wolfsbosstraat",
            "Schoutenstraat"}),
      wijk("WK011862", "Hoogeveen", {"7903"}, 0, Housing::town,
           {B("Industrieterrein De Wieken"), B("Verspreide huizen Hoogeveen")}, {}),
  };
  all.push_back(std::move(hoogeveen));

  GemeenteSpec meppel{"GM0119", "Meppel", true, {0.02, 0.0, -0.01, 0.04, 0.02}, {}};
  meppel.wijken = {
      wijk("WK011900", "Meppel", {"7941"}, 80, Housing::centre,
           {B("Centrum"), B("Stadsweide"), B("Kaap").with_quality(-1.8)},
           {"Prinsengracht", "Hoofdstraat", "Kerkplein", "Woldstraat", "Groenmarkt",
            "Kleine Oever"}),
      wijk("WK011902", "Meppel", {"7942"}, 120, Housing::town,
           {B("Haveltermade"), B("Haveltermade-Oost").with_quality(-1.6)},
           {"Havelterweg", "Eendrachtstraat", "Catharinastraat", "Zuideinde", "Molenstraat"}),
      wijk("WK011903", "Meppel", {"7943", "7944"}, 150, Housing::suburb,
           {B("Koedijkslanden-Noord"), B("Koedijkslanden-Midden"), B("Koedijkslanden-Zuid")},
           {"Rietzanger", "Karekiet", "Grutto", "Tureluur", "Kievitsbloem", "Koedijkslaan"}),
      wijk("WK011911", "Meppel", {"7941"}, 0, Housing::village, {B("Verspreide huizen Meppel")},
           {}),
  };
  all.push_back(std::move(meppel));

  // ---- Synthetic gemeenten: one wijk per village at its approximate RD location.
  GemeenteSpec midden{"GM1731", "Midden-Drenthe", false, {0.04, 0.09, 0.045, -0.14, -0.018}, {}};
  midden.wijken = {
      village("WK173100", "Beilen", {"9411"}, 1000, 233800, 540900,
              {B("Beilen-Centrum"), B("Beilen-Oost").with_quality(-1.2), B("Beilen-West"),
               B("Beilen-Noord")},
              {"Brinkstraat", "Eursingerweg", "Lindenlaan", "Esstraat"}),
      village("WK173101", "Smilde", {"9421", "9422"}, 550, 222600, 553900,
              {B("Smilde-Centrum").with_quality(-1.1), B("Smilde-Noord"), B("Smilde-Zuid")},
              {"Veenhoopsweg", "Kanaal Oostzijde", "Kanaal Westzijde", "Jan Vosstraat"}),
      village("WK173102", "Westerbork", {"9431"}, 350, 238600, 543600,
              {B("Westerbork"), B("Westerbork-Zuid").with_units(7)}, {"Hoofdstraat", "Kampweg"}),
  };
  all.push_back(std::move(midden));

  GemeenteSpec ooststellingwerf{
      "GM0085", "Ooststellingwerf", false, {0.055, 0.07, 0.035, -0.15, -0.028}, {}};
  ooststellingwerf.wijken = {
      village("WK008500", "Oosterwolde", {"8431", "8432"}, 1000, 207800, 557300,
              {B("Oosterwolde-Centrum"), B("Haerenkwartier").with_quality(-1.3),
               B("Venekoten").with_quality(-0.8), B("Oosterwolde-Zuid")},
              {"Haerenstraat", "Venekoterweg", "Brink", "Snoeckstraat", "Stationsstraat"}),
      village(
          "WK008501", "Appelscha", {"8426"}, 450, 214700, 553100,
          {B("Appelscha-Centrum").with_quality(-0.4),
           B("Riemsoord").with_units(30).without_scores(), B("Appelscha-Boven").with_quality(-0.3)},
          {"Vaart Zuidzijde", "Vaart Noordzijde", "Riemsoord", "Boerestreek"}),
      village("WK008502", "Haulerwijk", {"8433"}, 250, 209300, 569000,
              {B("Haulerwijk"), B("Haulerwijk-Zuid").with_units(5).without_scores()},
              {"Hoofdweg", "Oude Vaart"}),
  };
  all.push_back(std::move(ooststellingwerf));

  GemeenteSpec dewolden{"GM1690", "De Wolden", false, {0.045, 0.11, 0.06, -0.13, 0.045}, {}};
  dewolden.wijken = {
      village("WK169000", "Zuidwolde", {"7921"}, 400, 221000, 523700,
              {B("Zuidwolde-Centrum"), B("Zuidwolde-Noord"), B("Zuidwolde-Oost")},
              {"Burgemeester Lewe van Aduardstraat", "Ommerweg"}),
      village("WK169001", "Ruinerwold", {"7961"}, 300, 214700, 527200,
              {B("Ruinerwold"), B("Ruinerwold-Oost")}, {"Dokter Larijweg", "Blijdensteinstraat"}),
      village("WK169002", "De Wijk", {"7957"}, 200, 218000, 521600, {B("De Wijk")},
              {"Julianaweg", "Stapelerweg"}),
  };
  all.push_back(std::move(dewolden));

  GemeenteSpec westerveld{"GM1701", "Westerveld", false, {0.06, 0.12, 0.06, -0.16, 0.05}, {}};
  westerveld.wijken = {
      village("WK170100", "Diever", {"7981"}, 180, 215300, 545800, {B("Diever"), B("Diever-Zuid")},
              {"Peperstraat", "Hezenes"}),
      village("WK170101", "Havelte", {"7970"}, 250, 209900, 534300,
              {B("Havelte"), B("Havelte-West")}, {"Van Helomaweg", "Raadhuisstraat"}),
      village("WK170102", "Vledder", {"8381"}, 150, 210600, 542900, {B("Vledder")},
              {"Hoofdstraat", "Noordenveld"}),
      village("WK170103", "Dwingeloo", {"7991"}, 220, 220800, 541400,
              {B("Dwingeloo"), B("Dwingeloo-Oost")}, {"Brink", "Entinge"}),
  };
  all.push_back(std::move(westerveld));

  GemeenteSpec noordenveld{"GM1699", "Noordenveld", false, {0.06, 0.08, 0.05, -0.10, 0.035}, {}};
  noordenveld.wijken = {
      village("WK169900", "Roden", {"9301"}, 450, 223900, 574300,
              {B("Roden-Centrum"), B("Roden-Noord"), B("Roden-Zuid"),
               B("Roden-Oost").with_quality(-0.9)},
              {"Heerestraat", "Ceresstraat", "Kanaalstraat", "Wilhelminastraat"}),
      village("WK169901", "Norg", {"9331"}, 150, 227300, 568100,
              {B("Norg"), B("Norg-Oost").with_units(8)}, {"Brink", "Asserstraat"}),
      village("WK169902", "Peize", {"9321"}, 100, 229600, 576900, {B("Peize")},
              {"Hoofdweg", "Groningerweg"}),
  };
  all.push_back(std::move(noordenveld));

  return all;
}

}  // namespace

const std::vector<GemeenteSpec>& catalog() {
  static const std::vector<GemeenteSpec> all = make_catalog();
  return all;
}

const std::vector<std::string>& village_streets() {
  static const std::vector<std::string> streets = {
      "Hoofdstraat",   "Kerkstraat",    "Dorpsstraat",      "Schoolstraat", "Stationsweg",
      "Julianastraat", "Beatrixstraat", "Wilhelminastraat", "Molenweg",     "Esweg",
      "Torenstraat",   "Boslaan",       "Eikenlaan",        "Beukenlaan",   "Prins Bernhardstraat",
      "Oranjestraat",  "Nieuwe Weg",    "Zuideinde",        "Noordeinde",   "De Kamp",
      "Heideweg",      "Meidoornlaan",  "Vlinderhof",       "Zwaluwstraat", "Lijsterbesstraat",
      "Het Hoogeland"};
  return streets;
}

}  // namespace leefbaar::sample
