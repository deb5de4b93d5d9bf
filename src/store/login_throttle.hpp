#pragma once
// The log-in throttle. An attacker must not be able to lock the owner out, so failures are counted
// per (account, client address): after a few, that pair waits longer and longer (exponential
// back-off up to a ceiling) while the owner at another address logs in as usual. An address that
// tries many accounts is limited across them, and an account attacked from very many addresses
// is slowed for the addresses that failed on it, never for an address without failures.
#include <chrono>
#include <string>

namespace leefbaar::store {

class Database;

struct ThrottlePolicy {
  // Per account and address: failures allowed before back-off; then the first wait, doubled with
  // each further failure up to max_wait. Failures older than `memory`, or before the pair's last
  // successful log-in, no longer count.
  int free_failures = 5;
  std::chrono::seconds first_wait{60};
  std::chrono::seconds max_wait{15 * 60};
  std::chrono::hours memory{24};
  // Per address across all accounts.
  int per_client = 50;
  std::chrono::seconds client_window{60 * 60};
  // Per account across all addresses: above this, an address that failed on the account waits
  // `account_slowdown` after its last failure.
  int per_account = 100;
  std::chrono::seconds account_window{60 * 60};
  std::chrono::seconds account_slowdown{60};
};

struct ThrottleVerdict {
  bool allowed = true;
  std::chrono::seconds retry_after{0};  // when not allowed: how long to wait
};

// Reads only (its statements are finished when it returns).
ThrottleVerdict check_login_throttle(Database& db, const std::string& email,
                                     const std::string& client,
                                     std::chrono::system_clock::time_point now,
                                     const ThrottlePolicy& policy = {});
// Records an attempt and forgets attempts older than the policy's memory (within the caller's
// write transaction).
void record_login_attempt(Database& db, const std::string& email, const std::string& client,
                          std::chrono::system_clock::time_point now, bool succeeded,
                          const ThrottlePolicy& policy = {});

}  // namespace leefbaar::store
