#pragma once
// The wijk team's activities and physical works as JSON, one field list for both readers: the API's
// answers (serve) and the audit entries of their corrections (usecases), which keep what a record
// was before it was changed or removed.
#include <nlohmann/json.hpp>

#include "neighbourhood/wijkwerk.hpp"

namespace leefbaar::neighbourhood {

// Every field by its own name; the cost in cents, a theme_id of 0 as null.
nlohmann::json activity_json(const Activity& a);
nlohmann::json work_json(const PhysicalWork& w);

}  // namespace leefbaar::neighbourhood
