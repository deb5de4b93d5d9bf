#pragma once
// Retention of the signals' personal data: a period per record type, set per work area by the
// beheerder, and the purge that removes what has passed it (run by the server every hour and at
// start, with the application's clock).
//
// The record types and what their periods count from: neighbourhood/retention.hpp.
#include <chrono>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "neighbourhood/retention.hpp"
#include "neighbourhood/signal_retention.hpp"
#include "store/database.hpp"

namespace leefbaar::store {

using neighbourhood::RetentionSetting;

// Every record type with its period for the work area (the default when not set).
std::vector<RetentionSetting> retention_settings(Database& db, std::int64_t work_area);
// Throws FieldError(record_type) for an unknown type or a period outside 1..120 months.
void save_retention(Database& db, std::int64_t work_area, const std::string& record_type,
                    int months, const std::string& actor);

struct PurgeResult {
  int contacts = 0, notes = 0, addresses = 0;
  int total() const { return contacts + notes + addresses; }
};

// Called inside a work area's purge transaction when something was removed, so that the caller's
// audit entry of how many commits with the removal.
using OnPurged = std::function<void(Database&, std::int64_t work_area, const PurgeResult&)>;

// Deletes every record of every work area that has passed its retention period at `now`, in one
// transaction per work area.
PurgeResult purge_expired(Database& db, std::chrono::system_clock::time_point now,
                          const OnPurged& on_purged = {});

}  // namespace leefbaar::store
