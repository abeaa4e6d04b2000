// SPDX-License-Identifier: Apache-2.0
// Base64 (RFC 4648, standard alphabet, padded): signatures stored in TEXT columns and sent in
// JSON.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace motcua::transfer {

// `bytes` in base64 with '=' padding and no line breaks.
std::string Base64Encode(std::string_view bytes);

// The bytes of a padded base64 text without whitespace; nullopt when it is not one.
std::optional<std::string> Base64Decode(std::string_view text);

}  // namespace motcua::transfer
