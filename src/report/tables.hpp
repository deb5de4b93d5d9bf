#pragma once
// The output tables of programme.md section 9, with their exact headers.
#include "report/programme_run.hpp"
#include "report/sheet.hpp"

namespace leefbaar {

Sheet units_sheet(const ProgrammeRun& run);
Sheet areas_sheet(const ProgrammeRun& run);
Sheet gemeenten_sheet(const ProgrammeRun& run);
Sheet trend_sheet(const ProgrammeRun& run);  // rows only when a trend was asked
Sheet buurt_budget_sheet(const ProgrammeRun& run);
Sheet parameters_sheet(const ProgrammeRun& run);  // parameters and input checksums

// Names and parents of areas, shared by the writers.
std::string area_code(const CoupledStock& stock, AreaLevel level, std::int32_t index);
std::string area_name(const ProgrammeRun& run, AreaLevel level, std::int32_t index);
std::string area_gemeente(const CoupledStock& stock, AreaLevel level, std::int32_t index);
std::string weak_text(const AreaResult& area);
// The gemeente's row among the areas (its scores and z-values); nullptr when it has none.
const AreaResult* gemeente_area(const ProgrammeResult& result, std::int32_t gemeente);

}  // namespace leefbaar
