// The retention periods of the signals' personal data: the record types, their defaults and the
// bounds a beheerder may set.
#include "neighbourhood/retention.hpp"

#include <gtest/gtest.h>

#include "core/errors.hpp"

namespace leefbaar::testing {
namespace {

TEST(RetentionRules, EveryTypeHasADefaultWithinTheBounds) {
  ASSERT_EQ(neighbourhood::retention_record_types().size(), 3u);
  for (const auto& type : neighbourhood::retention_record_types()) {
    const int months = neighbourhood::default_retention_months(type);
    EXPECT_GE(months, 1) << type;
    EXPECT_LE(months, 120) << type;
    EXPECT_NO_THROW(neighbourhood::check_retention(type, months));
  }
  EXPECT_EQ(neighbourhood::default_retention_months("contactmoment"), 24);
  EXPECT_EQ(neighbourhood::default_retention_months("opvolgnotitie"), 18);
  EXPECT_EQ(neighbourhood::default_retention_months("adres_na_afronding"), 3);
  EXPECT_EQ(neighbourhood::default_retention_months("wachtwoord"), 0);
}

TEST(RetentionRules, APeriodIsOneToOneHundredTwentyMonthsOfAKnownType) {
  EXPECT_NO_THROW(neighbourhood::check_retention("contactmoment", 1));
  EXPECT_NO_THROW(neighbourhood::check_retention("contactmoment", 120));
  for (const int months : {0, -1, 121, 100000})
    EXPECT_THROW(neighbourhood::check_retention("contactmoment", months), FieldError) << months;
  try {
    neighbourhood::check_retention("alles", 12);
    FAIL();
  } catch (const FieldError& e) {
    EXPECT_EQ(e.field(), "alles");
  }
}

}  // namespace
}  // namespace leefbaar::testing
