#include "usecases/outbox.hpp"

#include "store/outbox.hpp"
#include "usecases/unit_of_work.hpp"

namespace leefbaar::usecases {

std::vector<OutboxMail> due_mails(Service& service, std::chrono::system_clock::time_point now,
                                  int limit) {
  return read(service, [&](store::Database& db) { return store::due_mails(db, now, limit); });
}

void mark_sent(Service& service, std::int64_t id, std::chrono::system_clock::time_point now) {
  change(service, [&](store::Database& db) { store::mark_sent(db, id, now); });
}

void mark_failed_try(Service& service, std::int64_t id, const std::string& error,
                     std::chrono::system_clock::time_point now, const RetryPolicy& policy) {
  change(service, [&](store::Database& db) { store::mark_failed_try(db, id, error, now, policy); });
}

}  // namespace leefbaar::usecases
