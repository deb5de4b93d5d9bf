#pragma once
// Error types shared by every stage. InputError is the user's problem (bad file, bad run file) and
// carries a message that names the file, the row or field, what was found and what was expected;
// anything else that escapes is a bug.
#include <stdexcept>
#include <string>

namespace leefbaar {

class InputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The request conflicts with what is stored: a second support from the same address, a decision
// on a decided initiative, a second Christmas tree for a street (HTTP 409). The message is Dutch,
// for the user; the field, when there is one, is what clashes; the reason is "conflict" or, for a
// campaign that is no longer open, "closed".
class ConflictError : public InputError {
 public:
  explicit ConflictError(const std::string& message) : InputError(message) {}
  ConflictError(std::string field, const std::string& message, std::string reason = "conflict")
      : InputError(message), field_(std::move(field)), reason_(std::move(reason)) {}
  const std::string& field() const { return field_; }
  const std::string& reason() const { return reason_; }

 private:
  std::string field_;
  std::string reason_ = "conflict";
};

// The store is busy with another writer (an import) longer than it waits: try again (HTTP 503).
class UnavailableError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// An error for the user with a machine-readable reason and, when there is one, the request's
// field it concerns; the message is Dutch, for the user.
class ReasonedError : public std::runtime_error {
 public:
  ReasonedError(const std::string& message, std::string reason, std::string field)
      : std::runtime_error(message), reason_(std::move(reason)), field_(std::move(field)) {}
  const std::string& reason() const { return reason_; }
  const std::string& field() const { return field_; }

 private:
  std::string reason_, field_;
};

// What the request names does not exist, or not for this caller (HTTP 404). The reason is
// "not_found" or a more precise code ("no_work_area"); the field is the request's name for what
// was not found.
class NotFoundError : public ReasonedError {
 public:
  explicit NotFoundError(const std::string& message, std::string reason = "not_found",
                         std::string field = "")
      : ReasonedError(message, std::move(reason), std::move(field)) {}
};

// The caller may not do or see this (HTTP 403). The reason is "forbidden" or a more precise code
// ("other_organisation"); the field is what the caller may not name.
class ForbiddenError : public ReasonedError {
 public:
  explicit ForbiddenError(const std::string& message, std::string reason = "forbidden",
                          std::string field = "")
      : ReasonedError(message, std::move(reason), std::move(field)) {}
};

}  // namespace leefbaar

namespace leefbaar {

// Bad input in one named field of a form or API body; the message is for the user (Dutch in the
// web application).
class FieldError : public InputError {
 public:
  FieldError(std::string field, const std::string& message)
      : InputError(message), field_(std::move(field)) {}
  const std::string& field() const { return field_; }

 private:
  std::string field_;
};

}  // namespace leefbaar
