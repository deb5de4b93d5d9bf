#include "store/users.hpp"

#include <fmt/format.h>
#include <sodium.h>

#include <array>
#include <mutex>
#include <set>
#include <stdexcept>

#include "core/errors.hpp"
#include "core/text.hpp"
#include "store/wijkwerk_store.hpp"

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

void check_password_rules(const std::string& password) {
  if (password.size() < kMinPasswordLength)
    throw FieldError("password",
                     fmt::format("Het wachtwoord heeft {} tekens; gebruik er minstens {}.",
                                 password.size(), kMinPasswordLength));
}

std::string normalise_email(const std::string& email) {
  return to_lower(trim(email));
}

constexpr const char* kUserColumns =
    "SELECT id, organisation_id, email, display_name, role, disabled, password_hash FROM users ";

std::vector<std::string> wijken_of(Database& db, std::int64_t user) {
  return db.query("SELECT wijk_code FROM user_wijken WHERE user_id = ? ORDER BY wijk_code")
      .bind(user)
      .all([](const Row& r) { return r.text("wijk_code"); });
}

User read_user(Database& db, const Row& r) {
  User u;
  u.id = r.int64("id");
  u.organisation_id = r.int64("organisation_id");
  u.email = r.text("email");
  u.display_name = r.text("display_name");
  u.role = role_from_name(r.text("role")).value_or(Role::lezer);
  u.disabled = r.boolean("disabled");
  u.wijken = wijken_of(db, u.id);
  return u;
}

struct Credentials {
  User user;
  std::string password_hash;
};

// Every statement is finished when these return, before any write (see find_session).
std::optional<Credentials> credentials_where(Database& db, const char* condition,
                                             const auto& value) {
  auto q = db.query(std::string(kUserColumns) + condition);
  q.bind(value);
  const auto row = q.next();
  if (!row) return std::nullopt;
  return Credentials{read_user(db, *row), row->text("password_hash")};
}

std::optional<User> user_where(Database& db, const char* condition, const auto& value) {
  auto c = credentials_where(db, condition, value);
  if (!c) return std::nullopt;
  return std::move(c->user);
}

std::string_view yes_no(bool disabled) {
  return disabled ? "uitgeschakeld" : "ingeschakeld";
}

}  // namespace

std::int64_t create_organisation(Database& db, const std::string& name, OrganisationKind kind) {
  if (trim(name).empty()) throw FieldError("name", "Vul de naam van de organisatie in.");
  try {
    db.query("INSERT INTO organisations (name, kind, created_at) VALUES (?, ?, ?)")
        .bind(trim(name), to_string(kind), utc_now())
        .run();
  } catch (const DuplicateError&) {
    throw FieldError("name", fmt::format("Er is al een organisatie met de naam '{}'.", name));
  }
  return db.last_insert_id();
}

std::optional<std::string> organisation_name(Database& db, std::int64_t id) {
  return db.query("SELECT name FROM organisations WHERE id = ?").bind(id).first_text("name");
}

std::optional<std::int64_t> find_organisation(Database& db, const std::string& name) {
  return db.query("SELECT id FROM organisations WHERE name = ?").bind(name).first_int64("id");
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

void write_wijken(Database& db, std::int64_t id, const std::vector<std::string>& wijken) {
  db.query("DELETE FROM user_wijken WHERE user_id = ?").bind(id).run();
  for (const auto& code : wijken)
    db.query("INSERT INTO user_wijken (user_id, wijk_code) VALUES (?, ?)").bind(id, code).run();
}

std::string wijk_text(const std::vector<std::string>& wijken) {
  return wijken.empty() ? "geen" : fmt::format("{}", fmt::join(wijken, " "));
}

// An organisation keeps an active beheerder: the last one is not disabled or given another role
// (at the command line too; on the page a beheerder cannot change the own account anyway).
void require_another_beheerder(Database& db, const User& before, const UserChange& change) {
  const bool loses =
      (change.role && *change.role != Role::beheerder) || (change.disabled && *change.disabled);
  if (before.role != Role::beheerder || before.disabled || !loses) return;
  if (db.query("SELECT 1 FROM users WHERE organisation_id = ? AND role = 'beheerder' AND "
               "disabled = 0 AND id <> ?")
          .bind(before.organisation_id, before.id)
          .exists())
    return;
  throw ConflictError(change.disabled && *change.disabled ? "disabled" : "role",
                      "Dit is de laatste beheerder van de organisatie. Maak eerst iemand anders "
                      "beheerder.",
                      "last_beheerder");
}

}  // namespace

std::int64_t create_user(Database& db, const NewUser& user) {
  const std::string email = normalise_email(user.email);
  if (email.find('@') == std::string::npos || email.size() < 3)
    throw FieldError("email", fmt::format("'{}' is geen e-mailadres.", user.email));
  if (trim(user.display_name).empty()) throw FieldError("name", "Vul de naam van de gebruiker in.");
  check_password_rules(user.password);
  const auto wijken = checked_wijken(user.wijken);
  const std::string hash = hash_password(user.password);
  Transaction transaction(db);
  if (db.query("SELECT 1 FROM users WHERE email = ?").bind(email).exists())
    throw FieldError("email", fmt::format("Het e-mailadres {} is al in gebruik.", email));
  if (!db.query("SELECT 1 FROM organisations WHERE id = ?").bind(user.organisation_id).exists())
    throw FieldError("organisation_id", "Kies een bestaande organisatie.");
  db.query(
        "INSERT INTO users (organisation_id, email, display_name, role, password_hash, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?)")
      .bind(user.organisation_id, email, trim(user.display_name), to_string(user.role), hash,
            utc_now())
      .run();
  const std::int64_t id = db.last_insert_id();
  write_wijken(db, id, wijken);
  transaction.commit();
  return id;
}

