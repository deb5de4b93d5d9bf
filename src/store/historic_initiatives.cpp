// Initiatives of earlier years: records of what happened, decided (approved or refused), realised
// or evaluated, with their households and number of supports (no addresses), and the amounts and
// hours each organisation pledged in columns "toegezegd <organisatie>" and "uren <organisatie>".
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "core/text.hpp"
#include "store/audit.hpp"
#include "store/historic_rows.hpp"
#include "store/initiatives.hpp"
#include "store/initiatives_internal.hpp"

namespace leefbaar::store::historic_detail {

namespace {

// The states an initiative of an earlier year can have, as its file names them.
const std::vector<std::string>& decided_states() {
  static const std::vector<std::string> states = [] {
    std::vector<std::string> out;
    for (const auto s : neighbourhood::kInitiativeStates)
      if (neighbourhood::is_decided(s)) out.emplace_back(neighbourhood::state_text(s));
    return out;
  }();
  return states;
}

struct PledgeColumn {
  std::int64_t organisation = 0;
  std::string column;
  bool hours = false;
};

struct HistoricInitiative {
  std::string created, title, description, type, majority, due, decided, reason, realised,
      evaluated, evaluation;
  InitiativeState state = InitiativeState::unconfirmed;  // a decided one once the row is read
  AreaRef area;
  long long households = 0, supports = 0;
  std::map<std::int64_t, std::pair<long long, long long>> pledges;  // amount, hours
};

std::vector<PledgeColumn> pledge_columns(Database& db, std::int64_t work_area,
                                         const ImportTable& table,
                                         std::vector<RecordProblem>& problems) {
  const auto organisations = partnership_organisations(db, work_area);
  std::vector<PledgeColumn> out;
  for (const auto& column : table.columns) {
    const std::string key = header_key(column);
    const bool hours = key.rfind("uren ", 0) == 0;
    if (!hours && key.rfind("toegezegd ", 0) != 0) continue;
    const std::string name = key.substr(hours ? 5 : 10);
    const auto it = std::find_if(organisations.begin(), organisations.end(),
                                 [&](const auto& o) { return header_key(o.name) == name; });
    if (it == organisations.end()) {
      std::vector<std::string> names;
      for (const auto& o : organisations) names.push_back(o.name);
      problems.push_back({table.header_row, column, column,
                          fmt::format("Verwacht '{}' met de naam van een organisatie van het "
                                      "samenwerkingsverband: {}.",
                                      hours ? "uren" : "toegezegd", spoken_list(names))});
      continue;
    }
    out.push_back({it->id, column, hours});
  }
  return out;
}

std::set<std::string> existing_initiatives(Database& db, std::int64_t work_area) {
  auto q = db.query(
      "SELECT substr(created_at, 1, 10) || ' ' || buurt_code || ' ' || lower(title) AS record_key "
      "FROM initiatives WHERE work_area_id = ?");
  q.bind(work_area);
  std::set<std::string> out;
  while (auto row = q.next()) out.insert(row->text("record_key"));
  return out;
}

bool parse_initiative(Database& db, std::int64_t work_area, CheckedRow& row,
                      const std::vector<PledgeColumn>& pledges, std::set<std::string>& seen,
                      HistoricInitiative& i) {
  i.created = row.date("ingediend", true);
  const std::string buurt = row.text("buurt");
  if (const auto area = find_buurt(db, work_area, buurt)) {
    i.area = *area;
    row.same_wijk(area->wijk);
    const std::string gemeente = row.text("gemeente");
    if (!gemeente.empty() && gemeente != area->gemeente)
      row.fail("gemeente", fmt::format("Verwacht de gemeente van de buurt: {}.", area->gemeente));
  } else {
    row.fail("buurt", "Verwacht de code van een buurt van het werkgebied, zoals BU01060101.");
  }
  i.title = row.required("titel", 200, "de titel van het initiatief");
  i.description = row.optional("omschrijving", 4000);
  std::vector<std::string> types(std::begin(kInitiativeTypes), std::end(kInitiativeTypes));
  i.type = row.choice("soort", types, true);
  const auto running = neighbourhood::parse_state(choice_key(row.text("status")));
  if (running && !neighbourhood::is_decided(*running))
    row.fail("status", fmt::format("Verwacht een besloten initiatief: {}. Een lopend initiatief "
                                   "voert u in op de pagina Initiatieven.",
                                   spoken_list(decided_states())));
  else if (const auto state =
               neighbourhood::parse_state(row.choice("status", decided_states(), true)))
    i.state = *state;
  if (const auto h = row.whole("huishoudens", 1, 1'000'000)) i.households = *h;
  if (const auto s = row.whole("steunbetuigingen", 0, 1'000'000)) {
    i.supports = *s;
    if (i.households > 0 && i.supports > i.households)
      row.fail("steunbetuigingen",
               fmt::format("Verwacht hoogstens het aantal huishoudens ({}): een steunbetuiging "
                           "per adres.",
                           i.households));
  }
  i.majority = row.date("meerderheid op", false);
  row.after("meerderheid op", i.majority, "ingediend", i.created);
  i.due = row.date("besluit uiterlijk", false, true);
  i.decided = row.date("besluit op", true);
  row.after("besluit op", i.decided, "ingediend", i.created);
  i.reason = row.optional("reden afwijzing", 2000);
  if (i.state == InitiativeState::refused && i.reason.empty())
    row.fail("reden afwijzing", "Verwacht de reden van de afwijzing; de cel is leeg.");
  if (i.state != InitiativeState::refused && !i.reason.empty())
    row.fail("reden afwijzing", "Verwacht een lege cel: een reden hoort bij een afwijzing.");
  const bool realised =
      i.state == InitiativeState::realised || i.state == InitiativeState::evaluated;
  i.realised = row.date("gerealiseerd op", realised);
  if (!realised && !i.realised.empty())
    row.fail("gerealiseerd op", "Verwacht een lege cel: het initiatief is niet gerealiseerd.");
  row.after("gerealiseerd op", i.realised, "besluit op", i.decided);
  i.evaluated = row.date("geevalueerd op", i.state == InitiativeState::evaluated);
  if (i.state != InitiativeState::evaluated && !i.evaluated.empty())
    row.fail("geevalueerd op", "Verwacht een lege cel: het initiatief is niet geëvalueerd.");
  row.after("geevalueerd op", i.evaluated, "gerealiseerd op", i.realised);
  i.evaluation = i.state == InitiativeState::evaluated
                     ? row.required("evaluatie", 4000, "de evaluatie")
                     : row.optional("evaluatie", 4000);
  for (const auto& p : pledges) {
    const auto value = p.hours ? (row.text(p.column).empty() ? std::optional<long long>(0)
                                                             : row.whole(p.column, 0, 1'000'000))
                               : row.money(p.column);
    if (!value || *value == 0) continue;
    if (i.state == InitiativeState::refused) {
      row.fail(p.column,
               "Verwacht een lege cel: bij een afgewezen initiatief hoort geen "
               "toezegging.");
      continue;
    }
    auto& pledge = i.pledges[p.organisation];
    (p.hours ? pledge.second : pledge.first) = *value;
  }
  if (row.ok()) {
    const std::string key = fmt::format("{} {} {}", i.created, i.area.buurt, to_lower(i.title));
    if (!seen.insert(key).second)
      row.fail("titel",
               "Verwacht een nieuw initiatief: er staat er al een met deze datum, buurt "
               "en titel.");
  }
  return row.ok();
}

// The same insert as the forms (initiative_detail::insert_initiative_row), with the decided state,
// the dates, the households and the supports of its time, which the form's checks would not take.
long long add_initiatives(Database& db, std::int64_t work_area,
                          const std::vector<HistoricInitiative>& list, const std::string& actor) {
  Transaction transaction(db);
  for (const auto& i : list) {
    initiative_detail::InitiativeRow row;
    row.title = i.title;
    row.description = i.description;
    row.type = i.type;
    row.area = i.area;
    row.households = i.households;
    row.entered_by = actor;
    row.state = i.state;
    row.created_at = midnight(i.created);
    row.households_basis = "import";
    row.majority_at = midnight(i.majority);
    row.decision_due = midnight(i.due);
    row.decided_at = midnight(i.decided);
    row.refusal_reason = i.reason;
    row.realised_at = midnight(i.realised);
    row.evaluated_at = midnight(i.evaluated);
    row.evaluation = i.evaluation;
    row.imported_supports = i.supports;
    const std::int64_t id = initiative_detail::insert_initiative_row(db, work_area, row);
    for (const auto& [organisation, pledge] : i.pledges)
      initiative_detail::insert_pledge(db, id, organisation, pledge.first, pledge.second, "");
  }
  transaction.commit();
  return static_cast<long long>(list.size());
}

}  // namespace

long long import_initiatives(Database& db, std::int64_t work_area, const ImportTable& table,
                             const std::string& actor, const std::string& today) {
  std::vector<RecordProblem> header_problems;
  const auto pledges = pledge_columns(db, work_area, table, header_problems);
  auto seen = existing_initiatives(db, work_area);
  const auto list = parse_rows<HistoricInitiative>(
      table,
      {"ingediend", "buurt", "titel", "soort", "status", "huishoudens", "steunbetuigingen",
       "besluit op"},
      header_problems, today, [&](CheckedRow& row, HistoricInitiative& i) {
        return parse_initiative(db, work_area, row, pledges, seen, i);
      });
  return add_initiatives(db, work_area, list, actor);
}

}  // namespace leefbaar::store::historic_detail
