#include "store/record_exports.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <stdexcept>

#include "core/text.hpp"
#include "store/initiatives.hpp"
#include "store/spending.hpp"
#include "store/wijkwerk_store.hpp"

// GCC 12 reports false maybe-uninitialized warnings on moves of std::variant<..., std::string, ...>
// (GCC bug 105562 and friends; the report stage silences them for its Cell likewise).
#if defined(__GNUC__) && !defined(__clang__) && __GNUC__ < 13
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif

namespace leefbaar::store {

namespace {

using C = ColumnType;

RecordColumn col(const char* header, ColumnType type = C::text, double width = 0) {
  if (width == 0) width = type == C::text ? 16 : type == C::whole ? 10 : 12;
  return {header, type, width};
}

std::string day(const std::string& timestamp) {
  return timestamp.substr(0, 10);
}

bool in_scope(const RecordFilter& f, const std::string& wijk) {
  if (!f.wijk.empty() && wijk != f.wijk) return false;
  return !f.wijken || std::count(f.wijken->begin(), f.wijken->end(), wijk) > 0;
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

std::vector<RecordColumn> spending_columns() {
  return {col("datum", C::date),          col("gemeente", C::text, 10),
          col("wijk", C::text, 11),       col("organisatie", C::text, 30),
          col("bedrag", C::money),        col("categorie", C::text, 10),
          col("inzet", C::text, 10),      col("initiatief", C::whole, 10),
          col("activiteit", C::text, 24), col("omschrijving", C::text, 40)};
}

RecordTable spending_table(Database& db, std::int64_t work_area, const RecordFilter& f) {
  RecordTable t{"uitgaven", spending_columns(), {}};
  const auto entries =
      list_spending(db, work_area, f.year == 0 ? std::nullopt : std::optional<int>(f.year));
  for (const auto& e : entries) {
    if (!f.wijk.empty() && e.wijk_code != f.wijk) continue;
    t.rows.push_back(
        {e.spent_on, e.gemeente_code, text_cell(e.wijk_code), e.organisation_name, e.amount_cents,
         text_cell(e.btiv_category), text_cell(e.effort),
         e.initiative_id ? RecordCell{static_cast<long long>(*e.initiative_id)} : RecordCell{},
         text_cell(e.activity_ref), text_cell(e.description)});
  }
  return t;
}

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

RecordTable campaigns_table(Database& db, std::int64_t work_area, const RecordFilter& f) {
  RecordTable t{"acties", campaign_columns(), {}};
  std::set<int> years;
  if (f.year != 0)
    years.insert(f.year);
  else
    for (const auto& c : list_campaigns(db, work_area, 0)) years.insert(c.year);
  for (const int year : years) {
    const long long y = year;
    for (const auto& r : list_tree_requests(db, work_area, year, f.wijk))
      if (in_scope(f, r.wijk_code))
        t.rows.push_back({"kerstboom",
                          y,
                          r.wijk_code,
                          r.buurt_code,
                          r.street,
                          {},
                          {},
                          {},
                          {},
                          text_cell(r.pickup_on),
                          r.contribution_cents,
                          r.source,
                          {}});
    for (const auto& n : list_nominations(db, work_area, year, f.wijk))
      if (in_scope(f, n.wijk_code))
        t.rows.push_back({"superbuur",
                          y,
                          n.wijk_code,
                          n.buurt_code,
                          {},
                          n.nominee,
                          n.status,
                          text_cell(n.award),
                          {},
                          {},
                          {},
                          n.source,
                          {}});
    // Reporters work across wijken: with a wijk asked, those with an assignment there.
    for (const auto& r : list_reporters(db, work_area, year)) {
      long long assignments = 0;
      for (const auto& a : r.assignments) assignments += f.wijk.empty() || a.wijk_code == f.wijk;
      if (!f.wijk.empty() && assignments == 0) continue;
      t.rows.push_back(
          {"wijkreporter", y, {}, {}, {}, r.name, {}, {}, r.speciality, {}, {}, {}, assignments});
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

}  // namespace

const std::vector<RecordKindInfo>& record_kinds() {
  static const std::vector<RecordKindInfo> kinds = {
      {RecordKind::initiatives, "initiatieven", "Initiatieven van bewoners", true},
      {RecordKind::activities, "activiteiten", "Activiteiten", true},
      {RecordKind::spending, "uitgaven", "Uitgaven", true},
      {RecordKind::mediation_cases, "bemiddelingszaken", "Buurtbemiddeling: zaken", true},
      {RecordKind::works, "werken", "Fysieke werken", true},
      {RecordKind::campaigns, "acties", "Acties (kerstbomen, superburen, wijkreporters)", false},
      {RecordKind::mediation_figures, "bemiddelingscijfers", "Buurtbemiddeling: cijfers", false},
      {RecordKind::signal_counts, "signalen", "Signalen: aantallen", false}};
  return kinds;
}

std::optional<RecordKind> record_kind(std::string_view slug) {
  for (const auto& k : record_kinds())
    if (slug == k.slug) return k.kind;
  return std::nullopt;
}

const RecordKindInfo& record_kind_info(RecordKind kind) {
  for (const auto& k : record_kinds())
    if (k.kind == kind) return k;
  throw std::invalid_argument("unknown record kind");
}

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
  throw std::invalid_argument("the signal counts are built by the API");
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

std::string mediator_initials(const std::string& name) {
  std::string out;
  bool start = true;
  for (std::size_t i = 0; i < name.size();) {
    const auto c = static_cast<unsigned char>(name[i]);
    const std::size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : 4;
    const bool letter = c >= 0x80 || std::isalnum(c);
    if (letter && start) {
      out += c < 0x80 ? std::string(1, static_cast<char>(std::toupper(c))) : name.substr(i, len);
      out += '.';
    }
    start = !letter;
    i += len;
  }
  return out;
}

std::vector<int> record_years(Database& db, std::int64_t work_area) {
  auto q = db.query(
      "SELECT DISTINCT y FROM (SELECT CAST(substr(held_on, 1, 4) AS INTEGER) AS y FROM "
      "wijk_activities WHERE work_area_id = ?1 UNION SELECT CAST(substr(starts_on, 1, 4) AS "
      "INTEGER) FROM wijk_works WHERE work_area_id = ?1 UNION SELECT CAST(substr(created_at, 1, "
      "4) AS INTEGER) FROM initiatives WHERE work_area_id = ?1 AND state <> 'onbevestigd' UNION "
      "SELECT CAST(substr(reported_on, 1, 4) AS INTEGER) FROM wijk_mediation_cases WHERE "
      "work_area_id = ?1 UNION SELECT CAST(substr(spent_on, 1, 4) AS INTEGER) FROM "
      "spending_entries WHERE work_area_id = ?1 UNION SELECT year FROM wijk_campaigns WHERE "
      "work_area_id = ?1 UNION SELECT CAST(substr(contact_date, 1, 4) AS INTEGER) FROM "
      "signal_contacts WHERE work_area_id = ?1) WHERE y BETWEEN 2000 AND 2100 ORDER BY y DESC");
  q.bind(work_area);
  std::vector<int> out;
  while (auto row = q.next()) out.push_back(row->integer("y"));
  return out;
}

}  // namespace leefbaar::store