std::optional<User> find_user(Database& db, std::int64_t id) {
  return user_where(db, "WHERE id = ? AND disabled = 0", id);
}

std::optional<User> find_any_user(Database& db, std::int64_t id) {
  return user_where(db, "WHERE id = ?", id);
}

std::optional<User> find_user_by_email(Database& db, const std::string& email) {
  return user_where(db, "WHERE email = ?", normalise_email(email));
}

std::vector<User> list_users(Database& db, std::int64_t organisation_id) {
  return db.query(std::string(kUserColumns) + "WHERE organisation_id = ? ORDER BY email")
      .bind(organisation_id)
      .all([&](const Row& r) { return read_user(db, r); });
}

std::vector<std::string> change_user(Database& db, std::int64_t id, const UserChange& change) {
  Transaction transaction(db);
  const auto before = user_where(db, "WHERE id = ?", id);
  if (!before) throw FieldError("id", "Deze gebruiker bestaat niet.");
  require_another_beheerder(db, *before, change);
  std::vector<std::string> what;
  if (change.role && *change.role != before->role) {
    db.query("UPDATE users SET role = ? WHERE id = ?").bind(to_string(*change.role), id).run();
    what.push_back(fmt::format("rol {} -> {}", to_string(before->role), to_string(*change.role)));
  }
  if (change.disabled && *change.disabled != before->disabled) {
    db.query("UPDATE users SET disabled = ? WHERE id = ?").bind(*change.disabled, id).run();
    what.push_back(fmt::format("{} -> {}", yes_no(before->disabled), yes_no(*change.disabled)));
  }
  if (change.wijken) {
    const auto wijken = checked_wijken(*change.wijken);
    if (wijken != before->wijken) {
      write_wijken(db, id, wijken);
      what.push_back(fmt::format("wijken {} -> {}", wijk_text(before->wijken), wijk_text(wijken)));
    }
  }
  if (what.empty()) return what;  // nothing changed: the sessions stay
  end_sessions(db, id);
  transaction.commit();
  return what;
}

void set_password(Database& db, std::int64_t id, const std::string& password) {
  check_password_rules(password);
  const std::string hash = hash_password(password);
  Transaction transaction(db);
  if (db.query("UPDATE users SET password_hash = ? WHERE id = ?").bind(hash, id).run() == 0)
    throw FieldError("id", "Deze gebruiker bestaat niet.");
  end_sessions(db, id);
  transaction.commit();
}

void change_own_password(Database& db, std::int64_t id, const std::string& current,
                         const std::string& password) {
  const auto c = credentials_where(db, "WHERE id = ? AND disabled = 0", id);
  if (!c) throw FieldError("id", "Deze gebruiker bestaat niet.");
  if (!verify_password(c->password_hash, current))
    throw FieldError("current_password", "Het huidige wachtwoord klopt niet.");
  set_password(db, id, password);
}

LoginAttempt log_in(Database& db, const LoginRequest& request, Clock::time_point now,
                    const LoginPolicy& policy) {
  const std::string email = normalise_email(request.email);
  // The reads first, finished before the write transaction (see find_session).
  const auto verdict = check_login_throttle(db, email, request.client, now, policy.throttle);
  if (!verdict.allowed)
    return {{LoginOutcome::throttled, std::nullopt, verdict.retry_after}, email, std::nullopt};
  const auto found = credentials_where(db, "WHERE email = ?", email);
  // An unknown address costs the same hashing work as a known one.
  static const std::string dummy = hash_password("no such user, no such password");
  const bool right = verify_password(found ? found->password_hash : dummy, request.password);
  const bool ok = right && found && !found->user.disabled;

  // The write lock before the first write: a CLI import on the same store makes this wait (the
  // busy timeout) instead of failing.
  Transaction transaction(db);
  record_login_attempt(db, email, request.client, now, ok, policy.throttle);
  LoginAttempt attempt;
  attempt.email = email;
  if (found) attempt.user_id = found->user.id;
  if (ok) {
    db.query("DELETE FROM sessions WHERE expires_at <= ?").bind(iso_utc(now)).run();
    attempt.outcome = LoginOutcome::ok;
    attempt.session = open_session(db, found->user, now, policy.session);
  } else {
    attempt.outcome = right && found ? LoginOutcome::disabled : LoginOutcome::wrong_credentials;
  }
  transaction.commit();
  return attempt;
}

LoginAttempt log_in(Database& db, const std::string& email, const std::string& password,
                    Clock::time_point now, const LoginPolicy& policy) {
  return log_in(db, LoginRequest{email, password, ""}, now, policy);
}

}  // namespace leefbaar::store
