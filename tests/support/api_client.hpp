#pragma once
// A test client for the API on loopback: log in, then call endpoints with the session cookie and
// the CSRF token.
#include <httplib.h>

#include <nlohmann/json.hpp>
#include <string>

namespace leefbaar::testing {

struct Login {
  std::string cookie, csrf;
};

class ApiClient {
 public:
  explicit ApiClient(int port) : port_(port) {}
  // Generous timeouts: under the sanitizers on a busy machine a first answer (an area page
  // computes every edition) can take longer than httplib's default of 5 s.
  httplib::Client client() const {
    httplib::Client c("127.0.0.1", port_);
    c.set_read_timeout(120, 0);
    c.set_write_timeout(120, 0);
    return c;
  }

  Login log_in(const std::string& email, const std::string& password) const {
    auto c = client();
    auto res =
        c.Post("/api/v1/sessie", nlohmann::json{{"email", email}, {"password", password}}.dump(),
               "application/json");
    if (!res || res->status != 200) return {};
    return session_of(*res);
  }
  // The session an answer starts: its cookie and CSRF token.
  static Login session_of(const httplib::Response& res) {
    const std::string set_cookie = res.get_header_value("Set-Cookie");
    return {set_cookie.substr(0, set_cookie.find(';')),
            nlohmann::json::parse(res.body)["csrf_token"]};
  }

  httplib::Headers headers(const Login* who, bool with_csrf = true) const {
    httplib::Headers h;
    if (who != nullptr) {
      h.emplace("Cookie", who->cookie);
      if (with_csrf) h.emplace("X-CSRF-Token", who->csrf);
    }
    return h;
  }

  httplib::Result call(const std::string& method, const std::string& path, const Login* who,
                       const std::string& body = "{}", bool with_csrf = true) const {
    auto c = client();
    const auto h = headers(who, with_csrf);
    if (method == "GET") return c.Get(path.c_str(), h);
    if (method == "POST") return c.Post(path.c_str(), h, body, "application/json");
    return c.Delete(path.c_str(), h);
  }

  // A file posted as a form (its field "file") to path, with the kind of data when given. confirm:
  // replace the kind's data even with less than half of its rows (confirm=1).
  httplib::Result post_file(const Login* who, const std::string& path, const std::string& file_name,
                            const std::string& content, const std::string& kind = "",
                            bool confirm = false,
                            const std::string& type = "application/octet-stream") const {
    auto c = client();
    httplib::MultipartFormDataItems items = {{"file", content, file_name, type}};
    if (!kind.empty()) items.push_back({"kind", kind, "", ""});
    if (confirm) items.push_back({"confirm", "1", "", ""});
    return c.Post(path.c_str(), headers(who), items);
  }
  // An import of the Gegevens page.
  httplib::Result upload(const Login* who, const std::string& kind, const std::string& file_name,
                         const std::string& content, bool confirm = false) const {
    return post_file(who, "/api/v1/imports", file_name, content, kind, confirm, "text/csv");
  }

 private:
  int port_;
};

}  // namespace leefbaar::testing
