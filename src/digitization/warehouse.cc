// SPDX-License-Identifier: Apache-2.0
#include "digitization/warehouse.h"

namespace motcua::digitization {

std::string_view DocumentKindName(DocumentKind k) {
  return k == DocumentKind::kResult ? "result" : "digitized_copy";
}

bool IsValidOn(const WarehouseDocument& d, Date day) {
  if (d.revoked) return false;
  return !d.valid_until || !(*d.valid_until < day);
}

}  // namespace motcua::digitization
