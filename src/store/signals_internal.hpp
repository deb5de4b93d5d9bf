#pragma once
// Internal to the store's signal modules (signals*.cpp): reading a contact moment. Not for other
// stages.
#include <cstdint>
#include <optional>

#include "store/signals.hpp"

namespace leefbaar::store::signal_detail {

// The contact moment with this id in the work area, with or without its personal data (address,
// reference, note), without its signals and notes; nullopt when the work area has none.
std::optional<ContactMoment> find_contact(Database& db, std::int64_t work_area, std::int64_t id,
                                          bool with_personal_data);
void load_signals(Database& db, ContactMoment& c);
void load_notes(Database& db, ContactMoment& c);

}  // namespace leefbaar::store::signal_detail
