#include "neighbourhood/retention.hpp"

#include <algorithm>

#include "core/errors.hpp"

namespace leefbaar::neighbourhood {

const std::vector<std::string>& retention_record_types() {
  static const std::vector<std::string> v = {"contactmoment", "opvolgnotitie",
                                             "adres_na_afronding"};
  return v;
}

int default_retention_months(const std::string& record_type) {
  if (record_type == "contactmoment") return 24;
  if (record_type == "opvolgnotitie") return 18;
  if (record_type == "adres_na_afronding") return 3;
  return 0;
}

void check_retention(const std::string& record_type, int months) {
  const auto& types = retention_record_types();
  if (std::find(types.begin(), types.end(), record_type) == types.end())
    throw FieldError(record_type, "Deze soort gegevens kent geen bewaartermijn.");
  if (months < 1 || months > 120)
    throw FieldError(record_type, "Kies een bewaartermijn van 1 tot en met 120 maanden.");
}

}  // namespace leefbaar::neighbourhood
