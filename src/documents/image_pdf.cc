// SPDX-License-Identifier: Apache-2.0
#include "documents/image_pdf.h"

#include <cairo-pdf.h>
#include <cairo.h>
#include <leptonica/allheaders.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <vector>

#include "blob/file_inspector.h"
#include "documents/cairo_ptr.h"
#include "documents/image_pages.h"
#include "documents/pdf_raster.h"
#include "documents/pdf_renderer.h"

namespace motcua::documents {
namespace {

constexpr double kPointsPerMm = 72.0 / 25.4;
constexpr double kA4Short = 210 * kPointsPerMm;
constexpr double kA4Long = 297 * kPointsPerMm;
constexpr double kMargin = 10 * kPointsPerMm;
constexpr double kFooterPoints = 8;
constexpr double kFooterGap = 4;
// A3 at 600 dpi is about 70 million pixels; one page of that decodes to 280 MB twice over
// (leptonica's and cairo's copies), which is as much as one request should hold.
constexpr int64_t kMaxPixels = 70'000'000;

cairo_status_t AppendToString(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

Error NotReadable() { return Error{ErrorCode::kInvalidArgument, "Không đọc được ảnh", "file"}; }

bool TooLarge(int64_t width, int64_t height) { return width * height > kMaxPixels; }

Result<std::vector<PixPtr>> DecodeImages(std::string_view bytes, blob::FileKind kind) {
  MOTCUA_ASSIGN_OR_RETURN(pages, DecodeImagePages(bytes, kind));
  for (const PixPtr& page : pages) {
    if (TooLarge(pixGetWidth(page.get()), pixGetHeight(page.get()))) {
      return MakeError(ErrorCode::kInvalidArgument, "Ảnh quá lớn", "file");
    }
  }
  return pages;
}

// The page as a cairo RGB24 surface, transparency laid on white.
Result<SurfacePtr> ToSurface(PIX* source) {
  PixPtr opaque(pixGetSpp(source) == 4 && pixGetDepth(source) == 32
                    ? pixAlphaBlendUniform(source, 0xffffff00)
                    : pixClone(source));
  PixPtr rgb(opaque ? pixConvertTo32(opaque.get()) : nullptr);
  if (!rgb) return NotReadable();
  const int width = pixGetWidth(rgb.get());
  const int height = pixGetHeight(rgb.get());
  SurfacePtr surface(cairo_image_surface_create(CAIRO_FORMAT_RGB24, width, height));
  if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS) {
    return MakeError(ErrorCode::kInternal, "cairo could not allocate an image surface");
  }
  cairo_surface_flush(surface.get());
  unsigned char* out = cairo_image_surface_get_data(surface.get());
  const int stride = cairo_image_surface_get_stride(surface.get());
  const l_uint32* in = pixGetData(rgb.get());
  const int wpl = pixGetWpl(rgb.get());
  // Leptonica packs a pixel as 0xRRGGBBAA in one word, cairo's RGB24 as 0x00RRGGBB.
  for (int y = 0; y < height; ++y) {
    auto* row = reinterpret_cast<uint32_t*>(out + static_cast<ptrdiff_t>(y) * stride);
    const l_uint32* line = in + static_cast<ptrdiff_t>(y) * wpl;
    for (int x = 0; x < width; ++x) row[x] = line[x] >> 8;
  }
  cairo_surface_mark_dirty(surface.get());
  return surface;
}

// A JPEG in a colour space cairo writes correctly (gray or YCbCr) is embedded as it is.
void KeepJpegData(cairo_surface_t* surface, std::string_view bytes) {
  l_int32 width = 0, height = 0, spp = 0, ycck = 0, cmyk = 0;
  if (readHeaderMemJpeg(reinterpret_cast<const l_uint8*>(bytes.data()), bytes.size(), &width,
                        &height, &spp, &ycck, &cmyk) != 0 ||
      ycck || cmyk || (spp != 1 && spp != 3)) {
    return;
  }
  // The bytes outlive the PDF surface: ImageFileToPdf finishes it before returning.
  cairo_surface_set_mime_data(surface, CAIRO_MIME_TYPE_JPEG,
                              reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(),
                              nullptr, nullptr);
}

class PageWriter {
 public:
  PageWriter(cairo_surface_t* pdf, cairo_t* cr, const std::string& footer)
      : pdf_(pdf), cr_(cr), footer_(footer) {}

