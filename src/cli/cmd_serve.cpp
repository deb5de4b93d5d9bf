#include <fmt/format.h>

#include <csignal>
#include <iostream>
#include <map>

#include "cli/commands.hpp"
#include "core/errors.hpp"
#include "serve/demo.hpp"
#include "serve/server.hpp"
#include "store/users.hpp"

namespace leefbaar::cli {

namespace {
serve::Server* g_server = nullptr;
void stop_on_signal(int) {
  if (g_server != nullptr) g_server->stop();
}
}  // namespace

std::function<int()> setup_serve(CLI::App& app) {
  auto config = std::make_shared<serve::ServerConfig>();
  auto demo = std::make_shared<bool>(false);
  config->store = "leefbaar.sqlite";
  config->web_root = LEEFBAAR_WEB_DIR;
  app.add_option("--store", config->store, "The SQLite store (created and migrated when needed)");
  app.add_option("--host", config->host, "Address to listen on");
  app.add_option("--port", config->port, "Port to listen on (0: any free port)");
  app.add_option("--web", config->web_root, "The built web pages (web/dist)");
  app.add_flag("--demo", *demo,
               "Load the synthetic demo work area into the store when it has none yet");
  app.add_flag("--secure-cookies", config->secure_cookies,
               "Mark cookies Secure (when served behind HTTPS)");
  // Mail (issue 9). No password option: a command line is visible to every user of the machine.
  app.add_option("--public-url", config->public_url,
                 "The address residents and staff reach the server at, which links in mails "
                 "start with (default http://HOST:PORT/)");
  app.add_option("--smtp-url", config->smtp_url,
                 "The mail relay: smtp://host[:port] or smtps://host[:port]");
  app.add_option("--smtp-user", config->smtp_user,
                 "User name at the relay; the password is read from --smtp-password-file or the "
                 "environment variable LEEFBAAR_SMTP_PASSWORD");
  app.add_option("--smtp-password-file", config->smtp_password_file,
                 "File whose first line is the relay's password");
  app.add_option("--mail-from", config->mail_from, "The sender's e-mail address");
  app.add_option("--mail-folder", config->mail_folder,
                 "Write each mail as an .eml file into this folder instead of sending it "
                 "(development; --demo uses the folder mail next to the store)");
  return [config, demo]() -> int {
    // The demo sends no real mail: its mails go to a folder next to the store, unless a relay or
    // folder is given.
    if (*demo && config->smtp_url.empty() && config->mail_folder.empty())
      config->mail_folder = config->store.parent_path() / "mail";
    if (*demo) {
      const auto data_dir =
          config->store.parent_path() / (config->store.stem().string() + "-voorbeeld");
      if (serve::load_demo(config->store, data_dir))
        fmt::print("Demo work area loaded into {} (sample files in {}).\n", config->store.string(),
                   data_dir.string());
    }
    serve::Server server(*config);
    const int port = server.bind();
    g_server = &server;
    std::signal(SIGINT, stop_on_signal);
    std::signal(SIGTERM, stop_on_signal);
    fmt::print(
        "Leefbaar op http://{}:{}/ (opslag {}); de API staat beschreven op "
        "http://{}:{}/api/openapi.json. Ctrl+C stopt.\n",
        config->host, port, config->store.string(), config->host, port);
    if (!config->mail_folder.empty() && config->smtp_url.empty())
      fmt::print("E-mails worden niet verstuurd maar als bestand bewaard in {}.\n",
                 config->mail_folder.string());
    if (*demo) {
      fmt::print("Demo-inlog (wachtwoord voor allemaal: {}):\n", serve::kDemoPassword);
      for (const auto& l : serve::demo_logins())
        fmt::print("  {:<10} {}  ({})\n", l.role, l.email, l.organisation);
    }
    std::fflush(stdout);
    server.listen();
    g_server = nullptr;
    return 0;
  };
}

std::function<int()> setup_user_add(CLI::App& app) {
  struct Options {
    std::string store = "leefbaar.sqlite", organisation, kind = "corporatie", email, name, role;
    std::vector<std::string> wijken;
  };
  auto o = std::make_shared<Options>();
  app.add_option("--store", o->store, "The SQLite store");
  app.add_option("--organisation", o->organisation, "Organisation name (created when new)")
      ->required();
  app.add_option("--kind", o->kind, "Kind of a new organisation: gemeente, corporatie or welzijn");
  app.add_option("--email", o->email, "E-mail address (the log-in name)")->required();
  app.add_option("--name", o->name, "Display name")->required();
  app.add_option("--role", o->role, "beheerder, analist, wijkteam or lezer")->required();
  app.add_option("--wijk", o->wijken, "Wijk code the user works in (repeatable)");
  return [o]() -> int {
    const auto role = store::role_from_name(o->role);
    if (!role)
      throw InputError(fmt::format(
          "--role: found '{}', expected beheerder, analist, wijkteam or lezer", o->role));
    static const std::map<std::string, store::OrganisationKind> kinds = {
        {"gemeente", store::OrganisationKind::gemeente},
        {"corporatie", store::OrganisationKind::corporatie},
        {"welzijn", store::OrganisationKind::welzijn}};
    if (!kinds.count(o->kind))
      throw InputError(
          fmt::format("--kind: found '{}', expected gemeente, corporatie or welzijn", o->kind));
    // The password comes from standard input, never from the command line (which others can see).
    std::string password;
    std::getline(std::cin, password);
    store::Database db(o->store);
    std::int64_t organisation = 0;
    {
      SQLite::Statement q(db.sql(), "SELECT id FROM organisations WHERE name = ?");
      q.bind(1, o->organisation);
      organisation = q.executeStep()
                         ? q.getColumn(0).getInt64()
                         : store::create_organisation(db, o->organisation, kinds.at(o->kind));
    }
    const auto id = store::create_user(
        db, {organisation, o->email, o->name, password, *role, o->wijken}, "cli");
    fmt::print("User {} ({}) created with id {}.\n", o->email, o->role, id);
    return 0;
  };
}

}  // namespace leefbaar::cli
