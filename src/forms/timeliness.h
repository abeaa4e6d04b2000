// SPDX-License-Identifier: Apache-2.0
// Early / on time / late, as the control slip marks each hand-over of a dossier.
#pragma once

#include <string_view>

#include "common/clock.h"

namespace motcua::forms {

enum class Timeliness { kEarly, kOnTime, kLate };

// "Trước hạn", "Đúng hạn", "Quá hạn", as printed on the slip.
std::string_view TimelinessLabelVi(Timeliness t);

// Classifies a hand-over at `at` against the due time in force `due_at`: after the due time it
// is late; on the due day itself (Vietnam local date), up to the due time, it is on time; on an
// earlier day it is early. The slip measures whole days, as the one-stop units report them.
Timeliness ClassifyHandOver(Timestamp at, Timestamp due_at);

}  // namespace motcua::forms
