// SPDX-License-Identifier: Apache-2.0
// How times are stored: Unix seconds in BIGINT columns, on both backends (decision 0003).
#pragma once

#include <optional>

#include "common/clock.h"

namespace motcua::storage {

inline long long ToSeconds(Timestamp t) { return t.time_since_epoch().count(); }
inline std::optional<long long> ToSeconds(const std::optional<Timestamp>& t) {
  if (!t) return std::nullopt;
  return ToSeconds(*t);
}
inline Timestamp FromSeconds(long long s) { return Timestamp(std::chrono::seconds(s)); }
inline std::optional<Timestamp> FromSeconds(const std::optional<long long>& s) {
  if (!s) return std::nullopt;
  return FromSeconds(*s);
}

}  // namespace motcua::storage
