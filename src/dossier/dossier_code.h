// SPDX-License-Identifier: Apache-2.0
// The official dossier code: <receiving agency's electronic id>-<yyMMdd>-<NNNN>.
#pragma once

#include <string>
#include <string_view>

#include "common/local_time.h"
#include "common/result.h"

namespace motcua::dossier {

// "yyMMdd" of a local date, the day part of the code and the key of the daily sequence.
std::string DayKey(const Date& local_date);

// E.g. ("000.00.06.H56", 27/10/2023, 361) -> "000.00.06.H56-231027-0361". The sequence is
// zero-padded to four digits; a unit that receives more than 9,999 dossiers in a day gets
// five-digit numbers rather than a repeated code.
std::string FormatDossierCode(std::string_view agency_code, const Date& local_date, long long seq);

// Checks the shape of a dossier code (agency code, a valid date, a number). kInvalidArgument
// otherwise, with field "code".
Status ValidateDossierCode(std::string_view code);

}  // namespace motcua::dossier
