#include "neighbourhood/wijkwerk_json.hpp"

namespace leefbaar::neighbourhood {

using nlohmann::json;

json activity_json(const Activity& a) {
  return {{"id", a.id},
          {"held_on", a.held_on},
          {"wijk_code", a.wijk_code},
          {"buurt_code", a.buurt_code},
          {"type", a.type},
          {"title", a.title},
          {"theme_id", a.theme_id == 0 ? json(nullptr) : json(a.theme_id)},
          {"theme", a.theme},
          {"effort", a.effort},
          {"organisations", a.organisations},
          {"participants", a.participants},
          {"cost_cents", a.cost_cents},
          {"result", a.result}};
}

json work_json(const PhysicalWork& w) {
  return {{"id", w.id},
          {"kind", w.kind},
          {"title", w.title},
          {"area_code", w.area_code},
          {"wijk_code", w.wijk_code},
          {"starts_on", w.starts_on},
          {"ends_on", w.ends_on},
          {"description", w.description}};
}

}  // namespace leefbaar::neighbourhood
