#pragma once
// Internal to the use cases: what every portal operation shares (usecases/portal*.cpp): the work
// area the portal serves, the rate limits per client and per postal address, and the one
// transaction a request runs in.
#include <chrono>
#include <cstdint>
#include <exception>
#include <optional>
#include <string>
#include <utility>

#include "core/errors.hpp"
#include "store/database.hpp"
#include "usecases/service.hpp"
#include "usecases/unit_of_work.hpp"

namespace leefbaar::usecases {

// At most this many portal submissions per client address in the window, and per postal address;
// the live household count has a limit of its own.
inline constexpr int kPerClient = 10;
inline constexpr int kPerAddress = 3;
inline constexpr int kCountsPerClient = 300;
inline constexpr std::chrono::seconds kPortalWindow{3600};

// The work area the portal serves; NotFoundError "no_work_area" before there is one.
std::int64_t portal_area(store::Database& db);
// Each counts the request and answers whether it is over its limit: per client, per postal
// address (its key, or what stands in for one), and the live count per client.
bool over_client_limit(store::Database& db, const std::string& client,
                       std::chrono::system_clock::time_point now);
bool over_address_limit(store::Database& db, const std::string& address,
                        std::chrono::system_clock::time_point now);
bool over_count_limit(store::Database& db, const std::string& client,
                      std::chrono::system_clock::time_point now);

// One portal request in one transaction. When the request fails on its input (a user error), what
// was done before it (the rate limits' counts; what a store call completed, as when each call
// committed on its own) is committed all the same, and the error is thrown after the commit. Any
// other error rolls everything back.
template <typename F>
auto portal_change(Service& service, F&& operation) {
  using Result = decltype(operation(std::declval<store::Database&>()));
  std::exception_ptr failure;
  auto result = change(service, [&](store::Database& db) -> std::optional<Result> {
    try {
      return operation(db);
    } catch (const InputError&) {  // FieldError and ConflictError too
      failure = std::current_exception();
    } catch (const NotFoundError&) {
      failure = std::current_exception();
    } catch (const ForbiddenError&) {
      failure = std::current_exception();
    }
    return std::nullopt;
  });
  if (failure) std::rethrow_exception(failure);
  return std::move(*result);
}

}  // namespace leefbaar::usecases
