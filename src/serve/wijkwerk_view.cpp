#include "serve/wijkwerk_view.hpp"

#include "serve/initiative_json.hpp"
#include "serve/schema.hpp"

namespace leefbaar::serve::wijkwerk {

nlohmann::json initiative_brief(const neighbourhood::Initiative& i, Sight sight) {
  // Whether the team's decision is late is for the staff, not what the portal shows.
  return {{"id", i.id},
          {"overdue", sight == Sight::full && i.overdue},
          {"title", i.title},
          {"type", i.type},
          {"state", std::string(state_text(i.state))},
          {"supports", i.supports},
          {"needed", i.needed},
          {"households", i.households},
          {"supported", i.supported},
          {"buurt", i.area.buurt},
          {"buurt_name", i.area.buurt_name},
          {"wijk", i.area.wijk},
          {"wijk_name", i.area.wijk_name},
          {"submitted_on", i.created_at.substr(0, 10)},
          {"link", sight == Sight::full ? nlohmann::json("/initiatieven/" + std::to_string(i.id))
                                        : nlohmann::json(nullptr)}};
}

nlohmann::json count_json(const neighbourhood::ShownCount& c) {
  if (c.n) return {{"n", *c.n}, {"text", std::to_string(*c.n)}};
  if (c.small) return {{"n", nullptr}, {"text", "minder dan 5"}, {"hidden", "klein"}};
  return {{"n", nullptr}, {"text", "niet getoond"}, {"hidden", "afgeschermd"}};
}

nlohmann::json signal_counts_json(const SignalTable& table, const std::string& area, int month) {
  nlohmann::json by_kind = nlohmann::json::array();
  for (std::size_t k = 1; k < table.kinds().size(); ++k)
    by_kind.push_back({{"kind", table.kinds()[k]},
                       {"count", count_json(table.shown(area, table.kinds()[k], month))}});
  return {{"total", count_json(table.shown(area, "", month))}, {"by_kind", by_kind}};
}

// ---- Schemas ----------------------------------------------------------------------------------

nlohmann::json initiative_brief_schema() {
  using namespace schema;
  return object({{"id", integer()},
                 {"overdue", boolean("The decision is late (staff only; else false)")},
                 {"title", string()},
                 {"type", string()},
                 {"state", initiative_state_schema()},
                 {"supports", integer()},
                 {"needed", integer("The smallest number of supports that is a majority")},
                 {"households", integer()},
                 {"supported", boolean()},
                 {"buurt", string()},
                 {"buurt_name", string()},
                 {"wijk", string()},
                 {"wijk_name", string()},
                 {"submitted_on", string("The day it was submitted")},
                 {"link", nullable(string("The initiative's page (staff only)"))}});
}

nlohmann::json count_schema() {
  using namespace schema;
  return object({{"n", nullable(integer("Null: hidden"))}, {"text", string()}},
                {{"hidden", one_of({"klein", "afgeschermd"})}});
}

nlohmann::json signal_counts_schema() {
  using namespace schema;
  return object({{"total", count_schema()},
                 {"by_kind", array(object({{"kind", string()}, {"count", count_schema()}}))}});
}

}  // namespace leefbaar::serve::wijkwerk
