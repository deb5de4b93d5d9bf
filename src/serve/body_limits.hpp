#pragma once
// The body limit of each request, from the route table (Route::max_body), checked by the
// pre-routing handler once the headers are in and before any of the body is read.
#include <httplib.h>

#include <cstddef>
#include <regex>
#include <string>
#include <utility>
#include <vector>

#include "serve/app.hpp"

namespace leefbaar::serve {

// The route httplib will dispatch a request to: the first of its method whose pattern matches.
class RouteMatcher {
 public:
  explicit RouteMatcher(const std::vector<Route>& routes);
  const Route* find(const std::string& method, const std::string& path) const;

 private:
  std::vector<std::pair<const Route*, std::regex>> table_;
};

// 413 too_large, in Dutch, naming the limit.
HttpError too_large(std::size_t limit);
// Refuses (HttpError) a request whose Content-Length is over limit or not a number.
void check_declared_length(const httplib::Request& req, std::size_t limit);

}  // namespace leefbaar::serve
