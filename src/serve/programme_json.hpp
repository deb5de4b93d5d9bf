#pragma once
// The programme as the web application shows it: JSON built from a workspace and a result.
#include <nlohmann/json.hpp>
#include <unordered_map>

#include "usecases/workspace.hpp"

namespace leefbaar::serve {

// Dutch colour names, as the pages show them: groen, geel, oranje.
std::string colour_name(const std::optional<Colour>& colour);

// Area results of one level by area index.
std::unordered_map<std::int32_t, const AreaResult*> areas_at(const ProgrammeResult& result,
                                                             AreaLevel level);

// {work_area, organisation, editions, params, summary, gemeenten, areas}.
nlohmann::json programme_json(const usecases::Workspace& ws, const ProgrammeParams& params,
                              const ProgrammeResult& result);
nlohmann::json summary_json(const usecases::Workspace& ws, const ProgrammeResult& result);

// A number, or null for a missing value (NaN).
nlohmann::json number_or_null(double v);

}  // namespace leefbaar::serve
