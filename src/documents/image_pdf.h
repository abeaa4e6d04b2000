// SPDX-License-Identifier: Apache-2.0
// Turning scanned images (JPEG, PNG, TIFF) into a PDF with one A4 page per image, optionally
// with a line of text at the foot of each page.
#pragma once

#include <string>
#include <string_view>

#include "common/result.h"

namespace motcua::documents {

struct ImagePdfOptions {
  // One line of UTF-8 text (Vietnamese allowed) set small in DejaVu Serif, centred at the
  // bottom of every page, cut with "…" when longer than the page is wide. None when empty.
  std::string footer;
  // The resolution PDF pages are rendered at when the input is a PDF.
  double pdf_dpi = 200;
};

// Returns a PDF 1.4 file written by cairo (classic xref table, so signing::PdfSigner can sign
// it) with one page per image: every page of a TIFF, the one image of a JPEG or PNG, in order.
// The kind is identified by content (blob::InspectFile), never by a name. Each page is A4,
// portrait or landscape as the image is, and the image is scaled to fit inside a 10 mm margin
// (above the footer, if any) keeping its aspect ratio, centred. Transparent pixels are laid on
// white. JPEG data is embedded as it is, without re-encoding.
// A PDF input is rasterised page by page at `options.pdf_dpi` and rebuilt the same way: a
// fallback for PDFs the signer cannot update; its text layer is lost.
// Errors: kInvalidArgument (field "file") for bytes that are not a well-formed image or PDF,
// more pages than blob::FileLimits' default, or a page over 70 megapixels (A3 at 600 dpi);
// kPayloadTooLarge over the default size limit; kInvalidArgument (field "footer") for a footer
// that is not UTF-8 or holds a line break; kInternal when cairo fails. Thread-safe.
Result<std::string> ImageFileToPdf(std::string_view bytes, const ImagePdfOptions& options = {});

}  // namespace motcua::documents
