// Routes of the work in the wijken (/api/wijkwerk/...): the wijken and themes, wijk profiles per
// year, activities (with CSV export and import), physical works, the timeline of a wijk and the
// figures per year. Campaigns and neighbour mediation: routes_wijkwerk_cases.cpp.
//
// Roles: every role reads profiles, activities, works and figures; wijkteam adds and changes in
// its own wijken (user.wijken); analist and beheerder everywhere, and they keep the themes.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "core/text.hpp"
#include "serve/routes_wijkwerk_util.hpp"
#include "serve/wijkwerk_view.hpp"

namespace leefbaar::serve {

namespace wijkwerk {

using nlohmann::json;
using store::Role;

std::string text(const json& body, const std::string& field) {
  if (!body.contains(field) || body[field].is_null()) return {};
  if (!body[field].is_string())
    throw HttpError{400, "bad_request", fmt::format("'{}' moet tekst zijn.", field), field};
  return body[field].get<std::string>();
}

long long integer(const json& body, const std::string& field, long long fallback) {
  if (!body.contains(field) || body[field].is_null()) return fallback;
  const auto& v = body[field];
  if (v.is_number_integer()) return v.get<long long>();
  if (v.is_string()) {
    if (trim(v.get<std::string>()).empty()) return fallback;
    if (auto n = parse_integer(v.get<std::string>())) return *n;
  }
  throw HttpError{422, "invalid", "Vul een heel getal in.", field};
}

long long cents(const json& body, const std::string& field, long long fallback) {
  if (!body.contains(field) || body[field].is_null()) return fallback;
  const auto& v = body[field];
  std::optional<double> euros;
  if (v.is_number()) euros = v.get<double>();
  if (v.is_string()) {
    if (trim(v.get<std::string>()).empty()) return fallback;
    euros = parse_number(v.get<std::string>());
  }
  if (!euros || !std::isfinite(*euros) || *euros < 0 || *euros > 1e9)
    throw HttpError{422, "invalid", "Vul een bedrag in euro's in, zoals 125,50.", field};
  return std::llround(*euros * 100);
}

std::string today(App& app) {
  return store::iso_utc(app.config.now()).substr(0, 10);
}

int year_param(App& app, const httplib::Request& req) {
  const auto y = year_query(req);
  if (!y) return std::stoi(today(app).substr(0, 4));
  if (*y < 2000 || *y > 2100)
    throw HttpError{400, "bad_request", "Kies een jaar tussen 2000 en 2100.", "year"};
  return static_cast<int>(*y);
}

std::string wijk_param(const httplib::Request& req) {
  const std::string w = req.has_param("wijk") ? req.get_param_value("wijk") : "";
  if (!w.empty() && !store::is_wijk_code(w))
    throw HttpError{400, "bad_request", "Kies een wijk (een wijkcode als WK010601).", "wijk"};
  return w;
}

bool works_in(const Caller& caller, const std::string& wijk) {
  const auto& u = caller.session.user;
  if (u.role == Role::beheerder || u.role == Role::analist) return true;
  if (u.role != Role::wijkteam) return false;
  return std::find(u.wijken.begin(), u.wijken.end(), wijk) != u.wijken.end();
}

void require_wijk(const Caller& caller, const std::string& wijk) {
  if (!works_in(caller, wijk))
    throw HttpError{403, "forbidden", "U werkt niet in deze wijk; u kunt hier alleen meekijken.",
                    "wijk_code"};
}

namespace {

const std::string& actor(const Caller& c) {
  return c.session.user.email;
}

// ---- Wijken and themes -----------------------------------------------------------------------

json themes_json(const std::vector<store::Theme>& themes) {
  json out = json::array();
  for (const auto& t : themes)
    out.push_back({{"id", t.id}, {"name", t.name}, {"active", t.active}});
  return out;
}

void overview(App& app, const httplib::Request&, httplib::Response& res,
              const std::optional<Caller>& caller) {
  const auto wa = work_area_for(app, *caller);
  json wijken = json::array(), organisations = json::array(), years = json::array();
  json themes;
  {
    std::lock_guard lock(app.db_mutex);
    for (const auto& w : store::list_wijk_areas(app.db, wa.id)) {
      json buurten = json::array();
      for (const auto& [code, name] : w.buurten)
        buurten.push_back({{"code", code}, {"name", name}});
      wijken.push_back({{"code", w.code},
                        {"name", w.name},
                        {"buurten", buurten},
                        {"editable", works_in(*caller, w.code)}});
    }
    themes = themes_json(store::list_themes(app.db, wa.id));
    auto partners = store::partnership_organisations(app.db, wa.id);
    std::sort(partners.begin(), partners.end(),
              [](const auto& x, const auto& y) { return x.name < y.name; });
    for (const auto& o : partners)
      organisations.push_back({{"id", o.id}, {"name", o.name}, {"kind", o.kind}});
    for (const int year : store::planned_years(app.db, wa.id)) years.push_back(year);
  }
  const int this_year = std::stoi(today(app).substr(0, 4));
  const auto& u = caller->session.user;
  send_json(res, 200,
            {{"wijken", wijken},
             {"themes", themes},
             {"organisations", organisations},
             {"years", years},
             {"default_year", years.empty() ? this_year : years[0].get<int>()},
             {"today", today(app)},
             {"activity_types", store::kActivityTypes},
             {"may_see_cases", u.role != Role::lezer},
             {"may_keep_themes", u.role == Role::beheerder || u.role == Role::analist}});
}

void list_themes(App& app, const httplib::Request&, httplib::Response& res,
                 const std::optional<Caller>& caller) {
  const auto wa = work_area_for(app, *caller);
  std::lock_guard lock(app.db_mutex);
  send_json(res, 200, {{"themes", themes_json(store::list_themes(app.db, wa.id))}});
}

void add_theme(App& app, const httplib::Request& req, httplib::Response& res,
               const std::optional<Caller>& caller) {
  const auto body = json_body(req);
  const auto wa = work_area_for(app, *caller);
  std::lock_guard lock(app.db_mutex);
  const auto id = store::add_theme(app.db, wa.id, text(body, "name"), actor(*caller));
  send_json(res, 201, {{"id", id}});
}

void update_theme(App& app, const httplib::Request& req, httplib::Response& res,
                  const std::optional<Caller>& caller) {
  const auto body = json_body(req);
  const auto id = path_id(req);
  const auto wa = work_area_for(app, *caller);
  std::lock_guard lock(app.db_mutex);
  const auto themes = store::list_themes(app.db, wa.id);
  const auto it = std::find_if(themes.begin(), themes.end(), [&](auto& t) { return t.id == id; });
  if (it == themes.end()) throw HttpError{404, "not_found", "Dit thema bestaat niet.", ""};
  const std::string name = body.contains("name") ? text(body, "name") : it->name;
  const bool active = body.contains("active") && body["active"].is_boolean()
                          ? body["active"].get<bool>()
                          : it->active;
  store::update_theme(app.db, wa.id, id, name, active, actor(*caller));
  send_json(res, 200, {{"id", id}});
}

// ---- Profiles --------------------------------------------------------------------------------

json profile_json(const store::WijkProfile& p) {
  json team = json::array(), places = json::array(), priorities = json::array();
  for (std::size_t i = 0; i < p.priorities.size(); ++i)
    priorities.push_back({{"id", p.priorities[i]}, {"name", p.priority_names[i]}});
  for (const auto& m : p.team)
    team.push_back({{"organisation_id", m.organisation_id},
                    {"organisation", m.organisation},
                    {"name", m.name},
                    {"team_role", m.team_role}});
  for (const auto& m : p.meeting_places)
    places.push_back({{"kind", m.kind},
                      {"name", m.name},
                      {"address", m.address},
                      {"opened_on", m.opened_on},
                      {"closed_on", m.closed_on}});
  return {{"id", p.id},
          {"wijk_code", p.wijk_code},
          {"year", p.year},
          {"description", p.description},
          {"focus", p.focus},
          {"priorities", priorities},
          {"team", team},
          {"meeting_places", places},
          {"updated_at", p.updated_at},
          {"updated_by", p.updated_by}};
}

void list_profiles(App& app, const httplib::Request& req, httplib::Response& res,
                   const std::optional<Caller>& caller) {
  const auto wa = work_area_for(app, *caller);
  const std::string wijk = wijk_param(req);
  const int year = req.has_param("year") ? year_param(app, req) : 0;
  json out = json::array();
  std::lock_guard lock(app.db_mutex);
  const auto profiles = store::list_profiles(app.db, wa.id, wijk, year);
  for (const auto& p : profiles) out.push_back(profile_json(p));
  // The team's names are personal data (of staff): the read is logged with its purpose.
  if (!profiles.empty())
    store::audit_wijkwerk_read(app.db, actor(*caller),
                               fmt::format("wijk_profiles/{}/{}", wijk.empty() ? "alle" : wijk,
                                           year == 0 ? std::string("alle") : std::to_string(year)),
                               "wijkprofiel met wijkteam bekijken");
  send_json(res, 200, {{"profiles", out}});
}

void save_profile(App& app, const httplib::Request& req, httplib::Response& res,
                  const std::optional<Caller>& caller) {
  const auto body = json_body(req);
  store::WijkProfile p;
  p.wijk_code = text(body, "wijk_code");
  if (!store::is_wijk_code(p.wijk_code))
    throw HttpError{422, "invalid", "Kies een wijk.", "wijk_code"};
  require_wijk(*caller, p.wijk_code);
  p.year = static_cast<int>(integer(body, "year", 0));
  p.description = text(body, "description");
  p.focus = text(body, "focus");
  if (body.contains("priorities") && body["priorities"].is_array())
    for (const auto& v : body["priorities"]) {
      if (!v.is_number_integer())
        throw HttpError{422, "invalid", "Kies de prioriteiten uit de lijst met thema's.",
                        "priorities"};
      p.priorities.push_back(v.get<std::int64_t>());
    }
  if (body.contains("team") && body["team"].is_array())
    for (const auto& m : body["team"]) {
      if (!m.is_object()) throw HttpError{422, "invalid", "Een teamlid is onvolledig.", "team"};
      p.team.push_back(
          {integer(m, "organisation_id", 0), "", text(m, "name"), text(m, "team_role")});
    }
  if (body.contains("meeting_places") && body["meeting_places"].is_array())
    for (const auto& m : body["meeting_places"]) {
      if (!m.is_object())
        throw HttpError{422, "invalid", "Een ontmoetingsplek is onvolledig.", "meeting_places"};
      p.meeting_places.push_back({text(m, "kind"), text(m, "name"), text(m, "address"),
                                  text(m, "opened_on"), text(m, "closed_on")});
    }
  const auto wa = work_area_for(app, *caller);
  std::lock_guard lock(app.db_mutex);
  for (std::size_t i = 0; i < p.team.size(); ++i)
    require_partner_organisation(app.db, wa.id, p.team[i].organisation_id,
                                 "team[" + std::to_string(i) + "].organisation_id");
  const auto id = store::save_profile(app.db, wa.id, p, actor(*caller));
  send_json(res, 200, {{"id", id}});
}

// ---- Activities ------------------------------------------------------------------------------

json activity_json(const store::Activity& a) {
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
          {"cost", static_cast<double>(a.cost_cents) / 100.0},
          {"result", a.result}};
}

void list_activities(App& app, const httplib::Request& req, httplib::Response& res,
                     const std::optional<Caller>& caller) {
  const auto wa = work_area_for(app, *caller);
  const std::string wijk = wijk_param(req);
  const int year = req.has_param("year") ? year_param(app, req) : 0;
  json out = json::array();
  std::lock_guard lock(app.db_mutex);
  for (const auto& a : store::list_activities(app.db, wa.id, wijk, year))
    out.push_back(activity_json(a));
  send_json(res, 200, {{"activities", out}});
}

void add_activity(App& app, const httplib::Request& req, httplib::Response& res,
                  const std::optional<Caller>& caller) {
  const auto body = json_body(req);
  store::Activity a;
  a.held_on = text(body, "held_on");
  a.wijk_code = text(body, "wijk_code");
  a.buurt_code = text(body, "buurt_code");
  a.type = text(body, "type");
  a.title = text(body, "title");
  a.theme_id = integer(body, "theme_id", 0);
  a.effort = text(body, "effort");
  a.organisations = text(body, "organisations");
  a.participants = integer(body, "participants", -1);
  if (a.participants < 0)
    throw HttpError{422, "invalid", "Vul het aantal deelnemers in (0 of meer).", "participants"};
  a.cost_cents = cents(body, "cost", 0);
  a.result = text(body, "result");
  const auto wa = work_area_for(app, *caller);
  std::lock_guard lock(app.db_mutex);
  // The wijk follows from the buurt when one is given.
  if (!a.buurt_code.empty())
    a.wijk_code = store::wijk_of_buurt(app.db, wa.id, a.buurt_code, "buurt_code");
  if (!store::is_wijk_code(a.wijk_code))
    throw HttpError{422, "invalid", "Kies een wijk (een wijkcode als WK010601).", "wijk_code"};
  require_wijk(*caller, a.wijk_code);
  const auto id = store::add_activity(app.db, wa.id, a, actor(*caller));
  send_json(res, 201, {{"id", id}});
}

void attachment(httplib::Response& res, const std::string& body, const std::string& file) {
  res.status = 200;
  res.set_header("Content-Disposition", fmt::format("attachment; filename=\"{}\"", file));
  res.set_content(body, "text/csv; charset=utf-8");
}

void activities_csv(App& app, const httplib::Request& req, httplib::Response& res,
                    const std::optional<Caller>& caller) {
  const auto wa = work_area_for(app, *caller);
  const std::string wijk = wijk_param(req);
  const int year = req.has_param("year") ? year_param(app, req) : 0;
  std::string csv;
  {
    std::lock_guard lock(app.db_mutex);
    csv = store::activities_csv(store::list_activities(app.db, wa.id, wijk, year));
  }
  attachment(res, csv,
             fmt::format("activiteiten{}{}.csv", wijk.empty() ? "" : "-" + wijk,
                         year == 0 ? std::string{} : "-" + std::to_string(year)));
}

void import_activities(App& app, const httplib::Request& req, httplib::Response& res,
                       const std::optional<Caller>& caller) {
  std::string csv;
  if (req.is_multipart_form_data()) {
    if (req.has_file("file")) csv = req.get_file_value("file").content;
  } else if (req.get_header_value("Content-Type").rfind("text/csv", 0) == 0) {
    csv = req.body;
  } else {
    csv = text(json_body(req), "csv");
  }
  if (trim(csv).empty())
    throw HttpError{422, "invalid", "Kies een CSV-bestand met activiteiten.", "file"};
  const auto wa = work_area_for(app, *caller);
  std::lock_guard lock(app.db_mutex);
  try {
    const auto n = store::import_activities_csv(app.db, wa.id, csv, actor(*caller));
    send_json(res, 201, {{"imported", n}});
  } catch (const store::ActivityImportError& e) {
    json problems = json::array();
    std::string first;
    for (const auto& p : e.problems()) {
      const std::string line =
          p.field.empty() ? fmt::format("Regel {}: {}", p.row, p.message)
                          : fmt::format("Regel {}, kolom '{}': {}", p.row, p.field, p.message);
      if (first.empty()) first = line;
      problems.push_back({{"row", p.row}, {"field", p.field}, {"message", line}});
    }
    send_json(res, 422,
              {{"code", "invalid"},
               {"message", fmt::format("{} {}", e.what(), first)},
               {"field", "file"},
               {"problems", problems}});
  }
}

// ---- Works, timeline and figures -------------------------------------------------------------

json work_json(const store::PhysicalWork& w) {
  return {{"id", w.id},
          {"kind", w.kind},
          {"title", w.title},
          {"area_code", w.area_code},
          {"wijk_code", w.wijk_code},
          {"starts_on", w.starts_on},
          {"ends_on", w.ends_on},
          {"description", w.description}};
}

void list_works(App& app, const httplib::Request& req, httplib::Response& res,
                const std::optional<Caller>& caller) {
  const auto wa = work_area_for(app, *caller);
  const std::string wijk = wijk_param(req);
  const int year = req.has_param("year") ? year_param(app, req) : 0;
  json out = json::array();
  std::lock_guard lock(app.db_mutex);
  for (const auto& w : store::list_works(app.db, wa.id, wijk, year)) out.push_back(work_json(w));
  send_json(res, 200, {{"works", out}});
}

void add_work(App& app, const httplib::Request& req, httplib::Response& res,
              const std::optional<Caller>& caller) {
  const auto body = json_body(req);
  store::PhysicalWork w;
  w.kind = text(body, "kind");
  w.title = text(body, "title");
  w.area_code = text(body, "area_code");
  w.starts_on = text(body, "starts_on");
  w.ends_on = text(body, "ends_on");
  w.description = text(body, "description");
  const auto wa = work_area_for(app, *caller);
  std::lock_guard lock(app.db_mutex);
  std::string wijk = w.area_code;
  if (store::is_buurt_code(w.area_code))
    wijk = store::wijk_of_buurt(app.db, wa.id, w.area_code, "area_code");
  if (!store::is_wijk_code(wijk))
    throw HttpError{422, "invalid", "Kies een wijk of buurt (WK010601 of BU01060101).",
                    "area_code"};
  require_wijk(*caller, wijk);
  const auto id = store::add_work(app.db, wa.id, w, actor(*caller));
  send_json(res, 201, {{"id", id}});
}

// The timeline itself is wijkwerk_timeline.cpp (shared with the area pages' rules).
void timeline(App& app, const httplib::Request& req, httplib::Response& res,
              const std::optional<Caller>& caller) {
  const auto wa = work_area_for(app, *caller);
  std::string wijk = wijk_param(req);
  const std::string buurt = req.has_param("buurt") ? req.get_param_value("buurt") : "";
  if (!buurt.empty()) {
    if (!store::is_buurt_code(buurt))
      throw HttpError{400, "bad_request", "Kies een buurt (een buurtcode als BU01060101).",
                      "buurt"};
    std::lock_guard lock(app.db_mutex);
    const auto of = store::wijk_of_buurt(app.db, wa.id, buurt, "buurt");
    if (!wijk.empty() && wijk != of)
      throw HttpError{400, "bad_request", "Deze buurt ligt niet in de gekozen wijk.", "buurt"};
    wijk = of;
  }
  const int year = year_param(app, req);
  send_json(res, 200,
            {{"wijk", wijk},
             {"buurt", buurt},
             {"year", year},
             {"items", timeline_items(app, *caller, wa.id, wijk, buurt, year)}});
}

json mediation_figures_json(const std::vector<store::MediationFigures>& figures) {
  json out = json::array();
  for (const auto& f : figures)
    out.push_back({{"wijk_code", f.wijk_code},
                   {"reported", f.reported},
                   {"excluded", f.excluded},
                   {"intake_on_time", f.intake_on_time},
                   {"intake_late", f.intake_late},
                   {"joint_talks", f.joint_talks},
                   {"agreements", f.agreements},
                   {"solved", f.solved},
                   {"partly_solved", f.partly_solved},
                   {"not_solved", f.not_solved},
                   {"stopped", f.stopped},
                   {"running", f.running},
                   {"overdue", f.overdue}});
  return out;
}

void figures(App& app, const httplib::Request& req, httplib::Response& res,
             const std::optional<Caller>& caller) {
  const auto wa = work_area_for(app, *caller);
  const int year = year_param(app, req);
  struct Sum {
    long long activities = 0, participants = 0, cost_cents = 0;
    std::map<std::string, long long> per_effort;
  };
  std::map<std::string, Sum> per_wijk;
  Sum total;
  json mediation, campaigns = json::array();
  {
    std::lock_guard lock(app.db_mutex);
    for (const auto& a : store::list_activities(app.db, wa.id, "", year)) {
      for (Sum* s : {&per_wijk[a.wijk_code], &total}) {
        ++s->activities;
        s->participants += a.participants;
        s->cost_cents += a.cost_cents;
        ++s->per_effort[a.effort];
      }
    }
    mediation = mediation_figures_json(store::mediation_figures(app.db, wa.id, year, today(app)));
    const long long trees =
        static_cast<long long>(store::list_tree_requests(app.db, wa.id, year).size());
    long long chosen = 0;
    const auto nominations = store::list_nominations(app.db, wa.id, year);
    for (const auto& n : nominations) chosen += n.status == "gekozen" || n.status == "uitgereikt";
    long long assignments = 0;
    const auto reporters = store::list_reporters(app.db, wa.id, year);
    for (const auto& r : reporters) assignments += static_cast<long long>(r.assignments.size());
    campaigns = {{"christmas_trees", trees},
                 {"superbuur_nominations", static_cast<long long>(nominations.size())},
                 {"superburen_chosen", chosen},
                 {"reporters", static_cast<long long>(reporters.size())},
                 {"reporter_assignments", assignments}};
  }
  auto sum_json = [](const std::string& code, const Sum& s) {
    return json{{"wijk_code", code},
                {"activities", s.activities},
                {"participants", s.participants},
                {"cost", static_cast<double>(s.cost_cents) / 100.0},
                {"per_effort",
                 {{"Basis", s.per_effort.count("Basis") ? s.per_effort.at("Basis") : 0},
                  {"Plus", s.per_effort.count("Plus") ? s.per_effort.at("Plus") : 0},
                  {"PlusPlus", s.per_effort.count("PlusPlus") ? s.per_effort.at("PlusPlus") : 0}}}};
  };
  json activities = json::array();
  for (const auto& [code, s] : per_wijk) activities.push_back(sum_json(code, s));
  activities.push_back(sum_json("totaal", total));
  send_json(res, 200,
            {{"year", year},
             {"activities", activities},
             {"mediation", mediation},
             {"campaigns", campaigns}});
}

void mediation_figures(App& app, const httplib::Request& req, httplib::Response& res,
                       const std::optional<Caller>& caller) {
  const auto wa = work_area_for(app, *caller);
  const int year = year_param(app, req);
  std::lock_guard lock(app.db_mutex);
  send_json(res, 200,
            {{"year", year},
             {"figures",
              mediation_figures_json(store::mediation_figures(app.db, wa.id, year, today(app)))}});
}

void mediation_figures_csv(App& app, const httplib::Request& req, httplib::Response& res,
                           const std::optional<Caller>& caller) {
  const auto wa = work_area_for(app, *caller);
  const int year = year_param(app, req);
  std::string csv;
  {
    std::lock_guard lock(app.db_mutex);
    csv = store::mediation_figures_csv(store::mediation_figures(app.db, wa.id, year, today(app)));
  }
  attachment(res, csv, fmt::format("buurtbemiddeling-{}.csv", year));
}

}  // namespace

}  // namespace wijkwerk

