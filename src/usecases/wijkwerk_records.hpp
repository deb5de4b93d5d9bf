#pragma once
// Internal to the use cases: the wijk team's records as JSON for the audit entries of their
// corrections (wijkwerk_corrections.cpp, wijkwerk.cpp), so that the log keeps what a record was
// before it was changed or removed.
#include <nlohmann/json.hpp>
#include <string>

#include "neighbourhood/wijkwerk.hpp"

namespace leefbaar::usecases {

nlohmann::json profile_record(const neighbourhood::WijkProfile& p);

// {"voor": before, "na": after} as text: the detail of a change.
std::string change_detail(const nlohmann::json& before, const nlohmann::json& after);
// {"voor": before}: the detail of a removal.
std::string removal_detail(const nlohmann::json& before);
// What a save of a profile changed in its team and meeting places, in Dutch ("teamlid toegevoegd:
// An (wijkconsulent); plek gewijzigd: De Schakel"); "beschrijving, inzet of prioriteiten" when only
// those changed; empty when nothing did.
std::string profile_changes(const neighbourhood::WijkProfile& before,
                            const neighbourhood::WijkProfile& after);

}  // namespace leefbaar::usecases
