// Routes of the yearly campaigns as staff enter them (/api/v1/wijkwerk/campagnes...): Christmas
// trees, superbuur nominations and neighbourhood reporters. The public portal's intake is
// routes_portal_campaigns.cpp.
//
// The intake holds names (nominees, reporters): analist and beheerder see it all, wijkteam in its
// own wijken; lezer sees counts (usecases/wijkwerk_campaigns.hpp).
#include "serve/routes_wijkwerk_util.hpp"
#include "serve/schema.hpp"
#include "usecases/wijkwerk_campaigns.hpp"

namespace leefbaar::serve::wijkwerk {

namespace {

using nlohmann::json;

double euros(long long cents) {
  return static_cast<double>(cents) / 100.0;
}

json campaign_json(const neighbourhood::Campaign& c, const std::string& today) {
  return {{"id", c.id},
          {"kind", c.kind},
          {"year", c.year},
          {"name", c.name},
          {"opens_on", c.opens_on},
          {"closes_on", c.closes_on},
          {"contribution", euros(c.contribution_cents)},
          {"open", neighbourhood::campaign_open(c, today)}};
}

json tree_json(const neighbourhood::TreeRequest& t) {
  return {{"id", t.id},
          {"street", t.street},
          {"buurt_code", t.buurt_code},
          {"wijk_code", t.wijk_code},
          {"pickup_on", t.pickup_on},
          {"contribution", euros(t.contribution_cents)},
          {"source", t.source}};
}

json nomination_json(const neighbourhood::SuperbuurNomination& n) {
  return {{"id", n.id},
          {"nominee", n.nominee},
          {"buurt_code", n.buurt_code},
          {"wijk_code", n.wijk_code},
          {"motivation", n.motivation},
          {"status", n.status},
          {"award", n.award},
          {"source", n.source}};
}

json reporter_json(const neighbourhood::Reporter& r) {
  json assignments = json::array();
  for (const auto& a : r.assignments)
    assignments.push_back(
        {{"id", a.id}, {"held_on", a.held_on}, {"wijk_code", a.wijk_code}, {"subject", a.subject}});
  return {
      {"id", r.id}, {"name", r.name}, {"speciality", r.speciality}, {"assignments", assignments}};
}

const std::vector<std::string> kSources = {"portaal", "medewerker"};
const std::vector<std::string> kNominationStatuses = {"genomineerd", "gekozen", "niet_gekozen",
                                                      "uitgereikt"};

// The answer of GET /api/v1/wijkwerk/campagnes.
json intake_schema() {
  using schema::array, schema::integer, schema::number, schema::object, schema::one_of,
      schema::string;
  const json campaign = object({{"id", integer()},
                                {"kind", one_of({"kerstbomen", "superbuur", "wijkreporters"})},
                                {"year", integer()},
                                {"name", string()},
                                {"opens_on", schema::date()},
                                {"closes_on", schema::date()},
                                {"contribution", number("Euros")},
                                {"open", schema::boolean("Whether residents may apply today")}});
  const json tree = object({{"id", integer()},
                            {"street", string()},
                            {"buurt_code", string()},
                            {"wijk_code", string()},
                            {"pickup_on", string("YYYY-MM-DD, or empty")},
                            {"contribution", number("Euros")},
                            {"source", one_of(kSources)}});
  const json nomination = object({{"id", integer()},
                                  {"nominee", string()},
                                  {"buurt_code", string()},
                                  {"wijk_code", string()},
                                  {"motivation", string()},
                                  {"status", one_of(kNominationStatuses)},
                                  {"award", string()},
                                  {"source", one_of(kSources)}});
  const json assignment = object({{"id", integer()},
                                  {"held_on", schema::date()},
                                  {"wijk_code", string()},
                                  {"subject", string()}});
  const json reporter = object({{"id", integer()},
                                {"name", string()},
                                {"speciality", one_of({"schrijven", "fotografie"})},
                                {"assignments", array(assignment)}});
  return object(
      {{"year", integer()},
       {"campaigns", array(campaign)},
       {"counts", object({{"christmas_trees", integer()},
                          {"superbuur_nominations", integer()},
                          {"reporters", integer()}})},
       {"christmas_trees", array(tree, "Those of the caller's wijken; lezer: none")},
       {"superbuur_nominations", array(nomination, "Those of the caller's wijken; lezer: none")},
       {"reporters", array(reporter, "Lezer: none")}});
}

void list_campaigns(App& app, const httplib::Request& req, httplib::Response& res,
                    const std::optional<Caller>& caller) {
  const int year = year_param(app, req);
  const std::string wijk = wijk_param(req);
  const auto intake = usecases::campaign_intake(app.service, caller->session.user, year, wijk);
  json campaigns = json::array(), trees = json::array(), nominations = json::array(),
       reporters = json::array();
  for (const auto& c : intake.campaigns) campaigns.push_back(campaign_json(c, today(app)));
  for (const auto& t : intake.trees) trees.push_back(tree_json(t));
  for (const auto& n : intake.nominations) nominations.push_back(nomination_json(n));
  for (const auto& r : intake.reporters) reporters.push_back(reporter_json(r));
  send_json(res, 200,
            {{"year", year},
             {"campaigns", campaigns},
             {"counts",
              {{"christmas_trees", intake.tree_count},
               {"superbuur_nominations", intake.nomination_count},
               {"reporters", intake.reporter_count}}},
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

void add_tree(App& app, const httplib::Request& req, httplib::Response& res,
              const std::optional<Caller>& caller) {
  const auto body = json_body(req);
  neighbourhood::TreeRequest t;
  t.street = text(body, "street");
  t.buurt_code = text(body, "buurt_code");
  t.pickup_on = text(body, "pickup_on");
  t.contribution_cents = cents(body, "contribution", -1);
  const int year = body_year(app, body);
  const auto id = usecases::request_christmas_tree(app.service, caller->session.user, year, t);
  send_json(res, 201, {{"id", id}});
}

void add_nomination(App& app, const httplib::Request& req, httplib::Response& res,
                    const std::optional<Caller>& caller) {
  const auto body = json_body(req);
  neighbourhood::SuperbuurNomination n;
  n.nominee = text(body, "nominee");
  n.buurt_code = text(body, "buurt_code");
  n.motivation = text(body, "motivation");
  const int year = body_year(app, body);
  const auto id = usecases::nominate_superbuur(app.service, caller->session.user, year, n);
  send_json(res, 201, {{"id", id}});
}

void decide_nomination(App& app, const httplib::Request& req, httplib::Response& res,
                       const std::optional<Caller>& caller) {
  const auto body = json_body(req);
  const auto id = path_id(req);
  const auto status =
      usecases::decide_superbuur(app.service, caller->session.user, id,
                                 text_if_given(body, "status"), text_if_given(body, "award"));
  send_json(res, 200, {{"id", id}, {"status", status}});
}

void add_reporter(App& app, const httplib::Request& req, httplib::Response& res,
                  const std::optional<Caller>& caller) {
  const auto body = json_body(req);
  const int year = body_year(app, body);
  const auto id = usecases::add_reporter(app.service, caller->session.user, year,
                                         text(body, "name"), text(body, "speciality"));
  send_json(res, 201, {{"id", id}});
}

void add_assignment(App& app, const httplib::Request& req, httplib::Response& res,
                    const std::optional<Caller>& caller) {
  const auto body = json_body(req);
  const auto reporter = path_id(req);
  neighbourhood::ReporterAssignment a;
  a.held_on = text(body, "held_on");
  a.wijk_code = text(body, "wijk_code");
  a.subject = text(body, "subject");
  const auto id = usecases::add_reporter_assignment(app.service, caller->session.user, reporter, a);
  send_json(res, 201, {{"id", id}});
}

}  // namespace

void add_campaign_routes(std::vector<Route>& routes) {
  using schema::integer, schema::object, schema::one_of, schema::string;
  const json year = integer("Absent: this year");
  routes.push_back(
      Route{"GET", "/api/v1/wijkwerk/campagnes",
            "The year's campaigns (?year=&wijk=) with their intake; lezer: counts only",
            Access::session, kEveryRole, list_campaigns}
          .with_query(json{{"year", year}, {"wijk", string("A wijk code such as WK010601")}})
          .answers(200, intake_schema()));
  routes.push_back(
      Route{"POST", "/api/v1/wijkwerk/campagnes/kerstbomen",
            "Request a Christmas tree for a street ({year, street, buurt_code, pickup_on, "
            "contribution}); one per street per year (409)",
            Access::session, kWorkers, add_tree}
          .takes(object({{"street", string()}, {"buurt_code", string()}},
                        {{"year", year},
                         {"pickup_on", string("YYYY-MM-DD, or empty")},
                         {"contribution", schema::number("Euros (Dutch text such as \"12,50\" is "
                                                         "read too); absent: the campaign's")}}))
          .answers(201, id_schema()));
  routes.push_back(
      Route{"POST", "/api/v1/wijkwerk/campagnes/superbuur",
            "Nominate a superbuur ({year, nominee, buurt_code, motivation})", Access::session,
            kWorkers, add_nomination}
          .takes(object({{"nominee", string()}, {"buurt_code", string()}, {"motivation", string()}},
                        {{"year", year}}))
          .answers(201, id_schema()));
  routes.push_back(
      Route{"POST", "/api/v1/wijkwerk/campagnes/superbuur/{id}",
            "Choose or award a nominated superbuur ({status, award})", Access::session, kWorkers,
            decide_nomination}
          .takes(object({}, {{"status", one_of(kNominationStatuses)},
                             {"award", string("What the superbuur received")}}))
          .answers(200, object({{"id", integer()}, {"status", one_of(kNominationStatuses)}})));
  routes.push_back(
      Route{"POST", "/api/v1/wijkwerk/campagnes/wijkreporters",
            "Add a volunteer neighbourhood reporter ({year, name, speciality})", Access::session,
            kWorkers, add_reporter}
          .takes(object({{"name", string()}, {"speciality", one_of({"schrijven", "fotografie"})}},
                        {{"year", year}}))
          .answers(201, id_schema()));
  routes.push_back(
      Route{"POST", "/api/v1/wijkwerk/campagnes/wijkreporters/{id}/opdrachten",
            "Give a reporter an assignment ({held_on, wijk_code, subject})", Access::session,
            kWorkers, add_assignment}
          .takes(
              object({{"held_on", schema::date()}, {"wijk_code", string()}, {"subject", string()}}))
          .answers(201, id_schema()));
}

}  // namespace leefbaar::serve::wijkwerk
