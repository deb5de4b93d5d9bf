#include "usecases/service.hpp"

#include "usecases/unit_of_work.hpp"

namespace leefbaar::usecases {

Service::Service(const std::filesystem::path& store_file)
    : state_(std::make_unique<State>(store_file)) {}

Service::~Service() = default;

}  // namespace leefbaar::usecases
