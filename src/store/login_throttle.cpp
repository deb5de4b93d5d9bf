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

ThrottleVerdict check_login_throttle(Database& db, const std::string& email,
                                     const std::string& client, Clock::time_point now,
                                     const ThrottlePolicy& policy) {
  seconds wait(0);

  // This account from this address, since its last success there.
  int pair_failures = 0;
  std::optional<Clock::time_point> pair_last;
  {
    auto q = db.query(
        "SELECT count(*) AS failures, max(at) AS last_at FROM login_attempts WHERE email = ?1 AND "
        "client = ?2 AND succeeded = 0 AND at > ?3 AND id > COALESCE((SELECT max(id) FROM "
        "login_attempts WHERE email = ?1 AND client = ?2 AND succeeded = 1), 0)");
    q.bind(email, client, iso_utc(now - policy.memory));
    const auto row = q.next();
    pair_failures = row->integer("failures");
    if (const auto last = row->optional_text("last_at")) pair_last = parse_iso_utc(*last);
  }
  if (pair_failures >= policy.free_failures && pair_last)
    wait = std::max(wait, remaining(*pair_last + back_off(pair_failures, policy), now));

  // This address across all accounts: blocked until the oldest failure that keeps it at the
  // limit leaves the window.
  const auto oldest_at_limit =
      db.query(
            "SELECT at FROM login_attempts WHERE client = ? AND succeeded = 0 AND at > ? ORDER BY "
            "at DESC LIMIT 1 OFFSET ?")
          .bind(client, iso_utc(now - policy.client_window), policy.per_client - 1)
          .first_text("at");
  if (oldest_at_limit)
    wait = std::max(wait, remaining(parse_iso_utc(*oldest_at_limit) + policy.client_window, now));

  // This account across all addresses: only slows the addresses that failed on it.
  if (pair_last && *pair_last > now - policy.account_window) {
    const auto failures =
        db.query(
              "SELECT count(*) AS n FROM login_attempts WHERE email = ? AND succeeded = 0 AND at "
              "> ?")
            .bind(email, iso_utc(now - policy.account_window))
            .first_int64("n");
    if (failures.value_or(0) >= policy.per_account)
      wait = std::max(wait, remaining(*pair_last + policy.account_slowdown, now));
  }
  return {wait == seconds(0), wait};
}

void record_login_attempt(Database& db, const std::string& email, const std::string& client,
                          Clock::time_point now, bool succeeded, const ThrottlePolicy& policy) {
  db.query("INSERT INTO login_attempts (email, client, at, succeeded) VALUES (?, ?, ?, ?)")
      .bind(email, client, iso_utc(now), succeeded)
      .run();
  const auto longest =
      std::max<std::chrono::seconds>({policy.memory, policy.client_window, policy.account_window});
  db.query("DELETE FROM login_attempts WHERE at < ?").bind(iso_utc(now - longest)).run();
}

}  // namespace leefbaar::store
