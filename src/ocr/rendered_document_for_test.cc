// SPDX-License-Identifier: Apache-2.0
#include "ocr/rendered_document_for_test.h"

#include <cairo.h>
#include <pango/pangocairo.h>

#include <cmath>
#include <cstdint>
#include <memory>

#include "documents/cairo_ptr.h"

namespace motcua::ocr::test {
namespace {

using documents::CairoPtr;
using documents::LayoutPtr;
using documents::SurfacePtr;

LayoutPtr MakeLayout(cairo_t* cr, const std::string& text, const RenderOptions& options) {
  LayoutPtr layout(pango_cairo_create_layout(cr));
  pango_cairo_context_set_resolution(pango_layout_get_context(layout.get()), options.dpi);
  pango_layout_context_changed(layout.get());
  documents::FontDescriptionPtr font(pango_font_description_from_string(options.font));
  pango_font_description_set_size(font.get(), static_cast<int>(options.points * PANGO_SCALE));
  pango_layout_set_font_description(layout.get(), font.get());
  pango_layout_set_text(layout.get(), text.c_str(), -1);
  return layout;
}

cairo_status_t AppendToString(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

// Flips pixels chosen by a fixed linear congruential sequence, so every run is the same.
void Speckle(cairo_surface_t* surface, double fraction) {
  cairo_surface_flush(surface);
  unsigned char* data = cairo_image_surface_get_data(surface);
  const int width = cairo_image_surface_get_width(surface);
  const int height = cairo_image_surface_get_height(surface);
  const int stride = cairo_image_surface_get_stride(surface);
  const auto count = static_cast<uint64_t>(fraction * width * height);
  uint64_t state = 0x9E3779B97F4A7C15ULL;
  for (uint64_t n = 0; n < count; ++n) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    const auto x = static_cast<int>((state >> 33) % static_cast<uint64_t>(width));
    const auto y = static_cast<int>((state >> 13) % static_cast<uint64_t>(height));
    auto* pixel = reinterpret_cast<uint32_t*>(data + y * stride) + x;
    *pixel = (state >> 7) & 1 ? 0xFF000000u : 0xFFFFFFFFu;
  }
  cairo_surface_mark_dirty(surface);
}

}  // namespace

std::string RenderPng(const std::vector<std::string>& lines, const RenderOptions& options) {
  std::string text;
  for (const std::string& line : lines) text += (text.empty() ? "" : "\n") + line;

  // Measure on a scratch surface, then size the page to the text plus a margin that leaves
  // room for the rotation.
  SurfacePtr scratch(cairo_image_surface_create(CAIRO_FORMAT_RGB24, 1, 1));
  CairoPtr scratch_cr(cairo_create(scratch.get()));
  int text_w = 0, text_h = 0;
  pango_layout_get_pixel_size(MakeLayout(scratch_cr.get(), text, options).get(), &text_w, &text_h);
  const double angle = options.rotation_degrees * M_PI / 180.0;
  const int margin = options.dpi / 4;
  const int width =
      static_cast<int>(text_w * std::cos(angle) + text_h * std::sin(std::abs(angle))) + 2 * margin;
  const int height =
      static_cast<int>(text_h * std::cos(angle) + text_w * std::sin(std::abs(angle))) + 2 * margin;

  SurfacePtr surface(cairo_image_surface_create(
      options.transparent ? CAIRO_FORMAT_ARGB32 : CAIRO_FORMAT_RGB24, width, height));
  CairoPtr cr(cairo_create(surface.get()));
  cairo_set_source_rgba(cr.get(), 1, 1, 1, options.transparent ? 0 : 1);
  cairo_paint(cr.get());
  cairo_set_source_rgb(cr.get(), 0, 0, 0);
  cairo_translate(cr.get(), width / 2.0, height / 2.0);
  cairo_rotate(cr.get(), angle);
  cairo_translate(cr.get(), -text_w / 2.0, -text_h / 2.0);
  LayoutPtr layout = MakeLayout(cr.get(), text, options);
  pango_cairo_show_layout(cr.get(), layout.get());
  if (options.speckle > 0) Speckle(surface.get(), options.speckle);

  std::string png;
  cairo_surface_write_to_png_stream(surface.get(), AppendToString, &png);
  return png;
}

}  // namespace motcua::ocr::test
