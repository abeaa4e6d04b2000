// SPDX-License-Identifier: Apache-2.0
// Reading PDF stream objects (ISO 32000-1 section 7.3.8): where the data is, and decoding it
// when it is unfiltered or FlateDecode with or without PNG predictors, which is what
// cross-reference and object streams use.
#pragma once

#include <string>
#include <string_view>

#include "common/result.h"

namespace motcua::signing {

// The raw data of the stream whose dictionary `dict` ends at `dict_end` in `pdf`: the bytes after
// the "stream" keyword and its end-of-line, /Length long (/Length must be a direct integer).
// kInvalidArgument when there is no stream there or it runs past the end.
Result<std::string_view> StreamData(std::string_view pdf, size_t dict_end, std::string_view dict);

// `raw` decoded per `dict`'s /Filter and /DecodeParms. Supports no filter and /FlateDecode with
// /Predictor 1 or 10-15 (PNG); anything else, or corrupt data, is kInvalidArgument. Output is
// capped at 64 MiB.
Result<std::string> DecodeStream(std::string_view dict, std::string_view raw);

}  // namespace motcua::signing
