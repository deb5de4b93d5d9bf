#include "neighbourhood/mediation.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <utility>

#include "core/dates.hpp"
#include "core/errors.hpp"
#include "core/text.hpp"

namespace leefbaar::neighbourhood {

const std::vector<std::string>& mediation_disputes() {
  static const std::vector<std::string> v = {"geluid",   "parkeren", "erfgrens", "huisdieren",
                                             "kinderen", "rommel",   "pesten",   "overig"};
  return v;
}
const std::vector<std::string>& mediation_outcomes() {
  static const std::vector<std::string> v = {"opgelost", "deels_opgelost", "niet_opgelost",
                                             "uitgesloten", "gestopt"};
  return v;
}
const std::vector<std::string>& mediation_exclusions() {
  static const std::vector<std::string> v = {
      "geweld",     "juridische_procedure", "psychische_problemen",
      "verslaving", "partij_weigert",       "geen_burenconflict",
      "anders"};
  return v;
}

namespace {

bool one_of(const std::string& v, const std::vector<std::string>& list) {
  return std::find(list.begin(), list.end(), v) != list.end();
}

void check_date(const std::string& v, const std::string& field, const char* what) {
  if (!v.empty() && !is_iso_date(v))
    throw FieldError(field, fmt::format("Geef de datum van {} als JJJJ-MM-DD.", what));
}

// Each step after the one it follows, and only once that one took place.
void check_step(const std::string& v, const std::string& field, const char* what,
                const std::string& before, const char* before_what) {
  check_date(v, field, what);
  if (v.empty()) return;
  if (before.empty())
    throw FieldError(field, fmt::format("Vul eerst de datum van {} in.", before_what));
  if (v < before)
    throw FieldError(field,
                     fmt::format("De datum van {} ligt voor die van {}.", what, before_what));
}

}  // namespace

void apply_steps(const MediationSteps& steps, MediationCase& c) {
  for (auto [given, target] :
       {std::pair{&steps.reported_on, &c.reported_on}, std::pair{&steps.intake_on, &c.intake_on},
        std::pair{&steps.mediator_a, &c.mediator_a}, std::pair{&steps.mediator_b, &c.mediator_b},
        std::pair{&steps.separate_talks_on, &c.separate_talks_on},
        std::pair{&steps.joint_talk_on, &c.joint_talk_on},
        std::pair{&steps.agreements_on, &c.agreements_on},
        std::pair{&steps.aftercare_on, &c.aftercare_on}, std::pair{&steps.outcome, &c.outcome},
        std::pair{&steps.exclusion_reason, &c.exclusion_reason}})
    if (*given) *target = **given;
}

void check_case_steps(MediationCase& c) {
  if (!is_iso_date(c.reported_on))
    throw FieldError("reported_on", "Geef de datum van de melding als JJJJ-MM-DD.");
  check_step(c.intake_on, "intake_on", "de intake", c.reported_on, "de melding");
  c.mediator_a = std::string(trim(c.mediator_a));
  c.mediator_b = std::string(trim(c.mediator_b));
  if (c.mediator_a.size() > 60) throw FieldError("mediator_a", "Gebruik hoogstens 60 tekens.");
  if (c.mediator_b.size() > 60) throw FieldError("mediator_b", "Gebruik hoogstens 60 tekens.");
  if (!c.mediator_a.empty() && c.mediator_a == c.mediator_b)
    throw FieldError("mediator_b", "Kies twee verschillende bemiddelaars.");
  check_step(c.separate_talks_on, "separate_talks_on", "de aparte gesprekken", c.intake_on,
             "de intake");
  if (!c.separate_talks_on.empty() && (c.mediator_a.empty() || c.mediator_b.empty()))
    throw FieldError(c.mediator_a.empty() ? "mediator_a" : "mediator_b",
                     "Bij de gesprekken horen twee bemiddelaars.");
  check_step(c.joint_talk_on, "joint_talk_on", "het gezamenlijke gesprek", c.separate_talks_on,
             "de aparte gesprekken");
  check_step(c.agreements_on, "agreements_on", "de afspraken", c.joint_talk_on,
             "het gezamenlijke gesprek");
  check_step(c.aftercare_on, "aftercare_on", "de nazorg", c.agreements_on, "de afspraken");
  if (!c.outcome.empty() && !one_of(c.outcome, mediation_outcomes()))
    throw FieldError("outcome", "Kies de uitkomst uit de lijst.");
  if (c.outcome == "uitgesloten") {
    if (!one_of(c.exclusion_reason, mediation_exclusions()))
      throw FieldError("exclusion_reason",
                       "Kies waarom de zaak niet geschikt is voor bemiddeling.");
  } else if (!c.exclusion_reason.empty()) {
    throw FieldError("exclusion_reason",
                     "Een reden voor uitsluiting hoort alleen bij de uitkomst 'uitgesloten'.");
  }
}

std::string intake_due(const MediationCase& c) {
  return add_working_days(c.reported_on, kIntakeWorkingDays);
}

std::vector<MediationWarning> mediation_warnings(const MediationCase& c, const std::string& today) {
  std::vector<MediationWarning> out;
  if (c.outcome == "uitgesloten" || c.outcome == "gestopt") return out;
  const std::string due = intake_due(c);
  if (c.intake_on.empty() && c.outcome.empty() && today > due)
    out.push_back({"intake_te_laat",
                   fmt::format("De intake had uiterlijk {} moeten zijn (binnen {} werkdagen na de "
                               "melding).",
                               due, kIntakeWorkingDays),
                   due});
  if (!c.intake_on.empty() && c.outcome.empty() && (c.mediator_a.empty() || c.mediator_b.empty()))
    out.push_back({"twee_bemiddelaars", "Wijs twee bemiddelaars toe.", due});
  const std::string& base = c.agreements_on;
  if (!base.empty() && c.aftercare_on.empty()) {
    const std::string to = add_days(base, kAftercareToDays);
    if (today > to)
      out.push_back({"nazorg_te_laat",
                     fmt::format("De nazorg had tussen {} en {} moeten zijn (2 tot 6 weken na de "
                                 "afspraken).",
                                 add_days(base, kAftercareFromDays), to),
                     to});
  }
  return out;
}

std::string mediation_closed_on(const MediationCase& c) {
  if (c.outcome.empty()) return {};
  std::string last = c.reported_on;
  for (const auto* d :
       {&c.intake_on, &c.separate_talks_on, &c.joint_talk_on, &c.agreements_on, &c.aftercare_on})
    last = std::max(last, *d);
  return last;
}

std::vector<MediationFigures> mediation_figures(const std::vector<MediationCase>& cases,
                                                const std::string& today) {
  std::map<std::string, MediationFigures> per_wijk;
  MediationFigures total;
  total.wijk_code = "totaal";
  for (const auto& c : cases) {
    auto& f = per_wijk[c.wijk_code];
    f.wijk_code = c.wijk_code;
    for (auto* x : {&f, &total}) {
      ++x->reported;
      if (c.outcome == "uitgesloten") ++x->excluded;
      if (!c.intake_on.empty())
        ++(c.intake_on <= intake_due(c) ? x->intake_on_time : x->intake_late);
      if (!c.joint_talk_on.empty()) ++x->joint_talks;
      if (!c.agreements_on.empty()) ++x->agreements;
      if (c.outcome == "opgelost") ++x->solved;
      if (c.outcome == "deels_opgelost") ++x->partly_solved;
      if (c.outcome == "niet_opgelost") ++x->not_solved;
      if (c.outcome == "gestopt") ++x->stopped;
      if (c.outcome.empty()) ++x->running;
      if (!mediation_warnings(c, today).empty()) ++x->overdue;
    }
  }
  std::vector<MediationFigures> out;
  for (auto& [code, f] : per_wijk) out.push_back(f);
  out.push_back(total);
  return out;
}

}  // namespace leefbaar::neighbourhood
