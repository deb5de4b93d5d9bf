// Routes of the wijk team's activities (/api/v1/wijkwerk/activiteiten...): the list, a new
// activity, its change and removal, the CSV export and the import of earlier years (all rows or
// none, with every problem).
#include <fmt/format.h>

#include "core/text.hpp"
#include "neighbourhood/wijkwerk_json.hpp"
#include "serve/routes_wijkwerk_util.hpp"
#include "serve/schema.hpp"
#include "usecases/wijkwerk_activities.hpp"
#include "usecases/wijkwerk_corrections.hpp"

namespace leefbaar::serve::wijkwerk {

namespace {

using nlohmann::json;

// The record as the neighbourhood JSON has it, with the cost in euros as the form enters it.
json activity_answer(const neighbourhood::Activity& a) {
  json out = neighbourhood::activity_json(a);
  out.erase("cost_cents");
  out["cost"] = static_cast<double>(a.cost_cents) / 100.0;
  return out;
}

json activity_schema() {
  using schema::integer, schema::string;
  return schema::object({{"id", integer()},
                         {"held_on", schema::date()},
                         {"wijk_code", string()},
                         {"buurt_code", string("Empty: the whole wijk")},
                         {"type", string("One of GET /api/v1/wijkwerk's activity_types")},
                         {"title", string()},
                         {"theme_id", schema::nullable(integer())},
                         {"theme", string("Empty without a theme")},
                         {"effort", schema::one_of({"Basis", "Plus", "PlusPlus"})},
                         {"organisations", string("Comma-separated")},
                         {"participants", integer()},
                         {"cost", schema::number("Euros")},
                         {"result", string()}});
}

// The body of POST /api/v1/wijkwerk/activiteiten.
json new_activity_schema() {
  using schema::integer, schema::string;
  return schema::object(
      {{"held_on", schema::date()},
       {"type", string("One of GET /api/v1/wijkwerk's activity_types")},
       {"title", string()},
       {"effort", schema::one_of({"Basis", "Plus", "PlusPlus"})},
       {"organisations", string("Comma-separated")},
       {"participants", integer()}},
      {{"wijk_code", string("Or buurt_code: one of the two")},
       {"buurt_code", string("Its wijk is the activity's")},
       {"theme_id", integer()},
       {"cost", schema::number("Euros (Dutch text such as \"125,50\" is read too); absent: 0")},
       {"result", string()}});
}

void list_activities(App& app, const httplib::Request& req, httplib::Response& res,
                     const std::optional<Caller>& caller) {
  const std::string wijk = wijk_param(req);
  const int year = year_param_or_all(app, req);
  json out = json::array();
  for (const auto& a : usecases::list_activities(app.service, caller->session.user, wijk, year))
    out.push_back(activity_answer(a));
  send_json(res, 200, {{"activities", out}});
}

// The activity a body of POST /api/v1/wijkwerk/activiteiten (or /{id}) describes.
neighbourhood::Activity activity_of(const json& body) {
  neighbourhood::Activity a;
  a.held_on = text(body, "held_on");
  a.wijk_code = text(body, "wijk_code");
  a.buurt_code = text(body, "buurt_code");
  a.type = text(body, "type");
  a.title = text(body, "title");
  a.theme_id = integer(body, "theme_id", 0);
  a.effort = text(body, "effort");
  a.organisations = text(body, "organisations");
  // Absent: -1, which the store refuses naming the field (after the use case has found the
  // activity to change: another work area's id answers 404 whatever the body).
  a.participants = integer(body, "participants", -1);
  a.cost_cents = cents(body, "cost", 0);
  a.result = text(body, "result");
  return a;
}

void add_activity(App& app, const httplib::Request& req, httplib::Response& res,
                  const std::optional<Caller>& caller) {
  const auto id =
      usecases::add_activity(app.service, caller->session.user, activity_of(json_body(req)));
  send_json(res, 201, {{"id", id}});
}

void update_activity(App& app, const httplib::Request& req, httplib::Response& res,
                     const std::optional<Caller>& caller) {
  const auto id = path_id(req);
  usecases::update_activity(app.service, caller->session.user, id, activity_of(json_body(req)));
  send_json(res, 200, {{"id", id}});
}

void remove_activity(App& app, const httplib::Request& req, httplib::Response& res,
                     const std::optional<Caller>& caller) {
  usecases::remove_activity(app.service, caller->session.user, path_id(req));
  res.status = 204;
}

// The import's problems, each with its row and column, and the first in the message.
void send_import_problems(httplib::Response& res, const neighbourhood::ActivityImportError& e) {
  json problems = json::array();
  std::string first;
  for (const auto& p : e.problems()) {
    const std::string line =
        p.field.empty() ? fmt::format("Regel {}: {}", p.row, p.message)
                        : fmt::format("Regel {}, kolom '{}': {}", p.row, p.field, p.message);
    if (first.empty()) first = line;
    problems.push_back({{"row", p.row}, {"field", p.field}, {"message", line}});
  }
  send_error(res, {422, "invalid", fmt::format("{} {}", e.what(), first), "file"},
             {{"problems", problems}});
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
  try {
    const auto n = usecases::import_activities(app.service, caller->session.user, csv);
    send_json(res, 201, {{"imported", n}});
  } catch (const neighbourhood::ActivityImportError& e) {
    send_import_problems(res, e);
  }
}

}  // namespace

void add_activity_routes(std::vector<Route>& routes) {
  using schema::integer, schema::object, schema::string;
  const json query = {{"wijk", string("A wijk code such as WK010601")},
                      {"year", integer("Absent: every year")}};
  routes.push_back(Route{"GET", "/api/v1/wijkwerk/activiteiten", "Activities (?wijk=WK..&year=..)",
                         Access::session, kEveryRole, list_activities}
                       .with_query(query)
                       .answers(200, object({{"activities", schema::array(activity_schema())}})));
  routes.push_back(Route{"POST", "/api/v1/wijkwerk/activiteiten",
                         "Add an activity ({held_on, wijk_code or buurt_code, type, title, "
                         "theme_id, effort, organisations, participants, cost, result}); wijkteam "
                         "in its own wijken",
                         Access::session, kWorkers, add_activity}
                       .takes(new_activity_schema())
                       .answers(201, id_schema()));
  routes.push_back(Route{"POST", "/api/v1/wijkwerk/activiteiten/{id}",
                         "Change an activity (a body as for a new one: every field replaced); "
                         "wijkteam in its own wijken; audited with the activity before",
                         Access::session, kWorkers, update_activity}
                       .takes(new_activity_schema())
                       .answers(200, id_schema()));
  routes.push_back(Route{"DELETE", "/api/v1/wijkwerk/activiteiten/{id}",
                         "Remove an activity (409 when the spending ledger names it); audited "
                         "with the activity as it was",
                         Access::session, kWorkers, remove_activity}
                       .takes_nothing()
                       .answers_nothing());
  routes.push_back(
      Route{"POST", "/api/v1/wijkwerk/activiteiten/import",
            "Import earlier years' activities from CSV (a form with file; also text/csv, or "
            "{csv}); all rows or none (422 with problems: [{row, field, message}])",
            Access::session, kEditors, import_activities, kUploadBodyLimit}
          .takes(schema::upload(), "multipart/form-data")
          .answers(201, object({{"imported", integer("The rows read")}})));
}

}  // namespace leefbaar::serve::wijkwerk
