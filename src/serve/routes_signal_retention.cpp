// The retention periods of the signals' personal data (neighbourhood/retention.hpp): seen by
// every role, set by a beheerder, and the purge run at once (it also runs every hour by itself).
#include <algorithm>

#include "neighbourhood/retention.hpp"
#include "serve/schema.hpp"
#include "serve/signals_json.hpp"
#include "usecases/housekeeping.hpp"
#include "usecases/signals_retention.hpp"

namespace leefbaar::serve::signal_routes {

namespace {

nlohmann::json retention_json(const std::vector<neighbourhood::RetentionSetting>& settings) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& s : settings)
    out.push_back({{"record_type", s.record_type},
                   {"label", label(s.record_type)},
                   {"months", s.months},
                   {"default_months", neighbourhood::default_retention_months(s.record_type)},
                   {"is_default", s.is_default},
                   {"updated_at", s.updated_at},
                   {"updated_by", s.updated_by}});
  return out;
}

nlohmann::json retention_schema() {
  using namespace schema;
  return object({{"record_type", one_of(neighbourhood::retention_record_types())},
                 {"label", string()},
                 {"months", integer()},
                 {"default_months", integer()},
                 {"is_default", boolean()},
                 {"updated_at", string("Empty for the default")},
                 {"updated_by", string("Empty for the default")}});
}

void retention(App& app, const httplib::Request&, httplib::Response& res,
               const std::optional<Caller>& caller) {
  const auto settings = usecases::retention_settings(app.service, caller->session.user);
  send_json(res, 200, {{"retention", retention_json(settings)}});
}

// A period in whole months: a number, or its digits as text.
int months_of(const std::string& record_type, const nlohmann::json& value) {
  long long months = 0;
  if (value.is_number_integer()) {
    months = value.get<long long>();
  } else if (value.is_string() && !value.get<std::string>().empty() &&
             value.get<std::string>().size() < 5 &&
             value.get<std::string>().find_first_not_of("0123456789") == std::string::npos) {
    months = std::stoll(value.get<std::string>());
  } else {
    throw HttpError{422, "invalid", "Vul een aantal maanden in (een heel getal).", record_type};
  }
  // Clamped into int just outside the allowed range, so that check_retention refuses it.
  const int clamped = static_cast<int>(std::clamp(months, 0LL, 121LL));
  neighbourhood::check_retention(record_type, clamped);
  return clamped;
}

// POST {contactmoment: 24, opvolgnotitie: 18, adres_na_afronding: 3}: each member given is saved.
void save_retention(App& app, const httplib::Request& req, httplib::Response& res,
                    const std::optional<Caller>& caller) {
  const auto body = json_body(req);
  std::vector<std::pair<std::string, int>> periods;
  for (const auto& [key, value] : body.items()) {
    const auto& types = neighbourhood::retention_record_types();
    if (std::find(types.begin(), types.end(), key) == types.end())
      throw HttpError{400, "bad_request", "Deze soort gegevens kent geen bewaartermijn.", key};
    periods.emplace_back(key, months_of(key, value));
  }
  const auto settings = usecases::save_retention(app.service, caller->session.user, periods);
  send_json(res, 200, {{"retention", retention_json(settings)}});
}

// Runs the purge now (it also runs every hour by itself).
void purge_now(App& app, const httplib::Request&, httplib::Response& res,
               const std::optional<Caller>&) {
  const auto r = usecases::purge_expired(app.service, app.config.now());
  send_json(res, 200, {{"contacts", r.contacts}, {"notes", r.notes}, {"addresses", r.addresses}});
}

}  // namespace

void add_retention_routes(std::vector<Route>& routes) {
  using namespace schema;
  const auto settings = object({{"retention", array(retention_schema())}});
  const auto months = [] {
    return json{{"anyOf", {integer(), string("The digits of a whole number")}},
                {"description", "Months, 1 to 120"}};
  };
  routes.push_back(Route{"GET", "/api/v1/signalen/bewaartermijnen",
                         "The retention period per record type", Access::session, kEveryRole,
                         retention}
                       .answers(200, settings));
  routes.push_back(Route{"POST", "/api/v1/signalen/bewaartermijnen",
                         "Set retention periods in months ({contactmoment, opvolgnotitie, "
                         "adres_na_afronding}; each member given is saved)",
                         Access::session, kBeheerder, save_retention}
                       .takes(object({}, {{"contactmoment", months()},
                                          {"opvolgnotitie", months()},
                                          {"adres_na_afronding", months()}}))
                       .answers(200, settings));
  routes.push_back(Route{"POST", "/api/v1/signalen/opschoningen",
                         "Purge the records past their retention period now", Access::session,
                         kBeheerder, purge_now}
                       .takes_nothing()
                       .answers(200, object({{"contacts", integer("Contact moments purged")},
                                             {"notes", integer("Follow-up notes purged")},
                                             {"addresses", integer("Addresses removed")}})));
}

}  // namespace leefbaar::serve::signal_routes
