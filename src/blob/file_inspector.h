// SPDX-License-Identifier: Apache-2.0
// Recognising uploaded files by their content (magic bytes and a structural parse), never by
// their name: scans (PDF, JPEG, PNG, TIFF) and blank forms (PDF, DOCX, ODT, DOC).
#pragma once

#include <string>
#include <string_view>

#include "common/result.h"

namespace motcua::blob {

enum class FileKind { kPdf, kJpeg, kPng, kTiff, kDocx, kOdt, kDoc };

struct InspectedFile {
  FileKind kind = FileKind::kPdf;
  std::string mime;       // e.g. "application/pdf"
  int pages = 1;          // PDF pages or TIFF images; 1 for JPEG/PNG and word-processor files
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

// Identifies a document a citizen fills in (a form template): a PDF (checked as InspectFile
// checks it), a DOCX (a ZIP whose entries include [Content_Types].xml and word/...), an ODT text
// (a ZIP whose first entry "mimetype" holds application/vnd.oasis.opendocument.text) or a legacy
// Word DOC (an OLE2 compound file with a WordDocument stream). The ZIP check reads the local
// file headers only; it does not inflate anything. kInvalidArgument (field "file", reason
// "invalid_file") for anything else; kPayloadTooLarge over `max_bytes`.
Result<InspectedFile> InspectDocument(std::string_view bytes, size_t max_bytes);

}  // namespace motcua::blob
