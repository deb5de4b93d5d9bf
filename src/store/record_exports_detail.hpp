#pragma once
// Internal to the record exports (record_exports*.cpp): the column helper, the scope of a filter
// and the tables of the work in the wijken, which record_exports.cpp dispatches to.
#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include "core/record_table.hpp"
#include "store/database.hpp"
#include "store/record_exports.hpp"

namespace leefbaar::store::record_detail {

// A column with the width of its type when none is given.
RecordColumn col(const char* header, ColumnType type = ColumnType::text, double width = 0);
// Whether a record of the wijk is within the filter's wijk and a wijk team's wijken.
bool in_scope(const RecordFilter& f, const std::string& wijk);

std::vector<RecordColumn> mediation_columns();
std::vector<RecordColumn> work_columns();
RecordTable mediation_table(Database& db, std::int64_t work_area, const RecordFilter& f);
RecordTable works_table(Database& db, std::int64_t work_area, const RecordFilter& f);
RecordTable campaigns_table(Database& db, std::int64_t work_area, const RecordFilter& f);
RecordTable mediation_figures_table(Database& db, std::int64_t work_area, const RecordFilter& f);

}  // namespace leefbaar::store::record_detail
