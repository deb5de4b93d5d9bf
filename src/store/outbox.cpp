#include "store/outbox.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "core/errors.hpp"
#include "core/text.hpp"

namespace leefbaar::store {

namespace {

bool control(unsigned char c) {
  return c < 0x20 || c == 0x7f;
}

OutboxMail read_mail(SQLite::Statement& q) {
  OutboxMail m;
  m.id = q.getColumn(0).getInt64();
  m.recipient = q.getColumn(1).getString();
  m.subject = q.getColumn(2).getString();
  m.body = q.getColumn(3).getString();
  m.created_at = q.getColumn(4).getString();
  m.status = q.getColumn(5).getString();
  m.tries = q.getColumn(6).getInt();
  m.last_error = q.getColumn(7).isNull() ? "" : q.getColumn(7).getString();
  m.sent_at = q.getColumn(8).isNull() ? "" : q.getColumn(8).getString();
  return m;
}

constexpr const char* kColumns =
    "id, recipient, subject, body, created_at, status, tries, last_error, sent_at";

}  // namespace

bool valid_email(std::string_view a) {
  if (a.empty() || a.size() > 254) return false;
  if (std::any_of(a.begin(), a.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return control(u) || c == ' ' ||
               std::string_view("<>,;:\"()[]\\").find(c) != std::string_view::npos;
      }))
    return false;
  const auto at = a.find('@');
  if (at == std::string_view::npos || at == 0 || at > 64 || a.find('@', at + 1) != a.npos)
    return false;
  const auto domain = a.substr(at + 1);
  const auto dot = domain.find('.');
  return dot != std::string_view::npos && dot > 0 && domain.back() != '.' &&
         domain.find("..") == std::string_view::npos;
}

std::string check_email(const std::string& address, const char* field) {
  const std::string e(trim(address));
  if (e.empty()) throw FieldError(field, "Vul uw e-mailadres in.");
  if (!valid_email(e))
    throw FieldError(field, "Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.");
  return e;
}

bool header_safe(std::string_view text) {
  return std::none_of(text.begin(), text.end(),
                      [](char c) { return control(static_cast<unsigned char>(c)); });
}

void check_header_text(std::string_view text, const char* field, const char* what) {
  if (!header_safe(text))
    throw FieldError(field, fmt::format("{} mag geen regeleinden of tabs bevatten.", what));
}

std::int64_t queue_mail(SQLite::Database& db, const NewMail& mail,
                        std::chrono::system_clock::time_point now) {
  const std::string to = check_email(mail.to);
  check_header_text(mail.subject, "subject", "Het onderwerp van de e-mail");
  SQLite::Statement q(db,
                      "INSERT INTO mail_outbox (recipient, subject, body, created_at, status, "
                      "next_try_at) VALUES (?, ?, ?, ?, 'queued', ?)");
  q.bind(1, to);
  q.bind(2, mail.subject);
  q.bind(3, mail.body);
  q.bind(4, iso_utc(now));
  q.bind(5, iso_utc(now));
  q.exec();
  return db.getLastInsertRowid();
}

std::vector<OutboxMail> list_outbox(Database& database) {
  SQLite::Statement q(database.sql(),
                      fmt::format("SELECT {} FROM mail_outbox WHERE status = 'queued' AND "
                                  "recipient <> '' ORDER BY id",
                                  kColumns));
  std::vector<OutboxMail> out;
  while (q.executeStep()) out.push_back(read_mail(q));
  return out;
}

std::vector<OutboxMail> all_outbox(Database& database) {
  SQLite::Statement q(database.sql(),
                      fmt::format("SELECT {} FROM mail_outbox ORDER BY id", kColumns));
  std::vector<OutboxMail> out;
  while (q.executeStep()) out.push_back(read_mail(q));
  return out;
}

std::vector<OutboxMail> due_mails(Database& database, std::chrono::system_clock::time_point now,
                                  int limit) {
  SQLite::Statement q(database.sql(),
                      fmt::format("SELECT {} FROM mail_outbox WHERE status = 'queued' AND "
                                  "recipient <> '' AND (next_try_at IS NULL OR next_try_at <= ?) "
                                  "ORDER BY id LIMIT ?",
                                  kColumns));
  q.bind(1, iso_utc(now));
  q.bind(2, limit);
  std::vector<OutboxMail> out;
  while (q.executeStep()) out.push_back(read_mail(q));
  return out;
}

void mark_sent(Database& database, std::int64_t id, std::chrono::system_clock::time_point now) {
  SQLite::Statement q(database.sql(),
                      "UPDATE mail_outbox SET status = 'sent', sent_at = ?, tries = tries + 1, "
                      "last_error = NULL, next_try_at = NULL WHERE id = ?");
  q.bind(1, iso_utc(now));
  q.bind(2, id);
  q.exec();
}

void mark_failed_try(Database& database, std::int64_t id, const std::string& error,
                     std::chrono::system_clock::time_point now, const RetryPolicy& policy) {
  auto& db = database.sql();
  SQLite::Statement t(db, "SELECT tries FROM mail_outbox WHERE id = ?");
  t.bind(1, id);
  if (!t.executeStep()) return;
  const int tries = t.getColumn(0).getInt() + 1;
  // Doubling waits: first_wait, 2x, 4x, ... up to longest_wait.
  auto wait = policy.first_wait;
  for (int i = 1; i < tries && wait < policy.longest_wait; ++i) wait *= 2;
  wait = std::min(wait, policy.longest_wait);
  SQLite::Statement q(db,
                      "UPDATE mail_outbox SET tries = ?, last_error = ?, status = ?, next_try_at = "
                      "? WHERE id = ?");
  q.bind(1, tries);
  q.bind(2, error.substr(0, 1000));
  q.bind(3, tries >= policy.max_tries ? "failed" : "queued");
  q.bind(4, iso_utc(now + wait));
  q.bind(5, id);
  q.exec();
}

}  // namespace leefbaar::store
