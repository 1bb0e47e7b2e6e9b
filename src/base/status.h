// Errors as values: library code returns Status / StatusOr, and only main()
// turns them into exit codes.
#ifndef AKHBAR_BASE_STATUS_H_
#define AKHBAR_BASE_STATUS_H_

#include <cassert>
#include <optional>
#include <string>
#include <utility>

namespace akhbar {

enum class StatusCode {
  kOk = 0,
  kInvalidInput,  // unreadable, binary or invalid UTF-8 documents
  kRuleError,     // malformed rule files
  kUsage,         // wrong arguments
  kOutputError,   // cannot write results
};

class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(StatusCode code, std::string message)
      : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

inline Status InvalidInputError(std::string message) {
  return Status(StatusCode::kInvalidInput, std::move(message));
}
inline Status RuleError(std::string message) {
  return Status(StatusCode::kRuleError, std::move(message));
}
inline Status UsageError(std::string message) {
  return Status(StatusCode::kUsage, std::move(message));
}
inline Status OutputError(std::string message) {
  return Status(StatusCode::kOutputError, std::move(message));
}

template <typename T>
class [[nodiscard]] StatusOr {
 public:
  StatusOr(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  StatusOr(Status status) : status_(std::move(status)) {  // NOLINT
    assert(!status_.ok());
  }

  bool ok() const { return status_.ok(); }
  const Status& status() const { return status_; }
  T& value() & { return *value_; }
  const T& value() const& { return *value_; }
  T&& value() && { return std::move(*value_); }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }
  T& operator*() & { return *value_; }
  const T& operator*() const& { return *value_; }

 private:
  Status status_;
  std::optional<T> value_;
};

}  // namespace akhbar

#endif  // AKHBAR_BASE_STATUS_H_
