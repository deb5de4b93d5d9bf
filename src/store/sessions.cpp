#include "store/sessions.hpp"

#include <sodium.h>

#include <array>
#include <cstdio>
#include <ctime>
#include <mutex>
#include <stdexcept>

#include "store/users.hpp"

namespace leefbaar::store {

namespace {

void ensure_sodium() {
  static std::once_flag once;
  std::call_once(once, [] {
    if (sodium_init() < 0) throw std::runtime_error("libsodium could not be initialised");
  });
}

std::string hex(const unsigned char* data, std::size_t size) {
  std::string out(size * 2 + 1, '\0');
  sodium_bin2hex(out.data(), out.size(), data, size);
  out.pop_back();
  return out;
}

}  // namespace

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

Session open_session(Database& db, const User& user, Clock::time_point now,
                     const SessionPolicy& policy) {
  Session session{random_token(), random_token(), user, now + policy.absolute_limit};
  db.query(
        "INSERT INTO sessions (token_sha256, user_id, csrf_token, created_at, expires_at, "
        "last_seen_at) VALUES (?, ?, ?, ?, ?, ?)")
      .bind(sha256_hex(session.token), user.id, session.csrf_token, iso_utc(now),
            iso_utc(session.expires_at), iso_utc(now))
      .run();
  return session;
}

std::optional<Session> find_session(Database& db, const std::string& token, Clock::time_point now,
                                    const SessionPolicy& policy) {
  const std::string hash = sha256_hex(token);
  std::int64_t user_id = 0;
  std::string csrf;
  Clock::time_point expires_at, last_seen;
  {
    // Finished before the write below: a read still open on this connection could not wait for
    // another connection's write (SQLite answers "busy" at once when a reader must upgrade).
    auto q = db.query(
        "SELECT user_id, csrf_token, expires_at, COALESCE(last_seen_at, created_at) AS seen_at "
        "FROM sessions WHERE token_sha256 = ?");
    q.bind(hash);
    const auto row = q.next();
    if (!row) return std::nullopt;
    user_id = row->int64("user_id");
    csrf = row->text("csrf_token");
    expires_at = parse_iso_utc(row->text("expires_at"));
    last_seen = parse_iso_utc(row->text("seen_at"));
  }
  if (now >= expires_at || now - last_seen >= policy.idle_limit) return std::nullopt;
  auto user = find_user(db, user_id);
  if (!user) return std::nullopt;
  if (now - last_seen >= policy.touch_interval)
    db.query("UPDATE sessions SET last_seen_at = ? WHERE token_sha256 = ?")
        .bind(iso_utc(now), hash)
        .run();
  return Session{token, csrf, *user, expires_at};
}

void log_out(Database& db, const std::string& token) {
  db.query("DELETE FROM sessions WHERE token_sha256 = ?").bind(sha256_hex(token)).run();
}

void end_sessions(Database& db, std::int64_t user_id) {
  db.query("DELETE FROM sessions WHERE user_id = ?").bind(user_id).run();
}

}  // namespace leefbaar::store
