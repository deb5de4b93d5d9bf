#include "neighbourhood/reminders.hpp"

#include <fmt/format.h>

#include "core/dates.hpp"

namespace leefbaar::neighbourhood {

std::string dutch_date(const std::string& iso) {
  if (iso.size() < 10) return iso;
  return fmt::format("{}-{}-{}", std::stoi(iso.substr(8, 2)), std::stoi(iso.substr(5, 2)),
                     iso.substr(0, 4));
}

Reminder decision_reminder(std::int64_t initiative, const std::string& title,
                           const std::string& wijk, const std::string& decision_due,
                           const std::string& now_iso) {
  Reminder r;
  r.subject = "initiatief";
  r.record_id = initiative;
  r.title = title;
  r.wijk_code = wijk;
  r.due_on = decision_due.substr(0, 10);
  r.late = decision_due < now_iso;
  r.code = r.late ? "besluit_te_laat" : "besluit_binnenkort";
  r.message = r.late ? fmt::format(
                           "Het besluit over het initiatief '{}' had uiterlijk {} "
                           "genomen moeten zijn.",
                           r.title, dutch_date(r.due_on))
                     : fmt::format(
                           "Het besluit over het initiatief '{}' moet uiterlijk {} "
                           "genomen zijn.",
                           r.title, dutch_date(r.due_on));
  r.link = fmt::format("/initiatieven/{}", r.record_id);
  r.key = fmt::format("initiative/{}/{}", r.record_id, r.code);
  return r;
}

std::optional<Reminder> mediation_reminder(const MediationCase& c, const std::string& today) {
  if (c.outcome == "uitgesloten" || c.outcome == "gestopt") return std::nullopt;
  const std::string lead = add_working_days(today, kMediationReminderWorkingDays);
  Reminder r;
  if (c.intake_on.empty() && c.outcome.empty()) {
    r.due_on = intake_due(c);
    if (today > r.due_on) {
      r.code = "intake_te_laat";
      r.message = fmt::format(
          "De intake van bemiddelingszaak {} had uiterlijk {} moeten zijn "
          "(binnen {} werkdagen na de melding).",
          c.case_number, dutch_date(r.due_on), kIntakeWorkingDays);
    } else if (lead >= r.due_on) {
      r.code = "intake_binnenkort";
      r.message = fmt::format("De intake van bemiddelingszaak {} moet uiterlijk {} zijn.",
                              c.case_number, dutch_date(r.due_on));
    }
  } else if (!c.agreements_on.empty() && c.aftercare_on.empty()) {
    const std::string from = add_days(c.agreements_on, kAftercareFromDays);
    r.due_on = add_days(c.agreements_on, kAftercareToDays);
    if (today > r.due_on) {
      r.code = "nazorg_te_laat";
      r.message = fmt::format(
          "De nazorg van bemiddelingszaak {} had tussen {} en {} moeten "
          "zijn (2 tot 6 weken na de afspraken).",
          c.case_number, dutch_date(from), dutch_date(r.due_on));
    } else if (lead >= r.due_on) {
      r.code = "nazorg_sluit";
      r.message = fmt::format("De termijn voor de nazorg van bemiddelingszaak {} sluit op {}.",
                              c.case_number, dutch_date(r.due_on));
    } else if (today >= from) {
      r.code = "nazorg_open";
      r.message = fmt::format("De nazorg van bemiddelingszaak {} kan nu: tussen {} en {}.",
                              c.case_number, dutch_date(from), dutch_date(r.due_on));
    }
  }
  if (r.code.empty()) return std::nullopt;
  r.subject = "bemiddeling";
  r.record_id = c.id;
  r.title = c.case_number;
  r.wijk_code = c.wijk_code;
  r.late = r.code.ends_with("te_laat");
  r.link = fmt::format("/wijkwerk/{}?jaar={}", c.wijk_code, c.reported_on.substr(0, 4));
  r.key = fmt::format("mediation/{}/{}", c.id, r.code);
  return r;
}

ReminderMail reminder_mail(const Reminder& r, bool to_analist, const std::string& public_url) {
  std::string link = r.link;
  if (!public_url.empty())
    link = (public_url.back() == '/' ? public_url.substr(0, public_url.size() - 1) : public_url) +
           r.link;
  return {
      fmt::format("{}: {}", r.late ? "Termijn verstreken" : "Herinnering", r.title),
      fmt::format("{}\n\nWijk: {}\nBekijk het in Leefbaar: {}\n\nU krijgt deze herinnering {}. U "
                  "krijgt hem één keer.\n",
                  r.message, r.wijk_name, link,
                  to_analist ? fmt::format("als analist, omdat {} geen wijkteam in Leefbaar heeft",
                                           r.wijk_name)
                             : fmt::format("omdat u in het wijkteam van {} zit", r.wijk_name))};
}

}  // namespace leefbaar::neighbourhood
