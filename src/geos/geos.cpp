#include "geos/geos.hpp"

#include <stdexcept>

namespace leefbaar::geos {

Geos::Geos() : handle_(GEOS_init_r()) {
  GEOSContext_setErrorMessageHandler_r(handle_, &Geos::on_error, this);
}

Geos::~Geos() {
  GEOS_finish_r(handle_);
}

void Geos::on_error(const char* message, void* self) {
  static_cast<Geos*>(self)->last_error_ = message != nullptr ? message : "";
}

Geom own(const Geos& geos, GEOSGeometry* g, const char* what) {
  if (g == nullptr)
    throw std::runtime_error(std::string("GEOS failed in ") + what + ": " + geos.last_error());
  return Geom(g, GeomDeleter{geos.handle()});
}

Prepared prepare(const Geos& geos, const GEOSGeometry* g) {
  const GEOSPreparedGeometry* p = GEOSPrepare_r(geos.handle(), g);
  if (p == nullptr)
    throw std::runtime_error("GEOS failed to prepare a geometry: " + geos.last_error());
  return Prepared(p, PreparedDeleter{geos.handle()});
}

Geom clone(const Geos& geos, const GEOSGeometry* g) {
  return own(geos, GEOSGeom_clone_r(geos.handle(), g), "clone");
}

}  // namespace leefbaar::geos
