#include "core/text.hpp"

#include <gtest/gtest.h>

namespace leefbaar {

TEST(ParseNumber, AcceptsDecimalPointAndDecimalComma) {
  EXPECT_DOUBLE_EQ(*parse_number("1.5"), 1.5);
  EXPECT_DOUBLE_EQ(*parse_number("1,5"), 1.5);
  EXPECT_DOUBLE_EQ(*parse_number(" -0,023 "), -0.023);
  EXPECT_DOUBLE_EQ(*parse_number("233456,123"), 233456.123);
  EXPECT_DOUBLE_EQ(*parse_number("+4"), 4.0);
  EXPECT_DOUBLE_EQ(*parse_number("1e-3"), 0.001);
}

TEST(ParseNumber, ReadsThousandsSeparatorsWhenBothMarksOccur) {
  EXPECT_DOUBLE_EQ(*parse_number("1.199.000,50"), 1199000.5);
  EXPECT_DOUBLE_EQ(*parse_number("1,199,000.50"), 1199000.5);
  EXPECT_DOUBLE_EQ(*parse_number("1.199.000"), 1199000.0);
  EXPECT_FALSE(parse_number("1.19.000"));
}

TEST(ParseNumber, RefusesText) {
  EXPECT_FALSE(parse_number("abc"));
  EXPECT_FALSE(parse_number(""));
  EXPECT_FALSE(parse_number("NA"));
  EXPECT_FALSE(parse_number("1,2,3,4"));
  EXPECT_FALSE(parse_number("12 a"));
  EXPECT_FALSE(parse_number("inf"));
}

TEST(EmptyCell, EmptyAndNaAreMissing) {
  EXPECT_TRUE(is_empty_cell(""));
  EXPECT_TRUE(is_empty_cell("  "));
  EXPECT_TRUE(is_empty_cell("NA"));
  EXPECT_TRUE(is_empty_cell("na"));
  EXPECT_FALSE(is_empty_cell("0"));
}

TEST(Postcode, ComparesWithoutSpacesInUpperCase) {
  EXPECT_EQ(normalise_postcode("9401 ab"), "9401AB");
  EXPECT_EQ(normalise_postcode(" 9401AB "), "9401AB");
}

TEST(HouseNumber, TakesTheLeadingDigits) {
  EXPECT_EQ(*house_number_digits("12a"), 12);
  EXPECT_EQ(*house_number_digits("7-II"), 7);
  EXPECT_FALSE(house_number_digits("a12"));
}

TEST(YesNo, UnderstandsDutchAndEnglish) {
  EXPECT_TRUE(*parse_yes_no("ja"));
  EXPECT_TRUE(*parse_yes_no("Yes"));
  EXPECT_TRUE(*parse_yes_no("1"));
  EXPECT_FALSE(*parse_yes_no("nee"));
  EXPECT_FALSE(*parse_yes_no("0"));
  EXPECT_FALSE(parse_yes_no("misschien"));
}

TEST(FormatNumber, ShortestRoundTripAndNoNegativeZero) {
  EXPECT_EQ(format_number(0.1), "0.1");
  EXPECT_EQ(format_number(-0.0), "0");
  EXPECT_EQ(format_number(233400), "233400");
}

}  // namespace leefbaar
