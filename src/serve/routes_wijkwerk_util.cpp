#include "serve/routes_wijkwerk_util.hpp"

#include <fmt/format.h>

#include <cmath>

#include "core/dates.hpp"
#include "core/text.hpp"
#include "serve/schema.hpp"

namespace leefbaar::serve::wijkwerk {

using nlohmann::json;

std::string text(const json& body, const std::string& field) {
  if (!body.contains(field) || body[field].is_null()) return {};
  if (!body[field].is_string())
    throw HttpError{400, "bad_request", fmt::format("'{}' moet tekst zijn.", field), field};
  return body[field].get<std::string>();
}

std::optional<std::string> text_if_given(const json& body, const std::string& field) {
  if (!body.contains(field)) return std::nullopt;
  return text(body, field);
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
  return day_text(app.config.now());
}

int year_param(App& app, const httplib::Request& req) {
  const auto y = year_query(req);
  if (!y) return std::stoi(today(app).substr(0, 4));
  if (*y < 2000 || *y > 2100)
    throw HttpError{400, "bad_request", "Kies een jaar tussen 2000 en 2100.", "year"};
  return static_cast<int>(*y);
}

int year_param_or_all(App& app, const httplib::Request& req) {
  return req.has_param("year") ? year_param(app, req) : 0;
}

std::string wijk_param(const httplib::Request& req) {
  const std::string w = req.has_param("wijk") ? req.get_param_value("wijk") : "";
  if (!w.empty() && !neighbourhood::is_wijk_code(w))
    throw HttpError{400, "bad_request", "Kies een wijk (een wijkcode als WK010601).", "wijk"};
  return w;
}

bool works_in(const Caller& caller, const std::string& wijk) {
  return neighbourhood::works_in(caller.session.user, wijk);
}

void require_wijk(const Caller& caller, const std::string& wijk) {
  neighbourhood::require_wijk(caller.session.user, wijk);
}

json meeting_places_json(const std::vector<neighbourhood::MeetingPlace>& places) {
  json out = json::array();
  for (const auto& m : places)
    out.push_back({{"kind", m.kind},
                   {"name", m.name},
                   {"address", m.address},
                   {"opened_on", m.opened_on},
                   {"closed_on", m.closed_on}});
  return out;
}

json meeting_places_schema() {
  using schema::object, schema::one_of, schema::string;
  return schema::array(object({{"kind", one_of({"bic", "buurthuis", "wijkcentrum", "anders"})},
                               {"name", string()},
                               {"address", string()},
                               {"opened_on", string("YYYY-MM-DD, or empty")},
                               {"closed_on", string("YYYY-MM-DD, or empty")}}));
}

json id_schema() {
  return schema::object({{"id", schema::integer()}});
}

}  // namespace leefbaar::serve::wijkwerk
