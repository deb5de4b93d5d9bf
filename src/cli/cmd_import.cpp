#include <fmt/format.h>

#include <cstdlib>
#include <filesystem>

#include "cli/commands.hpp"
#include "core/errors.hpp"
#include "import/table_reader.hpp"
#include "usecases/administration.hpp"

namespace leefbaar::cli {

namespace {
struct ImportOptions {
  std::string kind;
  std::string file;
  std::string store;
  std::string organisation = "Corporatie";
  std::string work_area = "Werkgebied";
  StockColumns columns;
  bool confirm_shrink = false;
};

}  // namespace

std::function<int()> setup_import(CLI::App& app) {
  auto o = std::make_shared<ImportOptions>();
  app.add_option("KIND", o->kind, "What the file holds")
      ->required()
      ->check(CLI::IsMember(
          std::vector<std::string>(std::begin(kImportKinds), std::end(kImportKinds))));
  app.add_option("FILE", o->file, "The file to import")->required();
  app.add_option("--store", o->store, "The SQLite store to import into")->required();
  app.add_option("--organisation", o->organisation, "The corporation (created when new)");
  app.add_option("--work-area", o->work_area, "The work area (created when new)");
  app.add_flag("--confirm-shrink", o->confirm_shrink,
               "Replace the kind's data even when the file has less than half of its rows");
  auto& c = o->columns;
  app.add_option("--id", c.id, "stock: column of the unit id");
  app.add_option("--x", c.x, "stock: column of the RD x coordinate");
  app.add_option("--y", c.y, "stock: column of the RD y coordinate");
  app.add_option("--lat", c.lat, "stock: column of the WGS84 latitude");
  app.add_option("--lon", c.lon, "stock: column of the WGS84 longitude");
  app.add_option("--postcode", c.postcode, "stock: column of the postcode");
  app.add_option("--huisnummer", c.huisnummer, "stock: column of the house number");
  app.add_option("--buurtcode", c.buurtcode, "stock: column of the CBS buurtcode");
  app.add_option("--complex", c.complex, "stock: column of the complex number");
  app.add_option("--daeb", c.daeb, "stock: column of DAEB yes/no");
  return [o]() -> int {
    // Read the file before opening (and perhaps creating) the store: bad input leaves no trace.
    if (!std::filesystem::exists(o->file))
      throw InputError(fmt::format("{}: no such file", o->file));
    const char* user = std::getenv("USER");
    const std::string actor = user != nullptr ? user : "cli";
    usecases::Service service(o->store);
    ImportReport r;
    try {
      r = usecases::import_into(
          service, {o->kind, o->organisation, o->work_area, o->file, o->columns, o->confirm_shrink},
          actor);
    } catch (const ShrinkRefused& e) {
      throw InputError(
          fmt::format("{}. Gebruik --confirm-shrink om het toch in te lezen.", e.what()));
    }
    fmt::print("{}: read {} rows ({}).\n", r.file, r.rows_read, r.kind);
    if (r.warnings.empty()) {
      fmt::print("No warnings.\n");
    } else {
      fmt::print("{} warning{}:\n", r.warnings.size(), r.warnings.size() == 1 ? "" : "s");
      for (const auto& w : r.warnings) fmt::print("  {}\n", w);
    }
    fmt::print("Imported as import {} into {} ({} / {}).\n", r.import_id, o->store, o->organisation,
               o->work_area);
    return 0;
  };
}

}  // namespace leefbaar::cli
