#pragma once
// A thin RAII layer over GEOS's reentrant C API, shared by the sample generator and the store (an
// initiative's area): a context that keeps GEOS's last error message, and owning handles for
// geometries and prepared geometries. GEOS's C++ API is not stable between releases; its C API is,
// so the handles are written here once.
#include <geos_c.h>

#include <memory>
#include <string>

namespace leefbaar::geos {

class Geos {
 public:
  Geos();
  ~Geos();
  Geos(const Geos&) = delete;
  Geos& operator=(const Geos&) = delete;
  GEOSContextHandle_t handle() const { return handle_; }
  const std::string& last_error() const { return last_error_; }

 private:
  static void on_error(const char* message, void* self);
  GEOSContextHandle_t handle_;
  std::string last_error_;
};

struct GeomDeleter {
  GEOSContextHandle_t handle = nullptr;
  void operator()(GEOSGeometry* g) const {
    if (g != nullptr) GEOSGeom_destroy_r(handle, g);
  }
};
using Geom = std::unique_ptr<GEOSGeometry, GeomDeleter>;

struct PreparedDeleter {
  GEOSContextHandle_t handle = nullptr;
  void operator()(const GEOSPreparedGeometry* g) const {
    if (g != nullptr) GEOSPreparedGeom_destroy_r(handle, g);
  }
};
using Prepared = std::unique_ptr<const GEOSPreparedGeometry, PreparedDeleter>;

// Takes ownership; throws std::runtime_error with GEOS's message when g is null (a GEOS failure).
Geom own(const Geos& geos, GEOSGeometry* g, const char* what);
Prepared prepare(const Geos& geos, const GEOSGeometry* g);
Geom clone(const Geos& geos, const GEOSGeometry* g);

}  // namespace leefbaar::geos
