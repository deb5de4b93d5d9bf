#include "report/download_tables.hpp"

#include <fmt/format.h>

#include <cmath>

#include "core/text.hpp"
#include "report/tables.hpp"

namespace leefbaar {

namespace {

RecordColumn column(std::string header, ColumnType type, double width, std::string explanation,
                    int decimals = 0) {
  return {std::move(header), type, width, decimals, std::move(explanation)};
}

RecordCell euro_cents(std::optional<double> euros) {
  return euros ? RecordCell{std::llround(*euros * 100.0)} : RecordCell{};
}

RecordCell decimal_or_empty(double v) {
  return std::isfinite(v) ? RecordCell{v} : RecordCell{};
}

std::vector<RecordColumn> gemeenten_columns(const ProgrammeRun& run) {
  const int edition = run.data.run.params.edition;
  std::vector<RecordColumn> out = {
      column("gemeentecode", ColumnType::text, 13, "De code van de gemeente bij het CBS."),
      column("gemeente", ColumnType::text, 24, "De naam van de gemeente."),
      column("eenheden", ColumnType::whole, 11,
             "Het aantal woningen en andere eenheden van de corporatie in de gemeente."),
      column("DAEB-eenheden", ColumnType::whole, 14,
             "Het aantal eenheden dat tot het DAEB-bezit (sociale huur) hoort."),
      column("eenheden met score", ColumnType::whole, 12,
             fmt::format("Het aantal eenheden met een Leefbaarometer-score (editie {}); alleen "
                         "deze tellen mee in de gemiddelden.",
                         edition))};
  for (int d = 0; d < kDimCount; ++d)
    out.push_back(column(
        fmt::format("score {}", to_lower(kDimLabels[d])), ColumnType::decimal, 14,
        fmt::format("Het gemiddelde van de Leefbaarometer-score '{}' over de eenheden met een "
                    "score. Boven 0 is beter dan het landelijk gemiddelde, onder 0 slechter.",
                    kDimLabels[d]),
        3));
  for (int d = 0; d < kDimCount; ++d)
    out.push_back(column(
        fmt::format("z-waarde {}", to_lower(kDimLabels[d])), ColumnType::decimal, 14,
        fmt::format("Hoeveel standaardafwijkingen de gemiddelde score '{}' van de gemeente boven "
                    "(positief) of onder (negatief) het gemiddelde van het hele werkgebied ligt. "
                    "Het werkgebied is de meetlat.",
                    kDimLabels[d]),
        2));
  const auto year = run.data.run.params.budget_year();
  out.push_back(column("focusgemeente", ColumnType::yes_no, 14,
                       "Ja: de gemeente scoort op de woningvoorraad (of een andere gekozen "
                       "dimensie) lager dan het gemiddelde van het werkgebied."));
  out.push_back(
      column(fmt::format("gepland budget {}", year), ColumnType::money, 16,
             "Het deel van het budget voor deze gemeente, naar het aantal eenheden en "
             "hun inzet (Basis, Plus, PlusPlus). In hele euro's; samen het totale budget."));
  out.push_back(
      column(fmt::format("werkelijk besteed {}", year), ColumnType::money, 16,
             "Wat de corporatie in het budgetjaar werkelijk uitgaf volgens het "
             "ingelezen bestand met werkelijke uitgaven. Leeg: geen bestand of geen regel "
             "voor deze gemeente."));
  out.push_back(
      column("verschil", ColumnType::money, 14,
             "Werkelijk besteed min gepland budget. Positief: meer uitgegeven dan gepland."));
  out.push_back(column("werkelijk per DAEB-eenheid", ColumnType::money, 16,
                       "Werkelijk besteed gedeeld door het aantal DAEB-eenheden."));
  out.push_back(column(
      "boven plafond", ColumnType::yes_no, 12,
      run.data.run.params.budget.cap_per_daeb_unit > 0
          ? fmt::format("Ja: werkelijk per DAEB-eenheid is hoger dan het plafond van {} euro per "
                        "DAEB-eenheid per jaar.",
                        format_number(run.data.run.params.budget.cap_per_daeb_unit))
          : std::string("Leeg: er is geen plafond per DAEB-eenheid ingesteld.")));
  return out;
}

}  // namespace

RecordTable gemeenten_download(const ProgrammeRun& run) {
  const auto& p = run.data.run.params;
  RecordTable table{"gemeenten", gemeenten_columns(run), {}};
  table.notes = {
      fmt::format("Gemeenten van het werkgebied {}", p.name),
      fmt::format("Leefbaarometer-editie {}; budgetjaar {}; totaal budget {} euro.", p.edition,
                  p.budget_year(), format_number(static_cast<double>(p.budget.total))),
      "Bedragen in euro's. Een leeg vak betekent: geen gegevens."};
  for (const auto& g : run.result.gemeenten) {
    const AreaResult* area = gemeente_area(run.result, g.gemeente);
    std::vector<RecordCell> row = {run.stock.gemeenten.code(g.gemeente),
                                   text_cell(run.stock.gemeenten.name(g.gemeente)), g.units,
                                   g.daeb_units, area ? area->n : 0LL};
    for (int d = 0; d < kDimCount; ++d)
      row.push_back(area ? decimal_or_empty(area->mean[d]) : RecordCell{});
    for (int d = 0; d < kDimCount; ++d)
      row.push_back(area ? decimal_or_empty(area->z[d]) : RecordCell{});
    row.push_back(g.focus);
    row.push_back(g.plan * 100);
    row.push_back(euro_cents(g.actual));
    row.push_back(euro_cents(g.difference));
    row.push_back(euro_cents(g.actual_per_daeb_unit));
    row.push_back(g.above_cap ? RecordCell{*g.above_cap} : RecordCell{});
    table.rows.push_back(std::move(row));
  }
  return table;
}

}  // namespace leefbaar
