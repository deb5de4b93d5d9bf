#include <fmt/format.h>

#include <csignal>
#include <iostream>
#include <map>

#include "cli/commands.hpp"
#include "core/errors.hpp"
#include "demo/demo.hpp"
#include "serve/client_address.hpp"
#include "serve/clock.hpp"
#include "serve/server.hpp"
#include "usecases/administration.hpp"

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
  auto today = std::make_shared<std::string>();
  config->store = "leefbaar.sqlite";
  config->web_root = LEEFBAAR_WEB_DIR;
  app.add_option("--store", config->store, "The SQLite store (created and migrated when needed)");
  app.add_option("--host", config->host, "Address to listen on");
  app.add_option("--port", config->port, "Port to listen on (0: any free port)");
  app.add_option("--web", config->web_root, "The built web pages (web/dist)");
  app.add_flag("--demo", *demo,
               "Load the synthetic demo work area into the store when it has none yet");
  app.add_option("--today", *today,
                 "Run as if today were this day (YYYY-MM-DD; the clock runs on from 09:00 UTC). "
                 "With --demo the default is the demo's day, 2026-03-02")
      ->check([](const std::string& v) {
        return parse_day(v) ? std::string{}
                            : fmt::format("'{}' is not a date (expected YYYY-MM-DD)", v);
      });
  app.add_flag("--secure-cookies", config->secure_cookies,
               "Mark cookies Secure (when served behind HTTPS)");
  app.add_option("--trusted-proxy", config->trusted_proxies,
                 "Address of a reverse proxy in front of the server (repeatable): only from it is "
                 "X-Forwarded-For believed, for the log-in throttle and the portal's limits");
  // The base map (issue 11): a tile address the pages load their background from.
  app.add_option("--base-map-url", config->base_map_url,
                 "Tile address of the base map under the maps, with {z}, {x} and {y} (Web "
                 "Mercator); 'none' or empty: no base map. Default: PDOK's BRT-Achtergrondkaart")
      ->default_str(std::string(serve::kPdokBaseMapUrl));
  app.add_option("--base-map-attribution", config->base_map_attribution,
                 "The base map's source as shown on the maps (default: Kaartgegevens © Kadaster)");
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
  return [config, demo, today]() -> int {
    std::optional<std::chrono::sys_days> day;
    if (!today->empty())
      day = parse_day(*today);
    else if (*demo)
      day = demo::demo_today();
    if (day) config->now = serve::clock_starting_on(*day);
    if (config->base_map_url == "none") config->base_map_url.clear();
    if (!config->base_map_url.empty() && serve::base_map_origin(config->base_map_url).empty())
      throw InputError(fmt::format(
          "--base-map-url: found '{}', expected a tile address such as "
          "https://host/path/{{z}}/{{x}}/{{y}}.png (http or https, no spaces, quotes, ; or ,), "
          "or none",
          config->base_map_url));
    for (auto& proxy : config->trusted_proxies) {
      const auto address = serve::canonical_address(proxy);
      if (!address)
        throw InputError(
            fmt::format("--trusted-proxy: found '{}', expected an IPv4 or IPv6 address", proxy));
      proxy = *address;
    }
    // The demo sends no real mail: its mails go to a folder next to the store, unless a relay or
    // folder is given.
    if (*demo && config->smtp_url.empty() && config->mail_folder.empty())
      config->mail_folder = config->store.parent_path() / "mail";
    if (*demo) {
      const auto data_dir =
          config->store.parent_path() / (config->store.stem().string() + "-voorbeeld");
      if (demo::load_demo(config->store, data_dir, *day))
        fmt::print("Demo work area loaded into {} (sample files in {}).\n", config->store.string(),
                   data_dir.string());
    }
    serve::Server server(*config);
    const int port = server.bind();
    g_server = &server;
    std::signal(SIGINT, stop_on_signal);
    std::signal(SIGTERM, stop_on_signal);
    // Before the address: a script that waits for the address has read the day too.
    if (day) fmt::print("De server rekent met vandaag = {}.\n", day_text(config->now()));
    fmt::print(
        "Leefbaar op http://{}:{}/ (opslag {}); de API staat beschreven op "
        "http://{}:{}/api/v1/openapi.json. Ctrl+C stopt.\n",
        config->host, port, config->store.string(), config->host, port);
    if (!config->mail_folder.empty() && config->smtp_url.empty())
      fmt::print("E-mails worden niet verstuurd maar als bestand bewaard in {}.\n",
                 config->mail_folder.string());
    if (*demo) {
      fmt::print("Demo-inlog (wachtwoord voor allemaal: {}):\n", demo::kDemoPassword);
      for (const auto& l : demo::demo_logins())
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
    const auto role = role_from_name(o->role);
    if (!role)
      throw InputError(fmt::format(
          "--role: found '{}', expected beheerder, analist, wijkteam or lezer", o->role));
    const auto kind = organisation_kind_from_name(o->kind);
    if (!kind)
      throw InputError(
          fmt::format("--kind: found '{}', expected gemeente, corporatie or welzijn", o->kind));
    // The password comes from standard input, never from the command line (which others can see).
    std::string password;
    std::getline(std::cin, password);
    usecases::Service service(o->store);
    const auto id = usecases::add_user(service, o->organisation, *kind,
                                       {0, o->email, o->name, password, *role, o->wijken}, "cli");
    fmt::print("User {} ({}) created with id {}.\n", o->email, o->role, id);
    return 0;
  };
}

