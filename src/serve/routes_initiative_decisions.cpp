// What follows an initiative's supports, for staff: a support from a paper list, the wijk team's
// decision with the pledges of each organisation, realisation and evaluation, and the work area's
// majority rule.
#include "serve/app.hpp"
#include "serve/initiative_json.hpp"
#include "serve/schema.hpp"
#include "usecases/initiatives_decisions.hpp"

namespace leefbaar::serve {

namespace {

void paper_support(App& app, const httplib::Request& req, httplib::Response& res,
                   const std::optional<Caller>& caller) {
  const auto added = usecases::add_paper_support(app.service, caller->session.user, path_id(req),
                                                 address_text(json_body(req)), app.config.now());
  send_json(res, 201,
            {{"id", added.id},
             {"supports", added.supports},
             {"needed", added.needed},
             {"supported", added.supported}});
}

void decide(App& app, const httplib::Request& req, httplib::Response& res,
            const std::optional<Caller>& caller) {
  const auto id = path_id(req);
  const auto body = json_body(req);
  const std::string decision = text_field(body, "decision");
  std::vector<neighbourhood::Pledge> pledges;
  if (body.contains("pledges") && body["pledges"].is_array()) {
    for (const auto& p : body["pledges"]) {
      if (!p.is_object() || !p.contains("organisation_id") ||
          !p["organisation_id"].is_number_integer())
        throw HttpError{422, "invalid", "Kies per toezegging een organisatie.", "pledges"};
      neighbourhood::Pledge pledge;
      pledge.organisation_id = p["organisation_id"].get<std::int64_t>();
      pledge.amount_cents = cents_field(p, "amount");
      pledge.hours = whole_field(p, "hours");
      pledge.means = text_field(p, "means");
      if (pledge.amount_cents == 0 && pledge.hours == 0 && pledge.means.empty()) continue;
      pledges.push_back(pledge);
    }
  }
  usecases::decide_initiative(app.service, caller->session.user, id, decision,
                              text_field(body, "reason"), pledges, app.config.now());
  send_json(res, 200, {{"id", id}, {"state", decision}});
}

void advance(App& app, const httplib::Request& req, httplib::Response& res,
             const std::optional<Caller>& caller) {
  const auto id = path_id(req);
  const auto body = json_body(req);
  const std::string state = text_field(body, "state");
  usecases::advance_initiative(app.service, caller->session.user, id, state,
                               text_field(body, "evaluation"), app.config.now());
  send_json(res, 200, {{"id", id}, {"state", state}});
}

void save_settings(App& app, const httplib::Request& req, httplib::Response& res,
                   const std::optional<Caller>& caller) {
  const auto body = json_body(req);
  usecases::MajorityRuleChange change;
  change.majority_share = number_field(body, "majority_share");
  if (body.contains("decision_weeks"))
    change.decision_weeks = static_cast<int>(whole_field(body, "decision_weeks"));
  const auto s = usecases::change_majority_rule(app.service, caller->session.user, change);
  send_json(res, 200, {{"majority_share", s.majority_share}, {"decision_weeks", s.decision_weeks}});
}

}  // namespace

void add_initiative_decision_routes(std::vector<Route>& routes) {
  using namespace schema;
  const auto rule = [] {
    return object({{"majority_share", number("Supported when supports > share x households")},
                   {"decision_weeks", integer("Weeks to decide after the majority")}});
  };
  routes.push_back(Route{"POST", "/api/v1/initiatieven/instellingen",
                         "The majority rule ({majority_share, decision_weeks})", Access::session,
                         kEditors, save_settings}
                       .takes(object({}, {{"majority_share", nullable(number("Between 0 and 1"))},
                                          {"decision_weeks", whole_input_schema("1 to 52")}}))
                       .answers(200, rule()));
  routes.push_back(
      Route{"POST", "/api/v1/initiatieven/{id}/steunbetuigingen",
            "A support from a paper list ({postcode, huisnummer, toevoeging}); 409 when "
            "the address already supports it",
            Access::session, kWorkers, paper_support}
          .takes(object({{"postcode", string()}, {"huisnummer", string()}},
                        {{"toevoeging", string()}}))
          .answers(201, object({{"id", integer()},
                                {"supports", integer()},
                                {"needed", integer()},
                                {"supported", boolean()}})));
  routes.push_back(
      Route{"POST", "/api/v1/initiatieven/{id}/besluit",
            "The wijk team's decision ({decision: goedgekeurd | afgewezen, reason, "
            "pledges: [{organisation_id, amount, hours, means}]})",
            Access::session, kWorkers, decide}
          .takes(
              object({{"decision", one_of({"goedgekeurd", "afgewezen"})}},
                     {{"reason", string("Required for a refusal")},
                      {"pledges", array(object({{"organisation_id", integer()}},
                                               {{"amount", amount_input_schema("Euros")},
                                                {"hours", whole_input_schema()},
                                                {"means", string()}}),
                                        "Of each organisation; one without amount, hours and means "
                                        "is left out")}}))
          .answers(200,
                   object({{"id", integer()}, {"state", one_of({"goedgekeurd", "afgewezen"})}})));
  routes.push_back(Route{"POST", "/api/v1/initiatieven/{id}/status",
                         "Realised or evaluated ({state: gerealiseerd | geevalueerd, evaluation})",
                         Access::session, kWorkers, advance}
                       .takes(object({{"state", one_of({"gerealiseerd", "geevalueerd"})}},
                                     {{"evaluation", string()}}))
                       .answers(200, object({{"id", integer()},
                                             {"state", one_of({"gerealiseerd", "geevalueerd"})}})));
}

}  // namespace leefbaar::serve
