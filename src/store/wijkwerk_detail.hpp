#pragma once
// Small helpers shared by the wijk work's store files (not part of the store's interface).
#include <SQLiteCpp/SQLiteCpp.h>

#include <cstdint>
#include <string>

#include "core/text.hpp"

namespace leefbaar::store::wijkwerk_detail {

inline std::string optional_text(const SQLite::Column& c) {
  return c.isNull() ? std::string{} : c.getString();
}

inline void bind_optional(SQLite::Statement& q, int i, const std::string& v) {
  if (v.empty())
    q.bind(i);
  else
    q.bind(i, v);
}

// A wijk code the work area knows (when its areas are loaded); FieldError(field) otherwise.
void check_wijk(SQLite::Database& db, std::int64_t work_area, const std::string& wijk,
                const std::string& field);
// The trimmed text; FieldError(field) when empty (`missing`) or longer than max.
std::string text_field(const std::string& value, const std::string& field, std::size_t max,
                       const std::string& missing);

// A CSV cell: quoted when it holds the separator, a quote or a line break; never a formula.
inline std::string csv_cell(const std::string& text) {
  const std::string v = spreadsheet_text(text);
  if (v.find_first_of(";\"\n\r") == std::string::npos) return v;
  std::string out = "\"";
  for (char c : v) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

}  // namespace leefbaar::store::wijkwerk_detail
