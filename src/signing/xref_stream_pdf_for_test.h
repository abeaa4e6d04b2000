// SPDX-License-Identifier: Apache-2.0
// For tests only: a one-page PDF 1.5 written the way modern producers write them, with its
// catalog, page tree, page and font inside a compressed object stream and a compressed
// cross-reference stream with the PNG Up predictor. The page shows "Hello motcua".
#pragma once

#include <zlib.h>

#include <string>
#include <string_view>
#include <vector>

namespace motcua::signing::testing {

inline std::string Deflate(std::string_view data) {
  uLongf size = compressBound(static_cast<uLong>(data.size()));
  std::string out(size, '\0');
  compress2(reinterpret_cast<Bytef*>(out.data()), &size,
            reinterpret_cast<const Bytef*>(data.data()), static_cast<uLong>(data.size()), 9);
  out.resize(size);
  return out;
}

inline std::string XrefStreamPdf() {
  std::string pdf = "%PDF-1.5\n%\xe2\xe3\xcf\xd3\n";
  const std::string content = "BT /F1 24 Tf 72 720 Td (Hello motcua) Tj ET";
  const size_t content_at = pdf.size();
  pdf += "4 0 obj\n<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content +
         "\nendstream\nendobj\n";
  // Object stream 6 holds objects 1, 2, 3 and 5 (section 7.5.7).
  const std::vector<std::pair<int, std::string>> packed = {
      {1, "<< /Type /Catalog /Pages 2 0 R >>"},
      {2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>"},
      {3,
       "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
       "/Resources << /Font << /F1 5 0 R >> >> >>"},
      {5, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"},
  };
  std::string header, bodies;
  for (const auto& [number, body] : packed) {
    header += std::to_string(number) + " " + std::to_string(bodies.size()) + " ";
    bodies += body + "\n";
  }
  const std::string objstm = Deflate(header + bodies);
  const size_t objstm_at = pdf.size();
  pdf += "6 0 obj\n<< /Type /ObjStm /N 4 /First " + std::to_string(header.size()) +
         " /Filter /FlateDecode /Length " + std::to_string(objstm.size()) + " >>\nstream\n" +
         objstm + "\nendstream\nendobj\n";
  const size_t xref_at = pdf.size();
  // Rows of /W [1 2 1]: type, offset or object stream, generation or index.
  const std::vector<std::vector<unsigned>> rows = {{0, 0, 0},
                                                   {2, 6, 0},
                                                   {2, 6, 1},
                                                   {2, 6, 2},
                                                   {1, static_cast<unsigned>(content_at), 0},
                                                   {2, 6, 3},
                                                   {1, static_cast<unsigned>(objstm_at), 0},
                                                   {1, static_cast<unsigned>(xref_at), 0}};
  std::string raw, previous(4, '\0');
  for (const auto& r : rows) {
    const std::string row = {static_cast<char>(r[0]), static_cast<char>(r[1] >> 8),
                             static_cast<char>(r[1]), static_cast<char>(r[2])};
    raw += '\x02';  // PNG Up: each byte minus the one above it
    for (size_t i = 0; i < 4; ++i) raw += static_cast<char>(row[i] - previous[i]);
    previous = row;
  }
  const std::string xref = Deflate(raw);
  pdf +=
      "7 0 obj\n<< /Type /XRef /Size 8 /W [1 2 1] /Root 1 0 R /Filter /FlateDecode "
      "/DecodeParms << /Predictor 12 /Columns 4 >> /Length " +
      std::to_string(xref.size()) + " >>\nstream\n" + xref + "\nendstream\nendobj\nstartxref\n" +
      std::to_string(xref_at) + "\n%%EOF\n";
  return pdf;
}

}  // namespace motcua::signing::testing
