// Resident initiatives for staff: the list (a wijk team sees its own wijken), what the forms offer,
// staff entry of initiatives, an initiative with its supports, and the live count of the
// households an area concerns: those of its buurt or of a circle or polygon drawn on the map
// (member gebied). Supports, decisions and the majority rule are in
// routes_initiative_decisions.cpp, the figures in routes_initiative_figures.cpp.
#include "serve/app.hpp"
#include "serve/initiative_json.hpp"
#include "serve/schema.hpp"
#include "usecases/initiatives.hpp"

namespace leefbaar::serve {

namespace {

// The list's query: ?wijk, state, year, overdue=1, q (text) and the page (limit, offset).
usecases::InitiativeQuery list_query(const httplib::Request& req) {
  usecases::InitiativeQuery query;
  auto& filter = query.filter;
  filter.wijk = short_query(req, "wijk", 20);
  const auto state = short_query(req, "state", 20);
  if (!state.empty()) {
    filter.state = neighbourhood::parse_state(state);
    if (!filter.state)
      throw HttpError{400, "bad_request",
                      "Kies een stand als open, goedgekeurd, afgewezen, gerealiseerd of "
                      "geevalueerd.",
                      "state"};
  }
  filter.year = year_query(req);
  query.overdue_only = req.has_param("overdue") && req.get_param_value("overdue") == "1";
  query.text = short_query(req, "q", 100);
  const auto page = page_query(req, 50, usecases::kMaxInitiativePage);
  query.limit = page.limit;
  query.offset = page.offset;
  return query;
}

void list(App& app, const httplib::Request& req, httplib::Response& res,
          const std::optional<Caller>& caller) {
  const auto query = list_query(req);
  const auto page =
      usecases::list_initiatives(app.service, caller->session.user, query, app.config.now());
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& i : page.initiatives) rows.push_back(initiative_json(i));
  send_json(res, 200,
            {{"initiatives", rows},
             {"total", page.total},
             {"limit", query.limit},
             {"offset", query.offset}});
}

void options(App& app, const httplib::Request&, httplib::Response& res,
             const std::optional<Caller>& caller) {
  const auto o = usecases::initiative_options(app.service, caller->session.user);
  nlohmann::json states = nlohmann::json::array();
  for (const auto s : neighbourhood::kInitiativeStates) states.push_back(state_text(s));
  nlohmann::json types = nlohmann::json::array();
  for (const char* t : neighbourhood::kInitiativeTypes)
    types.push_back({{"value", t}, {"label", neighbourhood::type_label(t)}});
  nlohmann::json buurten = nlohmann::json::array();
  for (const auto& a : o.buurten)
    buurten.push_back({{"code", a.buurt},
                       {"name", a.buurt_name},
                       {"wijk", a.wijk},
                       {"wijk_name", a.wijk_name},
                       {"gemeente", a.gemeente}});
  nlohmann::json orgs = nlohmann::json::array();
  for (const auto& org : o.organisations)
    orgs.push_back({{"id", org.id}, {"name", org.name}, {"kind", org.kind}});
  send_json(
      res, 200,
      {{"types", types},
       {"states", states},
       {"buurten", buurten},
       {"wijken", wijken_json(o.buurten)},
       {"organisations", orgs},
       {"settings",
        {{"majority_share", o.rule.majority_share}, {"decision_weeks", o.rule.decision_weeks}}}});
}

neighbourhood::NewInitiative new_initiative_of(const nlohmann::json& body) {
  neighbourhood::NewInitiative in;
  in.title = text_field(body, "title");
  in.description = text_field(body, "description");
  in.type = text_field(body, "type");
  in.buurt_code = text_field(body, "buurt");
  const std::string postcode = text_field(body, "postcode");
  const std::string huisnummer = text_field(body, "huisnummer");
  if (!postcode.empty() || !huisnummer.empty())
    in.location =
        neighbourhood::parse_address(postcode, huisnummer, text_field(body, "toevoeging"));
  in.lat = number_field(body, "lat");
  in.lon = number_field(body, "lon");
  in.asked_amount_cents = cents_field(body, "asked_amount");
  in.asked_hours = whole_field(body, "asked_hours");
  in.asked_materials = text_field(body, "asked_materials");
  if (body.contains("asked_organisation_id") && body["asked_organisation_id"].is_number_integer())
    in.asked_organisation_id = body["asked_organisation_id"].get<std::int64_t>();
  in.source = body.value("from_paper", false) ? "papier" : "medewerker";
  return in;
}

void create(App& app, const httplib::Request& req, httplib::Response& res,
            const std::optional<Caller>& caller) {
  const auto body = json_body(req);
  const auto in = new_initiative_of(body);
  const auto id = usecases::create_initiative(app.service, caller->session.user, in,
                                              area_form_of(body), app.config.now());
  send_json(res, 201, {{"id", id}});
}

void detail(App& app, const httplib::Request& req, httplib::Response& res,
            const std::optional<Caller>& caller) {
  const auto d = usecases::initiative_detail(app.service, caller->session.user, path_id(req),
                                             app.config.now());
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& s : d.supports)
    rows.push_back({{"id", s.id},
                    {"address", s.address_key},
                    {"source", s.source},
                    {"entered_by",
                     s.entered_by.empty() ? nlohmann::json(nullptr) : nlohmann::json(s.entered_by)},
                    {"created_at", s.created_at}});
  auto out = initiative_json(d.initiative);
  out["support_list"] = rows;
  out["households_text"] = basis_text(d.initiative.households_basis);
  out["gebied_geojson"] =
      d.area_geojson.empty() ? nlohmann::json(nullptr) : nlohmann::json::parse(d.area_geojson);
  send_json(res, 200, out);
}

