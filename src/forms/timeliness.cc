// SPDX-License-Identifier: Apache-2.0
#include "forms/timeliness.h"

#include "common/local_time.h"

namespace motcua::forms {

std::string_view TimelinessLabelVi(Timeliness t) {
  switch (t) {
    case Timeliness::kEarly:
      return "Trước hạn";
    case Timeliness::kOnTime:
      return "Đúng hạn";
    case Timeliness::kLate:
      return "Quá hạn";
  }
  return "";
}

Timeliness ClassifyHandOver(Timestamp at, Timestamp due_at) {
  if (at > due_at) return Timeliness::kLate;
  if (LocalDate(at) == LocalDate(due_at)) return Timeliness::kOnTime;
  return Timeliness::kEarly;
}

}  // namespace motcua::forms
