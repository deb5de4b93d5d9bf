#include "store/users.hpp"

#include <fmt/format.h>
#include <sodium.h>

#include <array>
#include <cstdio>
#include <ctime>
#include <mutex>
#include <stdexcept>

#include "core/errors.hpp"
#include "core/text.hpp"
#include "store/audit.hpp"

namespace leefbaar::store {

namespace {

constexpr std::size_t kMinPasswordLength = 12;

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

std::string hex(const unsigned char* data, std::size_t size) {
  std::string out(size * 2 + 1, '\0');
  sodium_bin2hex(out.data(), out.size(), data, size);
  out.pop_back();
  return out;
}

std::string random_token() {
  ensure_sodium();
  std::array<unsigned char, 32> bytes{};
  randombytes_buf(bytes.data(), bytes.size());
  return hex(bytes.data(), bytes.size());
}

std::string sha256_hex(const std::string& text) {
  std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
  crypto_hash_sha256(digest.data(), reinterpret_cast<const unsigned char*>(text.data()),
                     text.size());
  return hex(digest.data(), digest.size());
}

Clock::time_point parse_iso_utc(const std::string& text) {
  std::tm tm{};
  if (std::sscanf(text.c_str(), "%d-%d-%dT%d:%d:%dZ", &tm.tm_year, &tm.tm_mon, &tm.tm_mday,
                  &tm.tm_hour, &tm.tm_min, &tm.tm_sec) != 6)
    throw std::runtime_error("the store holds a malformed timestamp: " + text);
  tm.tm_year -= 1900;
  tm.tm_mon -= 1;
  return Clock::from_time_t(timegm(&tm));
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

User read_user(SQLite::Database& db, SQLite::Statement& q) {
  User u;
  u.id = q.getColumn(0).getInt64();
  u.organisation_id = q.getColumn(1).getInt64();
  u.email = q.getColumn(2).getString();
  u.display_name = q.getColumn(3).getString();
  u.role = role_from_name(q.getColumn(4).getString()).value_or(Role::lezer);
  SQLite::Statement w(db, "SELECT wijk_code FROM user_wijken WHERE user_id = ? ORDER BY wijk_code");
  w.bind(1, u.id);
  while (w.executeStep()) u.wijken.push_back(w.getColumn(0).getString());
  return u;
}

void record_attempt(SQLite::Database& db, const std::string& email, Clock::time_point now,
                    bool ok) {
  SQLite::Statement s(db, "INSERT INTO login_attempts (email, at, succeeded) VALUES (?, ?, ?)");
  s.bind(1, email);
  s.bind(2, iso_utc(now));
  s.bind(3, ok ? 1 : 0);
  s.exec();
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

std::int64_t create_user(Database& database, const NewUser& user, const std::string& actor) {
  auto& db = database.sql();
  const std::string email = normalise_email(user.email);
  if (email.find('@') == std::string::npos || email.size() < 3)
    throw FieldError("email", fmt::format("'{}' is geen e-mailadres.", user.email));
  if (trim(user.display_name).empty()) throw FieldError("name", "Vul de naam van de gebruiker in.");
  if (user.password.size() < kMinPasswordLength)
    throw FieldError("password",
                     fmt::format("Het wachtwoord heeft {} tekens; gebruik er minstens {}.",
                                 user.password.size(), kMinPasswordLength));
  SQLite::Transaction transaction(db);
  SQLite::Statement exists(db, "SELECT 1 FROM users WHERE email = ?");
  exists.bind(1, email);
  if (exists.executeStep())
    throw FieldError("email", fmt::format("Het e-mailadres {} is al in gebruik.", email));
  SQLite::Statement organisation(db, "SELECT 1 FROM organisations WHERE id = ?");
  organisation.bind(1, user.organisation_id);
  if (!organisation.executeStep())
    throw FieldError("organisation_id", "Kies een bestaande organisatie.");
  SQLite::Statement s(
      db,
      "INSERT INTO users (organisation_id, email, display_name, role, password_hash, created_at) "
      "VALUES (?, ?, ?, ?, ?, ?)");
  s.bind(1, user.organisation_id);
  s.bind(2, email);
  s.bind(3, std::string(trim(user.display_name)));
  s.bind(4, std::string(to_string(user.role)));
  s.bind(5, hash_password(user.password));
  s.bind(6, utc_now());
  s.exec();
  const std::int64_t id = db.getLastInsertRowid();
  SQLite::Statement wijk(db, "INSERT INTO user_wijken (user_id, wijk_code) VALUES (?, ?)");
  for (const auto& code : user.wijken) {
    wijk.reset();
    wijk.bind(1, id);
    wijk.bind(2, code);
    wijk.exec();
  }
  record_audit(db, {actor, "create", "user/" + std::to_string(id),
                    fmt::format("{} ({})", email, to_string(user.role)), ""});
  transaction.commit();
  return id;
}

std::optional<User> find_user(Database& database, std::int64_t id) {
  SQLite::Statement q(database.sql(),
                      "SELECT id, organisation_id, email, display_name, role FROM users WHERE id = "
                      "? AND disabled = 0");
  q.bind(1, id);
  if (!q.executeStep()) return std::nullopt;
  return read_user(database.sql(), q);
}

LoginResult log_in(Database& database, const std::string& raw_email, const std::string& password,
                   Clock::time_point now, const LoginPolicy& policy) {
  auto& db = database.sql();
  const std::string email = normalise_email(raw_email);
  SQLite::Statement failures(
      db, "SELECT count(*) FROM login_attempts WHERE email = ? AND at > ? AND succeeded = 0");
  failures.bind(1, email);
  failures.bind(2, iso_utc(now - policy.window));
  failures.executeStep();
  if (failures.getColumn(0).getInt() >= policy.max_failures)
    return {LoginOutcome::throttled, std::nullopt};

  SQLite::Statement q(
      db,
      "SELECT id, organisation_id, email, display_name, role, password_hash FROM users "
      "WHERE email = ? AND disabled = 0");
  q.bind(1, email);
  const bool found = q.executeStep();
  // An unknown address costs the same hashing work as a known one.
  static const std::string dummy = hash_password("no such user, no such password");
  const bool ok = verify_password(found ? q.getColumn(5).getString() : dummy, password) && found;
  record_attempt(db, email, now, ok);
  if (!ok) return {LoginOutcome::wrong_credentials, std::nullopt};

  Session session{random_token(), random_token(), read_user(db, q), now + policy.session_lifetime};
  SQLite::Statement s(
      db,
      "INSERT INTO sessions (token_sha256, user_id, csrf_token, created_at, expires_at) "
      "VALUES (?, ?, ?, ?, ?)");
  s.bind(1, sha256_hex(session.token));
  s.bind(2, session.user.id);
  s.bind(3, session.csrf_token);
  s.bind(4, iso_utc(now));
  s.bind(5, iso_utc(session.expires_at));
  s.exec();
  return {LoginOutcome::ok, session};
}

std::optional<Session> find_session(Database& database, const std::string& token,
                                    Clock::time_point now) {
  auto& db = database.sql();
  SQLite::Statement q(db,
                      "SELECT user_id, csrf_token, expires_at FROM sessions WHERE token_sha256 = ? "
                      "AND expires_at > ?");
  q.bind(1, sha256_hex(token));
  q.bind(2, iso_utc(now));
  if (!q.executeStep()) return std::nullopt;
  auto user = find_user(database, q.getColumn(0).getInt64());
  if (!user) return std::nullopt;
  return Session{token, q.getColumn(1).getString(), *user,
                 parse_iso_utc(q.getColumn(2).getString())};
}

void log_out(Database& database, const std::string& token) {
  SQLite::Statement s(database.sql(), "DELETE FROM sessions WHERE token_sha256 = ?");
  s.bind(1, sha256_hex(token));
  s.exec();
}

}  // namespace leefbaar::store
