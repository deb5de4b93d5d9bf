// GET /api/v1/zoeken?q=...: the search in the top bar (usecases/search.hpp), for every role, in
// the caller's work area; each hit links to its area page.
#include <fmt/format.h>

#include "core/errors.hpp"
#include "serve/app.hpp"
#include "serve/schema.hpp"
#include "usecases/search.hpp"

namespace leefbaar::serve {

namespace {

void search(App& app, const httplib::Request& req, httplib::Response& res,
            const std::optional<Caller>& caller) {
  const std::string q = req.has_param("q") ? req.get_param_value("q") : "";
  const auto ws = workspace_for(app, *caller);
  std::vector<usecases::SearchHit> hits;
  try {
    hits = usecases::search(app.service, *ws, q);
  } catch (const FieldError& e) {
    throw HttpError{400, "invalid", e.what(), e.field()};  // a bad query text, not a bad record
  }
  nlohmann::json out = nlohmann::json::array();
  for (const auto& h : hits) {
    const std::string level(to_string(h.level));
    out.push_back({{"kind", h.kind},
                   {"label", h.label},
                   {"detail", h.detail},
                   {"level", level},
                   {"code", h.code},
                   {"href", fmt::format("/gebied/{}/{}", level, h.code)}});
  }
  res.status = 200;
  res.set_content(nlohmann::json{{"q", q}, {"results", out}}.dump(),
                  "application/json; charset=utf-8");
}

}  // namespace

void add_search_routes(std::vector<Route>& routes) {
  using namespace schema;
  const auto hit =
      object({{"kind", one_of({"adres", "postcode", "buurt", "wijk", "gemeente", "complex"})},
              {"label", string("What was found, in Dutch (\"Brink 12, Assen\")")},
              {"detail", string("Where it lies (\"buurt Centrum, Assen\")")},
              {"level", one_of({"buurt", "wijk", "gemeente", "complex"})},
              {"code", string()},
              {"href", string("The area page in the web application")}});
  routes.push_back(
      Route{"GET", "/api/v1/zoeken",
            "Search the work area: an address (street and number, or postcode and number), a "
            "postcode (PC6 or PC4), a buurt, wijk or gemeente by name or code, a complex; at "
            "most 20 hits, best first",
            Access::session, kEveryRole, search}
          .with_query(nlohmann::json{{"q", string("2 to 100 characters")}})
          .answers(200, object({{"q", string()}, {"results", array(hit)}})));
}

}  // namespace leefbaar::serve
