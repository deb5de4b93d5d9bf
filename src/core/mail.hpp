#pragma once
// Mail as the application sends it: what may go into an address and a header (the one set of
// rules every writer and the message builder share), a mail in the outbox and the retry policy of
// its delivery. The outbox itself is store/outbox.hpp; delivery is serve/mailer.hpp.
#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

namespace leefbaar {

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

struct OutboxMail {
  std::int64_t id = 0;
  std::string recipient, subject, body, created_at;
  std::string status;  // queued, sent or failed
  int tries = 0;
  std::string last_error, sent_at;
};

// When a mail failed: how long to wait before the next try (doubling from first_wait, at most
// longest_wait) and after how many tries to give up.
struct RetryPolicy {
  int max_tries = 8;
  std::chrono::seconds first_wait{60};
  std::chrono::seconds longest_wait{3600};
};

}  // namespace leefbaar