void add_wijkwerk_routes(std::vector<Route>& routes) {
  using namespace wijkwerk;
  const std::vector<Role> keepers = {Role::beheerder, Role::analist};
  const std::vector<Role> workers = {Role::beheerder, Role::analist, Role::wijkteam};
  routes.push_back({"GET",
                    "/api/wijkwerk",
                    "/api/wijkwerk",
                    "Wijk work: the wijken with their buurten, themes, organisations and years",
                    Access::session,
                    {},
                    overview});
  routes.push_back({"GET",
                    "/api/wijkwerk/themes",
                    "/api/wijkwerk/themes",
                    "The partnership's themes (priorities of the wijken)",
                    Access::session,
                    {},
                    list_themes});
  routes.push_back({"POST", "/api/wijkwerk/themes", "/api/wijkwerk/themes", "Add a theme ({name})",
                    Access::session, keepers, add_theme});
  routes.push_back({"POST", R"(/api/wijkwerk/themes/(\d+))", "/api/wijkwerk/themes/{id}",
                    "Rename or (de)activate a theme ({name, active})", Access::session, keepers,
                    update_theme});
  routes.push_back({"GET",
                    "/api/wijkwerk/profiles",
                    "/api/wijkwerk/profiles",
                    "Wijk profiles (?wijk=WK..&year=..) with focus, priorities, team and "
                    "meeting places",
                    Access::session,
                    {},
                    list_profiles});
  routes.push_back({"POST", "/api/wijkwerk/profiles", "/api/wijkwerk/profiles",
                    "Save the profile of a wijk and year ({wijk_code, year, description, focus, "
                    "priorities, team, meeting_places}); wijkteam in its own wijken",
                    Access::session, workers, save_profile});
  routes.push_back({"GET",
                    "/api/wijkwerk/activities",
                    "/api/wijkwerk/activities",
                    "Activities (?wijk=WK..&year=..)",
                    Access::session,
                    {},
                    list_activities});
  routes.push_back({"POST", "/api/wijkwerk/activities", "/api/wijkwerk/activities",
                    "Add an activity ({held_on, wijk_code or buurt_code, type, title, theme_id, "
                    "effort, organisations, participants, cost, result}); wijkteam in its own "
                    "wijken",
                    Access::session, workers, add_activity});
  routes.push_back({"GET",
                    "/api/wijkwerk/activities.csv",
                    "/api/wijkwerk/activities.csv",
                    "Activities as CSV (?wijk=&year=), in the import's columns",
                    Access::session,
                    {},
                    activities_csv});
  routes.push_back({"POST", "/api/wijkwerk/activities/import", "/api/wijkwerk/activities/import",
                    "Import earlier years' activities from CSV (text/csv, a form with file, or "
                    "{csv}); all rows or none",
                    Access::session, keepers, import_activities, kUploadBodyLimit});
  routes.push_back({"GET",
                    "/api/wijkwerk/works",
                    "/api/wijkwerk/works",
                    "Physical works (?wijk=&year=)",
                    Access::session,
                    {},
                    list_works});
  routes.push_back({"POST", "/api/wijkwerk/works", "/api/wijkwerk/works",
                    "Add a physical work ({kind, title, area_code, starts_on, ends_on, "
                    "description}); wijkteam in its own wijken",
                    Access::session, workers, add_work});
  routes.push_back({"GET",
                    "/api/wijkwerk/timeline",
                    "/api/wijkwerk/timeline",
                    "The timeline of a wijk or buurt (?wijk=&buurt=&year=): works, activities, "
                    "initiatives' steps, and per month signal counts (small counts hidden) and "
                    "mediation cases reported and closed",
                    Access::session,
                    {},
                    timeline});
  routes.push_back({"GET",
                    "/api/wijkwerk/figures",
                    "/api/wijkwerk/figures",
                    "Figures of the year (?year=): activities per wijk and level of effort, "
                    "campaigns, neighbour mediation",
                    Access::session,
                    {},
                    figures});
  routes.push_back({"GET",
                    "/api/wijkwerk/mediation/figures",
                    "/api/wijkwerk/mediation/figures",
                    "Neighbour mediation: counts per wijk (?year=)",
                    Access::session,
                    {},
                    mediation_figures});
  routes.push_back({"GET",
                    "/api/wijkwerk/mediation/figures.csv",
                    "/api/wijkwerk/mediation/figures.csv",
                    "Neighbour mediation counts per wijk as CSV (?year=)",
                    Access::session,
                    {},
                    mediation_figures_csv});
  add_case_routes(routes);
}

}  // namespace leefbaar::serve
