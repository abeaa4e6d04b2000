// SPDX-License-Identifier: Apache-2.0
#include "counters/counter_desk.h"

#include <algorithm>

namespace motcua::counters {

Status ValidateCounter(const CounterDesk& c) {
  if (c.number < 1 || c.number > 999) {
    return MakeError(ErrorCode::kInvalidArgument, "Số quầy phải từ 1 đến 999", "number");
  }
  if (c.name.empty() || c.name.size() > 200) {
    return MakeError(ErrorCode::kInvalidArgument, "Tên quầy không được để trống, tối đa 200 ký tự",
                     "name");
  }
  if (c.fields.size() > 50) {
    return MakeError(ErrorCode::kInvalidArgument, "Một quầy phục vụ tối đa 50 lĩnh vực", "fields");
  }
  for (size_t i = 0; i < c.fields.size(); ++i) {
    if (c.fields[i].empty() || c.fields[i].size() > 200) {
      return MakeError(ErrorCode::kInvalidArgument, "Tên lĩnh vực không được để trống", "fields");
    }
    if (std::find(c.fields.begin(), c.fields.begin() + static_cast<long>(i), c.fields[i]) !=
        c.fields.begin() + static_cast<long>(i)) {
      return MakeError(ErrorCode::kInvalidArgument, "Lĩnh vực \"" + c.fields[i] + "\" bị lặp",
                       "fields");
    }
  }
  return Ok();
}

Status CheckSeat(const CounterDesk& counter, std::optional<long long> agency_id) {
  if (agency_id != counter.agency_id) {
    return MakeError(ErrorCode::kInvalidArgument,
                     "Quầy số " + std::to_string(counter.number) +
                         " thuộc cơ quan khác: chỉ xếp cán bộ vào quầy của cơ quan mình",
                     "counter_id");
  }
  if (!counter.active) {
    return MakeError(ErrorCode::kInvalidArgument,
                     "Quầy số " + std::to_string(counter.number) + " đang đóng", "counter_id");
  }
  return Ok();
}

}  // namespace motcua::counters
