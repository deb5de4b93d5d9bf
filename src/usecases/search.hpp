#pragma once
// The search in the top bar: an address or postcode (the stock, BAG, pc6hnr), a buurt, wijk or
// gemeente by name or code, a complex; each hit leads to an area page of the caller's work area.
#include <string>
#include <string_view>
#include <vector>

#include "usecases/service.hpp"
#include "usecases/workspace.hpp"

namespace leefbaar::usecases {

struct SearchHit {
  std::string kind;                    // adres, postcode, buurt, wijk, gemeente, complex
  std::string label;                   // "Brink 12, Assen"
  std::string detail;                  // "9401 AB · buurt Centrum, Assen"
  AreaLevel level = AreaLevel::buurt;  // the area page the hit leads to
  std::string code;
};

inline constexpr std::size_t kMaxSearchHits = 20;

// The hits for q in the workspace's work area, best first, at most kMaxSearchHits. FieldError "q"
// (Dutch) for a text that is not UTF-8, shorter than 2 or longer than 100 characters.
std::vector<SearchHit> search(Service& service, const Workspace& ws, std::string_view q);

}  // namespace leefbaar::usecases
