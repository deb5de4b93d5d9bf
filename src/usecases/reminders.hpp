#pragma once
// The deadline reminders (neighbourhood/reminders.hpp): those of the caller, and the run that
// mails each one once (the server's housekeeping, at start and every hour).
#include <chrono>
#include <string>
#include <vector>

#include "core/access.hpp"
#include "neighbourhood/reminders.hpp"
#include "usecases/service.hpp"

namespace leefbaar::usecases {

struct CallerReminder {
  neighbourhood::Reminder reminder;
  bool mailed = false;  // mailed to the caller already
};
// The caller's open reminders on `now`, by due date, in the caller's work area (NotFoundError
// "no_work_area" without one): a wijk team those of its own wijken, analist and beheerder all
// (lezer sees none of the records behind them: the route does not admit it). wijk: only that
// wijk ("" for all); subject: only initiatief or bemiddeling ("" for both).
std::vector<CallerReminder> reminders_of(Service& service, const User& caller,
                                         const std::string& wijk, const std::string& subject,
                                         std::chrono::system_clock::time_point now);

// Mails the open reminders of every work area that were not mailed to their recipients yet, one
// transaction per work area with its audit entry; answers how many mails went into the outbox.
// public_url (the server's public address) makes the mails' links absolute.
int run_reminders(Service& service, std::chrono::system_clock::time_point now,
                  const std::string& public_url);

}  // namespace leefbaar::usecases
