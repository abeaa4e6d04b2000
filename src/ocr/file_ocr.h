// SPDX-License-Identifier: Apache-2.0
// Reading the text of an uploaded file, whatever its kind: scans are OCR'd, PDF pages with a
// real text layer keep it, image-only PDF pages are rendered and OCR'd.
#pragma once

#include <stop_token>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"

namespace motcua::ocr {

struct FileText {
  std::vector<std::string> pages;  // UTF-8 text of each page, in order
  std::vector<int> ocr_pages;      // 0-based pages read by OCR; the others had a text layer
  // Tesseract's mean word confidence over the OCR'd pages, 0..1; 1 when no page needed OCR
  // (a text layer is exact).
  double mean_confidence = 1;

  // The pages joined by '\f'.
  std::string Text() const;
};

// A PDF page whose text layer has fewer non-space characters than this is treated as a scan:
// a stamped page number or a header line does not make a page searchable.
inline constexpr int kMinTextLayerCharacters = 16;

// The resolution image-only PDF pages are rendered at for Tesseract.
inline constexpr double kOcrDpi = 300;

// Reads the text of a PNG, JPEG, TIFF (every page) or PDF, identified by content. For a PDF,
// each page with a text layer of at least kMinTextLayerCharacters uses it; every other page is
// rendered at kOcrDpi (lower for a page too large for documents::PdfRasterLimits at that
// resolution) and OCR'd with RecognizeImage. Errors: those of blob::InspectFile,
// RecognizeImage and documents::PdfRaster (kInvalidArgument with field "file" for an unreadable
// file or one over the page or pixel limits, kUnavailable when the Vietnamese model is not
// installed, kInternal when Tesseract or cairo fails); kUnavailable ("stopped") when `stop` is
// requested, checked before each PDF page and before an image file. Thread-safe; CPU-heavy
// (one to a few seconds per OCR'd page).
Result<FileText> RecognizeFile(std::string_view bytes, std::stop_token stop = {});

}  // namespace motcua::ocr
