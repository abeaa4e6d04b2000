// SPDX-License-Identifier: Apache-2.0
// Reading PDF pages with poppler-glib: the page count, each page's text layer, and a page
// rendered to pixels (for OCR of image-only PDFs and for rebuilding a PDF as images).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "blob/file_inspector.h"
#include "common/result.h"

namespace motcua::documents {

struct PdfRasterLimits {
  int max_pages = blob::FileLimits{}.max_pages;
  // Pixels of one rendered page. An A4 page at 300 dpi is about 8.7 million, A3 at 400 dpi 31;
  // a page whose declared size would need more at the asked resolution is refused, not rendered.
  int64_t max_pixels = 40'000'000;
};

// One page rendered on white: an RGB PNG (8 bits per channel) at `dpi`.
struct RenderedPage {
  std::string png;
  int width = 0;  // pixels
  int height = 0;
  double dpi = 0;
};

// An opened PDF. Not thread-safe: use one object from one thread at a time (different objects
// may be used from different threads at once). Holds its own copy of the bytes.
class PdfRaster {
 public:
  // Parses `bytes` with poppler. kInvalidArgument (field "file") when poppler cannot open them,
  // when the PDF is encrypted with a password, has no pages, or more pages than
  // `limits.max_pages`.
  static Result<PdfRaster> Open(std::string_view bytes, const PdfRasterLimits& limits = {});

  PdfRaster(PdfRaster&&) noexcept;
  PdfRaster& operator=(PdfRaster&&) noexcept;
  ~PdfRaster();

  int page_count() const;

  // The text layer of page `index` (0-based) as poppler extracts it, UTF-8, possibly empty
  // (a scanned page has none). kInvalidArgument for an index out of range.
  Result<std::string> PageText(int index) const;

  // The highest resolution (at most 600 dpi) at which page `index` stays within
  // `limits.max_pixels`, so that a large-format page can still be rendered, only coarser.
  // kInvalidArgument for an index out of range.
  Result<double> MaxDpi(int index) const;

  // Page `index` rendered at `dpi` (1..600) onto white, annotations included. kInvalidArgument
  // for an index out of range, a bad dpi, or a page over `max_pixels` at that dpi; kInternal
  // when cairo fails.
  Result<RenderedPage> RenderPage(int index, double dpi) const;

 private:
  struct State;
  explicit PdfRaster(std::unique_ptr<State> state);
  std::unique_ptr<State> state_;
};

}  // namespace motcua::documents
