// Routes of neighbour mediation's cases (/api/v1/wijkwerk/bemiddelingen...): the list with the
// deadline warnings, a new case and its steps. Analist and beheerder see all cases, wijkteam its
// own wijken; lezer only the figures (routes_wijkwerk_figures.cpp).
#include <utility>

#include "serve/routes_wijkwerk_util.hpp"
#include "serve/schema.hpp"
#include "usecases/wijkwerk_mediation.hpp"

namespace leefbaar::serve::wijkwerk {

namespace {

using nlohmann::json;

json case_json(const neighbourhood::MediationCase& c, const std::string& today) {
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

// The words, or empty (not yet; no exclusion).
std::vector<std::string> or_empty(std::vector<std::string> words) {
  words.insert(words.begin(), "");
  return words;
}

json case_schema() {
  using schema::date, schema::object, schema::one_of, schema::string;
  const json not_yet = string("YYYY-MM-DD, or empty: not yet");
  const json warning =
      object({{"code", one_of({"intake_te_laat", "twee_bemiddelaars", "nazorg_te_laat"})},
              {"message", string()},
              {"due_on", date()}});
  return object({{"id", schema::integer()},
                 {"case_number", string()},
                 {"buurt_code", string()},
                 {"wijk_code", string()},
                 {"dispute", one_of(neighbourhood::mediation_disputes())},
                 {"reported_on", date()},
                 {"intake_due", date("5 working days after the report")},
                 {"intake_on", not_yet},
                 {"mediator_a", string("Empty: not yet")},
                 {"mediator_b", string("Empty: not yet")},
                 {"separate_talks_on", not_yet},
                 {"joint_talk_on", not_yet},
                 {"agreements_on", not_yet},
                 {"aftercare_on", not_yet},
                 {"outcome", one_of(or_empty(neighbourhood::mediation_outcomes()),
                                    "Empty while the case runs")},
                 {"exclusion_reason", one_of(or_empty(neighbourhood::mediation_exclusions()),
                                             "With the outcome uitgesloten only")},
                 {"warnings", schema::array(warning, "The deadlines that passed")}});
}

// The body of POST /api/v1/wijkwerk/bemiddelingen/{id}: the steps, each optional (a member given
// replaces the stored one).
json case_steps_schema() {
  using schema::one_of, schema::string;
  const json not_yet = string("YYYY-MM-DD, or empty: not yet");
  return schema::object(
      {}, {{"reported_on", schema::date()},
           {"intake_on", not_yet},
           {"mediator_a", string()},
           {"mediator_b", string()},
           {"separate_talks_on", not_yet},
           {"joint_talk_on", not_yet},
           {"agreements_on", not_yet},
           {"aftercare_on", not_yet},
           {"outcome", one_of(or_empty(neighbourhood::mediation_outcomes()))},
           {"exclusion_reason", one_of(or_empty(neighbourhood::mediation_exclusions()),
                                       "With the outcome uitgesloten only")}});
}

// The body of POST /api/v1/wijkwerk/bemiddelingen: the case and its steps so far.
json new_case_schema() {
  json body = case_steps_schema();
  body["properties"]["case_number"] = schema::string("Absent or empty: made (BB-2025-001)");
  body["properties"]["buurt_code"] = schema::string();
  body["properties"]["dispute"] = schema::one_of(neighbourhood::mediation_disputes());
  body["required"] = {"buurt_code", "dispute", "reported_on"};
  return body;
}

// The steps the body gives (a member present replaces the case's own).
neighbourhood::MediationSteps steps_of(const json& body) {
  neighbourhood::MediationSteps s;
  for (auto [field, target] :
       {std::pair{"reported_on", &s.reported_on}, std::pair{"intake_on", &s.intake_on},
        std::pair{"mediator_a", &s.mediator_a}, std::pair{"mediator_b", &s.mediator_b},
        std::pair{"separate_talks_on", &s.separate_talks_on},
        std::pair{"joint_talk_on", &s.joint_talk_on}, std::pair{"agreements_on", &s.agreements_on},
        std::pair{"aftercare_on", &s.aftercare_on}, std::pair{"outcome", &s.outcome},
        std::pair{"exclusion_reason", &s.exclusion_reason}})
    *target = text_if_given(body, field);
  return s;
}

void list_cases(App& app, const httplib::Request& req, httplib::Response& res,
                const std::optional<Caller>& caller) {
  const int year = year_param_or_all(app, req);
  const std::string wijk = wijk_param(req);
  const std::string day = today(app);
  json out = json::array();
  long long overdue = 0;
  for (const auto& c :
       usecases::list_mediation_cases(app.service, caller->session.user, wijk, year)) {
    out.push_back(case_json(c, day));
    overdue += !out.back()["warnings"].empty();
  }
  send_json(res, 200, {{"today", day}, {"overdue", overdue}, {"cases", out}});
}

void add_case(App& app, const httplib::Request& req, httplib::Response& res,
              const std::optional<Caller>& caller) {
  const auto body = json_body(req);
  neighbourhood::MediationCase c;
  c.case_number = text(body, "case_number");
  c.buurt_code = text(body, "buurt_code");
  c.dispute = text(body, "dispute");
  const auto id =
      usecases::add_mediation_case(app.service, caller->session.user, c, steps_of(body));
  send_json(res, 201, {{"id", id}});
}

void update_case(App& app, const httplib::Request& req, httplib::Response& res,
                 const std::optional<Caller>& caller) {
  const auto body = json_body(req);
  const auto id = path_id(req);
  const auto c =
      usecases::update_mediation_case(app.service, caller->session.user, id, steps_of(body));
  send_json(res, 200, case_json(c, today(app)));
}

}  // namespace

void add_case_routes(std::vector<Route>& routes) {
  routes.push_back(
      Route{"GET", "/api/v1/wijkwerk/bemiddelingen",
            "Neighbour mediation cases (?year=&wijk=) with their deadline warnings; wijkteam its "
            "own wijken",
            Access::session, kWorkers, list_cases}
          .with_query(json{{"year", schema::integer("Absent: every year")},
                           {"wijk", schema::string("A wijk code such as WK010601")}})
          .answers(200, schema::object({{"today", schema::date()},
                                        {"overdue", schema::integer("The cases with a warning")},
                                        {"cases", schema::array(case_schema())}})));
  routes.push_back(Route{"POST", "/api/v1/wijkwerk/bemiddelingen",
                         "Register a mediation case ({buurt_code, dispute, reported_on, ...steps})",
                         Access::session, kWorkers, add_case}
                       .takes(new_case_schema())
                       .answers(201, id_schema()));
  routes.push_back(Route{"POST", "/api/v1/wijkwerk/bemiddelingen/{id}",
                         "Record the steps, outcome and exclusion reason of a case (the members "
                         "given replace the stored ones); answers the case",
                         Access::session, kWorkers, update_case}
                       .takes(case_steps_schema())
                       .answers(200, case_schema()));
}

}  // namespace leefbaar::serve::wijkwerk
