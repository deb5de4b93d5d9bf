#include "store/historic_imports.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <stdexcept>

#include "core/text.hpp"
#include "store/audit.hpp"
#include "store/initiatives.hpp"
#include "store/spending.hpp"
#include "store/wijkwerk_detail.hpp"
#include "store/wijkwerk_store.hpp"

namespace leefbaar::store {

namespace {

using namespace wijkwerk_detail;

constexpr std::size_t kMaxProblems = 100;
constexpr const char* kDateExpected = "Verwacht een datum als JJJJ-MM-DD of DD-MM-JJJJ";

// The lists of the live forms (wijkwerk_mediation.cpp, the schema's CHECKs), for the messages.
const std::vector<std::string> kDecidedStates = {"goedgekeurd", "afgewezen", "gerealiseerd",
                                                 "geevalueerd"};

// ISO, or D-M-YYYY, D/M/YYYY and D.M.YYYY as Dutch spreadsheets write it; "" when neither.
std::string parse_date(const std::string& t) {
  if (is_iso_date(t)) return t;
  for (const char sep : {'-', '/', '.'}) {
    const auto a = t.find(sep), b = t.rfind(sep);
    if (a == std::string::npos || a == b || t.size() - b - 1 != 4) continue;
    const std::string iso = fmt::format("{}-{:0>2}-{:0>2}", t.substr(b + 1),
                                        t.substr(a + 1, b - a - 1), t.substr(0, a));
    if (is_iso_date(iso)) return iso;
  }
  return {};
}

// "Deels opgelost" -> "deels_opgelost", "geëvalueerd" -> "geevalueerd".
std::string choice_key(const std::string& text) {
  std::string out;
  const std::string lower = to_lower(trim(text));
  for (std::size_t i = 0; i < lower.size(); ++i) {
    if (lower.compare(i, 2, "\xC3\xAB") == 0 || lower.compare(i, 2, "\xC3\x8B") == 0) {
      out += 'e';
      ++i;
    } else {
      out += lower[i] == ' ' || lower[i] == '-' ? '_' : lower[i];
    }
  }
  return out;
}

std::string spoken_list(const std::vector<std::string>& values) {
  std::string out;
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (i > 0) out += i + 1 == values.size() ? " of " : ", ";
    out += values[i];
  }
  return out;
}

// The cells of one row, checked one by one; every problem is kept with the cell's text.
class CheckedRow {
 public:
  CheckedRow(const ImportTable& table, const ImportRow& row, std::vector<RecordProblem>& problems,
             const std::string& today)
      : table_(table), row_(row), problems_(problems), today_(today) {}

  long long number() const { return row_.number; }
  bool ok() const { return ok_; }
  std::string text(const std::string& column) const { return table_.cell(row_, column); }

  void fail(const std::string& column, const std::string& message) {
    problems_.push_back({row_.number, column, text(column), message});
    ok_ = false;
  }

  std::string required(const std::string& column, std::size_t max, const std::string& what) {
    const std::string v = text(column);
    if (v.empty())
      fail(column, fmt::format("Verwacht {}; de cel is leeg.", what));
    else if (v.size() > max)
      fail(column, fmt::format("Verwacht hoogstens {} tekens.", max));
    return v;
  }

  std::string optional(const std::string& column, std::size_t max) {
    const std::string v = text(column);
    if (v.size() > max) fail(column, fmt::format("Verwacht hoogstens {} tekens.", max));
    return v;
  }

  std::string date(const std::string& column, bool required, bool future_allowed = false) {
    const std::string v = text(column);
    if (v.empty()) {
      if (required) fail(column, fmt::format("{}; de cel is leeg.", kDateExpected));
      return {};
    }
    const std::string d = parse_date(v);
    if (d.empty()) {
      fail(column, fmt::format("{}, zoals 2024-03-14.", kDateExpected));
    } else if (!future_allowed && d > today_) {
      fail(column, fmt::format("Verwacht een datum tot en met vandaag ({}).", today_));
      return {};
    }
    return d;
  }

  std::optional<long long> whole(const std::string& column, long long min, long long max) {
    const auto n = parse_integer(text(column));
    if (!n || *n < min || *n > max) {
      fail(column, fmt::format("Verwacht een heel getal van {} tot en met {}.", min, max));
      return std::nullopt;
    }
    return n;
  }

