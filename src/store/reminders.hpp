#pragma once
// The deadline reminders as the store finds them (the rules and texts:
// neighbourhood/reminders.hpp), and what was mailed.
//
// run_reminders (the server calls it at start and every hour, with the application's clock,
// through usecases/reminders.hpp) mails every open reminder once to each recipient: the users with
// role wijkteam whose wijken include the reminder's wijk, or when there are none the analisten of
// the work area's partnership. The mails go into the outbox the portal uses (list_outbox);
// reminder_mails remembers what was sent.
#include <chrono>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "neighbourhood/reminders.hpp"
#include "store/database.hpp"

namespace leefbaar::store {

using neighbourhood::Reminder;

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

// Called inside a work area's reminder transaction when mails were put in the outbox, so that the
// caller's audit entry commits with them.
using OnReminded = std::function<void(Database&, std::int64_t work_area, int sent)>;

// Mails the open reminders of every work area that were not mailed to a recipient yet; answers
// how many mails were put in the outbox. One transaction per work area. public_url (the server's
// public address) makes the mails' links absolute.
int run_reminders(Database& db, std::chrono::system_clock::time_point now,
                  const std::string& public_url = {}, const OnReminded& on_reminded = {});

// The keys of the reminders that were mailed to the user.
std::vector<std::string> reminders_mailed_to(Database& db, std::int64_t user_id);

}  // namespace leefbaar::store
