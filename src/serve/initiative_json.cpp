#include "serve/initiative_json.hpp"

#include <cmath>
#include <set>

#include "neighbourhood/spending.hpp"
#include "serve/schema.hpp"

namespace leefbaar::serve {

namespace {

nlohmann::json text_or_null(const std::string& s) {
  return s.empty() ? nlohmann::json(nullptr) : nlohmann::json(s);
}

template <typename T>
nlohmann::json optional_json(const std::optional<T>& v) {
  return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

}  // namespace

neighbourhood::AddressText address_text(const nlohmann::json& body) {
  return {text_field(body, "postcode"), text_field(body, "huisnummer"),
          text_field(body, "toevoeging")};
}

long long cents_field(const nlohmann::json& body, const char* field) {
  const auto it = body.find(field);
  if (it == body.end() || it->is_null()) return 0;
  if (it->is_number()) {
    const double v = it->get<double>();
    if (!std::isfinite(v) || v < 0 || v > 1e9)
      throw HttpError{422, "invalid", "Vul een bedrag van 0 euro of meer in.", field};
    return std::llround(v * 100);
  }
  if (it->is_string()) {
    if (it->get<std::string>().empty()) return 0;
    const auto c = neighbourhood::parse_euros(it->get<std::string>());
    if (!c || *c < 0)
      throw HttpError{422, "invalid", "Vul een bedrag in, zoals 250 of 1.250,50.", field};
    return *c;
  }
  throw HttpError{422, "invalid", "Vul een bedrag in, zoals 250.", field};
}

std::optional<double> number_field(const nlohmann::json& body, const char* field) {
  const auto it = body.find(field);
  if (it == body.end() || it->is_null()) return std::nullopt;
  if (!it->is_number()) throw HttpError{400, "bad_request", "Verwacht een getal.", field};
  return it->get<double>();
}

long long whole_field(const nlohmann::json& body, const char* field) {
  const auto it = body.find(field);
  if (it == body.end() || it->is_null() || (it->is_string() && it->get<std::string>().empty()))
    return 0;
  try {
    const double v = it->is_string() ? std::stod(it->get<std::string>()) : it->get<double>();
    if (!std::isfinite(v) || v < 0 || v > 1e6) throw std::out_of_range("range");
    return std::llround(v);
  } catch (const std::exception&) {
    throw HttpError{422, "invalid", "Vul een aantal van 0 of meer in.", field};
  }
}

usecases::AreaForm area_form_of(const nlohmann::json& body) {
  usecases::AreaForm form;
  const auto it = body.find("gebied");
  if (it == body.end() || it->is_null()) return form;
  const nlohmann::json& g = *it;
  form.gebied = g;
  if (g.is_object() && g.value("soort", "") == "cirkel" && !g.contains("lat") &&
      (g.contains("postcode") || g.contains("huisnummer")))
    form.centre = address_text(g);
  return form;
}

double euros(long long cents) {
  return static_cast<double>(cents) / 100.0;
}

nlohmann::json area_json(const neighbourhood::InitiativeArea& area) {
  return nlohmann::json::parse(neighbourhood::area_to_json(area));
}

const char* basis_text(const std::string& basis) {
  if (basis == "bag") return "Geteld uit de adressen van de BAG en de woningen van de corporatie.";
  if (basis == "corporatie")
    return "Geteld uit de woningen van de corporatie alleen: er zijn geen BAG-adressen ingelezen.";
  if (basis == "import") return "Overgenomen uit het ingelezen overzicht van een eerder jaar.";
  return "Alle adressen van de buurt (CBS-tabel postcode en huisnummer) en de woningen van de "
         "corporatie.";
}

nlohmann::json households_json(const usecases::HouseholdsAnswer& answer) {
  const auto& p = answer.preview;
  nlohmann::json buurt = nullptr;
  if (p.buurt)
    buurt = {{"code", p.buurt->buurt},
             {"name", p.buurt->buurt_name},
             {"wijk", p.buurt->wijk},
             {"wijk_name", p.buurt->wijk_name}};
  return {{"huishoudens", p.count.households},
          {"basis", p.count.basis},
          {"uitleg", basis_text(p.count.basis)},
          {"buurt", buurt},
          {"gebied", area_json(answer.area)},
          {"buurt_geojson", answer.buurt_geojson.empty()
                                ? nlohmann::json(nullptr)
                                : nlohmann::json::parse(answer.buurt_geojson)}};
}

nlohmann::json initiative_json(const neighbourhood::Initiative& i) {
  nlohmann::json pledges = nlohmann::json::array();
  for (const auto& p : i.pledges)
    pledges.push_back({{"organisation_id", p.organisation_id},
                       {"organisation", p.organisation_name},
                       {"amount", euros(p.amount_cents)},
                       {"hours", p.hours},
                       {"means", p.means}});
  return {{"id", i.id},
          {"title", i.title},
          {"description", i.description},
          {"type", i.type},
          {"type_label", neighbourhood::type_label(i.type)},
          {"buurt", i.area.buurt},
          {"buurt_name", i.area.buurt_name},
          {"wijk", i.area.wijk},
          {"wijk_name", i.area.wijk_name},
          {"gemeente", i.area.gemeente},
          {"location_postcode", optional_json(i.location_postcode)},
          {"location_huisnummer", optional_json(i.location_huisnummer)},
          {"lat", optional_json(i.lat)},
          {"lon", optional_json(i.lon)},
          {"households", i.households},
          {"households_basis", i.households_basis},
          {"gebied", area_json(i.shape)},
          {"asked_amount", euros(i.asked_amount_cents)},
          {"asked_hours", i.asked_hours},
          {"asked_materials", i.asked_materials},
          {"asked_organisation_id", optional_json(i.asked_organisation_id)},
          {"asked_organisation", i.asked_organisation_name},
          {"source", i.source},
          {"entered_by", text_or_null(i.entered_by)},
          {"state", std::string(state_text(i.state))},
          {"created_at", i.created_at},
          {"majority_at", text_or_null(i.majority_at)},
          {"decision_due", text_or_null(i.decision_due)},
          {"decided_at", text_or_null(i.decided_at)},
          {"decided_by", text_or_null(i.decided_by)},
          {"refusal_reason", text_or_null(i.refusal_reason)},
          {"realised_at", text_or_null(i.realised_at)},
          {"evaluated_at", text_or_null(i.evaluated_at)},
          {"evaluation", text_or_null(i.evaluation)},
          {"supports", i.supports},
          {"needed", i.needed},
          {"supported", i.supported},
          {"overdue", i.overdue},
          {"pledges", pledges}};
}

nlohmann::json wijken_json(const std::vector<neighbourhood::AreaRef>& buurten) {
  nlohmann::json wijken = nlohmann::json::array();
  std::set<std::string> seen;
  for (const auto& a : buurten)
    if (seen.insert(a.wijk).second)
      wijken.push_back({{"code", a.wijk}, {"name", a.wijk_name}, {"gemeente", a.gemeente}});
  return wijken;
}

// ---- Schemas ---------------------------------------------------------------------------------

nlohmann::json area_schema() {
  using namespace schema;
  return object(
      {{"soort", one_of({"buurt", "cirkel", "polygoon"})}},
      {{"lat", number("cirkel: the centre")},
       {"lon", number("cirkel: the centre")},
       {"straal_m", number("cirkel: the radius in metres")},
       {"punten", array(array(number()), "polygoon: the ring as [lat, lon], not closed")}});
}

nlohmann::json area_form_schema() {
  using namespace schema;
  auto form = area_schema();
  form["description"] =
      "The area: the buurt (also when null), a circle (lat, lon, straal_m; or its centre by "
      "postcode, huisnummer and toevoeging) or a polygon (punten: [[lat, lon], ...])";
  form["properties"]["postcode"] = string("cirkel: the centre's address instead of lat, lon");
  form["properties"]["huisnummer"] = string();
  form["properties"]["toevoeging"] = string();
  return nullable(std::move(form));
}

nlohmann::json amount_input_schema(std::string_view description) {
  using namespace schema;
  nlohmann::json out = {
      {"anyOf", nlohmann::json::array({number(), string("Euros as text, such as 1.250,50")})}};
  if (!description.empty()) out["description"] = std::string(description);
  return out;
}

nlohmann::json whole_input_schema(std::string_view description) {
  using namespace schema;
  nlohmann::json out = {{"anyOf", nlohmann::json::array({integer(), string("The digits")})}};
  if (!description.empty()) out["description"] = std::string(description);
  return out;
}

nlohmann::json area_feature_schema() {
  using namespace schema;
  auto properties = area_schema();
  properties["properties"]["buurt"] = string("The buurt's code, for the buurt's outline");
  return object(
      {{"type", one_of({"Feature"})},
       {"properties", properties},
       {"geometry", object({{"type", one_of({"Polygon", "MultiPolygon"})},
                            {"coordinates", array(array(array(nlohmann::json::object())),
                                                  "WGS84 [lon, lat] rings (of polygons)")}})}});
}

nlohmann::json households_schema() {
  using namespace schema;
  return object({{"huishoudens", integer()},
                 {"basis", one_of({"pc6hnr", "bag", "corporatie"})},
                 {"uitleg", string("What the count is based on, in words")},
                 {"buurt", nullable(object({{"code", string()},
                                            {"name", string()},
                                            {"wijk", string()},
                                            {"wijk_name", string()}}))},
                 {"gebied", area_schema()},
                 {"buurt_geojson", nullable(area_feature_schema())}});
}

nlohmann::json initiative_state_schema() {
  std::vector<std::string> states;
  for (const auto s : neighbourhood::kInitiativeStates) states.emplace_back(state_text(s));
  return schema::one_of(states);
}

nlohmann::json initiative_schema() {
  using namespace schema;
  const auto pledge = object({{"organisation_id", integer()},
                              {"organisation", string()},
                              {"amount", number("Euros")},
                              {"hours", integer()},
                              {"means", string()}});
  return object({{"id", integer()},
                 {"title", string()},
                 {"description", string()},
                 {"type", string()},
                 {"type_label", string()},
                 {"buurt", string()},
                 {"buurt_name", string()},
                 {"wijk", string()},
                 {"wijk_name", string()},
                 {"gemeente", string()},
                 {"location_postcode", nullable(string())},
                 {"location_huisnummer", nullable(integer())},
                 {"lat", nullable(number())},
                 {"lon", nullable(number())},
                 {"households", integer()},
                 {"households_basis", string("pc6hnr, bag, corporatie or import")},
                 {"gebied", area_schema()},
                 {"asked_amount", number("Euros")},
                 {"asked_hours", integer()},
                 {"asked_materials", string()},
                 {"asked_organisation_id", nullable(integer())},
                 {"asked_organisation", string()},
                 {"source", string("portaal, medewerker or papier")},
                 {"entered_by", nullable(string())},
                 {"state", initiative_state_schema()},
                 {"created_at", string("ISO 8601 time")},
                 {"majority_at", nullable(string())},
                 {"decision_due", nullable(string())},
                 {"decided_at", nullable(string())},
                 {"decided_by", nullable(string())},
                 {"refusal_reason", nullable(string())},
                 {"realised_at", nullable(string())},
                 {"evaluated_at", nullable(string())},
                 {"evaluation", nullable(string())},
                 {"supports", integer()},
                 {"needed", integer()},
                 {"supported", boolean()},
                 {"overdue", boolean()},
                 {"pledges", array(pledge)}});
}

nlohmann::json wijken_schema() {
  using namespace schema;
  return array(object({{"code", string()}, {"name", string()}, {"gemeente", string()}}));
}

}  // namespace leefbaar::serve
