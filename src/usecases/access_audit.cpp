#include "usecases/access_audit.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "store/audit.hpp"

namespace leefbaar::usecases {

namespace {

// Longer text typed as an e-mail address is cut in the audit log (it may be anything).
constexpr std::size_t kMaxAuditedEmail = 120;

// At most `max` bytes, never cutting a UTF-8 character in two (the store holds valid UTF-8 only).
std::string cut_utf8(const std::string& text, std::size_t max) {
  if (text.size() <= max) return text;
  std::size_t end = max;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return text.substr(0, end);
}

std::string user_subject(std::int64_t id) {
  return "user/" + std::to_string(id);
}

}  // namespace

void audit_user_created(store::Database& db, const std::string& actor, std::int64_t id) {
  const auto user = store::find_any_user(db, id);
  store::record_audit(db, {actor, "create", user_subject(id),
                           fmt::format("{} ({})", user->email, to_string(user->role)), ""});
}

void audit_user_changed(store::Database& db, const std::string& actor, const User& user,
                        const std::vector<std::string>& what) {
  if (what.empty()) return;
  store::record_audit(db, {actor, "change", user_subject(user.id),
                           fmt::format("{}: {}", user.email, fmt::join(what, ", ")), ""});
}

void audit_password_set(store::Database& db, const std::string& actor, std::int64_t id) {
  store::record_audit(db, {actor, "password", user_subject(id), "", ""});
}

void audit_login(store::Database& db, const store::LoginAttempt& attempt,
                 const std::string& client) {
  if (attempt.outcome == LoginOutcome::throttled) return;
  const std::string subject = attempt.user_id ? user_subject(*attempt.user_id) : "login";
  const std::string where = "adres " + client;
  if (attempt.outcome == LoginOutcome::ok)
    store::record_audit(db, {attempt.email, "login", subject, where, ""});
  else
    store::record_audit(
        db, {cut_utf8(attempt.email, kMaxAuditedEmail), "login_failed", subject,
             attempt.outcome == LoginOutcome::disabled ? where + ", uitgeschakeld" : where, ""});
}

}  // namespace leefbaar::usecases
