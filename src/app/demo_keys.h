// SPDX-License-Identifier: Apache-2.0
// The demo's signing keys: a local test CA and one signing certificate per agency, as files in
// the data directory (in production an admin installs each agency's PKCS#12 instead).
#pragma once

#include <string>
#include <vector>

#include "common/clock.h"
#include "common/result.h"
#include "org/org.h"

namespace motcua::app {

// Writes <data_dir>/keys/ca.pem (the CA certificate, to trust when verifying),
// <data_dir>/keys/ca-key.pem, and <data_dir>/keys/<agency code>.p12 for every agency, each
// PKCS#12 protected by `password`, which is written beside it as <agency code>.pass (the layout
// signing::KeyRing reads). Private material is written readable by the owner only.
// kUnavailable when the files cannot be written.
Status CreateDemoKeys(const std::string& data_dir, const std::vector<org::Agency>& agencies,
                      const std::string& password, Timestamp now);

}  // namespace motcua::app
