// The record tables of the work in the wijken: mediation cases and figures, physical works and
// the campaigns' records.
#include <fmt/format.h>

#include <set>

#include "store/record_exports_detail.hpp"
#include "store/wijkwerk_store.hpp"

// GCC 12 reports false maybe-uninitialized warnings on moves of std::variant<..., std::string, ...>
// (GCC bug 105562 and friends; the report stage silences them for its Cell likewise).
#if defined(__GNUC__) && !defined(__clang__) && __GNUC__ < 13
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif

namespace leefbaar::store::record_detail {

using C = ColumnType;

// ---- Mediation and works ---------------------------------------------------------------------

std::vector<RecordColumn> mediation_columns() {
  return {col("zaaknummer", C::text, 14),
          col("melding", C::date),
          col("wijk", C::text, 11),
          col("buurt", C::text, 12),
          col("soort ruzie", C::text, 12),
          col("intake", C::date),
          col("intake uiterlijk", C::date, 16),
          col("bemiddelaar 1", C::text, 14),
          col("bemiddelaar 2", C::text, 14),
          col("aparte gesprekken", C::date, 17),
          col("gezamenlijk gesprek", C::date, 19),
          col("afspraken", C::date),
          col("nazorg", C::date),
          col("uitkomst", C::text, 15),
          col("reden uitsluiting", C::text, 22)};
}

RecordTable mediation_table(Database& db, std::int64_t work_area, const RecordFilter& f) {
  std::vector<std::string> wijken;
  if (!f.wijk.empty())
    wijken = {f.wijk};
  else if (f.wijken)
    wijken = f.wijken->empty() ? std::vector<std::string>{"-"} : *f.wijken;
  RecordTable t{"bemiddelingszaken", mediation_columns(), {}};
  for (const auto& c : list_mediation_cases(db, work_area, wijken, f.year)) {
    if (!in_scope(f, c.wijk_code)) continue;
    std::string a = mediator_initials(c.mediator_a), b = mediator_initials(c.mediator_b);
    // Two different mediators may share their initials; the file keeps them apart.
    if (!a.empty() && a == b) b += "2.";
    t.rows.push_back({c.case_number, c.reported_on, c.wijk_code, c.buurt_code, c.dispute,
                      text_cell(c.intake_on), intake_due(c), text_cell(a), text_cell(b),
                      text_cell(c.separate_talks_on), text_cell(c.joint_talk_on),
                      text_cell(c.agreements_on), text_cell(c.aftercare_on), text_cell(c.outcome),
                      text_cell(c.exclusion_reason)});
  }
  return t;
}

std::vector<RecordColumn> work_columns() {
  return {col("soort", C::text, 16),       col("titel", C::text, 36), col("gebied", C::text, 12),
          col("wijk", C::text, 11),        col("start", C::date),     col("einde", C::date),
          col("omschrijving", C::text, 48)};
}

RecordTable works_table(Database& db, std::int64_t work_area, const RecordFilter& f) {
  RecordTable t{"werken", work_columns(), {}};
  for (const auto& w : list_works(db, work_area, f.wijk, f.year)) {
    if (!in_scope(f, w.wijk_code)) continue;
    t.rows.push_back({w.kind, w.title, w.area_code, w.wijk_code, w.starts_on, text_cell(w.ends_on),
                      text_cell(w.description)});
  }
  return t;
}

// ---- Campaigns and figures -------------------------------------------------------------------

std::vector<RecordColumn> campaign_columns() {
  return {
      col("actie", C::text, 13),      col("jaar", C::whole, 8),   col("wijk", C::text, 11),
      col("buurt", C::text, 12),      col("straat", C::text, 24), col("naam", C::text, 20),
      col("status", C::text, 13),     col("prijs", C::text, 20),  col("specialiteit", C::text, 13),
      col("ophaaldatum", C::date),    col("bijdrage", C::money),  col("herkomst", C::text, 11),
      col("opdrachten", C::whole, 11)};
}

// One row of the campaigns' sheet: a tree request, a nomination or a reporter; what a kind does not
// have stays empty.
struct CampaignRow {
  RecordCell kind{}, year{}, wijk{}, buurt{}, street{}, name{}, status{}, award{}, speciality{},
      pickup_on{}, contribution{}, source{}, assignments{};
  std::vector<RecordCell> cells() const {
    return {kind,  year,       wijk,      buurt,        street, name,       status,
            award, speciality, pickup_on, contribution, source, assignments};
  }
};

RecordTable campaigns_table(Database& db, std::int64_t work_area, const RecordFilter& f) {
  RecordTable t{"acties", campaign_columns(), {}};
  std::set<int> years;
  if (f.year != 0)
    years.insert(f.year);
  else
    for (const auto& c : list_campaigns(db, work_area, 0)) years.insert(c.year);
  for (const int year : years) {
    const long long y = year;
    // A tree request or a nomination: where and from whom, then what the kind itself has.
    auto add = [&](const auto& entries, const char* kind, auto own_cells) {
      for (const auto& e : entries) {
        if (!in_scope(f, e.wijk_code)) continue;
        CampaignRow row{.kind = kind,
                        .year = y,
                        .wijk = e.wijk_code,
                        .buurt = e.buurt_code,
                        .source = e.source};
        own_cells(e, row);
        t.rows.push_back(row.cells());
      }
    };
    add(list_tree_requests(db, work_area, year, f.wijk), "kerstboom",
        [](const TreeRequest& r, CampaignRow& row) {
          row.street = r.street;
          row.pickup_on = text_cell(r.pickup_on);
          row.contribution = r.contribution_cents;
        });
    add(list_nominations(db, work_area, year, f.wijk), "superbuur",
        [](const SuperbuurNomination& n, CampaignRow& row) {
          row.name = n.nominee;
          row.status = n.status;
          row.award = text_cell(n.award);
        });
    // Reporters work across wijken: with a wijk asked, those with an assignment there.
    for (const auto& r : list_reporters(db, work_area, year)) {
      long long assignments = 0;
      for (const auto& a : r.assignments) assignments += f.wijk.empty() || a.wijk_code == f.wijk;
      if (!f.wijk.empty() && assignments == 0) continue;
      t.rows.push_back(CampaignRow{.kind = "wijkreporter",
                                   .year = y,
                                   .name = r.name,
                                   .speciality = r.speciality,
                                   .assignments = assignments}
                           .cells());
    }
  }
  return t;
}

RecordTable mediation_figures_table(Database& db, std::int64_t work_area, const RecordFilter& f) {
  RecordTable t{
      "bemiddelingscijfers",
      {col("wijk", C::text, 11), col("meldingen", C::whole), col("uitgesloten", C::whole, 11),
       col("intake op tijd", C::whole, 14), col("intake te laat", C::whole, 14),
       col("gezamenlijke gesprekken", C::whole, 22), col("afspraken", C::whole),
       col("opgelost", C::whole), col("deels opgelost", C::whole, 14),
       col("niet opgelost", C::whole, 13), col("gestopt", C::whole), col("lopend", C::whole),
       col("deadline verstreken", C::whole, 19)},
      {}};
  for (const auto& m : mediation_figures(db, work_area, f.year, f.today)) {
    if (!f.wijk.empty() && m.wijk_code != f.wijk) continue;
    t.rows.push_back({m.wijk_code, m.reported, m.excluded, m.intake_on_time, m.intake_late,
                      m.joint_talks, m.agreements, m.solved, m.partly_solved, m.not_solved,
                      m.stopped, m.running, m.overdue});
  }
  return t;
}

}  // namespace leefbaar::store::record_detail
