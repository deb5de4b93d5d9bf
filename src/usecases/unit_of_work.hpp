#pragma once
// Internal to the use cases: the store behind a Service and the two ways an operation holds it.
// read() holds the lock; change() holds it and runs one transaction, committed when the operation
// returns and rolled back when it throws (store::Transaction nests inner ones as savepoints).
#include <mutex>
#include <type_traits>

#include "store/database.hpp"
#include "usecases/service.hpp"

namespace leefbaar::usecases {

struct Service::State {
  explicit State(const std::filesystem::path& file) : db(file) {}
  store::Database db;
  std::mutex mutex;  // one connection, used by one operation at a time
};

template <typename F>
auto read(Service& service, F&& operation) {
  auto& s = service.state();
  std::lock_guard lock(s.mutex);
  return operation(s.db);
}

template <typename F>
auto change(Service& service, F&& operation) {
  auto& s = service.state();
  std::lock_guard lock(s.mutex);
  store::Transaction transaction(s.db);
  if constexpr (std::is_void_v<decltype(operation(s.db))>) {
    operation(s.db);
    transaction.commit();
  } else {
    auto result = operation(s.db);
    transaction.commit();
    return result;
  }
}

}  // namespace leefbaar::usecases
