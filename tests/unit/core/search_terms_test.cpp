#include "core/search_terms.hpp"

#include <gtest/gtest.h>

namespace leefbaar::search {
namespace {

TEST(SearchFold, LowerCaseWithoutAccentsOrPunctuation) {
  EXPECT_EQ(fold("Brink 12A"), "brink 12a");
  EXPECT_EQ(fold("  Café   Ëlst "), "cafe elst");
  EXPECT_EQ(fold("'s-Hertogenbosch"), "s hertogenbosch");
  EXPECT_EQ(fold("Straße"), "strasse");
  EXPECT_EQ(fold("\xC4\xB2sselmonde"), "ijsselmonde");  // the ligature Ĳ
  EXPECT_EQ(fold("Mr. Cramerstraat"), "mr cramerstraat");
  EXPECT_EQ(fold("e\xCC\x81\xC3\xA9n"), "een");  // a decomposed and a composed é
  EXPECT_EQ(fold(""), "");
}

TEST(SearchFold, RefusesTextThatIsNotUtf8) {
  EXPECT_FALSE(fold("caf\xE9"));       // Windows-1252
  EXPECT_FALSE(fold("\xC0\xAF"));      // an overlong slash
  EXPECT_FALSE(fold("\xED\xA0\x80"));  // a surrogate
  EXPECT_FALSE(fold("\xE2\x82"));      // cut off
  EXPECT_EQ(characters("Caf\xC3\xA9"), 4u);
}

TEST(SearchPostcode, Pc4Pc6AndWithHouseNumber) {
  auto t = parse_postcode("9401");
  ASSERT_TRUE(t);
  EXPECT_EQ(t->postcode, "9401");
  EXPECT_FALSE(t->pc6());
  t = parse_postcode(*fold("9401 AB"));
  ASSERT_TRUE(t);
  EXPECT_EQ(t->postcode, "9401AB");
  EXPECT_TRUE(t->pc6());
  EXPECT_FALSE(t->number);
  t = parse_postcode(*fold("9401ab 12-A"));
  ASSERT_TRUE(t);
  EXPECT_EQ(t->postcode, "9401AB");
  EXPECT_EQ(t->number, 12);
  EXPECT_EQ(t->addition, "a");
}

TEST(SearchPostcode, NotAPostcode) {
  for (const char* text : {"940", "0401 ab", "9401 a", "9401 12", "brink 12", "9401 ab x",
                           "9401 ab 1234567", "9401 ab 12 abcdefg"})
    EXPECT_FALSE(parse_postcode(*fold(text))) << text;
}

TEST(SearchAddress, StreetAndNumber) {
  auto t = parse_address(*fold("Brink 12"));
  ASSERT_TRUE(t);
  EXPECT_EQ(t->street, "brink");
  EXPECT_EQ(t->number, 12);
  EXPECT_EQ(t->addition, "");
  t = parse_address(*fold("brink 12a"));
  ASSERT_TRUE(t);
  EXPECT_EQ(t->addition, "a");
  t = parse_address(*fold("Van Goghstraat 3 bis"));
  ASSERT_TRUE(t);
  EXPECT_EQ(t->street, "van goghstraat");
  EXPECT_EQ(t->number, 3);
  EXPECT_EQ(t->addition, "bis");
  t = parse_address(*fold("2e Industrieweg 7"));
  ASSERT_TRUE(t);
  EXPECT_EQ(t->street, "2e industrieweg");
}

TEST(SearchAddress, NotAnAddress) {
  for (const char* text : {"brink", "12", "12 brink", "brink 123456", "brink 12 a b"})
    EXPECT_FALSE(parse_address(*fold(text))) << text;
  EXPECT_EQ(addition_of("12-A"), "a");
  EXPECT_EQ(addition_of("12"), "");
}

TEST(SearchMatch, ExactPrefixWord) {
  EXPECT_EQ(match("assen oost", "assen oost"), Match::exact);
  EXPECT_EQ(match("assen oost", "assen"), Match::prefix);
  EXPECT_EQ(match("assen oost", "oo"), Match::word);
  EXPECT_EQ(match("assen oost", "sen"), Match::none);
  EXPECT_EQ(match("assen", ""), Match::none);
}

TEST(SearchMatch, PrefixRangeCoversEveryContinuation) {
  const std::string end = prefix_end("brink");
  EXPECT_LT(std::string("brink"), end);
  EXPECT_LT(std::string("brinkstraat"), end);
  EXPECT_LT(std::string("brink\xC3\xA9"), end);
  EXPECT_GT(std::string("brinl"), end);
}

}  // namespace
}  // namespace leefbaar::search