  std::optional<long long> money(const std::string& column) {
    const std::string v = text(column);
    if (v.empty()) return 0;
    const auto c = neighbourhood::parse_euros(v);
    if (!c || *c < 0) {
      fail(column, "Verwacht een bedrag in euro's van 0 of meer, zoals 1.250,50.");
      return std::nullopt;
    }
    return c;
  }

  std::string choice(const std::string& column, const std::vector<std::string>& values,
                     bool required) {
    const std::string v = choice_key(text(column));
    if (v.empty() && !required) return {};
    if (std::find(values.begin(), values.end(), v) == values.end()) {
      fail(column, fmt::format("Verwacht {}.", spoken_list(values)));
      return {};
    }
    return v;
  }

  // A step that follows another: only once that one has a date, and not before it.
  void after(const std::string& column, const std::string& date, const std::string& before_column,
             const std::string& before) {
    if (date.empty()) return;
    if (before.empty()) {
      // A date that is there but unreadable has its own problem already.
      if (text(before_column).empty())
        fail(column, fmt::format("Verwacht eerst een datum in de kolom '{}'.", before_column));
    } else if (date < before) {
      fail(column,
           fmt::format("Verwacht een datum op of na die in '{}' ({}).", before_column, before));
    }
  }

  // The wijk column, when the file has one, must be the wijk of the buurt or area.
  void same_wijk(const std::string& wijk) {
    const std::string given = text("wijk");
    if (!given.empty() && !wijk.empty() && given != wijk)
      fail("wijk", fmt::format("Verwacht de wijk van de buurt: {} (of laat de cel leeg).", wijk));
  }