void households(App& app, const httplib::Request& req, httplib::Response& res,
                const std::optional<Caller>& caller) {
  const auto body = json_body(req);
  const auto area = area_form_of(body);
  send_json(res, 200,
            households_json(usecases::initiative_households(app.service, caller->session.user, area,
                                                            text_field(body, "buurt"))));
}

// What the form of a new initiative sends (the texts' limits are in bytes: the store's clean_text
// counts bytes).
nlohmann::json new_initiative_schema() {
  using namespace schema;
  std::vector<std::string> types(std::begin(neighbourhood::kInitiativeTypes),
                                 std::end(neighbourhood::kInitiativeTypes));
  return object({{"title", string("At most 200 bytes (UTF-8)")},
                 {"description", string("At most 4000 bytes (UTF-8)")},
                 {"type", one_of(types)}},
                {{"buurt", string("The buurt's code; else from the area's centre or the address")},
                 {"postcode", string("The place of the initiative")},
                 {"huisnummer", string()},
                 {"toevoeging", string()},
                 {"gebied", area_form_schema()},
                 {"lat", nullable(number())},
                 {"lon", nullable(number())},
                 {"asked_amount", amount_input_schema("Euros")},
                 {"asked_hours", whole_input_schema()},
                 {"asked_materials", string("At most 1000 bytes (UTF-8)")},
                 {"asked_organisation_id", integer("One of the partnership's organisations")},
                 {"from_paper", boolean("Entered from a paper form")}});
}

nlohmann::json detail_schema() {
  using namespace schema;
  auto out = initiative_schema();
  out["properties"]["support_list"] = array(object({{"id", integer()},
                                                    {"address", string("The address key")},
                                                    {"source", string()},
                                                    {"entered_by", nullable(string())},
                                                    {"created_at", string()}}));
  out["properties"]["households_text"] = string("What the count is based on, in words");
  out["properties"]["gebied_geojson"] = nullable(area_feature_schema());
  for (const char* member : {"support_list", "households_text", "gebied_geojson"})
    out["required"].push_back(member);
  return out;
}

}  // namespace

void add_initiative_routes(std::vector<Route>& routes) {
  using namespace schema;
  routes.push_back(
      Route{"GET", "/api/v1/initiatieven",
            "Resident initiatives, newest first, one page at a time (?wijk=WK..&state=open&"
            "year=2025&overdue=1&q=text&limit=50&offset=0); a wijk team sees its own wijken, and "
            "total counts what the caller may see after every filter",
            Access::session, kWorkers, list}
          .with_query(json{{"wijk", string("The wijk's code")},
                           {"state", initiative_state_schema()},
                           {"year", integer()},
                           {"overdue", string("1: only those whose decision is overdue")},
                           {"q", string("Text in the title, description or an organisation's "
                                        "name, any case; at most 100 bytes")},
                           {"limit", integer("1 to 200, default 50; more is taken as 200")},
                           {"offset", integer("0 or more")}})
          .answers(200, object({{"initiatives", array(initiative_schema())},
                                {"total", integer("Initiatives matching the filters")},
                                {"limit", integer()},
                                {"offset", integer()}})));
  const auto named = [](Members extra) {
    auto out = object({{"code", string()}, {"name", string()}});
    for (const auto& [name, member] : extra) {
      out["properties"][name] = member;
      out["required"].push_back(name);
    }
    return out;
  };
  routes.push_back(
      Route{"GET", "/api/v1/initiatieven/keuzes",
            "What the initiative forms offer: types, states, buurten, organisations and "
            "the majority rule's settings",
            Access::session, kWorkers, options}
          .answers(
              200,
              object({{"types", array(object({{"value", string()}, {"label", string()}}))},
                      {"states", array(initiative_state_schema())},
                      {"buurten",
                       array(named(
                           {{"wijk", string()}, {"wijk_name", string()}, {"gemeente", string()}}))},
                      {"wijken", wijken_schema()},
                      {"organisations",
                       array(object({{"id", integer()}, {"name", string()}, {"kind", string()}}))},
                      {"settings",
                       object({{"majority_share", number()}, {"decision_weeks", integer()}})}})));
  add_initiative_figure_routes(routes);
  routes.push_back(Route{
      "POST", "/api/v1/initiatieven",
      "Enter an initiative ({title, description, type, buurt | postcode + "
      "huisnummer, gebied, asked_amount, asked_hours, asked_materials, "
      "asked_organisation_id, from_paper}); gebied as for /api/v1/initiatieven/huishoudens, the "
      "buurt then from its centre when none is given",
      Access::session, kWorkers, create}
                       .takes(new_initiative_schema())
                       .answers(201, object({{"id", integer()}})));
  routes.push_back(
      Route{"POST", "/api/v1/initiatieven/huishoudens",
            "The households an initiative with this area would concern ({gebied: "
            "{soort: buurt | cirkel (lat, lon, straal_m) | polygoon (punten: [[lat, "
            "lon], ...])}, buurt}): {huishoudens, basis: bag | corporatie | pc6hnr, "
            "buurt}",
            Access::session, kWorkers, households}
          .takes(object({},
                        {{"gebied", area_form_schema()},
                         {"buurt", string("The buurt's code; needed when the area is the buurt")}}))
          .answers(200, households_schema()));
  routes.push_back(
      Route{"GET", "/api/v1/initiatieven/{id}",
            "An initiative with its pledges and supports (a read of addresses, logged)",
            Access::session, kWorkers, detail}
          .answers(200, detail_schema()));
  add_initiative_decision_routes(routes);
}

}  // namespace leefbaar::serve
