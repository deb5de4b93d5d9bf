// Resident initiatives for staff: the list (a wijk team sees its own wijken), an initiative with
// its supports, staff entry of initiatives and paper supports, the wijk team's decision with
// pledges, realisation and evaluation, overdue decisions, the settings of the majority rule, and
// the figures per year, wijk and type. An initiative's households are those of its buurt or of a
// circle or polygon drawn on the map (member gebied), with a live count for the form.
#include <fmt/format.h>

#include <cmath>
#include <set>

#include "serve/app.hpp"
#include "serve/households_json.hpp"
#include "store/households.hpp"
#include "store/initiatives.hpp"
#include "store/spending.hpp"

namespace leefbaar::serve {

namespace {

using store::Role;

const char* type_label(const std::string& t) {
  static const std::map<std::string, const char*> labels = {
      {"buurtfeest", "Buurtfeest of markt"},   {"speelplek", "Speelplek of speeltuin"},
      {"groen", "Groen, moestuin of tuin"},    {"ontmoeten", "Ontmoetingsplek of bankjes"},
      {"schoon", "Opruimen en schoonhouden"},  {"jeugd", "Activiteit voor de jeugd"},
      {"ouderen", "Activiteit voor ouderen"},  {"buurtkrant", "Buurtkrant of buurtapp"},
      {"veiligheid", "Veiligheid en verkeer"}, {"overig", "Iets anders"}};
  const auto it = labels.find(t);
  return it == labels.end() ? "Iets anders" : it->second;
}

nlohmann::json optional_json(const std::optional<double>& v) {
  return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

double euros(long long cents) {
  return static_cast<double>(cents) / 100.0;
}

long long cents_of(const nlohmann::json& body, const char* field) {
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

long long whole_of(const nlohmann::json& body, const char* field) {
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

std::string string_of(const nlohmann::json& body, const char* field) {
  const auto it = body.find(field);
  if (it == body.end() || it->is_null()) return {};
  if (it->is_number_integer()) return std::to_string(it->get<long long>());
  if (!it->is_string()) throw HttpError{400, "bad_request", "Verwacht tekst.", field};
  return it->get<std::string>();
}

std::optional<double> number_of(const nlohmann::json& body, const char* field) {
  const auto it = body.find(field);
  if (it == body.end() || it->is_null()) return std::nullopt;
  if (!it->is_number()) throw HttpError{400, "bad_request", "Verwacht een getal.", field};
  return it->get<double>();
}

// What the count is based on, in words for the forms and the detail page.
const char* basis_text(const std::string& basis) {
  if (basis == "bag") return "Geteld uit de adressen van de BAG en de woningen van de corporatie.";
  if (basis == "corporatie")
    return "Geteld uit de woningen van de corporatie alleen: er zijn geen BAG-adressen ingelezen.";
  if (basis == "import") return "Overgenomen uit het ingelezen overzicht van een eerder jaar.";
  return "Alle adressen van de buurt (CBS-tabel postcode en huisnummer) en de woningen van de "
         "corporatie.";
}

nlohmann::json initiative_json(const store::Initiative& i) {
  nlohmann::json pledges = nlohmann::json::array();
  for (const auto& p : i.pledges)
    pledges.push_back({{"organisation_id", p.organisation_id},
                       {"organisation", p.organisation_name},
                       {"amount", euros(p.amount_cents)},
                       {"hours", p.hours},
                       {"means", p.means}});
  auto text_or_null = [](const std::string& s) {
    return s.empty() ? nlohmann::json(nullptr) : nlohmann::json(s);
  };
  return {
      {"id", i.id},
      {"title", i.title},
      {"description", i.description},
      {"type", i.type},
      {"type_label", type_label(i.type)},
      {"buurt", i.area.buurt},
      {"buurt_name", i.area.buurt_name},
      {"wijk", i.area.wijk},
      {"wijk_name", i.area.wijk_name},
      {"gemeente", i.area.gemeente},
      {"location_postcode",
       i.location_postcode ? nlohmann::json(*i.location_postcode) : nlohmann::json(nullptr)},
      {"location_huisnummer",
       i.location_huisnummer ? nlohmann::json(*i.location_huisnummer) : nlohmann::json(nullptr)},
      {"lat", optional_json(i.lat)},
      {"lon", optional_json(i.lon)},
      {"households", i.households},
      {"households_basis", i.households_basis},
      {"gebied", nlohmann::json::parse(store::area_to_json(i.shape))},
      {"asked_amount", euros(i.asked_amount_cents)},
      {"asked_hours", i.asked_hours},
      {"asked_materials", i.asked_materials},
      {"asked_organisation_id", i.asked_organisation_id ? nlohmann::json(*i.asked_organisation_id)
                                                        : nlohmann::json(nullptr)},
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

}  // namespace

store::InitiativeArea area_of_body(store::Database& db, std::int64_t work_area,
                                   const nlohmann::json& body) {
  const auto it = body.find("gebied");
  if (it == body.end() || it->is_null()) return {};
  nlohmann::json g = *it;
  if (g.is_object() && g.value("soort", "") == "cirkel" && !g.contains("lat") &&
      (g.contains("postcode") || g.contains("huisnummer"))) {
    store::Address address;
    try {
      address = store::parse_address(string_of(g, "postcode"), string_of(g, "huisnummer"),
                                     string_of(g, "toevoeging"));
    } catch (const FieldError& e) {
      throw FieldError("gebied", e.what());
    }
    const auto centre = store::address_lat_lon(db, work_area, address);
    if (!centre)
      throw FieldError("gebied",
                       "Dit adres kunnen we niet op de kaart vinden. Controleer de postcode en het "
                       "huisnummer, of klik het midden van de cirkel op de kaart aan.");
    g["lat"] = centre->lat;
    g["lon"] = centre->lon;
  }
  return store::area_from_json(g.dump());
}

nlohmann::json households_json(store::Database& db, std::int64_t work_area,
                               const store::HouseholdPreview& p,
                               const store::InitiativeArea& area) {
  nlohmann::json buurt = nullptr;
  nlohmann::json outline = nullptr;
  if (p.buurt) {
    buurt = {{"code", p.buurt->buurt},
             {"name", p.buurt->buurt_name},
             {"wijk", p.buurt->wijk},
             {"wijk_name", p.buurt->wijk_name}};
    const std::string geojson = store::area_geojson(db, work_area, {}, p.buurt->buurt);
    if (!geojson.empty()) outline = nlohmann::json::parse(geojson);
  }
  return {{"huishoudens", p.count.households},
          {"basis", p.count.basis},
          {"uitleg", basis_text(p.count.basis)},
          {"buurt", buurt},
          {"gebied", nlohmann::json::parse(store::area_to_json(area))},
          {"buurt_geojson", outline}};
}

namespace {

// The wijken a caller may see and act on: a wijk team its own, everyone else all (nullopt).
std::optional<std::vector<std::string>> scope_of(const Caller& caller) {
  if (caller.session.user.role == Role::wijkteam) return caller.session.user.wijken;
  return std::nullopt;
}

// An initiative the caller may see; 404 when it does not exist or lies outside their wijken.
store::Initiative visible_initiative(App& app, const Caller& caller, std::int64_t work_area,
                                     std::int64_t id) {
  std::optional<store::Initiative> i;
  {
    std::lock_guard lock(app.db_mutex);
    i = store::find_initiative(app.db, work_area, id, app.config.now());
  }
  const auto scope = scope_of(caller);
  if (!i || i->state == neighbourhood::InitiativeState::unconfirmed ||
      (scope && std::find(scope->begin(), scope->end(), i->area.wijk) == scope->end()))
    throw HttpError{404, "not_found", "Dit initiatief bestaat niet of hoort niet bij uw wijken.",
                    ""};
  return *i;
}

void list(App& app, const httplib::Request& req, httplib::Response& res,
          const std::optional<Caller>& caller) {
  const auto wa = work_area_for(app, *caller);
  store::InitiativeFilter filter;
  filter.wijken = scope_of(*caller);
  if (req.has_param("wijk")) filter.wijk = req.get_param_value("wijk");
  if (req.has_param("state") && !req.get_param_value("state").empty()) {
    filter.state = neighbourhood::parse_state(req.get_param_value("state"));
    if (!filter.state)
      throw HttpError{400, "bad_request",
                      "Kies een stand als open, goedgekeurd, afgewezen, gerealiseerd of "
                      "geevalueerd.",
                      "state"};
  }
  filter.year = year_query(req);
  const bool overdue_only = req.has_param("overdue") && req.get_param_value("overdue") == "1";
  std::vector<store::Initiative> list;
  {
    std::lock_guard lock(app.db_mutex);
    list = store::list_initiatives(app.db, wa.id, filter, app.config.now());
  }
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& i : list)
    if (!overdue_only || i.overdue) rows.push_back(initiative_json(i));
  send_json(res, 200, {{"initiatives", rows}});
}

void options(App& app, const httplib::Request&, httplib::Response& res,
             const std::optional<Caller>& caller) {
  const auto wa = work_area_for(app, *caller);
  const auto scope = scope_of(*caller);
  std::vector<store::AreaRef> buurten;
  std::vector<OrganisationRef> organisations;
  store::MajorityRule settings;
  {
    std::lock_guard lock(app.db_mutex);
    buurten = store::list_buurten(app.db, wa.id);
    organisations = store::partnership_organisations(app.db, wa.id);
    settings = store::load_majority_rule(app.db, wa.id);
  }
  nlohmann::json states = nlohmann::json::array();
  for (const auto s : neighbourhood::kInitiativeStates) states.push_back(state_text(s));
  nlohmann::json types = nlohmann::json::array();
  for (const char* t : store::kInitiativeTypes)
    types.push_back({{"value", t}, {"label", type_label(t)}});
  nlohmann::json b = nlohmann::json::array();
  nlohmann::json wijken = nlohmann::json::array();
  std::set<std::string> seen;
  for (const auto& a : buurten) {
    if (scope && std::find(scope->begin(), scope->end(), a.wijk) == scope->end()) continue;
    b.push_back({{"code", a.buurt},
                 {"name", a.buurt_name},
                 {"wijk", a.wijk},
                 {"wijk_name", a.wijk_name},
                 {"gemeente", a.gemeente}});
    if (seen.insert(a.wijk).second)
      wijken.push_back({{"code", a.wijk}, {"name", a.wijk_name}, {"gemeente", a.gemeente}});
  }
  nlohmann::json orgs = nlohmann::json::array();
  for (const auto& o : organisations)
    orgs.push_back({{"id", o.id}, {"name", o.name}, {"kind", o.kind}});
  send_json(res, 200,
            {{"types", types},
             {"states", states},
             {"buurten", b},
             {"wijken", wijken},
             {"organisations", orgs},
             {"settings",
              {{"majority_share", settings.majority_share},
               {"decision_weeks", settings.decision_weeks}}}});
}

store::NewInitiative new_initiative_of(const nlohmann::json& body) {
  store::NewInitiative in;
  in.title = string_of(body, "title");
  in.description = string_of(body, "description");
  in.type = string_of(body, "type");
  in.buurt_code = string_of(body, "buurt");
  const std::string postcode = string_of(body, "postcode");
  const std::string huisnummer = string_of(body, "huisnummer");
  if (!postcode.empty() || !huisnummer.empty()) {
    in.location = store::parse_address(postcode, huisnummer, string_of(body, "toevoeging"));
  }
  in.lat = number_of(body, "lat");
  in.lon = number_of(body, "lon");
  in.asked_amount_cents = cents_of(body, "asked_amount");
  in.asked_hours = whole_of(body, "asked_hours");
  in.asked_materials = string_of(body, "asked_materials");
  if (body.contains("asked_organisation_id") && body["asked_organisation_id"].is_number_integer())
    in.asked_organisation_id = body["asked_organisation_id"].get<std::int64_t>();
  return in;
}

void create(App& app, const httplib::Request& req, httplib::Response& res,
            const std::optional<Caller>& caller) {
  const auto wa = work_area_for(app, *caller);
  const auto body = json_body(req);
  auto in = new_initiative_of(body);
  in.source = body.value("from_paper", false) ? "papier" : "medewerker";
  const auto scope = scope_of(*caller);
  const auto id = with_store(app, [&] {
    if (in.asked_organisation_id)
      require_partner_organisation(app.db, wa.id, *in.asked_organisation_id,
                                   "asked_organisation_id");
    in.shape = area_of_body(app.db, wa.id, body);
    if (scope) {
      std::optional<store::AreaRef> area =
          !in.buurt_code.empty() || in.shape.is_shape()
              ? store::buurt_of_area(app.db, wa.id, in.shape, in.buurt_code)
          : in.location ? store::buurt_of_address(app.db, wa.id, *in.location)
                        : std::nullopt;
      if (area && std::find(scope->begin(), scope->end(), area->wijk) == scope->end())
        throw HttpError{403, "forbidden", "Deze buurt hoort niet bij uw wijken.", "buurt"};
    }
    return store::create_initiative(app.db, wa.id, in, app.config.now(),
                                    caller->session.user.email);
  });
  send_json(res, 201, {{"id", id}});
}

void detail(App& app, const httplib::Request& req, httplib::Response& res,
            const std::optional<Caller>& caller) {
  const auto wa = work_area_for(app, *caller);
  const auto i = visible_initiative(app, *caller, wa.id, path_id(req));
  std::vector<store::SupportRow> supports;
  {
    std::lock_guard lock(app.db_mutex);
    supports = store::list_supports(app.db, wa.id, i.id, caller->session.user.email,
                                    "steunbetuigingen van een initiatief controleren (één per "
                                    "adres)");
  }
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& s : supports)
    rows.push_back({{"id", s.id},
                    {"address", s.address_key},
                    {"source", s.source},
                    {"entered_by",
                     s.entered_by.empty() ? nlohmann::json(nullptr) : nlohmann::json(s.entered_by)},
                    {"created_at", s.created_at}});
  auto out = initiative_json(i);
  out["support_list"] = rows;
  out["households_text"] = basis_text(i.households_basis);
  std::string geojson;
  {
    std::lock_guard lock(app.db_mutex);
    geojson = store::area_geojson(app.db, wa.id, i.shape, i.area.buurt);
  }
  out["gebied_geojson"] =
      geojson.empty() ? nlohmann::json(nullptr) : nlohmann::json::parse(geojson);
  send_json(res, 200, out);
}

void households(App& app, const httplib::Request& req, httplib::Response& res,
                const std::optional<Caller>& caller) {
  const auto wa = work_area_for(app, *caller);
  const auto body = json_body(req);
  const auto answer = with_store(app, [&] {
    const auto area = area_of_body(app.db, wa.id, body);
    const auto preview = store::preview_households(app.db, wa.id, area, string_of(body, "buurt"));
    return households_json(app.db, wa.id, preview, area);
  });
  send_json(res, 200, answer);
}

void paper_support(App& app, const httplib::Request& req, httplib::Response& res,
                   const std::optional<Caller>& caller) {
  const auto wa = work_area_for(app, *caller);
  const auto i = visible_initiative(app, *caller, wa.id, path_id(req));
  const auto body = json_body(req);
  const auto id = with_store(app, [&] {
    const auto address = store::parse_address(
        string_of(body, "postcode"), string_of(body, "huisnummer"), string_of(body, "toevoeging"));
    return store::add_paper_support(app.db, wa.id, i.id, address, app.config.now(),
                                    caller->session.user.email);
  });
  std::optional<store::Initiative> now;
  {
    std::lock_guard lock(app.db_mutex);
    now = store::find_initiative(app.db, wa.id, i.id, app.config.now());
  }
  send_json(res, 201,
            {{"id", id},
             {"supports", now->supports},
             {"needed", now->needed},
             {"supported", now->supported}});
}

void decide(App& app, const httplib::Request& req, httplib::Response& res,
            const std::optional<Caller>& caller) {
  const auto wa = work_area_for(app, *caller);
  const auto i = visible_initiative(app, *caller, wa.id, path_id(req));
  const auto body = json_body(req);
  const std::string decision = string_of(body, "decision");
  if (decision != "goedgekeurd" && decision != "afgewezen")
    throw HttpError{422, "invalid", "Kies goedkeuren of afwijzen.", "decision"};
  store::Decision d;
  d.approve = decision == "goedgekeurd";
  d.reason = string_of(body, "reason");
  if (body.contains("pledges") && body["pledges"].is_array()) {
    for (const auto& p : body["pledges"]) {
      if (!p.is_object() || !p.contains("organisation_id") ||
          !p["organisation_id"].is_number_integer())
        throw HttpError{422, "invalid", "Kies per toezegging een organisatie.", "pledges"};
      store::Pledge pledge;
      pledge.organisation_id = p["organisation_id"].get<std::int64_t>();
      pledge.amount_cents = cents_of(p, "amount");
      pledge.hours = whole_of(p, "hours");
      pledge.means = string_of(p, "means");
      if (pledge.amount_cents == 0 && pledge.hours == 0 && pledge.means.empty()) continue;
      d.pledges.push_back(pledge);
    }
  }
  with_store(app, [&] {
    for (const auto& p : d.pledges)
      require_partner_organisation(app.db, wa.id, p.organisation_id, "pledges");
    store::decide_initiative(app.db, wa.id, i.id, d, app.config.now(), caller->session.user.email);
    return 0;
  });
  send_json(res, 200, {{"id", i.id}, {"state", decision}});
}

void advance(App& app, const httplib::Request& req, httplib::Response& res,
             const std::optional<Caller>& caller) {
  const auto wa = work_area_for(app, *caller);
  const auto i = visible_initiative(app, *caller, wa.id, path_id(req));
  const auto body = json_body(req);
  const std::string state = string_of(body, "state");
  with_store(app, [&] {
    const auto to = neighbourhood::parse_state(state);
    if (!to) throw FieldError("state", "Kies gerealiseerd of geëvalueerd.");
    store::advance_initiative(app.db, wa.id, i.id, *to, string_of(body, "evaluation"),
                              app.config.now(), caller->session.user.email);
    return 0;
  });
  send_json(res, 200, {{"id", i.id}, {"state", state}});
}

void save_settings(App& app, const httplib::Request& req, httplib::Response& res,
                   const std::optional<Caller>& caller) {
  const auto wa = work_area_for(app, *caller);
  const auto body = json_body(req);
  store::MajorityRule s;
  {
    std::lock_guard lock(app.db_mutex);
    s = store::load_majority_rule(app.db, wa.id);
  }
  if (const auto share = number_of(body, "majority_share")) s.majority_share = *share;
  if (body.contains("decision_weeks"))
    s.decision_weeks = static_cast<int>(whole_of(body, "decision_weeks"));
  with_store(app, [&] {
    store::save_majority_rule(app.db, wa.id, s, caller->session.user.email);
    return 0;
  });
  send_json(res, 200, {{"majority_share", s.majority_share}, {"decision_weeks", s.decision_weeks}});
}

void figures(App& app, const httplib::Request& req, httplib::Response& res,
             const std::optional<Caller>& caller) {
  const auto wa = work_area_for(app, *caller);
  store::InitiativeFilter filter;
  filter.year = year_query(req);
  std::vector<store::Initiative> list;
  std::vector<store::SpendingEntry> spending;
  std::vector<store::AreaRef> buurten;
  std::set<int> years;
  {
    std::lock_guard lock(app.db_mutex);
    // The years with initiatives or spending; without ?year= the latest of them (else this year).
    for (const auto& i : store::list_initiatives(app.db, wa.id, {}, app.config.now()))
      years.insert(std::stoi(i.created_at.substr(0, 4)));
    for (const auto& e : store::list_spending(app.db, wa.id))
      years.insert(std::stoi(e.spent_on.substr(0, 4)));
    const int this_year = std::stoi(store::iso_utc(app.config.now()).substr(0, 4));
    if (!filter.year)
      filter.year = years.empty() || years.count(this_year) ? this_year : *years.rbegin();
    years.insert(this_year);
    list = store::list_initiatives(app.db, wa.id, filter, app.config.now());
    spending = store::list_spending(app.db, wa.id, filter.year);
    buurten = store::list_buurten(app.db, wa.id);
  }
  struct Row {
    std::string name;
    long long count = 0, supports = 0, supported = 0, amount = 0, hours = 0, spent = 0,
              spent_initiatives = 0;
    std::map<std::string, long long> by_state;
  };
  std::map<std::string, Row> wijk_rows, type_rows;
  Row total;
  std::map<std::string, std::string> wijk_name;
  for (const auto& b : buurten) wijk_name[b.wijk] = b.wijk_name;
  auto add = [](Row& r, const store::Initiative& i) {
    ++r.count;
    r.supports += i.supports;
    r.supported += i.supported ? 1 : 0;
    ++r.by_state[std::string(state_text(i.state))];
    for (const auto& p : i.pledges) {
      r.amount += p.amount_cents;
      r.hours += p.hours;
    }
  };
  std::map<std::int64_t, std::string> wijk_of_initiative;
  for (const auto& i : list) {
    add(wijk_rows[i.area.wijk], i);
    wijk_rows[i.area.wijk].name = i.area.wijk_name;
    add(type_rows[i.type], i);
    type_rows[i.type].name = type_label(i.type);
    add(total, i);
    wijk_of_initiative[i.id] = i.area.wijk;
  }
  for (const auto& e : spending) {
    std::string wijk = e.wijk_code;
    if (wijk.empty() && e.initiative_id && wijk_of_initiative.count(*e.initiative_id))
      wijk = wijk_of_initiative[*e.initiative_id];
    if (wijk.empty()) continue;
    auto& r = wijk_rows[wijk];
    if (r.name.empty()) r.name = wijk_name[wijk];
    r.spent += e.amount_cents;
    total.spent += e.amount_cents;
    if (e.initiative_id) {
      r.spent_initiatives += e.amount_cents;
      total.spent_initiatives += e.amount_cents;
    }
  }
  auto row_json = [](const std::string& key, const Row& r) {
    return nlohmann::json{{"code", key},
                          {"name", r.name},
                          {"initiatives", r.count},
                          {"by_state", r.by_state},
                          {"supports", r.supports},
                          {"supported", r.supported},
                          {"pledged_amount", euros(r.amount)},
                          {"pledged_hours", r.hours},
                          {"spent", euros(r.spent)},
                          {"spent_on_initiatives", euros(r.spent_initiatives)}};
  };
  const auto scope = scope_of(*caller);
  nlohmann::json per_wijk = nlohmann::json::array();
  for (const auto& [k, r] : wijk_rows) {
    if (scope && std::find(scope->begin(), scope->end(), k) == scope->end()) continue;
    per_wijk.push_back(row_json(k, r));
  }
  nlohmann::json per_type = nlohmann::json::array();
  for (const auto& [k, r] : type_rows) per_type.push_back(row_json(k, r));
  send_json(res, 200,
            {{"year", *filter.year},
             {"years", years},
             {"per_wijk", per_wijk},
             {"per_type", per_type},
             {"total", row_json("totaal", total)}});
}

}  // namespace

void add_initiative_routes(std::vector<Route>& routes) {
  const std::vector<Role> staff = {Role::beheerder, Role::analist, Role::wijkteam};
  routes.push_back({"GET", "/api/initiatives", "/api/initiatives",
                    "Resident initiatives (?wijk=WK..&state=open&year=2025&overdue=1); a wijk "
                    "team sees its own wijken",
                    Access::session, staff, list});
  routes.push_back({"GET", "/api/initiatives/options", "/api/initiatives/options",
                    "What the initiative forms offer: types, states, buurten, organisations and "
                    "the majority rule's settings",
                    Access::session, staff, options});
  routes.push_back({"GET",
                    "/api/initiatives/figures",
                    "/api/initiatives/figures",
                    "Initiatives per wijk and type in a year (?year=2025): counts by state, "
                    "supports, pledges and spending",
                    Access::session,
                    {},
                    figures});
  routes.push_back({"POST",
                    "/api/initiatives/settings",
                    "/api/initiatives/settings",
                    "The majority rule ({majority_share, decision_weeks})",
                    Access::session,
                    {Role::beheerder, Role::analist},
                    save_settings});
  routes.push_back({"POST", "/api/initiatives", "/api/initiatives",
                    "Enter an initiative ({title, description, type, buurt | postcode + "
                    "huisnummer, gebied, asked_amount, asked_hours, asked_materials, "
                    "asked_organisation_id, from_paper}); gebied as for /households, the buurt "
                    "then from its centre when none is given",
                    Access::session, staff, create});
  routes.push_back({"POST", "/api/initiatives/households", "/api/initiatives/households",
                    "The households an initiative with this area would concern ({gebied: "
                    "{soort: buurt | cirkel (lat, lon, straal_m) | polygoon (punten: [[lat, "
                    "lon], ...])}, buurt}): {huishoudens, basis: bag | corporatie | pc6hnr, "
                    "buurt}",
                    Access::session, staff, households});
  routes.push_back({"GET", R"(/api/initiatives/(\d+))", "/api/initiatives/{id}",
                    "An initiative with its pledges and supports (a read of addresses, logged)",
                    Access::session, staff, detail});
  routes.push_back({"POST", R"(/api/initiatives/(\d+)/supports)", "/api/initiatives/{id}/supports",
                    "A support from a paper list ({postcode, huisnummer, toevoeging}); 409 when "
                    "the address already supports it",
                    Access::session, staff, paper_support});
  routes.push_back({"POST", R"(/api/initiatives/(\d+)/decision)", "/api/initiatives/{id}/decision",
                    "The wijk team's decision ({decision: goedgekeurd | afgewezen, reason, "
                    "pledges: [{organisation_id, amount, hours, means}]})",
                    Access::session, staff, decide});
  routes.push_back({"POST", R"(/api/initiatives/(\d+)/state)", "/api/initiatives/{id}/state",
                    "Realised or evaluated ({state: gerealiseerd | geevalueerd, evaluation})",
                    Access::session, staff, advance});
}

}  // namespace leefbaar::serve