 private:
  const ImportTable& table_;
  const ImportRow& row_;
  std::vector<RecordProblem>& problems_;
  const std::string& today_;
  bool ok_ = true;
};

// Reads every row through parse (which answers false for a row with problems); throws with all
// problems, or answers the parsed rows.
template <class T, class Parse>
std::vector<T> parse_rows(const ImportTable& table, const std::vector<std::string>& required,
                          std::vector<RecordProblem> problems, const std::string& today,
                          Parse&& parse) {
  for (auto& p : missing_columns(table, required)) problems.push_back(std::move(p));
  if (table.columns.empty() || table.rows.empty())
    problems.push_back(
        {table.header_row, "", "",
         "Het bestand heeft geen rijen, alleen een kopregel; verwacht rijen onder de kopregel."});
  if (!problems.empty()) throw RecordImportError(problems);
  std::vector<T> out;
  for (const auto& r : table.rows) {
    CheckedRow row(table, r, problems, today);
    T value{};
    if (parse(row, value) && row.ok()) out.push_back(std::move(value));
    if (problems.size() >= kMaxProblems) {
      problems.push_back(
          {r.number, "", "", "Er zijn nog meer problemen; los deze eerst op en lees opnieuw in."});
      break;
    }
  }
  if (!problems.empty()) throw RecordImportError(problems);
  return out;
}

std::string today_of(std::chrono::system_clock::time_point now) {
  return iso_utc(now).substr(0, 10);
}

std::string midnight(const std::string& date) {
  return date.empty() ? std::string{} : date + "T00:00:00Z";
}

// ---- Initiatives -----------------------------------------------------------------------------

struct PledgeColumn {
  std::int64_t organisation = 0;
  std::string column;
  bool hours = false;
};

struct HistoricInitiative {
  std::string created, title, description, type, state, majority, due, decided, reason, realised,
      evaluated, evaluation;
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
  const std::string state = choice_key(row.text("status"));
  if (state == "open" || state == "onbevestigd")
    row.fail("status", fmt::format("Verwacht een besloten initiatief: {}. Een lopend initiatief "
                                   "voert u in op de pagina Initiatieven.",
                                   spoken_list(kDecidedStates)));
  else
    i.state = row.choice("status", kDecidedStates, true);
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
  if (i.state == "afgewezen" && i.reason.empty())
    row.fail("reden afwijzing", "Verwacht de reden van de afwijzing; de cel is leeg.");
  if (i.state != "afgewezen" && !i.reason.empty())
    row.fail("reden afwijzing", "Verwacht een lege cel: een reden hoort bij een afwijzing.");
  const bool realised = i.state == "gerealiseerd" || i.state == "geevalueerd";
  i.realised = row.date("gerealiseerd op", realised);
  if (!realised && !i.realised.empty())
    row.fail("gerealiseerd op", "Verwacht een lege cel: het initiatief is niet gerealiseerd.");
  row.after("gerealiseerd op", i.realised, "besluit op", i.decided);
  i.evaluated = row.date("geevalueerd op", i.state == "geevalueerd");
  if (i.state != "geevalueerd" && !i.evaluated.empty())
    row.fail("geevalueerd op", "Verwacht een lege cel: het initiatief is niet geëvalueerd.");
  row.after("geevalueerd op", i.evaluated, "gerealiseerd op", i.realised);
  i.evaluation = i.state == "geevalueerd" ? row.required("evaluatie", 4000, "de evaluatie")
                                          : row.optional("evaluatie", 4000);
  for (const auto& p : pledges) {
    const auto value = p.hours ? (row.text(p.column).empty() ? std::optional<long long>(0)
                                                             : row.whole(p.column, 0, 1'000'000))
                               : row.money(p.column);
    if (!value || *value == 0) continue;
    if (i.state == "afgewezen") {
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

long long add_initiatives(Database& db, std::int64_t work_area,
                          const std::vector<HistoricInitiative>& list, const std::string& actor) {
  Transaction transaction(db);
  auto insert = db.query(
      "INSERT INTO initiatives (work_area_id, title, description, type, buurt_code, wijk_code, "
      "gemeente_code, households, source, entered_by, state, created_at, majority_at, "
      "decision_due, decided_at, refusal_reason, realised_at, evaluated_at, evaluation, "
      "imported_supports, households_basis) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'medewerker', ?, ?, "
      "?, ?, ?, ?, ?, ?, ?, ?, ?, 'import')");
  auto pledge_insert = db.query(
      "INSERT INTO initiative_pledges (initiative_id, organisation_id, amount_cents, hours, "
      "means) VALUES (?, ?, ?, ?, '')");
  for (const auto& i : list) {
    insert
        .bind(work_area, i.title, i.description, i.type, i.area.buurt, i.area.wijk, i.area.gemeente,
              i.households, actor, i.state, midnight(i.created))
        .bind(or_null(midnight(i.majority)), or_null(midnight(i.due)), or_null(midnight(i.decided)),
              or_null(i.reason), or_null(midnight(i.realised)), or_null(midnight(i.evaluated)),
              or_null(i.evaluation), i.supports)
        .run();
    const std::int64_t id = db.last_insert_id();
    for (const auto& [organisation, pledge] : i.pledges)
      pledge_insert.bind(id, organisation, pledge.first, pledge.second).run();
  }
  record_audit(db, {actor, "import", fmt::format("initiatives/work_area/{}", work_area),
                    fmt::format("{} initiatieven van eerdere jaren ingelezen", list.size()), ""});
  transaction.commit();
  return static_cast<long long>(list.size());
}

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

// ---- Mediation cases -------------------------------------------------------------------------

bool parse_case(Database& db, std::int64_t work_area, CheckedRow& row,
                std::set<std::string>& numbers, MediationCase& c) {
  c.case_number = row.optional("zaaknummer", 30);
  c.reported_on = row.date("melding", true);
  c.buurt_code = row.text("buurt");
  try {
    c.wijk_code = wijk_of_buurt(db, work_area, c.buurt_code, "buurt");
    row.same_wijk(c.wijk_code);
  } catch (const FieldError&) {
    row.fail("buurt", "Verwacht de code van een buurt van het werkgebied, zoals BU01060101.");
  }
  c.dispute = row.choice("soort ruzie", neighbourhood::mediation_disputes(), true);
  c.intake_on = row.date("intake", false);
  row.after("intake", c.intake_on, "melding", c.reported_on);
  c.mediator_a = row.optional("bemiddelaar 1", 60);
  c.mediator_b = row.optional("bemiddelaar 2", 60);
  if (!c.mediator_a.empty() && c.mediator_a == c.mediator_b)
    row.fail("bemiddelaar 2", "Verwacht twee verschillende bemiddelaars.");
  c.separate_talks_on = row.date("aparte gesprekken", false);
  row.after("aparte gesprekken", c.separate_talks_on, "intake", c.intake_on);
  if (!c.separate_talks_on.empty() && (c.mediator_a.empty() || c.mediator_b.empty()))
    row.fail(c.mediator_a.empty() ? "bemiddelaar 1" : "bemiddelaar 2",
             "Verwacht twee bemiddelaars (naam of initialen): bij de gesprekken horen er twee.");
  c.joint_talk_on = row.date("gezamenlijk gesprek", false);
  row.after("gezamenlijk gesprek", c.joint_talk_on, "aparte gesprekken", c.separate_talks_on);
  c.agreements_on = row.date("afspraken", false);
  row.after("afspraken", c.agreements_on, "gezamenlijk gesprek", c.joint_talk_on);
  c.aftercare_on = row.date("nazorg", false);
  row.after("nazorg", c.aftercare_on, "afspraken", c.agreements_on);
  c.outcome = row.choice("uitkomst", neighbourhood::mediation_outcomes(), false);
  c.exclusion_reason =
      row.choice("reden uitsluiting", neighbourhood::mediation_exclusions(), false);
  if (c.outcome == "uitgesloten" && c.exclusion_reason.empty() &&
      row.text("reden uitsluiting").empty())
    row.fail("reden uitsluiting", fmt::format("Verwacht waarom de zaak niet geschikt is: {}.",
                                              spoken_list(neighbourhood::mediation_exclusions())));
  if (c.outcome != "uitgesloten" && !row.text("reden uitsluiting").empty())
    row.fail("reden uitsluiting",
             "Verwacht een lege cel: een reden hoort alleen bij de uitkomst 'uitgesloten'.");
  if (!c.case_number.empty() && !numbers.insert(c.case_number).second)
    row.fail("zaaknummer", "Verwacht een nieuw zaaknummer: dit nummer is al in gebruik.");
  return row.ok();
}

long long import_cases(Database& db, std::int64_t work_area, const ImportTable& table,
                       const std::string& actor, const std::string& today) {
  std::set<std::string> numbers;
  {
    auto q = db.query("SELECT case_number FROM wijk_mediation_cases WHERE work_area_id = ?");
    q.bind(work_area);
    while (auto row = q.next()) numbers.insert(row->text("case_number"));
  }
  const auto cases = parse_rows<MediationCase>(table, {"melding", "buurt", "soort ruzie"}, {},
                                               today, [&](CheckedRow& row, MediationCase& c) {
                                                 return parse_case(db, work_area, row, numbers, c);
                                               });
  Transaction transaction(db);
  for (auto c : cases) {
    if (c.case_number.empty())
      c.case_number = next_case_number(db, work_area, c.reported_on.substr(0, 4));
    insert_mediation_case(db, work_area, c, actor);
  }
  record_audit(db,
               {actor, "import", fmt::format("wijk_mediation/work_area/{}", work_area),
                fmt::format("{} bemiddelingszaken van eerdere jaren ingelezen", cases.size()), ""});
  transaction.commit();
  return static_cast<long long>(cases.size());
}

// ---- Physical works --------------------------------------------------------------------------

bool parse_work(Database& db, std::int64_t work_area, CheckedRow& row, std::set<std::string>& seen,
                PhysicalWork& w) {
  w.kind = row.choice("soort", physical_work_kinds(), true);
  w.title = row.required("titel", 200, "de naam van het werk");
  w.area_code = row.text("gebied");
  try {
    if (is_buurt_code(w.area_code)) {
      w.wijk_code = wijk_of_buurt(db, work_area, w.area_code, "gebied");
    } else {
      check_wijk(db, work_area, w.area_code, "gebied");
      w.wijk_code = w.area_code;
    }
    row.same_wijk(w.wijk_code);
  } catch (const FieldError&) {
    row.fail("gebied",
             "Verwacht de code van een buurt of wijk van het werkgebied, zoals BU01060101 of "
             "WK010601.");
  }
  w.starts_on = row.date("start", true, true);
  w.ends_on = row.date("einde", false, true);
  row.after("einde", w.ends_on, "start", w.starts_on);
  w.description = row.optional("omschrijving", 2000);
  if (row.ok() &&
      !seen.insert(fmt::format("{} {} {} {}", w.kind, to_lower(w.title), w.area_code, w.starts_on))
           .second)
    row.fail("titel",
             "Verwacht een nieuw werk: er staat er al een met deze soort, titel, gebied "
             "en start.");
  return row.ok();
}

long long import_works(Database& db, std::int64_t work_area, const ImportTable& table,
                       const std::string& actor, const std::string& today) {
  std::set<std::string> seen;
  {
    auto q = db.query(
        "SELECT kind || ' ' || lower(title) || ' ' || area_code || ' ' || starts_on AS record_key "
        "FROM wijk_works WHERE work_area_id = ?");
    q.bind(work_area);
    while (auto row = q.next()) seen.insert(row->text("record_key"));
  }
  const auto works = parse_rows<PhysicalWork>(
      table, {"soort", "titel", "gebied", "start"}, {}, today,
      [&](CheckedRow& row, PhysicalWork& w) { return parse_work(db, work_area, row, seen, w); });
  Transaction transaction(db);
  for (const auto& w : works) insert_work(db, work_area, w, actor);
  record_audit(db,
               {actor, "import", fmt::format("wijk_works/work_area/{}", work_area),
                fmt::format("{} fysieke werken van eerdere jaren ingelezen", works.size()), ""});
  transaction.commit();
  return static_cast<long long>(works.size());
}

// ---- Activities and the ledger: their own imports, their problems with the cell found --------

RecordProblem with_cell(const ImportTable& table, long long row, const std::string& column,
                        const std::string& message) {
  const ImportRow* r = row == table.header_row ? nullptr : table.row(row);
  return {row, column, r && !column.empty() ? table.cell(*r, column) : std::string{}, message};
}

long long import_activities(Database& db, std::int64_t work_area, const ImportTable& table,
                            const std::string& actor) {
  try {
    return import_activities_table(db, work_area, table, actor);
  } catch (const ActivityImportError& e) {
    std::vector<RecordProblem> problems;
    for (const auto& p : e.problems())
      problems.push_back(with_cell(table, p.row, p.field, p.message));
    throw RecordImportError(problems);
  }
}

long long import_spending(Database& db, std::int64_t work_area, const ImportTable& table,
                          const std::string& actor) {
  const auto report = import_spending_table(db, work_area, table, actor);
  if (report.errors.empty()) return report.rows;
  // The ledger's own checks name the fields of its form; the file has Dutch columns.
  static const std::map<std::string, std::string> columns = {{"spent_on", "datum"},
                                                             {"organisation_id", "organisatie"},
                                                             {"amount", "bedrag"},
                                                             {"btiv_category", "categorie"},
                                                             {"effort", "inzet"},
                                                             {"initiative_id", "initiatief"},
                                                             {"activity_ref", "activiteit"},
                                                             {"description", "omschrijving"}};
  std::vector<RecordProblem> problems;
  for (const auto& e : report.errors) {
    const auto it = columns.find(e.field);
    problems.push_back(
        with_cell(table, e.row, it == columns.end() ? e.field : it->second, e.message));
  }
  throw RecordImportError(problems);
}

}  // namespace

RecordImportReport import_records(Database& db, std::int64_t work_area, RecordKind kind,
                                  const ImportTable& table, const std::string& actor,
                                  std::chrono::system_clock::time_point now) {
  const std::string today = today_of(now);
  if (table.rows.empty())  // the ledger's own import would add nothing and call it done
    throw RecordImportError(
        {{table.header_row, "", "",
          "Het bestand heeft geen rijen, alleen een kopregel; verwacht rijen onder de kopregel."}});
  RecordImportReport report;
  report.rows_read = static_cast<long long>(table.rows.size());
  report.warnings = table.warnings;
  switch (kind) {
    case RecordKind::initiatives:
      report.added = import_initiatives(db, work_area, table, actor, today);
      break;
    case RecordKind::activities:
      report.added = import_activities(db, work_area, table, actor);
      break;
    case RecordKind::spending:
      report.added = import_spending(db, work_area, table, actor);
      break;
    case RecordKind::mediation_cases:
      report.added = import_cases(db, work_area, table, actor, today);
      break;
    case RecordKind::works:
      report.added = import_works(db, work_area, table, actor, today);
      break;
    default:
      throw std::invalid_argument("no import for this kind of record");
  }
  return report;
}

}  // namespace leefbaar::store
