#include "serve/body_limits.hpp"

#include <fmt/format.h>

#include <charconv>
#include <cstdint>

namespace leefbaar::serve {

RouteMatcher::RouteMatcher(const std::vector<Route>& routes) {
  for (const auto& r : routes) table_.emplace_back(&r, std::regex(path_regex(r.path)));
}

const Route* RouteMatcher::find(const std::string& method, const std::string& path) const {
  for (const auto& [route, pattern] : table_)
    if (route->method == method && std::regex_match(path, pattern)) return route;
  return nullptr;
}

HttpError too_large(std::size_t limit) {
  const std::string size = limit >= (std::size_t{1} << 20) ? fmt::format("{} MB", limit >> 20)
                                                           : fmt::format("{} kB", limit >> 10);
  return {413, "too_large",
          fmt::format("Het verzoek is te groot: hier kan hoogstens {} mee. Kies een kleiner "
                      "bestand of stuur minder gegevens.",
                      size),
          ""};
}

void check_declared_length(const httplib::Request& req, std::size_t limit) {
  if (!req.has_header("Content-Length")) return;
  const std::string text = req.get_header_value("Content-Length");
  std::uint64_t length = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), length);
  if (error == std::errc::result_out_of_range) throw too_large(limit);
  if (error != std::errc{} || end != text.data() + text.size())
    throw HttpError{400, "bad_request", "De lengte van het verzoek (Content-Length) klopt niet.",
                    ""};
  if (length > limit) throw too_large(limit);
}

}  // namespace leefbaar::serve
