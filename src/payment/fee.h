// SPDX-License-Identifier: Apache-2.0
// Which of a procedure's fee lines a dossier pays.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "catalog/procedure.h"
#include "common/result.h"
#include "dossier/dossier_status.h"

namespace motcua::payment {

struct ChosenFee {
  int index = 0;  // in the procedure's fee list
  std::string name;
  long long amount_vnd = 0;
};

// The fee a dossier received through `channel` pays. With `fee_index`, that line of `fees`
// (kInvalidArgument, field "fee_index", when out of range). Otherwise the first line with an
// amount, skipping lines that name the other channel: the catalog often lists "nộp trực tiếp"
// and "nộp trực tuyến" rates side by side, and online and kiosk dossiers pay the online one.
// kInvalidArgument (reason "no_fee") when the chosen line, or every line, is free.
Result<ChosenFee> ChooseFee(const std::vector<catalog::Fee>& fees, dossier::Channel channel,
                            std::optional<int> fee_index);

}  // namespace motcua::payment
