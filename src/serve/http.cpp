#include "serve/http.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "core/text.hpp"
#include "serve/server.hpp"

namespace leefbaar::serve {

void send_json(httplib::Response& res, int status, const nlohmann::json& body) {
  res.status = status;
  res.set_content(body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
                  "application/json; charset=utf-8");
}

namespace {

// The title of a problem (RFC 9457): the status in a few Dutch words, the same for every problem
// with that status; the detail says what was wrong this time.
const char* problem_title(int status) {
  switch (status) {
    case 400:
      return "Ongeldig verzoek";
    case 401:
      return "Niet ingelogd";
    case 403:
      return "Geen toegang";
    case 404:
      return "Niet gevonden";
    case 405:
      return "Methode niet toegestaan";
    case 409:
      return "Conflict";
    case 413:
      return "Verzoek te groot";
    case 415:
      return "Verkeerd soort inhoud";
    case 422:
      return "Ongeldige invoer";
    case 429:
      return "Te veel verzoeken";
    case 503:
      return "Even niet beschikbaar";
    default:
      return status >= 500 ? "Fout in de server" : "Ongeldig verzoek";
  }
}

}  // namespace

void send_error(httplib::Response& res, const HttpError& error, const nlohmann::json& extra) {
  // application/problem+json (RFC 9457, as the NL API Design Rules ask) with the members the pages
  // already read: code, message and field. field is always there (empty when no one field is at
  // fault), so clients need no check.
  nlohmann::json body = {{"type", "about:blank"},  {"title", problem_title(error.status)},
                         {"status", error.status}, {"detail", error.message},
                         {"code", error.code},     {"message", error.message},
                         {"field", error.field}};
  for (const auto& [name, value] : extra.items()) body[name] = value;
  res.status = error.status;
  res.set_content(body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
                  "application/problem+json");
}

void add_security_headers(httplib::Response& res, bool hsts, const std::string& tile_origin) {
  if (hsts) res.set_header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  const std::string img_src =
      tile_origin.empty() ? "img-src 'self' data:" : "img-src 'self' data: " + tile_origin;
  res.set_header("Content-Security-Policy",
                 "default-src 'self'; script-src 'self'; style-src 'self'; " + img_src +
                     "; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
                     "frame-ancestors 'none'; form-action 'self'");
  res.set_header("X-Content-Type-Options", "nosniff");
  res.set_header("X-Frame-Options", "DENY");
  res.set_header("Referrer-Policy", "no-referrer");
  res.set_header("Cross-Origin-Opener-Policy", "same-origin");
  res.set_header("Cache-Control", "no-store");
}

namespace {

bool host_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == ':';
}

}  // namespace

std::string base_map_origin(std::string_view url) {
  constexpr std::size_t kMaxLength = 500;
  if (url.empty() || url.size() > kMaxLength) return {};
  // The address goes into a header and a page: nothing that ends a CSP source or a string.
  for (const char c : url) {
    const auto u = static_cast<unsigned char>(c);
    if (u <= ' ' || u >= 0x7f || c == ';' || c == ',' || c == '\'' || c == '"' || c == '\\' ||
        c == '<' || c == '>')
      return {};
  }
  const std::string lower = to_lower(url);
  std::string_view rest = lower;
  std::string scheme;
  for (const char* s : {"https://", "http://"}) {
    if (rest.starts_with(s)) {
      scheme = s;
      rest.remove_prefix(scheme.size());
      break;
    }
  }
  const auto slash = rest.find('/');
  if (scheme.empty() || slash == std::string_view::npos) return {};
  std::string_view host = rest.substr(0, slash);
  const std::string_view path = url.substr(scheme.size() + slash);
  // Leaflet's {s}: one of a few subdomains, so every subdomain of the rest.
  const bool subdomains = host.starts_with("{s}.");
  if (subdomains) host.remove_prefix(4);
  if (host.empty() || host.front() == '.' || host.front() == ':' ||
      !std::all_of(host.begin(), host.end(), host_char))
    return {};
  for (const char* part : {"{z}", "{x}"})
    if (path.find(part) == std::string_view::npos) return {};
  if (path.find("{y}") == std::string_view::npos && path.find("{-y}") == std::string_view::npos)
    return {};
  return scheme + (subdomains ? "*." : "") + std::string(host);
}

