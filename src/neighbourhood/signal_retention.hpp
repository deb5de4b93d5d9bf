#pragma once
// The retention period a work area keeps for each record type of the signals (the types and their
// defaults: neighbourhood/retention.hpp), as the beheerder sees and sets it.
#include <string>

namespace leefbaar::neighbourhood {

struct RetentionSetting {
  std::string record_type;
  int months = 0;
  bool is_default = true;  // not set by the work area: the default period
  std::string updated_at, updated_by;
};

}  // namespace leefbaar::neighbourhood
