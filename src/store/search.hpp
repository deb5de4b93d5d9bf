#pragma once
// The queries of the search in the top bar (usecases/search.hpp): addresses and postcodes of the
// work area from its stock, its BAG addresses and the CBS pc6hnr table, each on an index
// (schema/018_search.sql and the postcode indexes of 006 and 009).
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "store/database.hpp"

namespace leefbaar::store {

struct AddressHit {
  std::string unit_id;                               // the stock's unit; empty for a BAG address
  std::string straat, huisnummer, postcode, plaats;  // huisnummer as written ("12a", "12-2")
  std::string buurt;  // pc6hnr's buurt code for a BAG address; empty for a unit (it is coupled)
};

// The stock's units on a street whose search key starts with street_key, at this house number
// (its leading digits), by street; at most limit.
std::vector<AddressHit> stock_on_street(Database& db, std::int64_t work_area,
                                        std::string_view street_key, long long number, int limit);

// The stock's units and the BAG addresses at a PC6 postcode and house number; at most limit of
// each.
std::vector<AddressHit> addresses_at(Database& db, std::int64_t work_area, const std::string& pc6,
                                     long long number, int limit);

struct PostcodeHit {
  std::string postcode;  // PC6
  long long units = 0;   // the stock's units there
  std::string unit_id;   // one of them, for its coupled buurt
  std::string buurt;     // pc6hnr's buurt code; empty without the table
};

// The PC6 postcodes of the stock that start with prefix (a PC4 or a PC6), in order; at most limit.
std::vector<PostcodeHit> postcodes(Database& db, std::int64_t work_area, const std::string& prefix,
                                   int limit);

}  // namespace leefbaar::store
