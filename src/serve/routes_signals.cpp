// Contact moments and signals (issue 4, part 4): recording, the list and a record's page with its
// follow-up for those who may see the details, and counts for everyone. The retention settings
// (routes_signal_retention.cpp) and a resident's request (routes_signal_requests.cpp) are
// registered here too, in the order of the API's description. The access rule is
// neighbourhood::may_see_details; every read of personal data is audited with its purpose by the
// use cases (usecases/signals.hpp).
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "neighbourhood/signals.hpp"
#include "serve/app.hpp"
#include "serve/schema.hpp"
#include "serve/signals_json.hpp"
#include "serve/wijkwerk_view.hpp"
#include "usecases/signals.hpp"
#include "usecases/signals_counts.hpp"

namespace leefbaar::serve {

namespace {

using namespace signal_routes;

const User& user_of(const std::optional<Caller>& caller) {
  return caller->session.user;
}

nlohmann::json areas_json(const std::vector<neighbourhood::SignalArea>& areas) {
  nlohmann::json wijken = nlohmann::json::array();
  std::map<std::string, std::size_t> at;
  for (const auto& a : areas) {
    if (!a.wijk.empty()) continue;
    at[a.code] = wijken.size();
    wijken.push_back({{"code", a.code}, {"name", a.name}, {"buurten", nlohmann::json::array()}});
  }
  for (const auto& a : areas) {
    if (a.wijk.empty()) continue;
    if (auto it = at.find(a.wijk); it != at.end())
      wijken[it->second]["buurten"].push_back({{"code", a.code}, {"name", a.name}});
  }
  return wijken;
}

// GET /api/v1/signalen/keuzes: what the caller may do and the lists for the form (no personal
// data).
void choices(App& app, const httplib::Request&, httplib::Response& res,
             const std::optional<Caller>& caller) {
  const auto& user = user_of(caller);
  const auto areas = usecases::signal_areas(app.service, user);
  const bool staff = neighbourhood::may_record_signals(user);
  nlohmann::json my_wijken = nlohmann::json::array();
  for (const auto& w : user.wijken) my_wijken.push_back(w);
  send_json(res, 200,
            {{"can_record", staff},
             {"sees_details", staff},
             {"is_beheerder", user.role == Role::beheerder},
             {"role", std::string(to_string(user.role))},
             {"my_wijken", my_wijken},
             {"kinds", option_list(neighbourhood::contact_kinds())},
             {"signals", option_list(neighbourhood::signal_kinds())},
             {"referrals", option_list(neighbourhood::referral_kinds())},
             {"statuses", option_list(neighbourhood::follow_up_statuses())},
             {"wijken", areas_json(areas)}});
}

// Which of the fixed list `allowed` a query parameter names ("" when absent); a 400 otherwise.
std::string listed_query(const httplib::Request& req, const char* name,
                         const std::vector<std::string>& allowed, const char* message) {
  auto value = short_query(req, name, 40);
  if (!value.empty() && std::find(allowed.begin(), allowed.end(), value) == allowed.end())
    throw HttpError{400, "bad_request", message, name};
  return value;
}

neighbourhood::ContactFilter contact_filter(const httplib::Request& req) {
  neighbourhood::ContactFilter f;
  f.year = year_param(req);
  f.wijk = short_query(req, "wijk", 20);
  f.signal =
      listed_query(req, "signaal", neighbourhood::signal_kinds(), "Kies een signaal uit de lijst.");
  f.follow_up_status = listed_query(req, "opvolging", neighbourhood::follow_up_statuses(),
                                    "Kies de opvolging: geen, open, bezig of afgerond.");
  const auto page = page_query(req, 50, neighbourhood::kMaxContactPage);
  f.limit = page.limit;
  f.offset = page.offset;
  return f;
}

// GET /api/v1/signalen: one page of the contact moments whose details the caller may see (none
// for a lezer: counts only), without the address, reference or notes, filtered by year, wijk,
// signal and follow-up; audited as "overzicht wijkteam".
void overview(App& app, const httplib::Request& req, httplib::Response& res,
              const std::optional<Caller>& caller) {
  const auto filter = contact_filter(req);
  const auto overview = usecases::contact_overview(app.service, user_of(caller), filter);
  nlohmann::json contacts = nlohmann::json::array();
  for (const auto& c : overview.page.contacts) contacts.push_back(contact_json(c, false));
  send_json(res, 200,
            {{"sees_details", overview.sees_details},
             {"contacts", contacts},
             {"total", overview.page.total},
             {"limit", filter.limit},
             {"offset", filter.offset}});
}

// The counts of one year (the newest with signals when none is asked), hidden where small exactly
// as on the map and the area pages (neighbourhood/signal_counts.hpp): exact counts here would let
// anyone undo that hiding by subtraction. The same table for every role.
void counts(App& app, const httplib::Request& req, httplib::Response& res,
            const std::optional<Caller>& caller) {
  const auto counted =
      usecases::signal_counts(app.service, user_of(caller), year_param(req), app.config.now());
  nlohmann::json by_wijk = nlohmann::json::array();
  for (const auto& wijk : counted.wijken) {
    auto row = wijkwerk::signal_counts_json(counted.table, wijk);
    row["wijk"] = wijk;
    by_wijk.push_back(std::move(row));
  }
  nlohmann::json by_month = nlohmann::json::array();
  for (int month = 1; month <= 12; ++month) {
    auto row = wijkwerk::signal_counts_json(counted.table, "", month);
    row["month"] = fmt::format("{}-{:02}", counted.year, month);
    by_month.push_back(std::move(row));
  }
  send_json(res, 200,
            {{"year", counted.year},
             {"years", counted.years},
             {"by_wijk", by_wijk},
             {"by_month", by_month},
             {"total", wijkwerk::signal_counts_json(counted.table, "")}});
}

void record(App& app, const httplib::Request& req, httplib::Response& res,
            const std::optional<Caller>& caller) {
  const auto body = json_body(req);
  neighbourhood::ContactInput in;
  in.date = text_field(body, "date");
  in.wijk = text_field(body, "wijk");
  in.buurt = text_field(body, "buurt");
  in.kind = text_field(body, "kind");
  if (body.contains("signals")) {
    if (!body["signals"].is_array())
      throw HttpError{400, "bad_request", "Kies de signalen als lijst.", "signals"};
    for (const auto& s : body["signals"]) {
      if (!s.is_string())
        throw HttpError{400, "bad_request", "Kies signalen uit de lijst.", "signals"};
      in.signals.push_back(s.get<std::string>());
    }
  }
  in.postcode = text_field(body, "postcode");
  in.huisnummer = text_field(body, "huisnummer");
  in.toevoeging = text_field(body, "toevoeging");
  in.resident_ref = text_field(body, "resident_ref");
  in.note = text_field(body, "note");
  in.referral = text_field(body, "referral");
  in.follow_up_date = text_field(body, "follow_up_date");
  in.follow_up_status = text_field(body, "follow_up_status");
  const auto id = usecases::record_contact(app.service, user_of(caller), in, app.config.now());
  send_json(res, 201, {{"id", id}});
}

void detail(App& app, const httplib::Request& req, httplib::Response& res,
            const std::optional<Caller>& caller) {
  const auto c = usecases::contact_details(app.service, user_of(caller), path_id(req));
  send_json(res, 200, contact_json(c, true));
}

void change_follow_up(App& app, const httplib::Request& req, httplib::Response& res,
                      const std::optional<Caller>& caller) {
  const auto id = path_id(req);
  const auto body = json_body(req);
  neighbourhood::FollowUpChange change;
  change.referral = optional_text_field(body, "referral");
  change.follow_up_date = optional_text_field(body, "follow_up_date");
  change.follow_up_status = optional_text_field(body, "follow_up_status");
  usecases::change_follow_up(app.service, user_of(caller), id, change, app.config.now());
  send_json(res, 200, {{"id", id}});
}

void add_note(App& app, const httplib::Request& req, httplib::Response& res,
              const std::optional<Caller>& caller) {
  const auto id = path_id(req);
  const auto body = json_body(req);
  const auto note = usecases::add_follow_up_note(app.service, user_of(caller), id,
                                                 text_field(body, "note"), app.config.now());
  send_json(res, 201, {{"id", note}});
}

}  // namespace

void add_signal_routes(std::vector<Route>& routes) {
  using namespace schema;
  const auto jaar = json{{"jaar", integer("YYYY")}};
  const auto options = array(object({{"value", string()}, {"label", string()}}));
  const auto area = object({{"code", string()}, {"name", string()}});
  const auto id_answer = object({{"id", integer()}});
  routes.push_back(
      Route{"GET", "/api/v1/signalen",
            "One page of the contact moments whose details the caller may see, newest first, "
            "without address or notes, filtered by year, wijk, signal and follow-up; a lezer "
            "gets none (counts only). total counts what the caller may see",
            Access::session, kEveryRole, overview}
          .with_query(json{{"jaar", integer("YYYY")},
                           {"wijk", string("A wijk code")},
                           {"signaal", one_of(neighbourhood::signal_kinds())},
                           {"opvolging", one_of(neighbourhood::follow_up_statuses())},
                           {"limit", integer("1 to 200, default 50")},
                           {"offset", integer()}})
          .answers(200, object({{"sees_details", boolean()},
                                {"contacts", array(contact_schema(false))},
                                {"total", integer("Contact moments matching the filters")},
                                {"limit", integer()},
                                {"offset", integer()}})));
  routes.push_back(
      Route{"GET", "/api/v1/signalen/keuzes",
            "What the caller may do with signals, and the lists for the form (kinds, "
            "signals, referrals, statuses, wijken with their buurten)",
            Access::session, kEveryRole, choices}
          .answers(200, object({{"can_record", boolean()},
                                {"sees_details", boolean()},
                                {"is_beheerder", boolean()},
                                {"role", one_of({"beheerder", "analist", "wijkteam", "lezer"})},
                                {"my_wijken", array(string())},
                                {"kinds", options},
                                {"signals", options},
                                {"referrals", options},
                                {"statuses", options},
                                {"wijken", array(object({{"code", string()},
                                                         {"name", string()},
                                                         {"buurten", array(area)}}))}})));
  const auto counts_with = [](const char* name, json member) {
    return extend(wijkwerk::signal_counts_schema(), {{name, std::move(member)}});
  };
  routes.push_back(
      Route{"GET", "/api/v1/signalen/tellingen",
            "Signals counted per month, wijk and kind (?jaar=YYYY); no personal data",
            Access::session, kEveryRole, counts}
          .with_query(jaar)
          .answers(200, object({{"year", integer()},
                                {"years", array(integer(), "The years with signals, newest first")},
                                {"by_wijk", array(counts_with("wijk", string()))},
                                {"by_month", array(counts_with("month", string("YYYY-MM")))},
                                {"total", wijkwerk::signal_counts_schema()}})));
  routes.push_back(
      Route{"POST", "/api/v1/signalen",
            "Record a contact moment ({date, wijk, buurt, kind, signals: [...], "
            "postcode, huisnummer, toevoeging, resident_ref, note, referral, "
            "follow_up_date, follow_up_status})",
            Access::session, kWorkers, record}
          .takes(object({{"date", date()},
                         {"wijk", string()},
                         {"kind", one_of(neighbourhood::contact_kinds())},
                         {"signals", array(one_of(neighbourhood::signal_kinds()))}},
                        {{"buurt", string()},
                         {"postcode", string("Only with a follow-up")},
                         {"huisnummer", {{"anyOf", {integer(), string()}}}},
                         {"toevoeging", string()},
                         {"resident_ref", string("Only with a follow-up")},
                         {"note", string()},
                         {"referral", string("One of the referrals, or empty")},
                         {"follow_up_date", string("YYYY-MM-DD, or empty")},
                         {"follow_up_status", one_of(neighbourhood::follow_up_statuses())}}))
          .answers(201, id_answer));
  add_retention_routes(routes);
  add_resident_request_routes(routes);
  routes.push_back(Route{"GET", "/api/v1/signalen/{id}",
                         "A contact moment with its details and follow-up (recording organisation "
                         "and the wijk's team only; audited: opvolging signaal)",
                         Access::session, kWorkers, detail}
                       .answers(200, contact_schema(true)));
  routes.push_back(
      Route{"POST", "/api/v1/signalen/{id}",
            "Change the follow-up ({referral, follow_up_date, follow_up_status})", Access::session,
            kWorkers, change_follow_up}
          .takes(object({}, {{"referral", string("One of the referrals; empty clears it")},
                             {"follow_up_date", string("YYYY-MM-DD; empty clears it")},
                             {"follow_up_status", one_of(neighbourhood::follow_up_statuses())}}))
          .answers(200, id_answer));
  routes.push_back(Route{"POST", "/api/v1/signalen/{id}/notities", "Add a follow-up note ({note})",
                         Access::session, kWorkers, add_note}
                       .takes(object({{"note", string()}}))
                       .answers(201, object({{"id", integer("The note's id")}})));
}

}  // namespace leefbaar::serve
