// SPDX-License-Identifier: Apache-2.0
// JSON form of a yearly notice: {"year", "days_off": ["YYYY-MM-DD"...], "working_days": [...],
// "reference"}.
#pragma once

#include <nlohmann/json.hpp>

#include "calendar/year_notice.h"
#include "common/result.h"

namespace motcua::calendar {

nlohmann::json NoticeToJson(const YearNotice& n);
// kInvalidArgument naming the field for a missing year or a malformed date.
Result<YearNotice> NoticeFromJson(const nlohmann::json& j);

}  // namespace motcua::calendar
