#include "serve/route_path.hpp"

#include <stdexcept>
#include <vector>

#include "core/text.hpp"

namespace leefbaar::serve {

namespace {

struct Segment {
  std::string literal;             // the text before the parameter
  std::string name;                // empty for the text after the last parameter
  std::vector<std::string> words;  // {name:a|b}
};

std::vector<std::string> words_of(std::string_view list) {
  std::vector<std::string> words;
  std::size_t at = 0;
  for (auto bar = list.find('|'); bar != std::string_view::npos; bar = list.find('|', at)) {
    words.emplace_back(list.substr(at, bar - at));
    at = bar + 1;
  }
  words.emplace_back(list.substr(at));
  return words;
}

constexpr const char* kCodePattern = "[A-Za-z0-9_.-]{1,40}";
constexpr const char* kTextPattern = "[A-Za-z0-9_.-]{1,60}";

// A template with an unclosed brace is a programming error in a route table, found by every test
// that starts a server.
std::vector<Segment> parse(std::string_view path) {
  std::vector<Segment> out;
  std::size_t at = 0;
  while (at <= path.size()) {
    const auto open = path.find('{', at);
    Segment s;
    s.literal =
        std::string(path.substr(at, open == std::string_view::npos ? path.npos : open - at));
    if (open == std::string_view::npos) {
      out.push_back(std::move(s));
      break;
    }
    const auto close = path.find('}', open);
    if (close == std::string_view::npos)
      throw std::logic_error("route path without a closing brace: " + std::string(path));
    const std::string_view inside = path.substr(open + 1, close - open - 1);
    const auto colon = inside.find(':');
    s.name = std::string(inside.substr(0, colon));
    if (colon != std::string_view::npos) s.words = words_of(inside.substr(colon + 1));
    out.push_back(std::move(s));
    at = close + 1;
  }
  return out;
}

std::string pattern_of(const Segment& s) {
  if (!s.words.empty()) return "(" + join(s.words, "|") + ")";
  if (s.name == "id") return R"((\d+))";
  if (s.name == "code") return std::string("(") + kCodePattern + ")";
  return std::string("(") + kTextPattern + ")";
}

}  // namespace

std::string path_regex(std::string_view path) {
  std::string out;
  for (const auto& s : parse(path)) {
    out += s.literal;  // route paths hold no regex metacharacters outside their parameters
    if (!s.name.empty()) out += pattern_of(s);
  }
  return out;
}

std::string openapi_path(std::string_view path) {
  std::string out;
  for (const auto& s : parse(path)) {
    out += s.literal;
    if (!s.name.empty()) out += "{" + s.name + "}";
  }
  return out;
}

nlohmann::json path_parameters(std::string_view path) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& s : parse(path)) {
    if (s.name.empty()) continue;
    nlohmann::json schema;
    if (!s.words.empty())
      schema = {{"type", "string"}, {"enum", s.words}};
    else if (s.name == "id")
      schema = {{"type", "integer"}, {"minimum", 0}};
    else
      schema = {
          {"type", "string"},
          {"pattern", std::string("^") + (s.name == "code" ? kCodePattern : kTextPattern) + "$"}};
    out.push_back({{"name", s.name}, {"in", "path"}, {"required", true}, {"schema", schema}});
  }
  return out;
}

}  // namespace leefbaar::serve
