#pragma once
// What the server does by itself, at start and every hour with the application's clock: the
// retention purge of personal data, the deadline reminders (usecases/reminders.hpp), and the
// removal of portal submissions whose e-mail link was never confirmed. Each step is its own
// operation, so that one failing does not stop the others.
#include <chrono>
#include <string>

#include "usecases/service.hpp"

namespace leefbaar::usecases {

struct Purged {
  int contacts = 0, notes = 0, addresses = 0;
  int total() const { return contacts + notes + addresses; }
};
// Every record of every work area past its retention period, one transaction per work area.
Purged purge_expired(Service& service, std::chrono::system_clock::time_point now);
// Portal campaign submissions left unconfirmed past their link's lifetime.
void purge_unconfirmed_submissions(Service& service, std::chrono::system_clock::time_point now);

}  // namespace leefbaar::usecases
