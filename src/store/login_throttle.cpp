#include "store/login_throttle.hpp"

#include <algorithm>
#include <optional>

#include "store/database.hpp"
#include "store/sessions.hpp"

namespace leefbaar::store {

namespace {

using std::chrono::seconds;

// The wait still to go until `until`; zero when it has passed.
seconds remaining(Clock::time_point until, Clock::time_point now) {
  if (until <= now) return seconds(0);
  return std::chrono::ceil<seconds>(until - now);
}

seconds back_off(int failures, const ThrottlePolicy& policy) {
  seconds wait = policy.first_wait;
  for (int k = policy.free_failures; k < failures && wait < policy.max_wait; ++k) wait *= 2;
  return std::min(wait, policy.max_wait);
}

}  // namespace

ThrottleVerdict check_login_throttle(SQLite::Database& db, const std::string& email,
                                     const std::string& client, Clock::time_point now,
                                     const ThrottlePolicy& policy) {
  seconds wait(0);

  // This account from this address, since its last success there.
  int pair_failures = 0;
  std::optional<Clock::time_point> pair_last;
  {
    SQLite::Statement q(
        db,
        "SELECT count(*), max(at) FROM login_attempts WHERE email = ?1 AND client = ?2 AND "
        "succeeded = 0 AND at > ?3 AND id > COALESCE((SELECT max(id) FROM login_attempts WHERE "
        "email = ?1 AND client = ?2 AND succeeded = 1), 0)");
    q.bind(1, email);
    q.bind(2, client);
    q.bind(3, iso_utc(now - policy.memory));
    q.executeStep();
    pair_failures = q.getColumn(0).getInt();
    if (!q.getColumn(1).isNull()) pair_last = parse_iso_utc(q.getColumn(1).getString());
  }
  if (pair_failures >= policy.free_failures && pair_last)
    wait = std::max(wait, remaining(*pair_last + back_off(pair_failures, policy), now));

  // This address across all accounts: blocked until the oldest failure that keeps it at the
  // limit leaves the window.
  {
    SQLite::Statement q(db,
                        "SELECT at FROM login_attempts WHERE client = ? AND succeeded = 0 AND at > "
                        "? ORDER BY at DESC LIMIT 1 OFFSET ?");
    q.bind(1, client);
    q.bind(2, iso_utc(now - policy.client_window));
    q.bind(3, policy.per_client - 1);
    if (q.executeStep())
      wait = std::max(
          wait, remaining(parse_iso_utc(q.getColumn(0).getString()) + policy.client_window, now));
  }

  // This account across all addresses: only slows the addresses that failed on it.
  if (pair_last && *pair_last > now - policy.account_window) {
    SQLite::Statement q(
        db, "SELECT count(*) FROM login_attempts WHERE email = ? AND succeeded = 0 AND at > ?");
    q.bind(1, email);
    q.bind(2, iso_utc(now - policy.account_window));
    q.executeStep();
    if (q.getColumn(0).getInt() >= policy.per_account)
      wait = std::max(wait, remaining(*pair_last + policy.account_slowdown, now));
  }
  return {wait == seconds(0), wait};
}

void record_login_attempt(SQLite::Database& db, const std::string& email, const std::string& client,
                          Clock::time_point now, bool succeeded, const ThrottlePolicy& policy) {
  SQLite::Statement s(
      db, "INSERT INTO login_attempts (email, client, at, succeeded) VALUES (?, ?, ?, ?)");
  s.bind(1, email);
  s.bind(2, client);
  s.bind(3, iso_utc(now));
  s.bind(4, succeeded ? 1 : 0);
  s.exec();
  SQLite::Statement forget(db, "DELETE FROM login_attempts WHERE at < ?");
  forget.bind(1, iso_utc(now - std::max<std::chrono::seconds>(
                                   {policy.memory, policy.client_window, policy.account_window})));
  forget.exec();
}

}  // namespace leefbaar::store
