// SPDX-License-Identifier: Apache-2.0
#include "documents/pdf_raster.h"

#include <cairo.h>
#include <poppler.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "documents/cairo_ptr.h"

namespace motcua::documents {
namespace {

using DocumentPtr = std::unique_ptr<PopplerDocument, GObjectDeleter>;
using PagePtr = std::unique_ptr<PopplerPage, GObjectDeleter>;

cairo_status_t AppendToString(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

Error NotReadable() { return Error{ErrorCode::kInvalidArgument, "Không đọc được tệp PDF", "file"}; }

}  // namespace

struct PdfRaster::State {
  DocumentPtr document;
  PdfRasterLimits limits;
  int pages = 0;

  Result<PagePtr> Page(int index) const {
    if (index < 0 || index >= pages) {
      return MakeError(ErrorCode::kInvalidArgument, "Số trang không hợp lệ", "page");
    }
    PagePtr page(poppler_document_get_page(document.get(), index));
    if (!page) return NotReadable();
    return page;
  }
};

PdfRaster::PdfRaster(std::unique_ptr<State> state) : state_(std::move(state)) {}
PdfRaster::PdfRaster(PdfRaster&&) noexcept = default;
PdfRaster& PdfRaster::operator=(PdfRaster&&) noexcept = default;
PdfRaster::~PdfRaster() = default;

Result<PdfRaster> PdfRaster::Open(std::string_view bytes, const PdfRasterLimits& limits) {
  // poppler keeps reading from the buffer for the document's lifetime, so it gets its own copy.
  GBytes* data = g_bytes_new(bytes.data(), bytes.size());
  GError* error = nullptr;
  DocumentPtr document(poppler_document_new_from_bytes(data, nullptr, &error));
  g_bytes_unref(data);
  if (!document) {
    const bool encrypted = error != nullptr && error->domain == POPPLER_ERROR &&
                           error->code == POPPLER_ERROR_ENCRYPTED;
    if (error != nullptr) g_error_free(error);
    if (encrypted) {
      return MakeError(ErrorCode::kInvalidArgument, "Tệp PDF được bảo vệ bằng mật khẩu", "file");
    }
    return NotReadable();
  }
  const int pages = poppler_document_get_n_pages(document.get());
  if (pages <= 0) return MakeError(ErrorCode::kInvalidArgument, "Tệp PDF không có trang", "file");
  if (pages > limits.max_pages) {
    return MakeError(ErrorCode::kInvalidArgument, "Tệp PDF có quá nhiều trang", "file");
  }
  auto state = std::make_unique<State>();
  state->document = std::move(document);
  state->limits = limits;
  state->pages = pages;
  return PdfRaster(std::move(state));
}

int PdfRaster::page_count() const { return state_->pages; }

Result<std::string> PdfRaster::PageText(int index) const {
  MOTCUA_ASSIGN_OR_RETURN(page, state_->Page(index));
  char* text = poppler_page_get_text(page.get());
  std::string result = text != nullptr ? text : "";
  g_free(text);
  return result;
}

Result<double> PdfRaster::MaxDpi(int index) const {
  MOTCUA_ASSIGN_OR_RETURN(page, state_->Page(index));
  double width_pt = 0, height_pt = 0;
  poppler_page_get_size(page.get(), &width_pt, &height_pt);
  const double width_in = width_pt / 72.0, height_in = height_pt / 72.0;
  if (!(width_in * height_in > 0)) return 600.0;
  const auto max_pixels = static_cast<double>(state_->limits.max_pixels);
  double dpi = std::min(600.0, std::floor(std::sqrt(max_pixels / (width_in * height_in))));
  // RenderPage rounds each side up, which can cost a step or two.
  while (dpi > 1 && std::ceil(width_in * dpi) * std::ceil(height_in * dpi) > max_pixels) --dpi;
  return dpi;
}

Result<RenderedPage> PdfRaster::RenderPage(int index, double dpi) const {
  if (!(dpi >= 1 && dpi <= 600)) {
    return MakeError(ErrorCode::kInvalidArgument, "Độ phân giải không hợp lệ", "dpi");
  }
  MOTCUA_ASSIGN_OR_RETURN(page, state_->Page(index));
  double width_pt = 0, height_pt = 0;
  poppler_page_get_size(page.get(), &width_pt, &height_pt);
  const double scale = dpi / 72.0;
  const double width = std::ceil(width_pt * scale);
  const double height = std::ceil(height_pt * scale);
  // Doubles first: a hostile MediaBox can be far beyond int range.
  if (!(width >= 1 && height >= 1) ||
      width * height > static_cast<double>(state_->limits.max_pixels)) {
    return MakeError(ErrorCode::kInvalidArgument, "Trang PDF quá lớn để chuyển thành ảnh", "file");
  }
  RenderedPage rendered{{}, static_cast<int>(width), static_cast<int>(height), dpi};
  SurfacePtr surface(
      cairo_image_surface_create(CAIRO_FORMAT_RGB24, rendered.width, rendered.height));
  CairoPtr cr(cairo_create(surface.get()));
  cairo_set_source_rgb(cr.get(), 1, 1, 1);
  cairo_paint(cr.get());
  cairo_scale(cr.get(), scale, scale);
  poppler_page_render_for_printing(page.get(), cr.get());
  cairo_surface_flush(surface.get());
  if (cairo_status(cr.get()) != CAIRO_STATUS_SUCCESS ||
      cairo_surface_write_to_png_stream(surface.get(), AppendToString, &rendered.png) !=
          CAIRO_STATUS_SUCCESS) {
    return MakeError(ErrorCode::kInternal, "cairo failed to render a PDF page");
  }
  return rendered;
}

}  // namespace motcua::documents