std::optional<std::string> cookie(const httplib::Request& req, const std::string& name) {
  const std::string header = req.get_header_value("Cookie");
  std::size_t pos = 0;
  while (pos < header.size()) {
    const auto end = header.find(';', pos);
    const std::string_view part = trim(std::string_view(header).substr(
        pos, end == std::string::npos ? std::string::npos : end - pos));
    const auto eq = part.find('=');
    if (eq != std::string_view::npos && part.substr(0, eq) == name)
      return std::string(part.substr(eq + 1));
    if (end == std::string::npos) break;
    pos = end + 1;
  }
  return std::nullopt;
}

namespace {
struct TooDeep {};
}  // namespace

nlohmann::json json_body(const httplib::Request& req) {
  nlohmann::json body;
  try {
    // nlohmann's parser is iterative, and so is its destructor; the callback stops a deep body
    // before the rest of the code (dump() and copies recurse) gets it.
    body = nlohmann::json::parse(
        req.body, [](int depth, nlohmann::json::parse_event_t event, const nlohmann::json&) {
          if (depth >= kMaxJsonDepth && (event == nlohmann::json::parse_event_t::object_start ||
                                         event == nlohmann::json::parse_event_t::array_start))
            throw TooDeep{};
          return true;
        });
  } catch (const nlohmann::json::exception&) {
    // Not only parse_error: a number beyond double's range (1e400) is out_of_range (found by
    // tests/fuzz/fuzz_json_body).
    throw HttpError{400, "bad_request", "De inhoud van het verzoek is geen geldige JSON.", ""};
  } catch (const TooDeep&) {
    throw HttpError{
        400, "bad_request",
        fmt::format("De inhoud van het verzoek is te diep genest (meer dan {} niveaus).",
                    kMaxJsonDepth),
        ""};
  }
  if (!body.is_object()) throw HttpError{400, "bad_request", "Verwacht een JSON-object.", ""};
  return body;
}

std::string required_string(const nlohmann::json& body, const std::string& field) {
  const auto it = body.find(field);
  if (it == body.end() || !it->is_string() || trim(it->get<std::string>()).empty())
    throw HttpError{400, "bad_request", "Vul dit veld in (tekst).", field};
  return it->get<std::string>();
}

std::optional<int> year_query(const httplib::Request& req, const char* name) {
  if (!req.has_param(name) || req.get_param_value(name).empty()) return std::nullopt;
  const auto text = req.get_param_value(name);
  if (text.size() != 4 || text.find_first_not_of("0123456789") != std::string::npos)
    throw HttpError{400, "bad_request", "Kies een jaar, zoals 2025.", name};
  return std::stoi(text);
}

long long bounded_query(const httplib::Request& req, const char* name, long long fallback,
                        long long min, long long max, const char* message) {
  if (!req.has_param(name) || req.get_param_value(name).empty()) return fallback;
  const auto text = req.get_param_value(name);
  if (text.size() > 12 || text.find_first_not_of("0123456789") != std::string::npos ||
      std::stoll(text) < min)
    throw HttpError{400, "bad_request", message, name};
  return std::min(std::stoll(text), max);
}

PageQuery page_query(const httplib::Request& req, long long fallback, long long max) {
  const auto per_page = fmt::format("Vraag 1 tot {} regels per bladzijde.", max);
  return {bounded_query(req, "limit", fallback, 1, max, per_page.c_str()),
          bounded_query(req, "offset", 0, 0, 1'000'000'000,
                        "Het begin van de bladzijde is een getal van 0 of meer.")};
}

std::string short_query(const httplib::Request& req, const char* name, std::size_t max) {
  const auto text = req.has_param(name) ? req.get_param_value(name) : std::string();
  if (text.size() > max)
    throw HttpError{400, "bad_request", fmt::format("Gebruik hoogstens {} tekens.", max), name};
  return std::string(trim(text));
}

std::string text_field(const nlohmann::json& body, const char* field) {
  const auto it = body.find(field);
  if (it == body.end() || it->is_null()) return {};
  if (it->is_number_integer()) return std::to_string(it->get<long long>());
  if (!it->is_string()) throw HttpError{400, "bad_request", "Dit veld moet tekst zijn.", field};
  return it->get<std::string>();
}

std::optional<std::string> optional_text_field(const nlohmann::json& body, const char* field) {
  if (!body.contains(field)) return std::nullopt;
  return text_field(body, field);
}

}  // namespace leefbaar::serve
