#include "support/demo_store.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <memory>

#include "demo/demo.hpp"
#include "serve/server.hpp"
#include "store/database.hpp"
#include "store/outbox.hpp"
#include "support/store_fixture.hpp"

namespace leefbaar::testing {

std::filesystem::path demo_fixture_dir() {
  const char* dir = std::getenv("LEEFBAAR_DEMO_DIR");
  return dir && *dir ? std::filesystem::path(dir) : std::filesystem::path();
}

namespace {

DemoFiles files_in(const std::filesystem::path& dir) {
  return {dir / "demo.sqlite", dir / "data"};
}

}  // namespace

const DemoFiles& demo_files() {
  static const DemoFiles files = [] {
    if (const auto dir = demo_fixture_dir(); !dir.empty()) {
      auto f = files_in(dir);
      if (!std::filesystem::exists(f.store)) {
        std::filesystem::create_directories(dir);
        demo::load_demo(f.store, f.data);
      }
      return f;
    }
    static const auto own = std::make_unique<TempDir>();
    auto f = files_in(own->path());
    demo::load_demo(f.store, f.data);
    return f;
  }();
  return files;
}

void DemoServerTest::SetUp() {
  std::filesystem::copy_file(demo_files().store, store_file());
  serve::ServerConfig config;
  config.store = store_file();
  config.port = 0;
  config.now = [this] { return now(); };
  configure(config);
  server_ = std::make_unique<serve::Server>(config);
  api_ = std::make_unique<ApiClient>(server_->bind());
  thread_ = std::thread([this] { server_->listen(); });
}

void DemoServerTest::TearDown() {
  server_->stop();
  thread_.join();
}

Login DemoServerTest::log_in(const std::string& role) const {
  return api_->log_in(role + "@demo.leefbaar.nl", demo::kDemoPassword);
}

nlohmann::json DemoServerTest::call(const std::string& method, const std::string& path,
                                    const Login* who, const nlohmann::json& body,
                                    int status) const {
  const auto res = api_->call(method, path, who, body.dump());
  if (!res) {
    ADD_FAILURE() << method << " " << path << ": no answer";
    return nlohmann::json::object();
  }
  EXPECT_EQ(res->status, status) << method << " " << path << " " << body.dump() << ": "
                                 << res->body;
  auto answer = nlohmann::json::parse(res->body, nullptr, false);
  return answer.is_discarded() ? nlohmann::json::object() : answer;
}

long long DemoServerTest::count(const std::string& table, const std::string& where) const {
  store::Database db(store_file());
  return row_count(db, table, where);
}

httplib::Result DemoServerTest::download(const std::string& path, const Login& who,
                                         int status) const {
  auto res = api_->call("GET", path, &who);
  if (!res) {
    ADD_FAILURE() << path << ": no answer";
    return res;
  }
  EXPECT_EQ(res->status, status) << path << " " << res->body.substr(0, 300);
  return res;
}

std::vector<std::string> DemoServerTest::mailed_tokens(const std::string& page) const {
  store::Database db(store_file());
  const std::string link = page + "#";
  std::vector<std::string> out;
  for (const auto& m : store::list_outbox(db)) {
    const auto at = m.body.find(link);
    if (at != std::string::npos) out.push_back(m.body.substr(at + link.size(), 48));
  }
  return out;
}

std::vector<PostalAddress> DemoServerTest::addresses(const std::string& buurt, int n,
                                                     bool last_first) const {
  store::Database db(store_file());
  const std::string order = last_first ? " DESC" : "";
  auto q = db.query(
      "SELECT DISTINCT postcode, huisnummer FROM pc6hnr_rows WHERE buurt = ? ORDER BY postcode" +
      order + ", huisnummer" + order + " LIMIT ?");
  q.bind(buurt, n);
  std::vector<PostalAddress> out;
  while (const auto row = q.next())
    out.emplace_back(row->text("postcode"), row->integer("huisnummer"));
  return out;
}

}  // namespace leefbaar::testing
