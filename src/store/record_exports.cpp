#include "store/record_exports.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <stdexcept>

#include "core/text.hpp"
#include "store/initiatives.hpp"
#include "store/record_exports_detail.hpp"
#include "store/record_years.hpp"
#include "store/spending.hpp"
#include "store/wijkwerk_store.hpp"

// GCC 12 reports false maybe-uninitialized warnings on moves of std::variant<..., std::string, ...>
// (GCC bug 105562 and friends; the report stage silences them for its Cell likewise).
#if defined(__GNUC__) && !defined(__clang__) && __GNUC__ < 13
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif

namespace leefbaar::store {

using namespace record_detail;

namespace record_detail {

RecordColumn col(const char* header, ColumnType type, double width) {
  if (width == 0) width = type == ColumnType::text ? 16 : type == ColumnType::whole ? 10 : 12;
  return {header, type, width};
}

bool in_scope(const RecordFilter& f, const std::string& wijk) {
  if (!f.wijk.empty() && wijk != f.wijk) return false;
  return !f.wijken || std::count(f.wijken->begin(), f.wijken->end(), wijk) > 0;
}

}  // namespace record_detail

namespace {

using C = ColumnType;

std::string day(const std::string& timestamp) {
  return timestamp.substr(0, 10);
}

// ---- Initiatives -----------------------------------------------------------------------------

std::vector<RecordColumn> initiative_columns(const std::vector<OrganisationRef>& organisations) {
  std::vector<RecordColumn> out = {col("nummer", C::whole, 9),
                                   col("ingediend", C::date),
                                   col("gemeente", C::text, 10),
                                   col("wijk", C::text, 11),
                                   col("buurt", C::text, 12),
                                   col("titel", C::text, 36),
                                   col("soort", C::text, 12),
                                   col("omschrijving", C::text, 48),
                                   col("status", C::text, 13),
                                   col("huishoudens", C::whole, 12),
                                   col("steunbetuigingen", C::whole, 16),
                                   col("nodig", C::whole, 8),
                                   col("meerderheid op", C::date, 15),
                                   col("besluit uiterlijk", C::date, 16),
                                   col("besluit op", C::date),
                                   col("reden afwijzing", C::text, 30),
                                   col("gerealiseerd op", C::date, 15),
                                   col("geevalueerd op", C::date, 15),
                                   col("evaluatie", C::text, 40)};
  for (const auto& o : organisations) {
    out.push_back({fmt::format("toegezegd {}", o.name), C::money, 18});
    out.push_back({fmt::format("uren {}", o.name), C::whole, 12});
  }
  return out;
}

std::vector<OrganisationRef> pledge_organisations(Database& db, std::int64_t work_area,
                                                  const std::vector<Initiative>& initiatives) {
  auto out = partnership_organisations(db, work_area);
  for (const auto& i : initiatives)
    for (const auto& p : i.pledges)
      if (std::none_of(out.begin(), out.end(), [&](auto& o) { return o.id == p.organisation_id; }))
        out.push_back({p.organisation_id, p.organisation_name, ""});
  return out;
}

RecordTable initiatives_table(Database& db, std::int64_t work_area, const RecordFilter& f,
                              std::chrono::system_clock::time_point now) {
  InitiativeFilter filter;
  filter.wijken = f.wijken;
  filter.wijk = f.wijk;
  if (f.year != 0) filter.year = f.year;
  auto list = list_initiatives(db, work_area, filter, now);
  std::reverse(list.begin(), list.end());  // oldest first
  const auto organisations = pledge_organisations(db, work_area, list);
  RecordTable t{"initiatieven", initiative_columns(organisations), {}};
  for (const auto& i : list) {
    std::vector<RecordCell> row = {static_cast<long long>(i.id),
                                   day(i.created_at),
                                   text_cell(i.area.gemeente),
                                   text_cell(i.area.wijk),
                                   text_cell(i.area.buurt),
                                   i.title,
                                   i.type,
                                   text_cell(i.description),
                                   std::string(state_text(i.state)),
                                   i.households,
                                   i.supports,
                                   i.needed,
                                   text_cell(day(i.majority_at)),
                                   text_cell(day(i.decision_due)),
                                   text_cell(day(i.decided_at)),
                                   text_cell(i.refusal_reason),
                                   text_cell(day(i.realised_at)),
                                   text_cell(day(i.evaluated_at)),
                                   text_cell(i.evaluation)};
    for (const auto& o : organisations) {
      long long amount = 0, hours = 0;
      bool any = false;
      for (const auto& p : i.pledges)
        if (p.organisation_id == o.id) {
          amount += p.amount_cents;
          hours += p.hours;
          any = true;
        }
      row.push_back(any ? RecordCell{amount} : RecordCell{});
      row.push_back(any ? RecordCell{hours} : RecordCell{});
    }
    t.rows.push_back(std::move(row));
  }
  return t;
}

// ---- Activities and the ledger ---------------------------------------------------------------

std::vector<RecordColumn> activity_columns() {
  return {
      col("datum", C::date),     col("wijk", C::text, 11),         col("buurt", C::text, 12),
      col("soort", C::text, 18), col("titel", C::text, 36),        col("prioriteit", C::text, 20),
      col("inzet", C::text, 10), col("organisaties", C::text, 30), col("deelnemers", C::whole, 11),
      col("kosten", C::money),   col("resultaat", C::text, 40)};
}

RecordTable activities_table(Database& db, std::int64_t work_area, const RecordFilter& f) {
  RecordTable t{"activiteiten", activity_columns(), {}};
  for (const auto& a : list_activities(db, work_area, f.wijk, f.year)) {
    if (!in_scope(f, a.wijk_code)) continue;
    t.rows.push_back({a.held_on, a.wijk_code, text_cell(a.buurt_code), a.type, a.title,
                      text_cell(a.theme), a.effort, a.organisations, a.participants, a.cost_cents,
                      text_cell(a.result)});
  }
  return t;
}

// The import reads the columns by name and leaves nummer, correctie_van and reden alone: a
// reversal read back is a negative amount, which nets out the same.
std::vector<RecordColumn> spending_columns() {
  return {col("nummer", C::whole, 8),       col("datum", C::date),
          col("gemeente", C::text, 10),     col("wijk", C::text, 11),
          col("organisatie", C::text, 30),  col("bedrag", C::money),
          col("categorie", C::text, 10),    col("inzet", C::text, 10),
          col("initiatief", C::whole, 10),  col("activiteit", C::text, 24),
          col("omschrijving", C::text, 40), col("correctie_van", C::whole, 12),
          col("reden", C::text, 40)};
}

RecordCell id_cell(const std::optional<std::int64_t>& id) {
  return id ? RecordCell{static_cast<long long>(*id)} : RecordCell{};
}

RecordTable spending_table(Database& db, std::int64_t work_area, const RecordFilter& f) {
  RecordTable t{"uitgaven", spending_columns(), {}};
  const auto entries =
      list_spending(db, work_area, f.year == 0 ? std::nullopt : std::optional<int>(f.year));
  for (const auto& e : entries) {
    if (!f.wijk.empty() && e.wijk_code != f.wijk) continue;
    // correctie_van: the row a reversal reverses or a corrected row replaces.
    t.rows.push_back(
        {static_cast<long long>(e.id), e.spent_on, e.gemeente_code, text_cell(e.wijk_code),
         e.organisation_name, e.amount_cents, text_cell(e.btiv_category), text_cell(e.effort),
         id_cell(e.initiative_id), text_cell(e.activity_ref), text_cell(e.description),
         id_cell(e.reverses_id ? e.reverses_id : e.replaces_id), text_cell(e.correction_reason)});
  }
  return t;
}

}  // namespace

RecordTable export_records(Database& db, std::int64_t work_area, RecordKind kind,
                           const RecordFilter& filter, std::chrono::system_clock::time_point now) {
  switch (kind) {
    case RecordKind::initiatives:
      return initiatives_table(db, work_area, filter, now);
    case RecordKind::activities:
      return activities_table(db, work_area, filter);
    case RecordKind::spending:
      return spending_table(db, work_area, filter);
    case RecordKind::mediation_cases:
      return mediation_table(db, work_area, filter);
    case RecordKind::works:
      return works_table(db, work_area, filter);
    case RecordKind::campaigns:
      return campaigns_table(db, work_area, filter);
    case RecordKind::mediation_figures:
      return mediation_figures_table(db, work_area, filter);
    case RecordKind::signal_counts:
      break;
  }
  throw std::invalid_argument("the signal counts are built by the use case");
}

RecordTable record_template(Database& db, std::int64_t work_area, RecordKind kind) {
  const std::string name = record_kind_info(kind).slug;
  switch (kind) {
    case RecordKind::initiatives:
      return {name, initiative_columns(partnership_organisations(db, work_area)), {}};
    case RecordKind::activities:
      return {name, activity_columns(), {}};
    case RecordKind::spending:
      return {name, spending_columns(), {}};
    case RecordKind::mediation_cases:
      return {name, mediation_columns(), {}};
    case RecordKind::works:
      return {name, work_columns(), {}};
    default:
      throw std::invalid_argument("no import for this kind");
  }
}

std::vector<int> record_years(Database& db, std::int64_t work_area) {
  return years_with_records(db, work_area,
                            {{"wijk_activities", "held_on"},
                             {"wijk_works", "starts_on"},
                             {"initiatives", "created_at", "state <> 'onbevestigd'"},
                             {"wijk_mediation_cases", "reported_on"},
                             {"spending_entries", "spent_on"},
                             {"wijk_campaigns", "year", {}, true},
                             {"signal_contacts", "contact_date"}});
}

}  // namespace leefbaar::store