#pragma once
// Neighbour mediation along the CCV steps (Centrum voor Criminaliteitspreventie en Veiligheid):
// a report, the intake within 5 working days, two different mediators, separate talks, a joint
// talk, agreements and aftercare 2 to 6 weeks after them, then an outcome. Dates are ISO text; an
// empty string means "not yet".
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace leefbaar::neighbourhood {

inline constexpr int kIntakeWorkingDays = 5;
inline constexpr int kAftercareFromDays = 14, kAftercareToDays = 42;

// The values stored (the Dutch labels are the web application's).
const std::vector<std::string>& mediation_disputes();
const std::vector<std::string>& mediation_outcomes();    // uitgesloten and gestopt end a case early
const std::vector<std::string>& mediation_exclusions();  // why a case is not for mediation

struct MediationCase {
  std::int64_t id = 0;
  std::string case_number;  // BB-2025-001; made when empty
  std::string buurt_code, wijk_code, dispute;
  std::string reported_on, intake_on, mediator_a, mediator_b, separate_talks_on, joint_talk_on,
      agreements_on, aftercare_on;
  std::string outcome;           // empty while running
  std::string exclusion_reason;  // with outcome uitgesloten only
};

// The steps a form gives for a case: each member present replaces the case's own.
struct MediationSteps {
  std::optional<std::string> reported_on, intake_on, mediator_a, mediator_b, separate_talks_on,
      joint_talk_on, agreements_on, aftercare_on, outcome, exclusion_reason;
};
void apply_steps(const MediationSteps& steps, MediationCase& c);

// Trims the mediators and checks the steps: each dated step after the one it follows and only
// once that one took place, two different mediators for the talks, an outcome from the list and
// a reason with an exclusion only. FieldError naming the field.
void check_case_steps(MediationCase& c);

struct MediationWarning {
  std::string code, message, due_on;
};
std::string intake_due(const MediationCase& c);
// The deadlines that passed by `today` (ISO date): intake within 5 working days, two mediators,
// aftercare 2-6 weeks after the agreements.
std::vector<MediationWarning> mediation_warnings(const MediationCase& c, const std::string& today);
// A case is closed when it has an outcome; its closing date is its last step.
std::string mediation_closed_on(const MediationCase& c);

struct MediationFigures {
  std::string wijk_code;
  long long reported = 0, excluded = 0, intake_on_time = 0, intake_late = 0, joint_talks = 0,
            agreements = 0, solved = 0, partly_solved = 0, not_solved = 0, stopped = 0, running = 0,
            overdue = 0;
};
// Per wijk (sorted by code) for these cases, plus a total with wijk_code "totaal".
std::vector<MediationFigures> mediation_figures(const std::vector<MediationCase>& cases,
                                                const std::string& today);

}  // namespace leefbaar::neighbourhood
