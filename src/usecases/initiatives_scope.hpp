#pragma once
// Internal to the use cases: how the initiative operations of staff and the portal scope and read
// what a request names, under the operation's own lock, and the audit entries they share.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/initiatives.hpp"
#include "usecases/initiatives.hpp"

namespace leefbaar::usecases {

// The wijken a caller may see and act on: a wijk team its own, everyone else all (nullopt).
std::optional<std::vector<std::string>> wijken_of(const User& caller);
bool in_wijken(const std::optional<std::vector<std::string>>& wijken, const std::string& wijk);

// An initiative the caller may see, read once; NotFoundError when it does not exist, is not yet
// confirmed or lies outside the caller's wijken.
neighbourhood::Initiative visible_initiative(store::Database& db, const User& caller,
                                             std::int64_t work_area, std::int64_t id,
                                             TimePoint now);

// The area of a form; a circle centred on an address gets that address's position. FieldError
// ("gebied") for an address that does not parse or that no register places, or a bad form.
neighbourhood::InitiativeArea area_of_form(store::Database& db, std::int64_t work_area,
                                           const AreaForm& form);
// The forms' live count, as initiative_households answers it.
HouseholdsAnswer households_of_form(store::Database& db, std::int64_t work_area,
                                    const AreaForm& form, const std::string& buurt);

// The entry of the system ("systeem") for a majority that a paper or portal support completed;
// none when it completed none.
void record_majority(store::Database& db, std::int64_t initiative,
                     const std::optional<store::MajorityReached>& majority);
// The entry for what the portal removed before a submission because nobody confirmed it; none
// when nothing was removed.
void record_purge(store::Database& db, const store::PurgedUnconfirmed& purged);

}  // namespace leefbaar::usecases
