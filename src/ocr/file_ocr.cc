// SPDX-License-Identifier: Apache-2.0
#include "ocr/file_ocr.h"

#include <algorithm>

#include "blob/file_inspector.h"
#include "documents/pdf_raster.h"
#include "ocr/ocr_engine.h"

namespace motcua::ocr {
namespace {

int NonSpaceCharacters(std::string_view utf8) {
  int count = 0;
  for (const char c : utf8) {
    const auto byte = static_cast<unsigned char>(c);
    // Continuation bytes (10xxxxxx) belong to the character already counted.
    if ((byte & 0xC0) != 0x80 && byte != ' ' && byte != '\n' && byte != '\r' && byte != '\t' &&
        byte != '\f') {
      ++count;
    }
  }
  return count;
}

Error Stopped() { return Error{ErrorCode::kUnavailable, "stopped"}; }

Result<FileText> RecognizePdf(std::string_view bytes, const std::stop_token& stop) {
  MOTCUA_ASSIGN_OR_RETURN(pdf, documents::PdfRaster::Open(bytes));
  FileText result;
  double confidence_sum = 0;
  for (int i = 0; i < pdf.page_count(); ++i) {
    if (stop.stop_requested()) return Stopped();
    MOTCUA_ASSIGN_OR_RETURN(text, pdf.PageText(i));
    if (NonSpaceCharacters(text) >= kMinTextLayerCharacters) {
      result.pages.push_back(std::move(text));
      continue;
    }
    // A large-format page (a plan, a poster) is read at a lower resolution rather than refused.
    MOTCUA_ASSIGN_OR_RETURN(max_dpi, pdf.MaxDpi(i));
    MOTCUA_ASSIGN_OR_RETURN(page, pdf.RenderPage(i, std::min(kOcrDpi, max_dpi)));
    MOTCUA_ASSIGN_OR_RETURN(ocr, RecognizeImage(page.png));
    result.pages.push_back(std::move(ocr.text));
    result.ocr_pages.push_back(i);
    confidence_sum += ocr.mean_confidence;
  }
  if (!result.ocr_pages.empty()) {
    result.mean_confidence = confidence_sum / static_cast<double>(result.ocr_pages.size());
  }
  return result;
}

}  // namespace

std::string FileText::Text() const {
  std::string text;
  for (size_t i = 0; i < pages.size(); ++i) {
    if (i > 0) text += '\f';
    text += pages[i];
  }
  return text;
}

Result<FileText> RecognizeFile(std::string_view bytes, std::stop_token stop) {
  MOTCUA_ASSIGN_OR_RETURN(inspected, blob::InspectFile(bytes));
  if (inspected.kind == blob::FileKind::kPdf) return RecognizePdf(bytes, stop);
  if (stop.stop_requested()) return Stopped();
  MOTCUA_ASSIGN_OR_RETURN(ocr, RecognizeImage(bytes));
  FileText result;
  result.mean_confidence = ocr.mean_confidence;
  size_t start = 0;
  for (int i = 0; i < ocr.pages; ++i) {
    // RecognizeImage separates pages with '\f'; Tesseract's own text never holds one.
    const size_t end = i + 1 < ocr.pages ? ocr.text.find('\f', start) : std::string::npos;
    result.pages.push_back(ocr.text.substr(start, end == std::string::npos ? end : end - start));
    result.ocr_pages.push_back(i);
    start = end == std::string::npos ? ocr.text.size() : end + 1;
  }
  return result;
}

}  // namespace motcua::ocr
