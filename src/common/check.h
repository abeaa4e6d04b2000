// SPDX-License-Identifier: Apache-2.0
// MOTCUA_CHECK: an invariant that only a bug can break. It throws InvariantViolation, which the
// HTTP session catches once and answers as a 500 with a request id.
#pragma once

#include <stdexcept>
#include <string>

namespace motcua {

class InvariantViolation : public std::logic_error {
 public:
  using std::logic_error::logic_error;
};

[[noreturn]] void FailCheck(const char* expr, const char* file, int line);

}  // namespace motcua

#define MOTCUA_CHECK(cond) \
  do {                     \
    if (!(cond)) ::motcua::FailCheck(#cond, __FILE__, __LINE__); \
  } while (false)
