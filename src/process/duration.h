// SPDX-License-Identifier: Apache-2.0
// ISO 8601 durations read as working time, for task allowances and timer events.
#pragma once

#include <string>
#include <string_view>

#include "calendar/deadline.h"
#include "common/result.h"

namespace motcua::process {

// Working hours in one working day when a duration mixes days and hours.
inline constexpr int kHoursPerWorkingDay = 8;

// Reads "P<n>D" as n working days, "PT<n>H" as n working hours, "P<d>DT<h>H" as d*8+h working
// hours, and "P<n>W" as 5n working days (n, d, h whole numbers >= 0, at least one given). Minutes,
// seconds, months, years and fractions are refused: the legal time limits are counted in working
// days or hours. kInvalidArgument with a Vietnamese message (no field) otherwise.
Result<calendar::ProcessingTime> ParseWorkingDuration(std::string_view text);

// The ISO form ParseWorkingDuration reads back: "P2D" or "PT8H".
std::string FormatWorkingDuration(const calendar::ProcessingTime& t);

}  // namespace motcua::process
