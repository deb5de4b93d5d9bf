#include "store/historic_imports.hpp"

#include <fmt/format.h>

#include <map>
#include <set>
#include <stdexcept>

#include "core/dates.hpp"
#include "core/text.hpp"
#include "store/audit.hpp"
#include "store/historic_rows.hpp"
#include "store/spending.hpp"
#include "store/wijkwerk_detail.hpp"
#include "store/wijkwerk_store.hpp"

namespace leefbaar::store {

namespace {

using namespace historic_detail;
using namespace wijkwerk_detail;

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
    const auto activities = check_activities_table(db, work_area, table);
    Transaction transaction(db);
    insert_activities(db, work_area, activities, actor);
    transaction.commit();
    return static_cast<long long>(activities.size());
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
  const std::string today = day_text(now);
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
