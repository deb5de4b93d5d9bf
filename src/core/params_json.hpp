#pragma once
// The programme parameters as the web application and the store exchange them: one flat JSON
// object ({edition, mode, level, yellow, orange, ..., weights: {basis, plus, plusplus}}).
#include <nlohmann/json.hpp>

#include "core/parameters.hpp"

namespace leefbaar {

nlohmann::json params_to_json(const ProgrammeParams& params);

// base with the members of patch applied. Throws FieldError naming the member (in Dutch) for an
// unknown member, a wrong type or a value out of range; members not given keep base's value.
ProgrammeParams params_from_json(const nlohmann::json& patch, ProgrammeParams base);

}  // namespace leefbaar
