#include "usecases/search.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <unordered_map>

#include "compute/yardstick.hpp"
#include "core/errors.hpp"
#include "core/search_terms.hpp"
#include "core/text.hpp"
#include "store/search.hpp"
#include "usecases/unit_of_work.hpp"

namespace leefbaar::usecases {

namespace {

// Rows read per address query: several units share one address (flats), and duplicates fold.
constexpr int kRowsPerQuery = 200;

std::string folded_query(std::string_view q) {
  const auto folded = search::fold(q);
  if (!folded) throw FieldError("q", "De zoektekst bevat tekens die geen geldige tekst zijn.");
  const std::string_view trimmed = trim(q);
  if (search::characters(trimmed) > search::kMaxQuery)
    throw FieldError("q", fmt::format("De zoektekst is te lang: gebruik hoogstens {} tekens.",
                                      search::kMaxQuery));
  if (search::characters(trimmed) < search::kMinQuery || folded->empty())
    throw FieldError(
        "q", fmt::format("Typ minstens {} letters of cijfers om te zoeken.", search::kMinQuery));
  return *folded;
}

// "9401AB" -> "9401 AB".
std::string written_postcode(const std::string& pc) {
  return pc.size() == 6 ? pc.substr(0, 4) + " " + pc.substr(4) : pc;
}

class Searcher {
 public:
  explicit Searcher(const Workspace& ws) : stock_(ws.run().stock) {}

  std::vector<SearchHit> hits;

  // The coupled buurt of each unit named, in one pass over the stock.
  void couple_units(const std::set<std::string>& ids) {
    for (const auto& u : stock_.units)
      if (u.coupled() && ids.count(u.id)) buurt_of_unit_[u.id] = u.buurt;
  }

  void add_addresses(const std::vector<store::AddressHit>& rows, const std::string& addition) {
    std::set<std::string> ids;
    for (const auto& r : rows) ids.insert(r.unit_id);
    couple_units(ids);
    for (const auto& r : rows) {
      if (!search::addition_of(r.huisnummer).starts_with(addition)) continue;
      const std::int32_t buurt = r.unit_id.empty() ? stock_.buurten.find(r.buurt) : unit_buurt(r);
      if (buurt < 0) continue;  // outside the stock's buurten: no area page
      std::string label = r.straat.empty()
                              ? fmt::format("{} {}", written_postcode(r.postcode), r.huisnummer)
                              : fmt::format("{} {}", r.straat, r.huisnummer);
      if (!r.plaats.empty()) label += ", " + r.plaats;
      const std::string detail =
          (r.straat.empty() ? std::string() : written_postcode(r.postcode) + " · ") +
          buurt_context(buurt);
      add({"adres", label, detail, AreaLevel::buurt, stock_.buurten.code(buurt)});
    }
  }

  void add_postcodes(const std::vector<store::PostcodeHit>& rows) {
    std::set<std::string> ids;
    for (const auto& r : rows) ids.insert(r.unit_id);
    couple_units(ids);
    for (const auto& r : rows) {
      const auto it = buurt_of_unit_.find(r.unit_id);
      const std::int32_t buurt =
          it != buurt_of_unit_.end() ? it->second : stock_.buurten.find(r.buurt);
      if (buurt < 0) continue;
      add({"postcode", written_postcode(r.postcode),
           fmt::format("postcode · {} {} · {}", r.units, one_or_many(r.units, "woning", "woningen"),
                       buurt_context(buurt)),
           AreaLevel::buurt, stock_.buurten.code(buurt)});
    }
  }

  // Buurten, wijken and gemeenten by name or code, and complexes by code or name: exact matches
  // first, then names that start with the text, then names with a word that does.
  void add_areas(const std::string& folded) {
    struct Ranked {
      search::Match match;
      SearchHit hit;
    };
    std::vector<Ranked> ranked;
    for (AreaLevel level :
         {AreaLevel::gemeente, AreaLevel::wijk, AreaLevel::buurt, AreaLevel::complex}) {
      const Dictionary* dict = dictionary_of(stock_, level);
      if (!dict) continue;
      for (std::int32_t i = 0; i < static_cast<std::int32_t>(dict->size()); ++i) {
        const auto m = std::min(search::match(search::fold(dict->name(i)).value_or(""), folded),
                                search::match(to_lower(dict->code(i)), folded));
        if (m != search::Match::none) ranked.push_back({m, area_hit(level, i)});
      }
    }
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const Ranked& a, const Ranked& b) { return a.match < b.match; });
    for (auto& r : ranked) add(std::move(r.hit));
  }

