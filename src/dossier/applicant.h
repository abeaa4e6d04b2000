// SPDX-License-Identifier: Apache-2.0
// Checking who a dossier is for.
#pragma once

#include "common/result.h"
#include "dossier/dossier.h"

namespace motcua::dossier {

// Validates and normalises an applicant in place: a citizen's 12-digit personal number (its
// structure: province, century/sex digit, birth year not after `current_year`) or an
// organization's tax code (check digit; the branch form NNNNNNNNNN-NNN), a full name of 2-200
// characters of valid UTF-8, and short contact fields. kInvalidArgument with `field` prefixed
// "applicant.".
Status NormalizeApplicant(Applicant& a, int current_year);

}  // namespace motcua::dossier
