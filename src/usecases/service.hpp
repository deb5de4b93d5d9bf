#pragma once
// The one way in to the store for the server, the CLI and the tests. Every operation in
// usecases/*.hpp takes the Service, holds its lock for the whole operation (one connection, one
// operation at a time) and, when it changes anything, runs in one transaction with its audit
// entry. The database itself is seen only by the use cases (usecases/unit_of_work.hpp).
#include <filesystem>
#include <memory>

namespace leefbaar::usecases {

class Service {
 public:
  // Opens (and migrates) the store; InputError when the file is not a Leefbaar store.
  explicit Service(const std::filesystem::path& store_file);
  ~Service();
  Service(const Service&) = delete;
  Service& operator=(const Service&) = delete;

  struct State;  // usecases/unit_of_work.hpp
  State& state() { return *state_; }

 private:
  std::unique_ptr<State> state_;
};

}  // namespace leefbaar::usecases
