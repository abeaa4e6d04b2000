// SPDX-License-Identifier: Apache-2.0
// Decoding scanned images into leptonica pages: every page of a TIFF, the one image of a JPEG or
// PNG. Shared by the image-to-PDF conversion and OCR.
#pragma once

#include <leptonica/allheaders.h>

#include <memory>
#include <string_view>
#include <vector>

#include "blob/file_inspector.h"
#include "common/result.h"

namespace motcua::documents {

struct PixDeleter {
  void operator()(PIX* pix) const { pixDestroy(&pix); }
};
using PixPtr = std::unique_ptr<PIX, PixDeleter>;

// The pages of `bytes`, whose kind was found by blob::InspectFile. kInvalidArgument (field
// "file", "Không đọc được ảnh") when leptonica cannot decode a page. Callers check sizes.
Result<std::vector<PixPtr>> DecodeImagePages(std::string_view bytes, blob::FileKind kind);

}  // namespace motcua::documents
