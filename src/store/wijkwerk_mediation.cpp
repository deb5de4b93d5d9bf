// Wijk work: neighbour mediation along the CCV steps (with its deadlines and figures) and the
// physical works per area and period.
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "core/text.hpp"
#include "store/audit.hpp"
#include "store/wijkwerk_detail.hpp"
#include "store/wijkwerk_store.hpp"

namespace leefbaar::store {

using namespace wijkwerk_detail;
using namespace neighbourhood;

namespace {

MediationCase case_of(SQLite::Statement& q) {
  MediationCase c;
  c.id = q.getColumn(0).getInt64();
  c.case_number = q.getColumn(1).getString();
  c.buurt_code = q.getColumn(2).getString();
  c.wijk_code = q.getColumn(3).getString();
  c.dispute = q.getColumn(4).getString();
  c.reported_on = q.getColumn(5).getString();
  c.intake_on = optional_text(q.getColumn(6));
  c.mediator_a = q.getColumn(7).getString();
  c.mediator_b = q.getColumn(8).getString();
  c.separate_talks_on = optional_text(q.getColumn(9));
  c.joint_talk_on = optional_text(q.getColumn(10));
  c.agreements_on = optional_text(q.getColumn(11));
  c.aftercare_on = optional_text(q.getColumn(12));
  c.outcome = optional_text(q.getColumn(13));
  c.exclusion_reason = optional_text(q.getColumn(14));
  return c;
}

constexpr const char* kCaseColumns =
    "SELECT id, case_number, buurt_code, wijk_code, dispute, reported_on, intake_on, mediator_a, "
    "mediator_b, separate_talks_on, joint_talk_on, agreements_on, aftercare_on, outcome, "
    "exclusion_reason FROM wijk_mediation_cases ";

// Binds the steps from position `from` on (9 values).
void bind_steps(SQLite::Statement& q, int from, const MediationCase& c) {
  bind_optional(q, from, c.intake_on);
  q.bind(from + 1, c.mediator_a);
  q.bind(from + 2, c.mediator_b);
  bind_optional(q, from + 3, c.separate_talks_on);
  bind_optional(q, from + 4, c.joint_talk_on);
  bind_optional(q, from + 5, c.agreements_on);
  bind_optional(q, from + 6, c.aftercare_on);
  bind_optional(q, from + 7, c.outcome);
  bind_optional(q, from + 8, c.exclusion_reason);
}

}  // namespace

std::int64_t add_mediation_case(Database& database, std::int64_t work_area,
                                const MediationCase& input, const std::string& actor) {
  MediationCase c = input;
  c.wijk_code = wijk_of_buurt(database, work_area, c.buurt_code, "buurt_code");
  const auto& disputes = mediation_disputes();
  if (std::find(disputes.begin(), disputes.end(), c.dispute) == disputes.end())
    throw FieldError("dispute", "Kies de soort burenruzie.");
  check_case_steps(c);
  c.case_number = std::string(trim(c.case_number));
  if (c.case_number.size() > 30) throw FieldError("case_number", "Gebruik hoogstens 30 tekens.");
  auto& db = database.sql();
  SQLite::Transaction transaction(db);
  if (c.case_number.empty()) {
    SQLite::Statement n(db,
                        "SELECT count(*) FROM wijk_mediation_cases WHERE work_area_id = ? AND "
                        "substr(reported_on, 1, 4) = ?");
    n.bind(1, work_area);
    n.bind(2, c.reported_on.substr(0, 4));
    n.executeStep();
    for (long long i = n.getColumn(0).getInt64() + 1;; ++i) {
      c.case_number = fmt::format("BB-{}-{:03}", c.reported_on.substr(0, 4), i);
      SQLite::Statement e(db,
                          "SELECT 1 FROM wijk_mediation_cases WHERE work_area_id = ? AND "
                          "case_number = ?");
      e.bind(1, work_area);
      e.bind(2, c.case_number);
      if (!e.executeStep()) break;
    }
  } else {
    SQLite::Statement e(db,
                        "SELECT 1 FROM wijk_mediation_cases WHERE work_area_id = ? AND "
                        "case_number = ?");
    e.bind(1, work_area);
    e.bind(2, c.case_number);
    if (e.executeStep()) throw ConflictError("case_number", "Dit zaaknummer is al in gebruik.");
  }
  SQLite::Statement q(db,
                      "INSERT INTO wijk_mediation_cases (work_area_id, case_number, buurt_code, "
                      "wijk_code, dispute, reported_on, intake_on, mediator_a, mediator_b, "
                      "separate_talks_on, joint_talk_on, agreements_on, aftercare_on, outcome, "
                      "exclusion_reason, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                      "?, ?, ?, ?, ?, ?, ?, ?, ?)");
  q.bind(1, work_area);
  q.bind(2, c.case_number);
  q.bind(3, c.buurt_code);
  q.bind(4, c.wijk_code);
  q.bind(5, c.dispute);
  q.bind(6, c.reported_on);
  bind_steps(q, 7, c);
  q.bind(16, utc_now());
  q.bind(17, actor);
  q.exec();
  const std::int64_t id = db.getLastInsertRowid();
  record_audit(db, {actor, "create", fmt::format("wijk_mediation/{}", id),
                    fmt::format("{} {} {}", c.case_number, c.buurt_code, c.dispute), ""});
  transaction.commit();
  return id;
}

void update_mediation_case(Database& database, std::int64_t work_area, std::int64_t id,
                           const MediationCase& input, const std::string& actor) {
  auto existing = find_mediation_case(database, work_area, id);
  if (!existing) throw FieldError("id", "Deze bemiddelingszaak bestaat niet.");
  MediationCase c = input;
  c.reported_on = c.reported_on.empty() ? existing->reported_on : c.reported_on;
  check_case_steps(c);
  auto& db = database.sql();
  SQLite::Transaction transaction(db);
  SQLite::Statement q(db,
                      "UPDATE wijk_mediation_cases SET reported_on = ?, intake_on = ?, mediator_a "
                      "= ?, mediator_b = ?, separate_talks_on = ?, joint_talk_on = ?, "
                      "agreements_on = ?, aftercare_on = ?, outcome = ?, exclusion_reason = ? "
                      "WHERE id = ? AND work_area_id = ?");
  q.bind(1, c.reported_on);
  bind_steps(q, 2, c);
  q.bind(11, id);
  q.bind(12, work_area);
  q.exec();
  record_audit(db, {actor, "update", fmt::format("wijk_mediation/{}", id),
                    c.outcome.empty() ? "lopend" : c.outcome, ""});
  transaction.commit();
}

std::optional<MediationCase> find_mediation_case(Database& database, std::int64_t work_area,
                                                 std::int64_t id) {
  SQLite::Statement q(database.sql(),
                      std::string(kCaseColumns) + "WHERE work_area_id = ? AND id = ?");
  q.bind(1, work_area);
  q.bind(2, id);
  if (!q.executeStep()) return std::nullopt;
  return case_of(q);
}

std::vector<MediationCase> list_mediation_cases(Database& database, std::int64_t work_area,
                                                const std::vector<std::string>& wijken, int year) {
  SQLite::Statement q(database.sql(),
                      std::string(kCaseColumns) +
                          "WHERE work_area_id = ? AND (? = 0 OR "
                          "substr(reported_on, 1, 4) = ?) ORDER BY reported_on, id");
  q.bind(1, work_area);
  q.bind(2, year);
  q.bind(3, fmt::format("{:04}", year));
  std::vector<MediationCase> out;
  while (q.executeStep()) {
    auto c = case_of(q);
    if (wijken.empty() || std::count(wijken.begin(), wijken.end(), c.wijk_code))
      out.push_back(std::move(c));
  }
  return out;
}

std::vector<MediationFigures> mediation_figures(Database& database, std::int64_t work_area,
                                                int year, const std::string& today) {
  return neighbourhood::mediation_figures(list_mediation_cases(database, work_area, {}, year),
                                          today);
}

std::string mediation_figures_csv(const std::vector<MediationFigures>& figures) {
  std::string out =
      "wijk;meldingen;uitgesloten;intake_op_tijd;intake_te_laat;gezamenlijke_gesprekken;"
      "afspraken;opgelost;deels_opgelost;niet_opgelost;gestopt;lopend;deadline_verstreken\r\n";
  for (const auto& f : figures)
    out += fmt::format("{};{};{};{};{};{};{};{};{};{};{};{};{}\r\n", f.wijk_code, f.reported,
                       f.excluded, f.intake_on_time, f.intake_late, f.joint_talks, f.agreements,
                       f.solved, f.partly_solved, f.not_solved, f.stopped, f.running, f.overdue);
  return out;
}

// ---- Physical works --------------------------------------------------------------------------

std::int64_t add_work(Database& database, std::int64_t work_area, const PhysicalWork& input,
                      const std::string& actor) {
  PhysicalWork w = input;
  if (w.kind != "sloop" && w.kind != "nieuwbouw" && w.kind != "renovatie" &&
      w.kind != "openbare_ruimte")
    throw FieldError("kind", "Kies de soort werk: sloop, nieuwbouw, renovatie of openbare ruimte.");
  w.title = text_field(w.title, "title", 200, "Geef het werk een naam.");
  auto& db = database.sql();
  if (is_buurt_code(w.area_code)) {
    w.wijk_code = wijk_of_buurt(database, work_area, w.area_code, "area_code");
  } else {
    check_wijk(db, work_area, w.area_code, "area_code");
    w.wijk_code = w.area_code;
  }
  if (!is_iso_date(w.starts_on))
    throw FieldError("starts_on", "Geef de startdatum als JJJJ-MM-DD.");
  if (!w.ends_on.empty() && !is_iso_date(w.ends_on))
    throw FieldError("ends_on", "Geef de einddatum als JJJJ-MM-DD.");
  if (!w.ends_on.empty() && w.ends_on < w.starts_on)
    throw FieldError("ends_on", "De einddatum ligt voor de startdatum.");
  w.description = std::string(trim(w.description));
  if (w.description.size() > 2000)
    throw FieldError("description", "Gebruik hoogstens 2000 tekens.");
  SQLite::Transaction transaction(db);
  SQLite::Statement q(db,
                      "INSERT INTO wijk_works (work_area_id, kind, title, area_code, wijk_code, "
                      "starts_on, ends_on, description, created_at, created_by) VALUES (?, ?, ?, "
                      "?, ?, ?, ?, ?, ?, ?)");
  q.bind(1, work_area);
  q.bind(2, w.kind);
  q.bind(3, w.title);
  q.bind(4, w.area_code);
  q.bind(5, w.wijk_code);
  q.bind(6, w.starts_on);
  bind_optional(q, 7, w.ends_on);
  q.bind(8, w.description);
  q.bind(9, utc_now());
  q.bind(10, actor);
  q.exec();
  const std::int64_t id = db.getLastInsertRowid();
  record_audit(db, {actor, "create", fmt::format("wijk_work/{}", id), w.title, ""});
  transaction.commit();
  return id;
}

std::vector<PhysicalWork> list_works(Database& database, std::int64_t work_area,
                                     const std::string& wijk, int year) {
  SQLite::Statement q(database.sql(),
                      "SELECT id, kind, title, area_code, wijk_code, starts_on, ends_on, "
                      "description FROM wijk_works WHERE work_area_id = ? AND (? = '' OR "
                      "wijk_code = ?) AND (? = 0 OR (starts_on <= ? AND (ends_on IS NULL OR "
                      "ends_on >= ?))) ORDER BY starts_on, id");
  q.bind(1, work_area);
  q.bind(2, wijk);
  q.bind(3, wijk);
  q.bind(4, year);
  q.bind(5, fmt::format("{:04}-12-31", year));
  q.bind(6, fmt::format("{:04}-01-01", year));
  std::vector<PhysicalWork> out;
  while (q.executeStep())
    out.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getString(),
                   q.getColumn(2).getString(), q.getColumn(3).getString(),
                   q.getColumn(4).getString(), q.getColumn(5).getString(),
                   optional_text(q.getColumn(6)), q.getColumn(7).getString()});
  return out;
}

}  // namespace leefbaar::store
