// Routes of the yearly campaigns (Christmas trees, superbuur, neighbourhood reporters: staff
// entry; the public portal calls the same store functions) and of neighbour mediation.
//
// Campaign intake holds names (nominees, reporters): analist and beheerder see it all, wijkteam
// in its own wijken; lezer sees counts. Mediation cases: analist and beheerder all, wijkteam its
// own wijken; lezer only the figures (routes_wijkwerk.cpp).
#include <fmt/format.h>

#include <algorithm>

#include "serve/routes_wijkwerk_util.hpp"

namespace leefbaar::serve::wijkwerk {

namespace {

using nlohmann::json;
using store::Role;

const std::string& actor(const Caller& c) {
  return c.session.user.email;
}

// ---- Campaigns -------------------------------------------------------------------------------

void list_campaigns(App& app, const httplib::Request& req, httplib::Response& res,
                    const std::optional<Caller>& caller) {
  const auto wa = work_area_for(app, *caller);
  const int year = year_param(app, req);
  const std::string wijk = wijk_param(req);
  const bool details = caller->session.user.role != Role::lezer;
  json campaigns = json::array(), trees = json::array(), nominations = json::array(),
       reporters = json::array();
  long long tree_count = 0, nomination_count = 0, reporter_count = 0;
  std::lock_guard lock(app.db_mutex);
  for (const auto& c : store::list_campaigns(app.db, wa.id, year))
    campaigns.push_back({{"id", c.id},
                         {"kind", c.kind},
                         {"year", c.year},
                         {"name", c.name},
                         {"opens_on", c.opens_on},
                         {"closes_on", c.closes_on},
                         {"contribution", static_cast<double>(c.contribution_cents) / 100.0},
                         {"open", store::campaign_open(c, today(app))}});
  for (const auto& t : store::list_tree_requests(app.db, wa.id, year, wijk)) {
    ++tree_count;
    if (details && works_in(*caller, t.wijk_code))
      trees.push_back({{"id", t.id},
                       {"street", t.street},
                       {"buurt_code", t.buurt_code},
                       {"wijk_code", t.wijk_code},
                       {"pickup_on", t.pickup_on},
                       {"contribution", static_cast<double>(t.contribution_cents) / 100.0},
                       {"source", t.source}});
  }
  for (const auto& n : store::list_nominations(app.db, wa.id, year, wijk)) {
    ++nomination_count;
    if (details && works_in(*caller, n.wijk_code))
      nominations.push_back({{"id", n.id},
                             {"nominee", n.nominee},
                             {"buurt_code", n.buurt_code},
                             {"wijk_code", n.wijk_code},
                             {"motivation", n.motivation},
                             {"status", n.status},
                             {"award", n.award},
                             {"source", n.source}});
  }
  for (const auto& r : store::list_reporters(app.db, wa.id, year)) {
    ++reporter_count;
    if (!details) continue;
    json assignments = json::array();
    for (const auto& a : r.assignments)
      assignments.push_back({{"id", a.id},
                             {"held_on", a.held_on},
                             {"wijk_code", a.wijk_code},
                             {"subject", a.subject}});
    reporters.push_back({{"id", r.id},
                         {"name", r.name},
                         {"speciality", r.speciality},
                         {"assignments", assignments}});
  }
  if (details && (nomination_count > 0 || reporter_count > 0))
    store::audit_wijkwerk_read(app.db, actor(*caller), fmt::format("wijk_campaigns/{}", year),
                               "actie-aanmeldingen afhandelen (superburen, wijkreporters)");
  send_json(res, 200,
            {{"year", year},
             {"campaigns", campaigns},
             {"counts",
              {{"christmas_trees", tree_count},
               {"superbuur_nominations", nomination_count},
               {"reporters", reporter_count}}},
             {"christmas_trees", trees},
             {"superbuur_nominations", nominations},
             {"reporters", reporters}});
}

int body_year(App& app, const json& body) {
  const long long y = integer(body, "year", std::stoi(today(app).substr(0, 4)));
  if (y < 2000 || y > 2100)
    throw HttpError{422, "invalid", "Kies een jaar tussen 2000 en 2100.", "year"};
  return static_cast<int>(y);
}

// The wijk of the buurt in the body; 422 naming buurt_code when it is not one.
std::string buurt_wijk(App& app, std::int64_t work_area, const std::string& buurt) {
  return store::wijk_of_buurt(app.db, work_area, buurt, "buurt_code");
}

void add_tree(App& app, const httplib::Request& req, httplib::Response& res,
              const std::optional<Caller>& caller) {
  const auto body = json_body(req);
  store::TreeRequest t;
  t.street = text(body, "street");
  t.buurt_code = text(body, "buurt_code");
  t.pickup_on = text(body, "pickup_on");
  t.contribution_cents = cents(body, "contribution", -1);
  const int year = body_year(app, body);
  const auto wa = work_area_for(app, *caller);
  std::lock_guard lock(app.db_mutex);
  require_wijk(*caller, buurt_wijk(app, wa.id, t.buurt_code));
  const auto id = store::request_christmas_tree(app.db, wa.id, year, t, actor(*caller));
  send_json(res, 201, {{"id", id}});
}

void add_nomination(App& app, const httplib::Request& req, httplib::Response& res,
                    const std::optional<Caller>& caller) {
  const auto body = json_body(req);
  store::SuperbuurNomination n;
  n.nominee = text(body, "nominee");
  n.buurt_code = text(body, "buurt_code");
  n.motivation = text(body, "motivation");
  const int year = body_year(app, body);
  const auto wa = work_area_for(app, *caller);
  std::lock_guard lock(app.db_mutex);
  require_wijk(*caller, buurt_wijk(app, wa.id, n.buurt_code));
  const auto id = store::nominate_superbuur(app.db, wa.id, year, n, actor(*caller));
  send_json(res, 201, {{"id", id}});
}

void decide_nomination(App& app, const httplib::Request& req, httplib::Response& res,
                       const std::optional<Caller>& caller) {
  const auto body = json_body(req);
  const auto id = path_id(req);
  const auto wa = work_area_for(app, *caller);
  std::lock_guard lock(app.db_mutex);
  const auto nomination = store::find_nomination(app.db, wa.id, id);
  if (!nomination) throw HttpError{404, "not_found", "Deze nominatie bestaat niet.", ""};
  require_wijk(*caller, nomination->wijk_code);
  const std::string status = body.contains("status") ? text(body, "status") : nomination->status;
  const std::string award = body.contains("award") ? text(body, "award") : nomination->award;
  store::decide_superbuur(app.db, wa.id, id, status, award, actor(*caller));
  send_json(res, 200, {{"id", id}, {"status", status}});
}

void add_reporter(App& app, const httplib::Request& req, httplib::Response& res,
                  const std::optional<Caller>& caller) {
  const auto body = json_body(req);
  const int year = body_year(app, body);
  const auto wa = work_area_for(app, *caller);
  std::lock_guard lock(app.db_mutex);
  const auto id = store::add_reporter(app.db, wa.id, year, text(body, "name"),
                                      text(body, "speciality"), actor(*caller));
  send_json(res, 201, {{"id", id}});
}

void add_assignment(App& app, const httplib::Request& req, httplib::Response& res,
                    const std::optional<Caller>& caller) {
  const auto body = json_body(req);
  const auto reporter = path_id(req);
  store::ReporterAssignment a;
  a.held_on = text(body, "held_on");
  a.wijk_code = text(body, "wijk_code");
  a.subject = text(body, "subject");
  if (!store::is_wijk_code(a.wijk_code))
    throw HttpError{422, "invalid", "Kies een wijk.", "wijk_code"};
  require_wijk(*caller, a.wijk_code);
  const auto wa = work_area_for(app, *caller);
  std::lock_guard lock(app.db_mutex);
  const auto id = [&] {
    try {
      return store::add_reporter_assignment(app.db, wa.id, reporter, a, actor(*caller));
    } catch (const FieldError& e) {
      // The reporter in the path is not the work area's: as every record of another work area,
      // it does not exist.
      if (e.field() == "reporter_id") throw HttpError{404, "not_found", e.what(), ""};
      throw;
    }
  }();
  send_json(res, 201, {{"id", id}});
}

// ---- Neighbour mediation ---------------------------------------------------------------------

json case_json(const store::MediationCase& c, const std::string& today) {
  json warnings = json::array();
  for (const auto& w : neighbourhood::mediation_warnings(c, today))
    warnings.push_back({{"code", w.code}, {"message", w.message}, {"due_on", w.due_on}});
  return {{"id", c.id},
          {"case_number", c.case_number},
          {"buurt_code", c.buurt_code},
          {"wijk_code", c.wijk_code},
          {"dispute", c.dispute},
          {"reported_on", c.reported_on},
          {"intake_due", neighbourhood::intake_due(c)},
          {"intake_on", c.intake_on},
          {"mediator_a", c.mediator_a},
          {"mediator_b", c.mediator_b},
          {"separate_talks_on", c.separate_talks_on},
          {"joint_talk_on", c.joint_talk_on},
          {"agreements_on", c.agreements_on},
          {"aftercare_on", c.aftercare_on},
          {"outcome", c.outcome},
          {"exclusion_reason", c.exclusion_reason},
          {"warnings", warnings}};
}

// The members of the body that are present replace those of the case.
void merge_steps(const json& body, store::MediationCase& c) {
  for (auto [field, target] :
       {std::pair{"reported_on", &c.reported_on}, std::pair{"intake_on", &c.intake_on},
        std::pair{"mediator_a", &c.mediator_a}, std::pair{"mediator_b", &c.mediator_b},
        std::pair{"separate_talks_on", &c.separate_talks_on},
        std::pair{"joint_talk_on", &c.joint_talk_on}, std::pair{"agreements_on", &c.agreements_on},
        std::pair{"aftercare_on", &c.aftercare_on}, std::pair{"outcome", &c.outcome},
        std::pair{"exclusion_reason", &c.exclusion_reason}})
    if (body.contains(field)) *target = text(body, field);
}

void list_cases(App& app, const httplib::Request& req, httplib::Response& res,
                const std::optional<Caller>& caller) {
  const auto wa = work_area_for(app, *caller);
  const int year = req.has_param("year") ? year_param(app, req) : 0;
  const std::string wijk = wijk_param(req);
  const auto& u = caller->session.user;
  std::vector<std::string> wijken;
  if (!wijk.empty()) {
    require_wijk(*caller, wijk);
    wijken = {wijk};
  } else if (u.role == Role::wijkteam) {
    wijken = u.wijken;
    if (wijken.empty()) wijken = {"-"};  // none
  }
  json out = json::array();
  long long overdue = 0;
  std::lock_guard lock(app.db_mutex);
  for (const auto& c : store::list_mediation_cases(app.db, wa.id, wijken, year)) {
    out.push_back(case_json(c, today(app)));
    overdue += !out.back()["warnings"].empty();
  }
  store::audit_wijkwerk_read(app.db, actor(*caller),
                             fmt::format("wijk_mediation/{}", wijk.empty() ? "alle" : wijk),
                             "buurtbemiddeling: zaken en termijnen volgen");
  send_json(res, 200, {{"today", today(app)}, {"overdue", overdue}, {"cases", out}});
}

void add_case(App& app, const httplib::Request& req, httplib::Response& res,
              const std::optional<Caller>& caller) {
  const auto body = json_body(req);
  store::MediationCase c;
  c.case_number = text(body, "case_number");
  c.buurt_code = text(body, "buurt_code");
  c.dispute = text(body, "dispute");
  merge_steps(body, c);
  const auto wa = work_area_for(app, *caller);
  std::lock_guard lock(app.db_mutex);
  require_wijk(*caller, buurt_wijk(app, wa.id, c.buurt_code));
  const auto id = store::add_mediation_case(app.db, wa.id, c, actor(*caller));
  send_json(res, 201, {{"id", id}});
}

void update_case(App& app, const httplib::Request& req, httplib::Response& res,
                 const std::optional<Caller>& caller) {
  const auto body = json_body(req);
  const auto id = path_id(req);
  const auto wa = work_area_for(app, *caller);
  std::lock_guard lock(app.db_mutex);
  auto c = store::find_mediation_case(app.db, wa.id, id);
  if (!c) throw HttpError{404, "not_found", "Deze bemiddelingszaak bestaat niet.", ""};
  require_wijk(*caller, c->wijk_code);
  merge_steps(body, *c);
  store::update_mediation_case(app.db, wa.id, id, *c, actor(*caller));
  send_json(res, 200, case_json(*store::find_mediation_case(app.db, wa.id, id), today(app)));
}

}  // namespace

void add_case_routes(std::vector<Route>& routes) {
  const std::vector<Role> workers = {Role::beheerder, Role::analist, Role::wijkteam};
  routes.push_back({"GET",
                    "/api/wijkwerk/campaigns",
                    "/api/wijkwerk/campaigns",
                    "The year's campaigns (?year=&wijk=) with their intake; lezer: counts only",
                    Access::session,
                    {},
                    list_campaigns});
  routes.push_back({"POST", "/api/wijkwerk/campaigns/kerstbomen",
                    "/api/wijkwerk/campaigns/kerstbomen",
                    "Request a Christmas tree for a street ({year, street, buurt_code, pickup_on, "
                    "contribution}); one per street per year (409)",
                    Access::session, workers, add_tree});
  routes.push_back({"POST", "/api/wijkwerk/campaigns/superbuur",
                    "/api/wijkwerk/campaigns/superbuur",
                    "Nominate a superbuur ({year, nominee, buurt_code, motivation})",
                    Access::session, workers, add_nomination});
  routes.push_back({"POST", R"(/api/wijkwerk/campaigns/superbuur/(\d+))",
                    "/api/wijkwerk/campaigns/superbuur/{id}",
                    "Choose or award a nominated superbuur ({status, award})", Access::session,
                    workers, decide_nomination});
  routes.push_back({"POST", "/api/wijkwerk/campaigns/wijkreporters",
                    "/api/wijkwerk/campaigns/wijkreporters",
                    "Add a volunteer neighbourhood reporter ({year, name, speciality})",
                    Access::session, workers, add_reporter});
  routes.push_back({"POST", R"(/api/wijkwerk/campaigns/wijkreporters/(\d+)/assignments)",
                    "/api/wijkwerk/campaigns/wijkreporters/{id}/assignments",
                    "Give a reporter an assignment ({held_on, wijk_code, subject})",
                    Access::session, workers, add_assignment});
  routes.push_back({"GET", "/api/wijkwerk/mediation", "/api/wijkwerk/mediation",
                    "Neighbour mediation cases (?year=&wijk=) with their deadline warnings; "
                    "wijkteam its own wijken",
                    Access::session, workers, list_cases});
  routes.push_back({"POST", "/api/wijkwerk/mediation", "/api/wijkwerk/mediation",
                    "Register a mediation case ({buurt_code, dispute, reported_on, ...steps})",
                    Access::session, workers, add_case});
  routes.push_back({"POST", R"(/api/wijkwerk/mediation/(\d+))", "/api/wijkwerk/mediation/{id}",
                    "Record the steps, outcome and exclusion reason of a case (the members "
                    "given replace the stored ones)",
                    Access::session, workers, update_case});
}

}  // namespace leefbaar::serve::wijkwerk
