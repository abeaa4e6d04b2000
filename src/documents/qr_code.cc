// SPDX-License-Identifier: Apache-2.0
#include "documents/qr_code.h"

#include <qrencode.h>

#include <memory>
#include <string>

namespace motcua::documents {
namespace {

struct QrCodeDeleter {
  void operator()(QRcode* code) const { QRcode_free(code); }
};

}  // namespace

Result<QrMatrix> EncodeQr(std::string_view payload) {
  if (payload.empty()) return MakeError(ErrorCode::kInvalidArgument, "QR payload is empty");
  const std::string data(payload);
  std::unique_ptr<QRcode, QrCodeDeleter> code(
      QRcode_encodeData(static_cast<int>(data.size()),
                        reinterpret_cast<const unsigned char*>(data.data()), 0, QR_ECLEVEL_M));
  if (!code) {
    return MakeError(ErrorCode::kInvalidArgument,
                     "QR payload cannot be encoded (" + std::to_string(data.size()) + " bytes)");
  }
  QrMatrix m;
  m.size = code->width;
  m.dark.resize(static_cast<size_t>(m.size * m.size));
  // libqrencode: bit 0 of each byte is the module's colour; the other bits describe its role.
  for (size_t i = 0; i < m.dark.size(); ++i) m.dark[i] = (code->data[i] & 1) != 0;
  return m;
}

}  // namespace motcua::documents
