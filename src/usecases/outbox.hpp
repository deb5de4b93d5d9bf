#pragma once
// The outbox as the mail delivery takes from it (store/outbox.hpp queues; serve/mailer.* sends).
// Each call holds the store only for its read or its mark, never while a mail is being sent.
#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include "core/mail.hpp"
#include "usecases/service.hpp"

namespace leefbaar::usecases {

// The queued mails whose next try is due at now, oldest first, at most limit.
std::vector<OutboxMail> due_mails(Service& service, std::chrono::system_clock::time_point now,
                                  int limit);
void mark_sent(Service& service, std::int64_t id, std::chrono::system_clock::time_point now);
// Counts the try and records the error; failed for good once policy.max_tries is reached.
void mark_failed_try(Service& service, std::int64_t id, const std::string& error,
                     std::chrono::system_clock::time_point now, const RetryPolicy& policy);

}  // namespace leefbaar::usecases
