// SPDX-License-Identifier: Apache-2.0
// Recognising uploaded scans by their content (magic bytes and a structural parse), never by
// their name: PDF, JPEG, PNG and TIFF.
#pragma once

#include <string>
#include <string_view>

#include "common/result.h"

namespace motcua::blob {

enum class FileKind { kPdf, kJpeg, kPng, kTiff };

struct InspectedFile {
  FileKind kind = FileKind::kPdf;
  std::string mime;       // e.g. "application/pdf"
  int pages = 1;          // PDF pages or TIFF images; 1 for JPEG/PNG
  int width = 0;          // pixels, for images (0 for PDF)
  int height = 0;
};

struct FileLimits {
  size_t max_bytes = 20 * 1024 * 1024;
  int max_pages = 200;
};

// Identifies `bytes` and checks their structure: PNG chunks with their CRCs up to IEND, JPEG
// markers up to a frame header and the end-of-image marker, TIFF image directories (pages), and
// a PDF header with a trailer whose startxref points into the file. kInvalidArgument (field
// "file") for anything else, a truncated or malformed file, or one over the limits
// (kPayloadTooLarge for size).
Result<InspectedFile> InspectFile(std::string_view bytes, const FileLimits& limits = {});

}  // namespace motcua::blob
