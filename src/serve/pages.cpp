// The web pages: every page path answers with the one HTML shell (web/dist/index.html), whose
// script renders the page; /assets/ serves the bundled scripts, styles and images. Kept out of
// the route table: they are not part of the API and need no session (the API calls do).
#include <fmt/format.h>

#include <fstream>
#include <map>
#include <sstream>

#include "serve/app.hpp"

namespace leefbaar::serve {

namespace {

std::optional<std::string> read_file(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::string content_type(const std::filesystem::path& file) {
  static const std::map<std::string, std::string> types = {
      {".html", "text/html; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".json", "application/json; charset=utf-8"},
      {".map", "application/json; charset=utf-8"},
      {".png", "image/png"},
      {".svg", "image/svg+xml"},
      {".ico", "image/x-icon"},
      {".woff", "font/woff"},
      {".woff2", "font/woff2"},
      {".ttf", "font/ttf"}};
  const auto it = types.find(file.extension().string());
  return it == types.end() ? "application/octet-stream" : it->second;
}

void not_built(httplib::Response& res, const std::filesystem::path& root) {
  send_error(res, {503, "not_built",
                   fmt::format("De webpagina's zijn niet gebouwd: {} ontbreekt (npm run build in "
                               "web/).",
                               (root / "index.html").string()),
                   ""});
}

}  // namespace

void add_page_handlers(httplib::Server& http, const std::filesystem::path& web_root) {
  const auto shell = [web_root](const httplib::Request&, httplib::Response& res) {
    const auto html = read_file(web_root / "index.html");
    if (!html) return not_built(res, web_root);
    res.status = 200;
    res.set_content(*html, "text/html; charset=utf-8");
  };
  http.Get("/", [](const httplib::Request&, httplib::Response& res) {
    res.set_redirect("/kaart", 303);
  });
  http.Get(R"(/(inloggen|kaart|gemeenten|programma|gegevens|beheer|account))", shell);
  http.Get(R"(/gebied/(buurt|wijk|gemeente|complex)/[A-Za-z0-9_.-]{1,40})", shell);
  // The neighbourhood work, with an optional record id or wijk code, and the public portal.
  http.Get(R"(/(initiatieven|wijkwerk|signalen|uitgaven)(/[A-Za-z0-9_.-]{1,60})?)", shell);
  http.Get(R"(/portaal(/[A-Za-z0-9_.-]{1,60}){0,3})", shell);
  // Names without "..": a request cannot climb out of the assets folder.
  http.Get(R"(/assets/((?:[A-Za-z0-9_-][A-Za-z0-9_.-]*/)*[A-Za-z0-9_-][A-Za-z0-9_.-]*))",
           [web_root](const httplib::Request& req, httplib::Response& res) {
             const std::string name = req.matches[1].str();
             if (name.find("..") != std::string::npos) {
               send_error(res, {404, "not_found", "Dit bestand bestaat niet.", ""});
               return;
             }
             const auto file = web_root / "assets" / name;
             const auto body = read_file(file);
             if (!body) {
               send_error(res, {404, "not_found", "Dit bestand bestaat niet.", ""});
               return;
             }
             res.status = 200;
             res.set_content(*body, content_type(file));
           });
}

}  // namespace leefbaar::serve
