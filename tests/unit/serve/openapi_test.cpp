// Every route declares what it takes and answers (issue 10 point 5), so /api/v1/openapi.json has
// a schema for every request body and every answer. web/tests/openapi.test.mjs validates the
// document with swagger-parser and checks the answers against it; this test names the route that
// forgot its declaration without starting a server.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "serve/app.hpp"

namespace leefbaar {
namespace {

TEST(OpenApi, EveryRouteDeclaresItsBodyAndItsAnswer) {
  for (const auto& r : serve::routes()) {
    const std::string name = r.method + " " + r.path;
    EXPECT_TRUE(r.described()) << name << ": declare .takes/.takes_nothing and .answers";
    if (r.method == "GET") {
      EXPECT_TRUE(r.body.is_null()) << name << ": a GET takes no body";
    }
    if (!r.body.is_null() && r.body_type == "application/json") {
      EXPECT_EQ(r.body.value("type", ""), "object") << name << ": a JSON body is an object";
    }
    if (r.answer_status != 204) {
      EXPECT_GE(r.answer_status, 200) << name;
      EXPECT_LT(r.answer_status, 300) << name;
    }
    const bool json_answer = r.answer_type.ends_with("json");
    if (!json_answer && r.answer_status != 204) {
      EXPECT_EQ(r.answer.value("format", ""), "binary") << name << ": a file answer is bytes";
    }
  }
}

TEST(OpenApi, TheDocumentHasEveryRouteOnceWithItsSchemas) {
  const auto doc = serve::openapi_document(serve::routes());
  std::set<std::string> seen;
  for (const auto& r : serve::routes()) {
    const std::string method = r.method == "GET" ? "get" : r.method == "POST" ? "post" : "delete";
    EXPECT_TRUE(seen.insert(method + " " + r.openapi_path()).second)
        << r.method << " " << r.path << " is declared twice";
    const auto& op = doc.at("paths").at(r.openapi_path()).at(method);
    const auto& success = op.at("responses").at(std::to_string(r.answer_status));
    if (r.answer_status != 204) {
      EXPECT_EQ(success.at("content").at(r.answer_type).at("schema"), r.answer) << r.path;
    }
    if (!r.body.is_null()) {
      EXPECT_EQ(op.at("requestBody").at("content").at(r.body_type).at("schema"), r.body) << r.path;
    }
    for (const char* status : {"400", "422", "500"}) {
      EXPECT_TRUE(op.at("responses").at(status).at("content").contains("application/problem+json"))
          << r.path << " " << status;
    }
  }
}

}  // namespace
}  // namespace leefbaar
