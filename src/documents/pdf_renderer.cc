// SPDX-License-Identifier: Apache-2.0
#include "documents/pdf_renderer.h"

#include <cairo-pdf.h>
#include <cairo.h>
#include <glib.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <memory>
#include <string_view>
#include <vector>

#include "documents/cairo_ptr.h"
#include "documents/qr_code.h"

namespace motcua::documents {
namespace {

constexpr double kPointsPerMm = 72.0 / 25.4;
constexpr double kPageWidth = 210 * kPointsPerMm;
constexpr double kPageHeight = 297 * kPointsPerMm;
constexpr double kMarginTop = 20 * kPointsPerMm;
constexpr double kMarginBottom = 20 * kPointsPerMm;
constexpr double kMarginLeft = 30 * kPointsPerMm;
constexpr double kMarginRight = 15 * kPointsPerMm;
constexpr double kCellPadding = 3;

cairo_status_t AppendToString(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

// How a piece of text is set: size in points, weight, style, alignment.
struct TextStyle {
  double size = 12;
  bool bold = false;
  bool italic = false;
  PangoAlignment align = PANGO_ALIGN_LEFT;
  bool justify = false;
};

// Walks down the page, drawing blocks and starting a new page when one does not fit.
class Layouter {
 public:
  explicit Layouter(cairo_t* cr) : cr_(cr), context_(pango_cairo_create_context(cr)) {
    // One pango unit of size is one PDF point (pango assumes 96 dpi otherwise).
    pango_cairo_context_set_resolution(context_.get(), 72);
  }

  double content_width() const { return kPageWidth - kMarginLeft - kMarginRight; }

  // A laid-out paragraph of `text` (bold from byte 0 to `bold_prefix` bytes, if non-zero).
  LayoutPtr Text(std::string_view text, const TextStyle& style, double width,
                 size_t bold_prefix = 0) {
    LayoutPtr layout(pango_layout_new(context_.get()));
    PangoFontDescription* font = pango_font_description_new();
    pango_font_description_set_family(font, kFontFamily);
    pango_font_description_set_size(font, static_cast<int>(style.size * PANGO_SCALE));
    pango_font_description_set_weight(font, style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_font_description_set_style(font, style.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
    pango_layout_set_font_description(layout.get(), font);
    pango_font_description_free(font);
    pango_layout_set_width(layout.get(), static_cast<int>(width * PANGO_SCALE));
    pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
    pango_layout_set_alignment(layout.get(), style.align);
    pango_layout_set_justify(layout.get(), style.justify);
    pango_layout_set_text(layout.get(), text.data(), static_cast<int>(text.size()));
    if (bold_prefix > 0) {
      PangoAttrList* attrs = pango_attr_list_new();
      PangoAttribute* bold = pango_attr_weight_new(PANGO_WEIGHT_BOLD);
      bold->start_index = 0;
      bold->end_index = static_cast<guint>(bold_prefix);
      pango_attr_list_insert(attrs, bold);
      pango_layout_set_attributes(layout.get(), attrs);
      pango_attr_list_unref(attrs);
    }
    return layout;
  }

  static double Height(PangoLayout* layout) {
    int width = 0, height = 0;
    pango_layout_get_size(layout, &width, &height);
    return static_cast<double>(height) / PANGO_SCALE;
  }

  void Skip(double points) { y_ += points; }

  void Draw(PangoLayout* layout, double x, double y) {
    cairo_move_to(cr_, x, y);
    pango_cairo_show_layout(cr_, layout);
  }

  // Starts a new page unless `height` more points fit on this one (or the page is still empty).
  void EnsureSpace(double height) {
    if (y_ + height <= kPageHeight - kMarginBottom || y_ <= kMarginTop) return;
    cairo_show_page(cr_);
    y_ = kMarginTop;
  }

  void Paragraph(std::string_view text, const TextStyle& style, double space_after,
                 size_t bold_prefix = 0) {
    LayoutPtr layout = Text(text, style, content_width(), bold_prefix);
    // Lines go one by one so that a long paragraph can continue on the next page.
    PangoLayoutIter* iter = pango_layout_get_iter(layout.get());
    do {
      int baseline = pango_layout_iter_get_baseline(iter);
      PangoRectangle logical;
      pango_layout_iter_get_line_extents(iter, nullptr, &logical);
      const double line_height = static_cast<double>(logical.height) / PANGO_SCALE;
      EnsureSpace(line_height);
      const double ascent = static_cast<double>(baseline - logical.y) / PANGO_SCALE;
      // Line extents carry the offset that centring or right alignment gives the line.
      cairo_move_to(cr_, kMarginLeft + static_cast<double>(logical.x) / PANGO_SCALE, y_ + ascent);
      pango_cairo_show_layout_line(cr_, pango_layout_iter_get_line_readonly(iter));
      y_ += line_height;
    } while (pango_layout_iter_next_line(iter));
    pango_layout_iter_free(iter);
    y_ += space_after;
  }

  void Header(const Document& doc) {
    const double left_width = content_width() * 0.38;
    const double right_width = content_width() - left_width;
    const double left_bottom = HeaderColumn(doc.header_left, kMarginLeft, left_width, false);
    const double right_bottom =
        HeaderColumn(doc.header_right, kMarginLeft + left_width, right_width, true);
    y_ = std::max(left_bottom, right_bottom) + 8 * kPointsPerMm;
  }

  void Table(const DocumentBlock& block) {
    const double column = content_width() / static_cast<double>(block.header.size());
    Row(block.header, column, true);
    for (const auto& row : block.rows) {
      if (!Row(row, column, false)) {
        Row(block.header, column, true);
        Row(row, column, false);
      }
    }
    y_ += 6;
  }

  void Qr(const QrMatrix& qr, const DocumentBlock& block) {
    const double side = block.size_mm * kPointsPerMm;
    LayoutPtr caption = Text(block.caption, TextStyle{.size = 9}, content_width());
    const double caption_height = block.caption.empty() ? 0 : Height(caption.get());
    EnsureSpace(side + caption_height);
    // Four light modules of quiet zone on every side, as ISO/IEC 18004 asks.
    const double module = side / (qr.size + 8);
    const double x0 = kMarginLeft + 4 * module, y0 = y_ + 4 * module;
    for (int r = 0; r < qr.size; ++r) {
      for (int c = 0; c < qr.size;) {
        if (!qr.At(r, c)) {
          ++c;
          continue;
        }
        int end = c;
        while (end < qr.size && qr.At(r, end)) ++end;
        // One rectangle per run of dark modules, so viewers draw no hairlines between them.
        cairo_rectangle(cr_, x0 + c * module, y0 + r * module, (end - c) * module, module);
        c = end;
      }
    }
    cairo_set_source_rgb(cr_, 0, 0, 0);
    cairo_fill(cr_);
    y_ += side;
    if (!block.caption.empty()) Draw(caption.get(), kMarginLeft, y_);
    y_ += caption_height + 6;
  }

  // The label, then a dotted line from its end to the right margin, on the label's baseline;
  // the line is tall enough to write in by hand.
  void FillLine(const DocumentBlock& block) {
    LayoutPtr label = Text(block.text, {.size = 12}, content_width());
    const double height = std::max(Height(label.get()), 8 * kPointsPerMm);
    EnsureSpace(height);
    PangoRectangle logical;
    pango_layout_get_extents(label.get(), nullptr, &logical);
    const double label_width = block.text.empty() ? 0 : double(logical.width) / PANGO_SCALE + 4;
    const double top = y_ + height - Height(label.get());
    const double baseline = top + double(pango_layout_get_baseline(label.get())) / PANGO_SCALE;
    if (!block.text.empty()) Draw(label.get(), kMarginLeft, top);
    static constexpr double kDash[] = {0.1, 3};
    cairo_save(cr_);
    cairo_set_dash(cr_, kDash, 2, 0);
    cairo_set_line_cap(cr_, CAIRO_LINE_CAP_ROUND);
    cairo_set_line_width(cr_, 1);
    cairo_move_to(cr_, kMarginLeft + label_width, baseline);
    cairo_line_to(cr_, kMarginLeft + content_width(), baseline);
    cairo_stroke(cr_);
    cairo_restore(cr_);
    y_ += height + 2;
  }

  void SignatureBox(const DocumentBlock& block) {
    const double width = content_width() / 2;
    const double x = kMarginLeft + width;
    if (!block.date_line.empty()) {
      LayoutPtr date = Text(block.date_line,
                            {.size = 12, .italic = true, .align = PANGO_ALIGN_CENTER}, width);
      EnsureSpace(Height(date.get()));
      Draw(date.get(), x, y_);
      y_ += Height(date.get());
    }
    LayoutPtr role =
        Text(block.text, {.size = 12, .bold = true, .align = PANGO_ALIGN_CENTER}, width);
    LayoutPtr hint = Text("(Ký, ghi rõ họ tên)",
                          {.size = 11, .italic = true, .align = PANGO_ALIGN_CENTER}, width);
    LayoutPtr name =
        Text(block.caption, {.size = 12, .bold = true, .align = PANGO_ALIGN_CENTER}, width);
    const double gap = 25 * kPointsPerMm;
    EnsureSpace(Height(role.get()) + Height(hint.get()) + gap + Height(name.get()));
    Draw(role.get(), x, y_);
    y_ += Height(role.get());
    Draw(hint.get(), x, y_);
    y_ += Height(hint.get()) + gap;
    Draw(name.get(), x, y_);
    y_ += Height(name.get()) + 6;
  }

 private:
  // Draws centred header lines (all bold, or only the last) with a short rule under them, and
  // returns the y below the rule.
  double HeaderColumn(const std::string& text, double x, double width, bool all_bold) {
    double y = kMarginTop;
    if (text.empty()) return y;  // a blank form has no issuing agency
    size_t start = 0;
    while (start <= text.size() && !text.empty()) {
      size_t end = text.find('\n', start);
      if (end == std::string::npos) end = text.size();
      const bool last = end == text.size();
      LayoutPtr line =
          Text(std::string_view(text).substr(start, end - start),
               {.size = 11, .bold = all_bold || last, .align = PANGO_ALIGN_CENTER}, width);
      Draw(line.get(), x, y);
      y += Height(line.get());
      start = end + 1;
    }
    const double rule = width / 3;
    cairo_set_line_width(cr_, 0.6);
    cairo_move_to(cr_, x + (width - rule) / 2, y + 2);
    cairo_line_to(cr_, x + (width + rule) / 2, y + 2);
    cairo_stroke(cr_);
    return y + 2;
  }

  // Draws one table row with its borders. Returns false, drawing nothing, when the row does not
  // fit on this page and a new page was started (the caller repeats the header there).
  bool Row(const std::vector<std::string>& cells, double column, bool bold) {
    std::vector<LayoutPtr> layouts;
    double height = 0;
    for (const auto& cell : cells) {
      layouts.push_back(Text(
          cell, {.size = 11, .bold = bold, .align = bold ? PANGO_ALIGN_CENTER : PANGO_ALIGN_LEFT},
          column - 2 * kCellPadding));
      height = std::max(height, Height(layouts.back().get()) + 2 * kCellPadding);
    }
    const double before = y_;
    EnsureSpace(height);
    if (y_ < before && !bold) return false;
    cairo_set_line_width(cr_, 0.5);
    for (size_t i = 0; i < layouts.size(); ++i) {
      const double x = kMarginLeft + static_cast<double>(i) * column;
      Draw(layouts[i].get(), x + kCellPadding, y_ + kCellPadding);
      cairo_rectangle(cr_, x, y_, column, height);
      cairo_stroke(cr_);
    }
    y_ += height;
    return true;
  }

  cairo_t* cr_;
  std::unique_ptr<PangoContext, GObjectDeleter> context_;
  double y_ = kMarginTop;
};

Status Validate(const Document& doc) {
  auto utf8 = [](const std::string& s) {
    return g_utf8_validate(s.data(), static_cast<gssize>(s.size()), nullptr) == TRUE;
  };
  bool ok = utf8(doc.title) && utf8(doc.header_left) && utf8(doc.header_right);
  for (const auto& b : doc.blocks) {
    ok = ok && utf8(b.text) && utf8(b.caption) && utf8(b.date_line);
    for (const auto& [k, v] : b.pairs) ok = ok && utf8(k) && utf8(v);
    for (const auto& h : b.header) ok = ok && utf8(h);
    for (const auto& row : b.rows) {
      if (row.size() != b.header.size()) {
        return MakeError(ErrorCode::kInvalidArgument,
                         "table row has " + std::to_string(row.size()) + " cells, header has " +
                             std::to_string(b.header.size()),
                         "blocks");
      }
      for (const auto& cell : row) ok = ok && utf8(cell);
    }
    if (b.kind == DocumentBlock::Kind::kTable && b.header.empty()) {
      return MakeError(ErrorCode::kInvalidArgument, "table has no columns", "blocks");
    }
  }
  if (!ok) return MakeError(ErrorCode::kInvalidArgument, "document text is not valid UTF-8");
  return Ok();
}

Status DrawBlock(Layouter& page, const DocumentBlock& block) {
  using Kind = DocumentBlock::Kind;
  switch (block.kind) {
    case Kind::kTitle:
      page.Paragraph(block.text, {.size = 14, .bold = true, .align = PANGO_ALIGN_CENTER}, 10);
      break;
    case Kind::kHeading:
      page.Skip(4);
      page.Paragraph(block.text, {.size = 12, .bold = true}, 4);
      break;
    case Kind::kParagraph:
      page.Paragraph(block.text, {.size = 12, .justify = true}, 6);
      break;
    case Kind::kKeyValue:
      for (const auto& [key, value] : block.pairs) {
        page.Paragraph(key + ": " + value, {.size = 12}, 2, key.size() + 1);
      }
      break;
    case Kind::kTable:
      page.Table(block);
      break;
    case Kind::kQr: {
      MOTCUA_ASSIGN_OR_RETURN(qr, EncodeQr(block.text));
      page.Qr(qr, block);
      break;
    }
    case Kind::kSignatureBox:
      page.SignatureBox(block);
      break;
    case Kind::kFillLine:
      page.FillLine(block);
      break;
  }
  return Ok();
}

}  // namespace

Result<std::string> RenderPdf(const Document& doc) {
  MOTCUA_TRY(Validate(doc));
  std::string out;
  SurfacePtr surface(
      cairo_pdf_surface_create_for_stream(AppendToString, &out, kPageWidth, kPageHeight));
  // PDF 1.4 keeps newer cairo from writing object and xref streams, which PdfSigner refuses.
  cairo_pdf_surface_restrict_to_version(surface.get(), CAIRO_PDF_VERSION_1_4);
  cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE, doc.title.c_str());
  cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATOR, "motcua");
  {
    CairoPtr cr(cairo_create(surface.get()));
    cairo_set_source_rgb(cr.get(), 0, 0, 0);
    Layouter page(cr.get());
    page.Header(doc);
    for (const auto& block : doc.blocks) MOTCUA_TRY(DrawBlock(page, block));
    if (cairo_status(cr.get()) != CAIRO_STATUS_SUCCESS) {
      return MakeError(ErrorCode::kInternal,
                       std::string("cairo: ") + cairo_status_to_string(cairo_status(cr.get())));
    }
  }
  cairo_surface_finish(surface.get());
  if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS) {
    return MakeError(
        ErrorCode::kInternal,
        std::string("cairo: ") + cairo_status_to_string(cairo_surface_status(surface.get())));
  }
  return out;
}

}  // namespace motcua::documents