namespace {

struct UserOptions {
  std::string store = "leefbaar.sqlite", email;
};

void add_user_options(CLI::App& app, UserOptions& o) {
  app.add_option("--store", o.store, "The SQLite store");
  app.add_option("--email", o.email, "E-mail address of the user")->required();
}

}  // namespace

std::function<int()> setup_user_password(CLI::App& app) {
  auto o = std::make_shared<UserOptions>();
  add_user_options(app, *o);
  return [o]() -> int {
    // From standard input, never from the command line (which others can see).
    std::string password;
    std::getline(std::cin, password);
    usecases::Service service(o->store);
    const auto user = usecases::user_by_email(service, o->email);
    try {
      usecases::set_password(service, user.id, password, "cli");
    } catch (const FieldError& e) {
      throw InputError(fmt::format("password: {}", e.what()));
    }
    fmt::print("New password set for {}; the user's sessions have ended.\n", user.email);
    return 0;
  };
}

std::function<int()> setup_user_role(CLI::App& app) {
  auto o = std::make_shared<UserOptions>();
  auto role = std::make_shared<std::string>();
  add_user_options(app, *o);
  app.add_option("--role", *role, "beheerder, analist, wijkteam or lezer")->required();
  return [o, role]() -> int {
    const auto r = role_from_name(*role);
    if (!r)
      throw InputError(
          fmt::format("--role: found '{}', expected beheerder, analist, wijkteam or lezer", *role));
    usecases::Service service(o->store);
    const auto user = usecases::user_by_email(service, o->email);
    usecases::change_user_as_operator(
        service, user.id, {.role = *r, .disabled = std::nullopt, .wijken = std::nullopt}, "cli");
    fmt::print("{} is now {}; the user's sessions have ended.\n", user.email, *role);
    return 0;
  };
}

std::function<int()> setup_user_wijken(CLI::App& app) {
  auto o = std::make_shared<UserOptions>();
  auto wijken = std::make_shared<std::vector<std::string>>();
  add_user_options(app, *o);
  app.add_option("--wijk", *wijken, "A wijk code the user works in (repeatable; none: no wijken)");
  return [o, wijken]() -> int {
    usecases::Service service(o->store);
    const auto user = usecases::user_by_email(service, o->email);
    const auto changed = [&] {
      try {
        return usecases::change_user_as_operator(
            service, user.id, {.role = std::nullopt, .disabled = std::nullopt, .wijken = *wijken},
            "cli");
      } catch (const FieldError& e) {
        throw InputError(fmt::format("--wijk: {}", e.what()));
      }
    }();
    fmt::print("{} now works in {} wijken; the user's sessions have ended.\n", user.email,
               changed.wijken.size());
    return 0;
  };
}

std::function<int()> setup_user_disable(CLI::App& app) {
  auto o = std::make_shared<UserOptions>();
  auto enable = std::make_shared<bool>(false);
  add_user_options(app, *o);
  app.add_flag("--enable", *enable, "Enable the account again instead");
  return [o, enable]() -> int {
    usecases::Service service(o->store);
    const auto user = usecases::user_by_email(service, o->email);
    usecases::change_user_as_operator(
        service, user.id, {.role = std::nullopt, .disabled = !*enable, .wijken = std::nullopt},
        "cli");
    fmt::print("{} is {}{}.\n", user.email, *enable ? "enabled" : "disabled",
               *enable ? "" : "; the user's sessions have ended");
    return 0;
  };
}

}  // namespace leefbaar::cli
