#pragma once
// Sessions: random 256-bit tokens of which only the SHA-256 is stored, so a copy of the database
// does not hand out sessions. A session ends at an absolute limit after log-in and after a while
// without requests; a change of password, role or the disabling of a user ends all of that user's
// sessions. Time is passed in, so tests control the clock.
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/accounts.hpp"
#include "store/database.hpp"

namespace leefbaar::store {

using leefbaar::Clock;

using leefbaar::Role;
using leefbaar::Session;
using leefbaar::User;

struct SessionPolicy {
  std::chrono::hours absolute_limit{8};
  std::chrono::minutes idle_limit{30};
  // The last-seen stamp is written only when it is older than this, so a request is not a write.
  std::chrono::seconds touch_interval{60};
};

// Opens a session for an enabled user (within the caller's transaction when there is one).
Session open_session(Database& db, const User& user, Clock::time_point now,
                     const SessionPolicy& policy = {});
// The session's user while the session has passed neither limit and the user is enabled; nullopt
// otherwise.
std::optional<Session> find_session(Database& db, const std::string& token, Clock::time_point now,
                                    const SessionPolicy& policy = {});
void log_out(Database& db, const std::string& token);
// Ends every session of the user (within the caller's transaction).
void end_sessions(Database& db, std::int64_t user_id);

// A stored timestamp (iso_utc) as a time point.
Clock::time_point parse_iso_utc(const std::string& text);
// Random bytes as hex text, and the SHA-256 of a text as hex (libsodium).
std::string random_token();
std::string sha256_hex(const std::string& text);

}  // namespace leefbaar::store
