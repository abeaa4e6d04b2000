// SPDX-License-Identifier: Apache-2.0
// The API's JSON form of a dossier.
#pragma once

#include <nlohmann/json.hpp>

#include "dossier/dossier.h"

namespace motcua::dossier {

// Code, status (name, national code, Vietnamese label), channel, applicant, times in ISO-8601
// with +07:00, and `overdue` as of `now`. `with_history` adds the history lines.
nlohmann::json DossierToJson(const Dossier& d, Timestamp now, bool with_history);

}  // namespace motcua::dossier
