#pragma once
// An example file for every kind of import on the Gegevens page: the columns or fields the reader
// needs, with two made-up rows in Assen, in the format users most often hold (CSV for tables,
// GeoJSON in RD New for boundaries and the grid). Each reads without a problem.
#include <optional>
#include <string>

namespace leefbaar {

struct ExampleFile {
  std::string name;          // "voorbeeld-woningen.csv"
  std::string content_type;  // "text/csv; charset=utf-8"
  std::string content;
};

// kind: one of kImportKinds; nullopt for any other.
std::optional<ExampleFile> example_file(const std::string& kind);

}  // namespace leefbaar
