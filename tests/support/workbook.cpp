#include "support/workbook.hpp"

#include <gdal/cpl_vsi.h>

#include "import/gdal_env.hpp"

namespace leefbaar::testing {

std::string zip_member(const std::filesystem::path& xlsx, const std::string& member) {
  gdal::ensure_registered();
  const std::string path = "/vsizip/" + xlsx.string() + "/" + member;
  VSILFILE* f = VSIFOpenL(path.c_str(), "rb");
  if (f == nullptr) return {};
  std::string out;
  char buffer[4096];
  std::size_t n = 0;
  while ((n = VSIFReadL(buffer, 1, sizeof buffer, f)) > 0) out.append(buffer, n);
  VSIFCloseL(f);
  return out;
}

}  // namespace leefbaar::testing
