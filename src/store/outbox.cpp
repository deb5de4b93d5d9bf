#include "store/outbox.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "core/errors.hpp"
#include "core/text.hpp"

namespace leefbaar::store {

namespace {

OutboxMail read_mail(const Row& r) {
  return {.id = r.int64("id"),
          .recipient = r.text("recipient"),
          .subject = r.text("subject"),
          .body = r.text("body"),
          .created_at = r.text("created_at"),
          .status = r.text("status"),
          .tries = r.integer("tries"),
          .last_error = r.text("last_error"),
          .sent_at = r.text("sent_at")};
}

std::string select_mails(std::string_view rest) {
  return "SELECT id, recipient, subject, body, created_at, status, tries, last_error, sent_at " +
         std::string(rest);
}

}  // namespace

std::int64_t queue_mail(Database& db, const NewMail& mail,
                        std::chrono::system_clock::time_point now) {
  const std::string to = check_email(mail.to);
  check_header_text(mail.subject, "subject", "Het onderwerp van de e-mail");
  return db
      .query(
          "INSERT INTO mail_outbox (recipient, subject, body, created_at, status, next_try_at) "
          "VALUES (?, ?, ?, ?, 'queued', ?)")
      .bind(to, mail.subject, mail.body, iso_utc(now), iso_utc(now))
      .insert();
}

std::vector<OutboxMail> list_outbox(Database& db) {
  return db
      .query(
          select_mails("FROM mail_outbox WHERE status = 'queued' AND recipient <> '' ORDER BY id"))
      .all(read_mail);
}

std::vector<OutboxMail> all_outbox(Database& db) {
  return db.query(select_mails("FROM mail_outbox ORDER BY id")).all(read_mail);
}

std::vector<OutboxMail> due_mails(Database& db, std::chrono::system_clock::time_point now,
                                  int limit) {
  return db
      .query(select_mails("FROM mail_outbox WHERE status = 'queued' AND recipient <> '' AND "
                          "(next_try_at IS NULL OR next_try_at <= ?) ORDER BY id LIMIT ?"))
      .bind(iso_utc(now), limit)
      .all(read_mail);
}

void mark_sent(Database& db, std::int64_t id, std::chrono::system_clock::time_point now) {
  db.query(
        "UPDATE mail_outbox SET status = 'sent', sent_at = ?, tries = tries + 1, "
        "last_error = NULL, next_try_at = NULL WHERE id = ?")
      .bind(iso_utc(now), id)
      .run();
}

void mark_failed_try(Database& db, std::int64_t id, const std::string& error,
                     std::chrono::system_clock::time_point now, const RetryPolicy& policy) {
  const auto before =
      db.query("SELECT tries FROM mail_outbox WHERE id = ?").bind(id).first_int64("tries");
  if (!before) return;
  const int tries = static_cast<int>(*before) + 1;
  // Doubling waits: first_wait, 2x, 4x, ... up to longest_wait.
  auto wait = policy.first_wait;
  for (int i = 1; i < tries && wait < policy.longest_wait; ++i) wait *= 2;
  wait = std::min(wait, policy.longest_wait);
  db.query(
        "UPDATE mail_outbox SET tries = ?, last_error = ?, status = ?, next_try_at = ? WHERE id = "
        "?")
      .bind(tries, error.substr(0, 1000), tries >= policy.max_tries ? "failed" : "queued",
            iso_utc(now + wait), id)
      .run();
}

}  // namespace leefbaar::store
