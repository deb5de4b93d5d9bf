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

#include "store/database.hpp"

namespace leefbaar::store {

// An e-mail address as the application accepts it (RFC 5321 in spirit): local@domain with a dot
// in the domain, at most 254 characters, no spaces, no control characters (so no CR or LF), no
// second @, nothing that would end or extend a header (<, >, comma, semicolon, quotes).
bool valid_email(std::string_view address);
// The address trimmed; FieldError(field) in Dutch when it is empty or not valid_email.
std::string check_email(const std::string& address, const char* field = "email");

// True when the text holds no control characters (CR, LF, tab and the other C0 ones, DEL), i.e.
// it can go into a mail header (a subject, a name) without starting a new header line.
bool header_safe(std::string_view text);
// FieldError(field, "<what> mag geen regeleinden of tabs bevatten.") when !header_safe(text).
void check_header_text(std::string_view text, const char* field, const char* what);

struct NewMail {
  std::string to, subject, body;
};
// Queues a mail in the caller's transaction and answers its id. Refuses (FieldError) a recipient
// that is not valid_email and a subject that is not header_safe.
std::int64_t queue_mail(Database& db, const NewMail& mail,
                        std::chrono::system_clock::time_point now);

struct OutboxMail {
  std::int64_t id = 0;
  std::string recipient, subject, body, created_at;
  std::string status;  // queued, sent or failed
  int tries = 0;
  std::string last_error, sent_at;
};
// The mails waiting for delivery (queued, recipient still known), oldest first.
std::vector<OutboxMail> list_outbox(Database& db);
// Every mail with its status, oldest first (tests, and the administrator's view later).
std::vector<OutboxMail> all_outbox(Database& db);
// The queued mails whose next try is due at now, oldest first, at most limit.
std::vector<OutboxMail> due_mails(Database& db, std::chrono::system_clock::time_point now,
                                  int limit);

// When a mail failed: how long to wait before the next try (doubling from first_wait, at most
// longest_wait) and after how many tries to give up.
struct RetryPolicy {
  int max_tries = 8;
  std::chrono::seconds first_wait{60};
  std::chrono::seconds longest_wait{3600};
};
void mark_sent(Database& db, std::int64_t id, std::chrono::system_clock::time_point now);
// Counts the try and records the error; the mail stays queued until the next try is due, or is
// failed once it reached policy.max_tries.
void mark_failed_try(Database& db, std::int64_t id, const std::string& error,
                     std::chrono::system_clock::time_point now, const RetryPolicy& policy);

}  // namespace leefbaar::store
