#pragma once
// The figures of resident initiatives in a year, for every role of the caller's work area; a wijk
// team sees its own wijken per wijk (neighbourhood/initiative_figures.hpp).
#include <optional>

#include "core/access.hpp"
#include "neighbourhood/initiative_figures.hpp"
#include "usecases/initiatives.hpp"
#include "usecases/service.hpp"

namespace leefbaar::usecases {

// Of `year`; without it of this year when it has initiatives or spending or none has any, else of
// the latest year that has.
neighbourhood::InitiativeFigures initiative_figures(Service& service, const User& caller,
                                                    std::optional<int> year, TimePoint now);

}  // namespace leefbaar::usecases
