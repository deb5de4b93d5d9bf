#pragma once
// Deadline reminders of the work in the wijken: an initiative whose decision is due within 7 days
// or overdue, and a neighbour mediation case whose intake is due within 2 working days or late,
// whose aftercare window (2 to 6 weeks after the agreements) opens, closes within 2 working days
// or has passed. Each is a reminder with a key that names the record and the moment, so a case
// gives at most one "soon" and one "late" reminder per deadline. The store finds the records and
// remembers what was mailed (store/reminders.hpp); the rules and texts are here.
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

#include "neighbourhood/mediation.hpp"

namespace leefbaar::neighbourhood {

// A decision is reminded of from this long before it is due.
inline constexpr auto kDecisionReminderLead = std::chrono::hours(24 * 7);
// A mediation deadline is reminded of from this many working days before it.
inline constexpr int kMediationReminderWorkingDays = 2;

struct Reminder {
  std::string key;      // "initiative/12/besluit_binnenkort", "mediation/3/intake_te_laat", ...
  std::string subject;  // initiatief or bemiddeling
  std::int64_t record_id = 0;
  std::string code;  // besluit_binnenkort, besluit_te_laat, intake_binnenkort, intake_te_laat,
                     // nazorg_open, nazorg_sluit, nazorg_te_laat
  std::string wijk_code, wijk_name;
  std::string title;    // the initiative's title or the case number
  std::string message;  // Dutch, one sentence
  std::string due_on;   // ISO date of the deadline
  bool late = false;    // the deadline has passed
  std::string link;     // the page that handles it
};

// The reminder of an open initiative's decision due at decision_due (ISO time), within the lead
// or past; now_iso is the moment (ISO time). The wijk name is the caller's to fill.
Reminder decision_reminder(std::int64_t initiative, const std::string& title,
                           const std::string& wijk, const std::string& decision_due,
                           const std::string& now_iso);
// The mediation deadline that holds on `today` (ISO date) for a case, if any: intake first, then
// aftercare; none for a case that was excluded or stopped. The wijk name is the caller's to fill.
std::optional<Reminder> mediation_reminder(const MediationCase& c, const std::string& today);

struct ReminderMail {
  std::string subject, body;
};
// The mail of a reminder to a member of the wijk's team, or to an analist when the wijk has no
// team in Leefbaar. public_url (the server's public address) makes the link absolute: a mail
// cannot follow a relative one.
ReminderMail reminder_mail(const Reminder& r, bool to_analist, const std::string& public_url);

// "2026-03-09" -> "9-3-2026", as the pages write dates; the text unchanged when shorter.
std::string dutch_date(const std::string& iso);

}  // namespace leefbaar::neighbourhood
