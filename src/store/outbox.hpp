#pragma once
// The outbox: every mail the application sends (portal confirmation links, deadline reminders)
// is queued here by queue_mail, the one place that writes it, and the server's mail delivery
// (serve/mailer.*) takes it from here with retries and a status per mail. The rules for what may
// go into a mail header live here too, so that every writer and the message builder share them.
#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/mail.hpp"
#include "store/database.hpp"

namespace leefbaar::store {

using leefbaar::check_email;
using leefbaar::check_header_text;
using leefbaar::header_safe;
using leefbaar::NewMail;
using leefbaar::OutboxMail;
using leefbaar::RetryPolicy;
using leefbaar::valid_email;

// Queues a mail in the caller's transaction and answers its id. Refuses (FieldError) a recipient
// that is not valid_email and a subject that is not header_safe.
std::int64_t queue_mail(Database& db, const NewMail& mail,
                        std::chrono::system_clock::time_point now);

// The mails waiting for delivery (queued, recipient still known), oldest first.
std::vector<OutboxMail> list_outbox(Database& db);
// Every mail with its status, oldest first (tests, and the administrator's view later).
std::vector<OutboxMail> all_outbox(Database& db);
// The queued mails whose next try is due at now, oldest first, at most limit.
std::vector<OutboxMail> due_mails(Database& db, std::chrono::system_clock::time_point now,
                                  int limit);

void mark_sent(Database& db, std::int64_t id, std::chrono::system_clock::time_point now);
// Counts the try and records the error; the mail stays queued until the next try is due, or is
// failed once it reached policy.max_tries.
void mark_failed_try(Database& db, std::int64_t id, const std::string& error,
                     std::chrono::system_clock::time_point now, const RetryPolicy& policy);

}  // namespace leefbaar::store