  void Add(cairo_surface_t* image) {
    const double image_w = cairo_image_surface_get_width(image);
    const double image_h = cairo_image_surface_get_height(image);
    const bool landscape = image_w > image_h;
    const double page_w = landscape ? kA4Long : kA4Short;
    const double page_h = landscape ? kA4Short : kA4Long;
    cairo_pdf_surface_set_size(pdf_, page_w, page_h);

    double bottom = page_h - kMargin;
    if (!footer_.empty()) {
      LayoutPtr layout = Footer(page_w - 2 * kMargin);
      int width = 0, height = 0;
      pango_layout_get_size(layout.get(), &width, &height);
      const double footer_h = static_cast<double>(height) / PANGO_SCALE;
      bottom -= footer_h;
      cairo_set_source_rgb(cr_, 0, 0, 0);
      cairo_move_to(cr_, kMargin, bottom);
      pango_cairo_show_layout(cr_, layout.get());
      bottom -= kFooterGap;
    }
    const double area_w = page_w - 2 * kMargin;
    const double area_h = bottom - kMargin;
    const double scale = std::min(area_w / image_w, area_h / image_h);
    cairo_save(cr_);
    cairo_translate(cr_, kMargin + (area_w - image_w * scale) / 2,
                    kMargin + (area_h - image_h * scale) / 2);
    cairo_scale(cr_, scale, scale);
    cairo_set_source_surface(cr_, image, 0, 0);
    cairo_paint(cr_);
    cairo_restore(cr_);
    cairo_show_page(cr_);
  }

 private:
  LayoutPtr Footer(double width) {
    LayoutPtr layout(pango_cairo_create_layout(cr_));
    // One pango unit of size is one PDF point (pango assumes 96 dpi otherwise).
    pango_cairo_context_set_resolution(pango_layout_get_context(layout.get()), 72);
    pango_layout_context_changed(layout.get());
    FontDescriptionPtr font(pango_font_description_new());
    pango_font_description_set_family(font.get(), kFontFamily);
    pango_font_description_set_size(font.get(), static_cast<int>(kFooterPoints * PANGO_SCALE));
    pango_layout_set_font_description(layout.get(), font.get());
    pango_layout_set_width(layout.get(), static_cast<int>(width * PANGO_SCALE));
    pango_layout_set_ellipsize(layout.get(), PANGO_ELLIPSIZE_END);
    pango_layout_set_alignment(layout.get(), PANGO_ALIGN_CENTER);
    pango_layout_set_text(layout.get(), footer_.data(), static_cast<int>(footer_.size()));
    return layout;
  }

  cairo_surface_t* pdf_;
  cairo_t* cr_;
  const std::string& footer_;
};

Status AddPage(PageWriter& writer, PIX* page, std::string_view jpeg) {
  MOTCUA_ASSIGN_OR_RETURN(image, ToSurface(page));
  if (!jpeg.empty()) KeepJpegData(image.get(), jpeg);
  writer.Add(image.get());
  return Ok();
}

// Pages go one at a time so that a long PDF never has more than one page decoded at once.
Status AddPages(PageWriter& writer, std::string_view bytes, const blob::InspectedFile& file,
                double dpi) {
  if (file.kind != blob::FileKind::kPdf) {
    if (TooLarge(file.width, file.height)) {
      return MakeError(ErrorCode::kInvalidArgument, "Ảnh quá lớn", "file");
    }
    MOTCUA_ASSIGN_OR_RETURN(pages, DecodeImages(bytes, file.kind));
    const bool jpeg = file.kind == blob::FileKind::kJpeg;
    for (const PixPtr& page : pages) {
      MOTCUA_TRY(AddPage(writer, page.get(), jpeg ? bytes : std::string_view()));
    }
    return Ok();
  }
  MOTCUA_ASSIGN_OR_RETURN(pdf, PdfRaster::Open(bytes));
  for (int i = 0; i < pdf.page_count(); ++i) {
    MOTCUA_ASSIGN_OR_RETURN(page, pdf.RenderPage(i, dpi));
    MOTCUA_ASSIGN_OR_RETURN(decoded, DecodeImages(page.png, blob::FileKind::kPng));
    MOTCUA_TRY(AddPage(writer, decoded.front().get(), {}));
  }
  return Ok();
}

}  // namespace

Result<std::string> ImageFileToPdf(std::string_view bytes, const ImagePdfOptions& options) {
  if (!g_utf8_validate(options.footer.data(), static_cast<gssize>(options.footer.size()),
                       nullptr) ||
      options.footer.find_first_of("\r\n") != std::string::npos) {
    return MakeError(ErrorCode::kInvalidArgument, "Chân trang phải là một dòng chữ", "footer");
  }
  MOTCUA_ASSIGN_OR_RETURN(file, blob::InspectFile(bytes));

  std::string out;
  SurfacePtr pdf(cairo_pdf_surface_create_for_stream(AppendToString, &out, kA4Short, kA4Long));
  cairo_pdf_surface_restrict_to_version(pdf.get(), CAIRO_PDF_VERSION_1_4);
  CairoPtr cr(cairo_create(pdf.get()));
  PageWriter writer(pdf.get(), cr.get(), options.footer);
  const Status added = AddPages(writer, bytes, file, options.pdf_dpi);
  const cairo_status_t status = cairo_status(cr.get());
  cr.reset();
  cairo_surface_finish(pdf.get());
  if (!added) return added.error();
  if (status != CAIRO_STATUS_SUCCESS || cairo_surface_status(pdf.get()) != CAIRO_STATUS_SUCCESS) {
    return MakeError(ErrorCode::kInternal, "cairo failed to write the image PDF");
  }
  return out;
}

}  // namespace motcua::documents
