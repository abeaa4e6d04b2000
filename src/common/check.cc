// SPDX-License-Identifier: Apache-2.0
#include "common/check.h"

namespace motcua {

void FailCheck(const char* expr, const char* file, int line) {
  throw InvariantViolation(std::string("check failed: ") + expr + " at " + file + ":" +
                           std::to_string(line));
}

}  // namespace motcua
