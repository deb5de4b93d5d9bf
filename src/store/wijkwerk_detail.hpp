#pragma once
// Small helpers shared by the wijk work's store files (not part of the store's interface).
#include <cstdint>
#include <string>
#include <vector>

#include "store/database.hpp"
#include "store/wijkwerk_store.hpp"

namespace leefbaar::store::wijkwerk_detail {

// A wijk code the work area knows (when its areas are loaded); FieldError(field) otherwise.
void check_wijk(Database& db, std::int64_t work_area, const std::string& wijk,
                const std::string& field);
// The trimmed text; FieldError(field) when empty (`missing`) or longer than max.
std::string text_field(const std::string& value, const std::string& field, std::size_t max,
                       const std::string& missing);

// The first free number BB-<year>-NNN, counting on from the cases reported in that year.
std::string next_case_number(Database& db, std::int64_t work_area, const std::string& year);
// Inserts a checked case (its number given) and answers its id, in the caller's transaction.
std::int64_t insert_mediation_case(Database& db, std::int64_t work_area, const MediationCase& c,
                                   const std::string& actor);
// Inserts a checked work and answers its id, in the caller's transaction.
std::int64_t insert_work(Database& db, std::int64_t work_area, const PhysicalWork& w,
                         const std::string& actor);

}  // namespace leefbaar::store::wijkwerk_detail
