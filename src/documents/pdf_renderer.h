// SPDX-License-Identifier: Apache-2.0
// Lays out a Document on A4 pages and writes it as PDF with cairo + pango.
#pragma once

#include <string>

#include "common/result.h"
#include "documents/document.h"

namespace motcua::documents {

// The font every document is set in. DejaVu Serif (Debian: fonts-dejavu-core) has precomposed
// glyphs for all of Vietnamese, so text extracted from the PDF keeps its diacritics.
inline constexpr char kFontFamily[] = "DejaVu Serif";

// Renders `doc` as a PDF 1.4 file and returns its bytes: A4 portrait, margins of 20 mm top and
// bottom, 30 mm left and 15 mm right (the layout of Decree 30/2020/ND-CP on official papers), the
// agency and motto header on the first page, text that wraps and blocks that move to a new page
// when they do not fit. QR codes are drawn as vector squares. The file uses a classic xref table,
// which is what signing::PdfSigner's incremental update expects.
// Returns kInvalidArgument for text that is not UTF-8, a table row whose cell count differs from
// its header, or a QR payload that cannot be encoded; kInternal if cairo fails. Thread-safe.
Result<std::string> RenderPdf(const Document& doc);

}  // namespace motcua::documents
