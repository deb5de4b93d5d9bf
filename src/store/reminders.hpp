#pragma once
// Deadline reminders of the work in the wijken: an initiative whose decision is due within 7 days
// or overdue, and a neighbour mediation case whose intake is due within 2 working days or late,
// whose aftercare window (2 to 6 weeks after the agreements) opens, closes within 2 working days
// or has passed. Each is a reminder with a key that names the record and the moment, so a case
// gives at most one "soon" and one "late" reminder per deadline.
//
// run_reminders (the server calls it at start and every hour, with the application's clock) mails
// every open reminder once to each recipient: the users with role wijkteam whose wijken include
// the reminder's wijk, or when there are none the analisten of the work area's partnership. The
// mails go into the outbox the portal uses (list_outbox); reminder_mails remembers what was sent.
#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include "store/database.hpp"

namespace leefbaar::store {

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

// The reminders that hold on `now` in the work area, by due date; wijken empty: all wijken.
std::vector<Reminder> open_reminders(Database& db, std::int64_t work_area,
                                     std::chrono::system_clock::time_point now,
                                     const std::vector<std::string>& wijken = {});

struct ReminderRecipient {
  std::int64_t user_id = 0;
  std::string email;
};
// The wijkteam users of the wijk in the partnership; when there are none, its analisten.
std::vector<ReminderRecipient> reminder_recipients(Database& db, std::int64_t work_area,
                                                   const std::string& wijk);

// Mails the open reminders of every work area that were not mailed to a recipient yet; answers
// how many mails were put in the outbox. One transaction per work area, with an audit entry.
// public_url (the server's public address) makes the mails' links absolute.
int run_reminders(Database& db, std::chrono::system_clock::time_point now,
                  const std::string& public_url = {});

// The keys of the reminders that were mailed to the user.
std::vector<std::string> reminders_mailed_to(Database& db, std::int64_t user_id);

}  // namespace leefbaar::store
