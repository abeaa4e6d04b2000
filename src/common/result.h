// SPDX-License-Identifier: Apache-2.0
// Result<T>: a value or an Error, shaped like C++23 std::expected so it can be swapped for it.
#pragma once

#include <utility>
#include <variant>

#include "common/check.h"
#include "common/error.h"

namespace motcua {

// Holds either a T or an Error. Accessing the wrong alternative is a bug (MOTCUA_CHECK).
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : data_(std::in_place_index<0>, std::move(value)) {}  // NOLINT: implicit
  Result(Error error) : data_(std::in_place_index<1>, std::move(error)) {}  // NOLINT: implicit

  bool has_value() const { return data_.index() == 0; }
  explicit operator bool() const { return has_value(); }

  T& value() & { MOTCUA_CHECK(has_value()); return std::get<0>(data_); }
  const T& value() const& { MOTCUA_CHECK(has_value()); return std::get<0>(data_); }
  T&& value() && { MOTCUA_CHECK(has_value()); return std::get<0>(std::move(data_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

  const Error& error() const { MOTCUA_CHECK(!has_value()); return std::get<1>(data_); }

 private:
  std::variant<T, Error> data_;
};

// Result<void>: success carries nothing.
template <>
class [[nodiscard]] Result<void> {
 public:
  Result() = default;
  Result(Error error) : error_(std::move(error)), ok_(false) {}  // NOLINT: implicit

  bool has_value() const { return ok_; }
  explicit operator bool() const { return ok_; }
  const Error& error() const { MOTCUA_CHECK(!ok_); return error_; }

 private:
  Error error_;
  bool ok_ = true;
};

using Status = Result<void>;

inline Status Ok() { return Status(); }

}  // namespace motcua

// Evaluates `expr` (a Result); on error returns the error from the enclosing function.
#define MOTCUA_TRY(expr)                                  \
  do {                                                    \
    auto motcua_try_result_ = (expr);                     \
    if (!motcua_try_result_) return motcua_try_result_.error(); \
  } while (false)

// Declares `var` from a Result expression, returning its error from the enclosing function.
#define MOTCUA_ASSIGN_OR_RETURN(var, expr)                \
  auto var##_result_ = (expr);                            \
  if (!var##_result_) return var##_result_.error();       \
  auto var = std::move(var##_result_).value()
