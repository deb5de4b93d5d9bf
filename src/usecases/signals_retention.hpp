#pragma once
// The retention periods of the signals' personal data in the caller's work area (NotFoundError
// "no_work_area" when their organisation has none). The purge itself: usecases/housekeeping.hpp.
#include <string>
#include <utility>
#include <vector>

#include "core/access.hpp"
#include "neighbourhood/signal_retention.hpp"
#include "usecases/service.hpp"

namespace leefbaar::usecases {

// Every record type with its period (the default when the work area set none).
std::vector<neighbourhood::RetentionSetting> retention_settings(Service& service,
                                                                const User& caller);
// Saves each (record type, months) in one transaction, audited, and answers the settings after.
// FieldError(record type) as neighbourhood::check_retention; then nothing is saved.
std::vector<neighbourhood::RetentionSetting> save_retention(
    Service& service, const User& caller, const std::vector<std::pair<std::string, int>>& periods);

}  // namespace leefbaar::usecases
