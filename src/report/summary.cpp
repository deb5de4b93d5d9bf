#include "report/summary.hpp"

#include <fmt/format.h>

#include <cmath>

#include "core/text.hpp"
#include "report/tables.hpp"

namespace leefbaar {

namespace {

// 1199000 -> "1.199.000": Dutch thousands separators.
std::string euros(double value) {
  const long long v = std::llround(value);
  std::string digits = std::to_string(v < 0 ? -v : v);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += '.';
    out += digits[i];
  }
  return (v < 0 ? "-€ " : "€ ") + out;
}

std::string decimal(double v, int places = 3) {
  if (std::isnan(v)) return "";
  std::string s = fmt::format("{:.{}f}", v, places);
  for (auto& c : s) {
    if (c == '.') c = ',';
  }
  return s;
}

std::string_view dutch_status(UnitStatus s) {
  switch (s) {
    case UnitStatus::ok:
      return "gekoppeld en met score";
    case UnitStatus::no_location:
      return "geen locatie (no_location)";
    case UnitStatus::outside_buurten:
      return "buiten alle buurten (outside_buurten)";
    case UnitStatus::unknown_postcode:
      return "onbekende postcode/huisnummer (unknown_postcode)";
    case UnitStatus::no_score:
      return "gekoppeld, geen score (no_score)";
  }
  return "";
}

}  // namespace

std::string summary_markdown(const ProgrammeRun& run) {
  const auto& p = run.data.run.params;
  const auto& r = run.result;
  std::string md = fmt::format(
      "# {}\n\nLeefbaarometer-editie {}; budgetjaar {}; indeling op niveau {} ({}).\n\n", p.name,
      p.edition, p.budget_year(), to_string(p.classification.level),
      p.classification.mode == ClassificationMode::zscore ? "z-scores" : "percentielen");

  md += "## Invoer\n\n| bestand | soort | inhoud |\n|---|---|---|\n";
  for (const auto& t : run.data.scores) {
    std::vector<std::string> editions;
    for (const auto& [y, n] : t.rows_per_edition) editions.push_back(std::to_string(y));
    md += fmt::format("| {} | scores, niveau {} | {} rijen; edities {}; referentiewaarde {} |\n",
                      t.file, to_string(t.level), t.rows.size(), join(editions, ", "),
                      t.reference ? fmt::format("{:.9f}", *t.reference) : "onbekend");
  }
  md += fmt::format("| {} | buurten | {} buurten ({} objecten, {} water overgeslagen) |\n",
                    run.data.buurten.file, run.data.buurten.areas.size(), run.data.buurten.features,
                    run.data.buurten.water_features);
  md += fmt::format("| {} | woningvoorraad | {} eenheden |\n", run.data.stock.file,
                    run.data.stock.units.size());
  if (run.data.pc6hnr)
    md += fmt::format("| {} | postcodetabel (pc6hnr) | {} rijen |\n", run.data.pc6hnr->file,
                      run.data.pc6hnr->rows);
  if (run.data.actuals)
    md += fmt::format("| {} | uitgaven | {} rijen |\n", run.data.actuals->file,
                      run.data.actuals->rows.size());

  md += "\n## Koppeling\n\n| status | eenheden |\n|---|---:|\n";
  std::array<long long, 5> status{};
  for (const auto& u : r.units) ++status[static_cast<int>(u.status)];
  for (int s = 0; s < 5; ++s)
    md += fmt::format("| {} | {} |\n", dutch_status(static_cast<UnitStatus>(s)), status[s]);
  std::array<long long, kScoreLevelCount> per_level{};
  for (const auto& u : r.units) {
    const auto l = u.scores.level[0];
    if (l != kNoLevel) ++per_level[l];
  }
  md += "\nHerkomst van de score (afw) per eenheid: ";
  std::vector<std::string> parts;
  for (int l = 0; l < kScoreLevelCount; ++l)
    parts.push_back(fmt::format("{} {}", to_string(static_cast<ScoreLevel>(l)), per_level[l]));
  md += join(parts, ", ") + ".\n";

  md +=
      "\n## Maatstaf: het eigen werkgebied\n\n| score | gemiddelde | standaardafwijking | eenheden "
      "|\n|---|---:|---:|---:|\n";
  for (int d = 0; d < kDimCount; ++d)
    md += fmt::format("| {} | {} | {} | {} |\n", kDimNames[d], decimal(r.benchmark.mean[d], 4),
                      decimal(r.benchmark.sd[d], 4), r.benchmark.n[d]);
  md += fmt::format(
      "\nGrens oranje: {}; grens geel: {} ({}).\n\n", decimal(r.thresholds.orange, 4),
      decimal(r.thresholds.yellow, 4),
      p.classification.mode == ClassificationMode::zscore ? "z-waarde van afw" : "gemiddelde afw");
  md += fmt::format(
      "Gebieden: {} groen, {} geel, {} oranje. Eenheden: {} Basis, {} Plus, {} PlusPlus.\n",
      r.areas_per_colour[0], r.areas_per_colour[1], r.areas_per_colour[2], r.units_per_effort[0],
      r.units_per_effort[1], r.units_per_effort[2]);

  md +=
      "\n## Gemeenten en budget\n\n| gemeente | eenheden | focus | plan | werkelijk | verschil "
      "|\n|---|---:|---|---:|---:|---:|\n";
  long long plan_total = 0;
  for (const auto& g : r.gemeenten) {
    plan_total += g.plan;
    md += fmt::format("| {} ({}) | {} | {} | {} | {} | {} |\n",
                      run.stock.gemeenten.name(g.gemeente), run.stock.gemeenten.code(g.gemeente),
                      g.units, g.focus ? "ja" : "nee", euros(static_cast<double>(g.plan)),
                      g.actual ? euros(*g.actual) : "", g.difference ? euros(*g.difference) : "");
  }
  md += fmt::format("| **totaal** | | | **{}** | | |\n", euros(static_cast<double>(plan_total)));

  if (r.trend) {
    md += fmt::format("\n## Trend {}-{}\n\n{} gebieden met een verandering in trend.csv.",
                      r.trend->from, r.trend->to, r.trend->rows.size());
    if (r.trend->units_with_mixed_levels > 0 || r.trend->areas_breaking_identity > 0)
      md += fmt::format(
          " Let op: bij {} eenheden komen afw en dimensies van verschillende niveaus; bij {} "
          "gebieden "
          "is de som van de dimensieveranderingen niet gelijk aan de verandering van afw.",
          r.trend->units_with_mixed_levels, r.trend->areas_breaking_identity);
    md += "\n";
  }
  if (!run.warnings.empty()) {
    md += "\n## Waarschuwingen\n\n";
    for (const auto& w : run.warnings) md += "- " + w + "\n";
  }
  return md;
}

}  // namespace leefbaar
