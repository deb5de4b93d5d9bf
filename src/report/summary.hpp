#pragma once
#include <string>

#include "report/programme_run.hpp"

namespace leefbaar {

// summary.md: the run in words and small tables (Dutch, for the analyst and the steering group).
std::string summary_markdown(const ProgrammeRun& run);

}  // namespace leefbaar