 private:
  const CoupledStock& stock_;
  std::unordered_map<std::string, std::int32_t> buurt_of_unit_;
  std::set<std::string> seen_;  // kind + label + code: flats at one address show once

  void add(SearchHit hit) {
    if (hits.size() >= kMaxSearchHits) return;
    if (seen_.insert(hit.kind + '\n' + hit.label + '\n' + hit.code).second)
      hits.push_back(std::move(hit));
  }

  std::int32_t unit_buurt(const store::AddressHit& r) const {
    const auto it = buurt_of_unit_.find(r.unit_id);
    return it == buurt_of_unit_.end() ? -1 : it->second;
  }

  std::string name_or_code(const Dictionary& dict, std::int32_t i) const {
    return dict.name(i).empty() ? dict.code(i) : dict.name(i);
  }

  // "buurt Centrum, wijk Assen-Centrum, Assen".
  std::string buurt_context(std::int32_t buurt) const {
    std::string out = "buurt " + name_or_code(stock_.buurten, buurt);
    const auto b = static_cast<std::size_t>(buurt);
    if (b < stock_.wijk_of_buurt.size() && stock_.wijk_of_buurt[b] >= 0)
      out += ", wijk " + name_or_code(stock_.wijken, stock_.wijk_of_buurt[b]);
    const auto g = gemeente_of_area(stock_, AreaLevel::buurt, buurt);
    if (g >= 0) out += ", " + name_or_code(stock_.gemeenten, g);
    return out;
  }

  SearchHit area_hit(AreaLevel level, std::int32_t i) const {
    const Dictionary& dict = *dictionary_of(stock_, level);
    SearchHit hit{std::string(to_string(level)), name_or_code(dict, i), "", level, dict.code(i)};
    const auto g = gemeente_of_area(stock_, level, i);
    const std::string gemeente = g >= 0 ? name_or_code(stock_.gemeenten, g) : "";
    switch (level) {
      case AreaLevel::buurt:
        hit.detail = buurt_context(i) + " · " + dict.code(i);
        break;
      case AreaLevel::wijk:
        hit.detail = "wijk" + (gemeente.empty() ? "" : " in " + gemeente) + " · " + dict.code(i);
        break;
      case AreaLevel::complex:
        hit.label = "Complex " + name_or_code(dict, i);
        hit.detail = "complex van de corporatie" + (gemeente.empty() ? "" : " in " + gemeente);
        break;
      default:
        hit.detail = "gemeente · " + dict.code(i);
    }
    return hit;
  }
};

}  // namespace

std::vector<SearchHit> search(Service& service, const Workspace& ws, std::string_view q) {
  const std::string folded = folded_query(q);
  Searcher searcher(ws);
  const std::int64_t work_area = ws.work_area().id;
  if (const auto pc = search::parse_postcode(folded)) {
    if (pc->number)
      searcher.add_addresses(read(service,
                                  [&](store::Database& db) {
                                    return store::addresses_at(db, work_area, pc->postcode,
                                                               *pc->number, kRowsPerQuery);
                                  }),
                             pc->addition);
    else
      searcher.add_postcodes(read(service, [&](store::Database& db) {
        return store::postcodes(db, work_area, pc->postcode, kMaxSearchHits);
      }));
  } else if (const auto address = search::parse_address(folded)) {
    searcher.add_addresses(read(service,
                                [&](store::Database& db) {
                                  return store::stock_on_street(db, work_area, address->street,
                                                                address->number, kRowsPerQuery);
                                }),
                           address->addition);
  }
  searcher.add_areas(folded);
  return std::move(searcher.hits);
}

}  // namespace leefbaar::usecases
