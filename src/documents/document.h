// SPDX-License-Identifier: Apache-2.0
// The document model the PDF renderer lays out: a header and a list of blocks, top to bottom.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace motcua::documents {

// The national motto that heads every official paper, as the two lines of the right header.
inline constexpr char kNationalMotto[] =
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc";

// One block of a document. Which fields matter depends on `kind`; use the factory functions,
// which set exactly those. All text is UTF-8.
struct DocumentBlock {
  enum class Kind {
    kTitle,
    kHeading,
    kParagraph,
    kKeyValue,
    kTable,
    kQr,
    kSignatureBox,
    kFillLine
  };
  Kind kind = Kind::kParagraph;
  // kTitle, kHeading, kParagraph: the text. kQr: the encoded payload (e.g. a verification URL).
  // kSignatureBox: the signer's role (e.g. "NGƯỜI TIẾP NHẬN"). kFillLine: the label before the
  // dotted line (may be empty: a line of dots only).
  std::string text;
  // kQr: a line printed under the code. kSignatureBox: the signer's full name.
  std::string caption;
  // kSignatureBox: an italic line above the role, e.g. the place and date to fill in.
  std::string date_line;
  // kKeyValue: label/value lines ("Người nộp: Nguyễn Văn An").
  std::vector<std::pair<std::string, std::string>> pairs;
  // kTable: the header row and the body rows; every row has header.size() cells.
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
  // kQr: the side of the code in millimetres.
  double size_mm = 30;

  static DocumentBlock Title(std::string text) { return Text(Kind::kTitle, std::move(text)); }
  static DocumentBlock Heading(std::string text) { return Text(Kind::kHeading, std::move(text)); }
  static DocumentBlock Paragraph(std::string text) {
    return Text(Kind::kParagraph, std::move(text));
  }
  static DocumentBlock KeyValue(std::vector<std::pair<std::string, std::string>> pairs) {
    DocumentBlock b;
    b.kind = Kind::kKeyValue;
    b.pairs = std::move(pairs);
    return b;
  }
  static DocumentBlock Table(std::vector<std::string> header,
                             std::vector<std::vector<std::string>> rows) {
    DocumentBlock b;
    b.kind = Kind::kTable;
    b.header = std::move(header);
    b.rows = std::move(rows);
    return b;
  }
  static DocumentBlock Qr(std::string payload, std::string caption = {}, double size_mm = 30) {
    DocumentBlock b = Text(Kind::kQr, std::move(payload));
    b.caption = std::move(caption);
    b.size_mm = size_mm;
    return b;
  }
  static DocumentBlock SignatureBox(std::string role, std::string signer_name,
                                    std::string date_line = {}) {
    DocumentBlock b = Text(Kind::kSignatureBox, std::move(role));
    b.caption = std::move(signer_name);
    b.date_line = std::move(date_line);
    return b;
  }
  // A line to fill in by hand on a blank form: `label`, then dots to the right margin.
  static DocumentBlock FillLine(std::string label = {}) {
    return Text(Kind::kFillLine, std::move(label));
  }

 private:
  static DocumentBlock Text(Kind kind, std::string text) {
    DocumentBlock b;
    b.kind = kind;
    b.text = std::move(text);
    return b;
  }
};

// A whole document. `header_left` is the issuing agency (lines separated by '\n'; the last line
// is set in bold, as on official forms); `header_right` is usually kNationalMotto. `title` goes
// into the PDF metadata; put a kTitle block in `blocks` to print it.
struct Document {
  std::string title;
  std::string header_left;
  std::string header_right = kNationalMotto;
  std::vector<DocumentBlock> blocks;
};

}  // namespace motcua::documents
