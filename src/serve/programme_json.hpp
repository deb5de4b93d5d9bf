#pragma once
// The programme as the web application shows it: JSON built from a workspace and a result.
#include <nlohmann/json.hpp>
#include <unordered_map>

#include "usecases/workspace.hpp"

namespace leefbaar::serve {

// Dutch colour names, as the pages show them: groen, geel, oranje.
std::string colour_name(const std::optional<Colour>& colour);
// Why a unit is not in the programme, in Dutch for the pages ("" for ok).
std::string unit_status_text(UnitStatus status);

// Area results of one level by area index.
std::unordered_map<std::int32_t, const AreaResult*> areas_at(const ProgrammeResult& result,
                                                             AreaLevel level);

// {work_area, organisation, editions, params, summary, gemeenten, areas}.
nlohmann::json programme_json(const usecases::Workspace& ws, const ProgrammeParams& params,
                              const ProgrammeResult& result);
nlohmann::json summary_json(const usecases::Workspace& ws, const ProgrammeResult& result);

// A number, or null for a missing value (NaN).
nlohmann::json number_or_null(double v);

// ---- Their schemas (serve/schema.hpp) ----
// programme_json's answer (GET /api/v1/programma, POST /api/v1/programma/wat-als).
nlohmann::json programme_schema();
nlohmann::json summary_schema();
// params_to_json's object, as the answers give it (every member present).
nlohmann::json params_schema();
// The settings as a body gives them (params_from_json): every member optional.
nlohmann::json params_patch_schema();
// groen, geel, oranje (colour_name); Basis, Plus, PlusPlus; the six dimensions (afw, fys, ...);
// the levels an area is classified at (complex, buurt, wijk, gemeente).
nlohmann::json colour_schema();
nlohmann::json effort_schema();
nlohmann::json dimension_schema();
nlohmann::json classification_level_schema();

}  // namespace leefbaar::serve
