// SPDX-License-Identifier: Apache-2.0
// Reading Vietnamese text from scanned images with Tesseract and its "vie" model.
#pragma once

#include <string>
#include <string_view>

#include "common/result.h"

namespace motcua::ocr {

struct OcrResult {
  std::string text;        // UTF-8, lines ended by '\n'; pages separated by '\f'
  double mean_confidence;  // Tesseract's mean word confidence over the pages, 0..1
  int pages;
};

// Recognises the text of a scanned image (PNG, JPEG, or every page of a TIFF), identified by
// its content (blob::InspectFile), with Tesseract's LSTM engine and the Vietnamese model.
// Errors: kInvalidArgument (field "file") for bytes that are not a well-formed image, for more
// pages than blob::FileLimits' default, or for a page over 150 megapixels; kPayloadTooLarge
// over the default size limit; kFailedPrecondition for a PDF (RecognizeFile in file_ocr.h reads
// PDFs);
// kUnavailable when the "vie" model is not installed; kInternal when Tesseract fails.
// Thread-safe: engines come from a small pool guarded by a mutex (one TessBaseAPI is never used
// by two threads at once), so concurrent calls run in parallel without reloading the model.
Result<OcrResult> RecognizeImage(std::string_view image_bytes);

}  // namespace motcua::ocr
