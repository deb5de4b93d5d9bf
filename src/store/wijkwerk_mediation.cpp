// Wijk work: neighbour mediation along the CCV steps (with its deadlines and figures). The
// physical works: wijkwerk_works.cpp.
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

MediationCase case_of(const Row& r) {
  MediationCase c;
  c.id = r.int64("id");
  c.case_number = r.text("case_number");
  c.buurt_code = r.text("buurt_code");
  c.wijk_code = r.text("wijk_code");
  c.dispute = r.text("dispute");
  c.reported_on = r.text("reported_on");
  c.intake_on = r.text("intake_on");
  c.mediator_a = r.text("mediator_a");
  c.mediator_b = r.text("mediator_b");
  c.separate_talks_on = r.text("separate_talks_on");
  c.joint_talk_on = r.text("joint_talk_on");
  c.agreements_on = r.text("agreements_on");
  c.aftercare_on = r.text("aftercare_on");
  c.outcome = r.text("outcome");
  c.exclusion_reason = r.text("exclusion_reason");
  return c;
}

constexpr const char* kCaseColumns =
    "SELECT id, case_number, buurt_code, wijk_code, dispute, reported_on, intake_on, mediator_a, "
    "mediator_b, separate_talks_on, joint_talk_on, agreements_on, aftercare_on, outcome, "
    "exclusion_reason FROM wijk_mediation_cases ";

// The steps, in the order of the columns intake_on ... exclusion_reason (9 values).
void bind_steps(Query& q, const MediationCase& c) {
  q.bind(or_null(c.intake_on), c.mediator_a, c.mediator_b, or_null(c.separate_talks_on),
         or_null(c.joint_talk_on), or_null(c.agreements_on), or_null(c.aftercare_on),
         or_null(c.outcome), or_null(c.exclusion_reason));
}

bool case_number_taken(Database& db, std::int64_t work_area, const std::string& number) {
  return db.query("SELECT 1 FROM wijk_mediation_cases WHERE work_area_id = ? AND case_number = ?")
      .bind(work_area, number)
      .exists();
}

}  // namespace

namespace wijkwerk_detail {

std::string next_case_number(Database& db, std::int64_t work_area, const std::string& year) {
  const auto reported =
      db.query(
            "SELECT count(*) AS n FROM wijk_mediation_cases WHERE work_area_id = ? AND "
            "substr(reported_on, 1, 4) = ?")
          .bind(work_area, year)
          .first_int64("n")
          .value_or(0);
  for (long long i = reported + 1;; ++i) {
    std::string number = fmt::format("BB-{}-{:03}", year, i);
    if (!case_number_taken(db, work_area, number)) return number;
  }
}

std::int64_t insert_mediation_case(Database& db, std::int64_t work_area, const MediationCase& c,
                                   const std::string& actor) {
  auto q = db.query(
      "INSERT INTO wijk_mediation_cases (work_area_id, case_number, buurt_code, wijk_code, "
      "dispute, reported_on, intake_on, mediator_a, mediator_b, separate_talks_on, "
      "joint_talk_on, agreements_on, aftercare_on, outcome, exclusion_reason, created_at, "
      "created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  q.bind(work_area, c.case_number, c.buurt_code, c.wijk_code, c.dispute, c.reported_on);
  bind_steps(q, c);
  return q.bind(utc_now(), actor).insert();
}

}  // namespace wijkwerk_detail

std::int64_t add_mediation_case(Database& db, std::int64_t work_area, const MediationCase& input,
                                const std::string& actor) {
  MediationCase c = input;
  c.wijk_code = wijk_of_buurt(db, work_area, c.buurt_code, "buurt_code");
  const auto& disputes = mediation_disputes();
  if (std::find(disputes.begin(), disputes.end(), c.dispute) == disputes.end())
    throw FieldError("dispute", "Kies de soort burenruzie.");
  check_case_steps(c);
  c.case_number = std::string(trim(c.case_number));
  if (c.case_number.size() > 30) throw FieldError("case_number", "Gebruik hoogstens 30 tekens.");
  Transaction transaction(db);
  if (c.case_number.empty())
    c.case_number = next_case_number(db, work_area, c.reported_on.substr(0, 4));
  else if (case_number_taken(db, work_area, c.case_number))
    throw ConflictError("case_number", "Dit zaaknummer is al in gebruik.");
  const std::int64_t id = insert_mediation_case(db, work_area, c, actor);
  transaction.commit();
  return id;
}

void update_mediation_case(Database& db, std::int64_t work_area, std::int64_t id,
                           const MediationCase& input) {
  auto existing = find_mediation_case(db, work_area, id);
  if (!existing) throw FieldError("id", "Deze bemiddelingszaak bestaat niet.");
  MediationCase c = input;
  c.reported_on = c.reported_on.empty() ? existing->reported_on : c.reported_on;
  check_case_steps(c);
  Transaction transaction(db);
  auto q = db.query(
      "UPDATE wijk_mediation_cases SET reported_on = ?, intake_on = ?, mediator_a = ?, "
      "mediator_b = ?, separate_talks_on = ?, joint_talk_on = ?, agreements_on = ?, "
      "aftercare_on = ?, outcome = ?, exclusion_reason = ? WHERE id = ? AND work_area_id = ?");
  q.bind(c.reported_on);
  bind_steps(q, c);
  q.bind(id, work_area).run();
  transaction.commit();
}

std::optional<MediationCase> find_mediation_case(Database& db, std::int64_t work_area,
                                                 std::int64_t id) {
  return db.query(std::string(kCaseColumns) + "WHERE work_area_id = ? AND id = ?")
      .bind(work_area, id)
      .first(case_of);
}

std::vector<MediationCase> list_mediation_cases(Database& db, std::int64_t work_area,
                                                const std::vector<std::string>& wijken, int year) {
  auto q = db.query(std::string(kCaseColumns) +
                    "WHERE work_area_id = ? AND (? = 0 OR substr(reported_on, 1, 4) = ?) ORDER BY "
                    "reported_on, id");
  q.bind(work_area, year, fmt::format("{:04}", year));
  std::vector<MediationCase> out;
  while (auto row = q.next()) {
    auto c = case_of(*row);
    if (wijken.empty() || std::count(wijken.begin(), wijken.end(), c.wijk_code))
      out.push_back(std::move(c));
  }
  return out;
}

std::vector<MediationFigures> mediation_figures(Database& db, std::int64_t work_area, int year,
                                                const std::string& today) {
  return neighbourhood::mediation_figures(list_mediation_cases(db, work_area, {}, year), today);
}

}  // namespace leefbaar::store
