// Bounded requests (issue 9): each route's body limit before the body is read (Content-Length,
// chunked), the nesting depth of JSON bodies, HSTS, and what an escaping exception answers.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <regex>
#include <stdexcept>

#include "boundary_raw_socket.hpp"
#include "core/errors.hpp"
#include "serve/app.hpp"
#include "serve/error_answers.hpp"
#include "support/demo_store.hpp"

namespace leefbaar::testing {

namespace {

class BoundaryLimits : public DemoServerTest {
 protected:
  void configure(serve::ServerConfig& c) override { c.port = port_; }
  int port() const { return port_; }
  int port_ = free_port();
  // The head of a log-in request with one more header line, without its body.
  static std::string log_in_head(const std::string& header) {
    return "POST /api/v1/sessie HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n" +
           header + "\r\n\r\n";
  }
  static nlohmann::json body_of(const std::string& answer) {
    return nlohmann::json::parse(RawConnection::body(answer), nullptr, false);
  }
};

// {"title": [[[...]]]}: an object around `arrays` nested arrays (depth arrays + 1).
std::string nested(std::size_t arrays) {
  return R"({"title":)" + std::string(arrays, '[') + std::string(arrays, ']') + "}";
}

TEST_F(BoundaryLimits, aLogInWithAHugeDeclaredBodyIsRefusedBeforeTheBodyIsSent) {
  RawConnection c(port());
  ASSERT_TRUE(c.connected());
  // The headers only: the answer must come without the server waiting for the 50 MB.
  ASSERT_TRUE(c.send(log_in_head("Content-Length: 50000000")));
  const std::string answer = c.read_answer();
  EXPECT_EQ(RawConnection::status(answer), 413) << answer;
  const auto body = body_of(answer);
  EXPECT_EQ(body.value("code", ""), "too_large");
  EXPECT_NE(body.value("message", "").find("te groot"), std::string::npos);
  EXPECT_EQ(body.value("field", "x"), "");
  EXPECT_TRUE(c.closed_by_server(std::chrono::seconds(60)));
}

TEST_F(BoundaryLimits, aChunkedBodyIsCutOffAtTheRoutesLimit) {
  RawConnection c(port());
  ASSERT_TRUE(c.connected());
  ASSERT_TRUE(c.send(log_in_head("Transfer-Encoding: chunked")));
  const std::string chunk = "4000\r\n" + std::string(0x4000, ' ') + "\r\n";
  bool sending = true;
  for (int i = 0; i < 64 && sending; ++i) sending = c.send(chunk);  // 1 MB, or until refused
  if (sending) c.send("0\r\n\r\n");
  const std::string answer = c.read_answer();
  EXPECT_EQ(RawConnection::status(answer), 413) << answer.substr(0, 300);
  EXPECT_EQ(body_of(answer).value("code", ""), "too_large");
}

TEST_F(BoundaryLimits, aBodyWithoutLengthIsCutOffAtTheRoutesLimit) {
  RawConnection c(port());
  ASSERT_TRUE(c.connected());
  ASSERT_TRUE(c.send(log_in_head("Connection: close")));
  c.send(std::string(std::size_t{1} << 20, ' '));
  const std::string answer = c.read_answer();
  EXPECT_EQ(RawConnection::status(answer), 413) << answer.substr(0, 300);
}

TEST_F(BoundaryLimits, aJsonBodyOverTheSmallLimitIsRefused) {
  const std::string big =
      nlohmann::json{{"email", "a@b.nl"}, {"password", std::string(100'000, 'x')}}.dump();
  auto res = api_->call("POST", "/api/v1/sessie", nullptr, big);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 413) << res->body;
  EXPECT_EQ(nlohmann::json::parse(res->body)["code"], "too_large");
  // Within the limit the log-in answers as before.
  res = api_->call("POST", "/api/v1/sessie", nullptr,
                   nlohmann::json{{"email", "a@b.nl"}, {"password", "x"}}.dump());
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 401) << res->body;
}

TEST_F(BoundaryLimits, uploadRoutesDeclareTheLargeLimit) {
  for (const auto& r : serve::routes()) {
    const bool upload = r.openapi_path() == "/api/v1/imports" ||
                        r.openapi_path().find("/import") != std::string::npos;
    if (r.method == "POST" && upload && r.openapi_path().find("voorbeeld") == std::string::npos)
      EXPECT_EQ(r.max_body, serve::kUploadBodyLimit) << r.openapi_path();
    else
      EXPECT_EQ(r.max_body, serve::kJsonBodyLimit) << r.method << " " << r.openapi_path();
  }
  // An upload larger than the small limit is read and judged on its content.
  const auto analist = log_in("analist");
  std::string csv = "gemeente;datum;bedrag\n";
  while (csv.size() < 200'000) csv += "onzin;onzin;onzin\n";
  auto res =
      api_->call("POST", "/api/v1/uitgaven/import", &analist, nlohmann::json{{"csv", csv}}.dump());
  ASSERT_TRUE(res);
  EXPECT_NE(res->status, 413) << res->body;
  EXPECT_LT(res->status, 500) << res->body;
  // The OpenAPI document shows each limit.
  res = api_->call("GET", "/api/v1/openapi.json", nullptr);
  const auto doc = nlohmann::json::parse(res->body);
  EXPECT_EQ(doc["paths"]["/api/v1/sessie"]["post"]["x-max-body-bytes"], serve::kJsonBodyLimit);
  EXPECT_EQ(doc["paths"]["/api/v1/imports"]["post"]["x-max-body-bytes"], serve::kUploadBodyLimit);
}

TEST_F(BoundaryLimits, aLargeUploadWithoutSessionIsRefusedBeforeItsBody) {
  RawConnection c(port());
  ASSERT_TRUE(c.connected());
  ASSERT_TRUE(
      c.send("POST /api/v1/imports HTTP/1.1\r\nHost: x\r\n"
             "Content-Type: multipart/form-data; boundary=xyz\r\n"
             "Content-Length: 100000000\r\n\r\n"));
  const std::string answer = c.read_answer();
  EXPECT_EQ(RawConnection::status(answer), 401) << answer;
}

TEST_F(BoundaryLimits, deeplyNestedJsonIsRefusedWithADutchMessage) {
  // The issue's attack: 100,000 deep in 200 kB to the portal. Over the small limit now.
  auto res = api_->call("POST", "/api/v1/portaal/initiatieven", nullptr, nested(100'000));
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 413);
  // Within the size limit: refused by depth, before any handler walks it.
  for (const std::string path : {"/api/v1/portaal/initiatieven", "/api/v1/portaal/huishoudens",
                                 "/api/v1/portaal/bevestigingen", "/api/v1/sessie"}) {
    res = api_->call("POST", path, nullptr, nested(30'000));
    ASSERT_TRUE(res) << path;
    EXPECT_EQ(res->status, 400) << path;
    const auto body = nlohmann::json::parse(res->body);
    EXPECT_EQ(body["code"], "bad_request");
    EXPECT_NE(body["message"].get<std::string>().find("te diep genest"), std::string::npos);
  }
  // The limit itself: 32 levels pass the parser, 33 do not.
  res =
      api_->call("POST", "/api/v1/portaal/initiatieven", nullptr, nested(serve::kMaxJsonDepth - 1));
  ASSERT_TRUE(res);
  EXPECT_EQ(nlohmann::json::parse(res->body)["message"].get<std::string>().find("genest"),
            std::string::npos)
      << res->body;
  res = api_->call("POST", "/api/v1/portaal/initiatieven", nullptr, nested(serve::kMaxJsonDepth));
  ASSERT_TRUE(res);
  EXPECT_NE(res->body.find("genest"), std::string::npos) << res->body;
  // And the server still answers.
  res = api_->call("GET", "/api/v1/openapi.json", nullptr);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
}

TEST_F(BoundaryLimits, noHstsWithoutSecureCookies) {
  auto res = api_->call("GET", "/api/v1/openapi.json", nullptr);
  ASSERT_TRUE(res);
  EXPECT_FALSE(res->has_header("Strict-Transport-Security"));
}

class BoundaryHsts : public BoundaryLimits {
 protected:
  void configure(serve::ServerConfig& c) override {
    BoundaryLimits::configure(c);
    c.secure_cookies = true;
  }
};

TEST_F(BoundaryHsts, everyAnswerCarriesHstsWithSecureCookies) {
  for (const std::string path : {"/api/v1/openapi.json", "/api/bestaat-niet", "/api/v1/sessie"}) {
    auto res = api_->call("GET", path, nullptr);
    ASSERT_TRUE(res) << path;
    EXPECT_EQ(res->get_header_value("Strict-Transport-Security"),
              "max-age=31536000; includeSubDomains")
        << path << " " << res->status;
  }
  auto res = api_->call("POST", "/api/v1/sessie", nullptr, std::string(100'000, ' '));
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 413);
  EXPECT_TRUE(res->has_header("Strict-Transport-Security"));
}

// answer_exception directly: the mapping of each kind of exception.
httplib::Response answer(const std::exception_ptr& e) {
  httplib::Request req;
  req.method = "POST";
  req.path = "/api/test";
  httplib::Response res;
  serve::answer_exception(req, res, e);
  return res;
}

template <class E>
httplib::Response answer_to(const E& e) {
  return answer(std::make_exception_ptr(e));
}

TEST(BoundaryErrors, badValuesAnswer4xxAndBusyAnswers503) {
  nlohmann::json j = nullptr;
  std::exception_ptr type_error;
  try {
    (void)j.get<std::string>();
  } catch (...) {
    type_error = std::current_exception();
  }
  auto res = answer(type_error);
  EXPECT_EQ(res.status, 400);
  EXPECT_EQ(nlohmann::json::parse(res.body)["code"], "bad_request");
  EXPECT_EQ(answer_to(std::out_of_range("stoll")).status, 400);
  EXPECT_EQ(answer_to(std::invalid_argument("stoi")).status, 400);
  res = answer_to(FieldError("naam", "Vul een naam in."));
  EXPECT_EQ(res.status, 422);
  EXPECT_EQ(nlohmann::json::parse(res.body)["field"], "naam");
  EXPECT_EQ(answer_to(InputError("Rij 3: ...")).status, 422);
  // The store turns SQLite's busy and locked into UnavailableError (tests/unit/store/sql_test.cpp).
  res = answer_to(UnavailableError("the store is busy: database is locked"));
  EXPECT_EQ(res.status, 503);
  EXPECT_EQ(nlohmann::json::parse(res.body)["code"], "busy");
  EXPECT_TRUE(res.has_header("Retry-After"));
  EXPECT_EQ(answer_to(std::runtime_error("no such table")).status, 500);
}

TEST(BoundaryErrors, aBugAnswers500WithTheRequestIdOfItsLogLine) {
  const auto res = answer_to(std::runtime_error("boom"));
  EXPECT_EQ(res.status, 500);
  const auto body = nlohmann::json::parse(res.body);
  EXPECT_EQ(body["code"], "internal");
  EXPECT_EQ(body["field"], "");
  const std::string id = body["request_id"];
  EXPECT_TRUE(std::regex_match(id, std::regex("[0-9a-f]{16}"))) << id;
  EXPECT_EQ(res.get_header_value("X-Request-Id"), id);
  EXPECT_NE(body["message"].get<std::string>().find("(foutcode " + id + ")"), std::string::npos);
  EXPECT_NE(answer_to(std::runtime_error("boom")).get_header_value("X-Request-Id"), id);
}

TEST(BoundaryErrors, textCutInTheMiddleOfACharacterIsSentNotThrown) {
  httplib::Response res;
  const std::string cut = std::string("Straatnaam \xC3");  // the first byte of an é
  serve::send_error(res, {422, "invalid", "Onbekend: " + cut, "straat"});
  EXPECT_EQ(res.status, 422);
  const auto body = nlohmann::json::parse(res.body);
  EXPECT_EQ(body["message"], "Onbekend: Straatnaam \xEF\xBF\xBD");
}

}  // namespace

}  // namespace leefbaar::testing
