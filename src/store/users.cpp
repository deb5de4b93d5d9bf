#include "store/users.hpp"

#include <fmt/format.h>
#include <sodium.h>

#include <array>
#include <mutex>
#include <set>
#include <stdexcept>

#include "core/errors.hpp"
#include "core/text.hpp"
#include "store/audit.hpp"
#include "store/wijkwerk_store.hpp"

namespace leefbaar::store {

namespace {

constexpr std::size_t kMinPasswordLength = 12;
// Longer text typed as an e-mail address is cut in the audit log (it may be anything).
constexpr std::size_t kMaxAuditedEmail = 120;

void ensure_sodium() {
  static std::once_flag once;
  std::call_once(once, [] {
    if (sodium_init() < 0) throw std::runtime_error("libsodium could not be initialised");
  });
}

std::string hash_password(const std::string& password) {
  ensure_sodium();
  std::array<char, crypto_pwhash_STRBYTES> out{};
  if (crypto_pwhash_str_alg(out.data(), password.data(), password.size(),
                            crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
                            crypto_pwhash_ALG_ARGON2ID13) != 0)
    throw std::runtime_error("out of memory while hashing a password");
  return out.data();
}

bool verify_password(const std::string& hash, const std::string& password) {
  ensure_sodium();
  return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

void check_password_rules(const std::string& password) {
  if (password.size() < kMinPasswordLength)
    throw FieldError("password",
                     fmt::format("Het wachtwoord heeft {} tekens; gebruik er minstens {}.",
                                 password.size(), kMinPasswordLength));
}

std::string normalise_email(const std::string& email) {
  return to_lower(trim(email));
}

std::string_view to_string(OrganisationKind kind) {
  switch (kind) {
    case OrganisationKind::gemeente:
      return "gemeente";
    case OrganisationKind::corporatie:
      return "corporatie";
    case OrganisationKind::welzijn:
      return "welzijn";
  }
  return "";
}

constexpr const char* kUserColumns =
    "SELECT id, organisation_id, email, display_name, role, disabled, password_hash FROM users ";

User read_user(SQLite::Database& db, SQLite::Statement& q) {
  User u;
  u.id = q.getColumn(0).getInt64();
  u.organisation_id = q.getColumn(1).getInt64();
  u.email = q.getColumn(2).getString();
  u.display_name = q.getColumn(3).getString();
  u.role = role_from_name(q.getColumn(4).getString()).value_or(Role::lezer);
  u.disabled = q.getColumn(5).getInt() != 0;
  SQLite::Statement w(db, "SELECT wijk_code FROM user_wijken WHERE user_id = ? ORDER BY wijk_code");
  w.bind(1, u.id);
  while (w.executeStep()) u.wijken.push_back(w.getColumn(0).getString());
  return u;
}

struct Credentials {
  User user;
  std::string password_hash;
};

// Every statement is finished when these return, before any write (see find_session).
std::optional<Credentials> credentials_where(SQLite::Database& db, const char* condition,
                                             const auto& value) {
  SQLite::Statement q(db, std::string(kUserColumns) + condition);
  q.bind(1, value);
  if (!q.executeStep()) return std::nullopt;
  return Credentials{read_user(db, q), q.getColumn(6).getString()};
}

std::optional<User> user_where(SQLite::Database& db, const char* condition, const auto& value) {
  auto c = credentials_where(db, condition, value);
  if (!c) return std::nullopt;
  return std::move(c->user);
}

// At most `max` bytes, never cutting a UTF-8 character in two (the store holds valid UTF-8 only).
std::string cut_utf8(const std::string& text, std::size_t max) {
  if (text.size() <= max) return text;
  std::size_t end = max;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return text.substr(0, end);
}

std::string_view yes_no(bool disabled) {
  return disabled ? "uitgeschakeld" : "ingeschakeld";
}

}  // namespace

std::string_view to_string(Role role) {
  switch (role) {
    case Role::beheerder:
      return "beheerder";
    case Role::analist:
      return "analist";
    case Role::wijkteam:
      return "wijkteam";
    case Role::lezer:
      return "lezer";
  }
  return "";
}

std::optional<Role> role_from_name(std::string_view name) {
  for (Role r : {Role::beheerder, Role::analist, Role::wijkteam, Role::lezer}) {
    if (name == to_string(r)) return r;
  }
  return std::nullopt;
}

std::int64_t create_organisation(Database& database, const std::string& name,
                                 OrganisationKind kind) {
  if (trim(name).empty()) throw FieldError("name", "Vul de naam van de organisatie in.");
  SQLite::Statement s(database.sql(),
                      "INSERT INTO organisations (name, kind, created_at) VALUES (?, ?, ?)");
  s.bind(1, std::string(trim(name)));
  s.bind(2, std::string(to_string(kind)));
  s.bind(3, utc_now());
  try {
    s.exec();
  } catch (const SQLite::Exception&) {
    throw FieldError("name", fmt::format("Er is al een organisatie met de naam '{}'.", name));
  }
  return database.sql().getLastInsertRowid();
}

std::optional<std::string> organisation_name(Database& database, std::int64_t id) {
  SQLite::Statement q(database.sql(), "SELECT name FROM organisations WHERE id = ?");
  q.bind(1, id);
  if (!q.executeStep()) return std::nullopt;
  return q.getColumn(0).getString();
}

namespace {

// The wijken a user works in: wijk codes (WK and six digits), each once, at most 500.
std::vector<std::string> checked_wijken(const std::vector<std::string>& wijken) {
  if (wijken.size() > 500) throw FieldError("wijken", "Kies hoogstens 500 wijken.");
  std::set<std::string> out;
  for (const auto& w : wijken) {
    const std::string code = to_upper(trim(w));
    if (!is_wijk_code(code))
      throw FieldError("wijken", fmt::format("'{}' is geen wijkcode; verwacht zoiets als WK010601.",
                                             w.substr(0, 20)));
    out.insert(code);
  }
  return {out.begin(), out.end()};
}

void write_wijken(SQLite::Database& db, std::int64_t id, const std::vector<std::string>& wijken) {
  SQLite::Statement clear(db, "DELETE FROM user_wijken WHERE user_id = ?");
  clear.bind(1, id);
  clear.exec();
  SQLite::Statement wijk(db, "INSERT INTO user_wijken (user_id, wijk_code) VALUES (?, ?)");
  for (const auto& code : wijken) {
    wijk.reset();
    wijk.bind(1, id);
    wijk.bind(2, code);
    wijk.exec();
  }
}

}  // namespace

std::int64_t create_user(Database& database, const NewUser& user, const std::string& actor) {
  auto& db = database.sql();
  const std::string email = normalise_email(user.email);
  if (email.find('@') == std::string::npos || email.size() < 3)
    throw FieldError("email", fmt::format("'{}' is geen e-mailadres.", user.email));
  if (trim(user.display_name).empty()) throw FieldError("name", "Vul de naam van de gebruiker in.");
  check_password_rules(user.password);
  const auto wijken = checked_wijken(user.wijken);
  const std::string hash = hash_password(user.password);
  SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
  {
    SQLite::Statement exists(db, "SELECT 1 FROM users WHERE email = ?");
    exists.bind(1, email);
    if (exists.executeStep())
      throw FieldError("email", fmt::format("Het e-mailadres {} is al in gebruik.", email));
    SQLite::Statement organisation(db, "SELECT 1 FROM organisations WHERE id = ?");
    organisation.bind(1, user.organisation_id);
    if (!organisation.executeStep())
      throw FieldError("organisation_id", "Kies een bestaande organisatie.");
  }
  SQLite::Statement s(
      db,
      "INSERT INTO users (organisation_id, email, display_name, role, password_hash, created_at) "
      "VALUES (?, ?, ?, ?, ?, ?)");
  s.bind(1, user.organisation_id);
  s.bind(2, email);
  s.bind(3, std::string(trim(user.display_name)));
  s.bind(4, std::string(to_string(user.role)));
  s.bind(5, hash);
  s.bind(6, utc_now());
  s.exec();
  const std::int64_t id = db.getLastInsertRowid();
  write_wijken(db, id, wijken);
  record_audit(db, {actor, "create", "user/" + std::to_string(id),
                    fmt::format("{} ({})", email, to_string(user.role)), ""});
  transaction.commit();
  return id;
}

std::optional<User> find_user(Database& database, std::int64_t id) {
  return user_where(database.sql(), "WHERE id = ? AND disabled = 0", id);
}

std::optional<User> find_any_user(Database& database, std::int64_t id) {
  return user_where(database.sql(), "WHERE id = ?", id);
}

std::optional<User> find_user_by_email(Database& database, const std::string& email) {
  return user_where(database.sql(), "WHERE email = ?", normalise_email(email));
}

std::vector<User> list_users(Database& database, std::int64_t organisation_id) {
  auto& db = database.sql();
  SQLite::Statement q(db, std::string(kUserColumns) + "WHERE organisation_id = ? ORDER BY email");
  q.bind(1, organisation_id);
  std::vector<User> users;
  while (q.executeStep()) users.push_back(read_user(db, q));
  return users;
}

void change_user(Database& database, std::int64_t id, const UserChange& change,
                 const std::string& actor) {
  auto& db = database.sql();
  SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
  const auto before = user_where(db, "WHERE id = ?", id);
  if (!before) throw FieldError("id", "Deze gebruiker bestaat niet.");
  std::vector<std::string> what;
  if (change.role && *change.role != before->role) {
    SQLite::Statement s(db, "UPDATE users SET role = ? WHERE id = ?");
    s.bind(1, std::string(to_string(*change.role)));
    s.bind(2, id);
    s.exec();
    what.push_back(fmt::format("rol {} -> {}", to_string(before->role), to_string(*change.role)));
  }
  if (change.disabled && *change.disabled != before->disabled) {
    SQLite::Statement s(db, "UPDATE users SET disabled = ? WHERE id = ?");
    s.bind(1, *change.disabled ? 1 : 0);
    s.bind(2, id);
    s.exec();
    what.push_back(std::string(yes_no(*change.disabled)));
  }
  if (change.wijken) {
    const auto wijken = checked_wijken(*change.wijken);
    if (wijken != before->wijken) {
      write_wijken(db, id, wijken);
      what.push_back(fmt::format(
          "wijken {}", wijken.empty() ? "geen" : fmt::format("{}", fmt::join(wijken, " "))));
    }
  }
  if (what.empty()) return;  // nothing changed: the sessions stay
  end_sessions(db, id);
  record_audit(db, {actor, "change", "user/" + std::to_string(id),
                    fmt::format("{}: {}", before->email, fmt::join(what, ", ")), ""});
  transaction.commit();
}

void set_password(Database& database, std::int64_t id, const std::string& password,
                  const std::string& actor) {
  auto& db = database.sql();
  check_password_rules(password);
  const std::string hash = hash_password(password);
  SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
  SQLite::Statement s(db, "UPDATE users SET password_hash = ? WHERE id = ?");
  s.bind(1, hash);
  s.bind(2, id);
  if (s.exec() == 0) throw FieldError("id", "Deze gebruiker bestaat niet.");
  end_sessions(db, id);
  record_audit(db, {actor, "password", "user/" + std::to_string(id), "", ""});
  transaction.commit();
}

void change_own_password(Database& database, std::int64_t id, const std::string& current,
                         const std::string& password) {
  const auto c = credentials_where(database.sql(), "WHERE id = ? AND disabled = 0", id);
  if (!c) throw FieldError("id", "Deze gebruiker bestaat niet.");
  if (!verify_password(c->password_hash, current))
    throw FieldError("current_password", "Het huidige wachtwoord klopt niet.");
  set_password(database, id, password, c->user.email);
}

LoginResult log_in(Database& database, const LoginRequest& request, Clock::time_point now,
                   const LoginPolicy& policy) {
  auto& db = database.sql();
  const std::string email = normalise_email(request.email);
  // The reads first, finished before the write transaction (see find_session).
  const auto verdict = check_login_throttle(db, email, request.client, now, policy.throttle);
  if (!verdict.allowed) return {LoginOutcome::throttled, std::nullopt, verdict.retry_after};
  const auto found = credentials_where(db, "WHERE email = ?", email);
  // An unknown address costs the same hashing work as a known one.
  static const std::string dummy = hash_password("no such user, no such password");
  const bool right = verify_password(found ? found->password_hash : dummy, request.password);
  const bool ok = right && found && !found->user.disabled;

  // The write lock before the first write: a CLI import on the same store makes this wait (the
  // busy timeout) instead of failing.
  SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
  record_login_attempt(db, email, request.client, now, ok, policy.throttle);
  const std::string subject = found ? "user/" + std::to_string(found->user.id) : "login";
  const std::string where = "adres " + request.client;
  LoginResult result;
  if (ok) {
    SQLite::Statement expired(db, "DELETE FROM sessions WHERE expires_at <= ?");
    expired.bind(1, iso_utc(now));
    expired.exec();
    result = {LoginOutcome::ok, open_session(db, found->user, now, policy.session)};
    record_audit(db, {email, "login", subject, where, ""});
  } else {
    result.outcome = right && found ? LoginOutcome::disabled : LoginOutcome::wrong_credentials;
    record_audit(
        db, {cut_utf8(email, kMaxAuditedEmail), "login_failed", subject,
             result.outcome == LoginOutcome::disabled ? where + ", uitgeschakeld" : where, ""});
  }
  transaction.commit();
  return result;
}

LoginResult log_in(Database& db, const std::string& email, const std::string& password,
                   Clock::time_point now, const LoginPolicy& policy) {
  return log_in(db, LoginRequest{email, password, ""}, now, policy);
}

}  // namespace leefbaar::store
