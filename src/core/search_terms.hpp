#pragma once
// The rules of the search in the top bar, pure: how a typed text is folded for comparison, when it
// is a postcode or an address, and how well a name matches it. The store and the use case apply
// them (store/search.*, usecases/search.*).
#include <optional>
#include <string>
#include <string_view>

namespace leefbaar::search {

// The bounds of a search text, in characters (code points) after trimming.
inline constexpr std::size_t kMinQuery = 2;
inline constexpr std::size_t kMaxQuery = 100;

// Lower case without accents (é -> e, ß -> ss, ĳ -> ij), every character that is not a letter or
// digit as one space, no spaces at the ends: "'s-Gravenhage" -> "s gravenhage", "Brink 12A" ->
// "brink 12a". Letters outside Latin-1 and Latin Extended-A stay as they are. nullopt when the
// text is not valid UTF-8.
std::optional<std::string> fold(std::string_view text);

// The number of characters (code points) of valid UTF-8.
std::size_t characters(std::string_view utf8);

// A postcode, alone or with a house number: "9401", "9401 AB", "9401ab", "9401 AB 12", "9401AB
// 12a".
struct PostcodeTerm {
  std::string postcode;             // "9401" (a PC4) or "9401AB" (a PC6), upper case
  std::optional<long long> number;  // only after a PC6
  std::string addition;             // what follows the number, folded ("a", "2")
  bool pc6() const { return postcode.size() == 6; }
};
// From a folded text; nullopt when it is not a postcode.
std::optional<PostcodeTerm> parse_postcode(std::string_view folded);

// A street and house number: "brink 12", "brink 12a", "van goghstraat 3 2".
struct AddressTerm {
  std::string street;  // folded
  long long number = 0;
  std::string addition;  // folded, without spaces
};
// From a folded text; nullopt without a street followed by a number (at most 5 digits).
std::optional<AddressTerm> parse_address(std::string_view folded);

// The folded addition of a house number as written ("12-A" -> "a", "12" -> "").
std::string addition_of(std::string_view house_number);

// How well a folded name matches a folded search text, best first.
enum class Match { exact = 0, prefix = 1, word = 2, none = 3 };
Match match(std::string_view folded_name, std::string_view folded_query);

// The upper bound of a prefix range: every text that starts with prefix sorts below it (byte
// order, as SQLite compares text), so "key >= prefix AND key < prefix_end(prefix)" is a prefix
// search an index answers.
std::string prefix_end(std::string_view prefix);

}  // namespace leefbaar::search
