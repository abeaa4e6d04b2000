// SPDX-License-Identifier: Apache-2.0
// QR codes as a matrix of modules (libqrencode), for the renderer to draw as vector squares.
#pragma once

#include <string_view>
#include <vector>

#include "common/result.h"

namespace motcua::documents {

// A square QR symbol: `size` x `size` modules, row-major, true = dark. No quiet zone included.
struct QrMatrix {
  int size = 0;
  std::vector<bool> dark;
  bool At(int row, int col) const { return dark[static_cast<size_t>(row * size + col)]; }
};

// Encodes `payload` (UTF-8 bytes, 8-bit mode) with error correction level M. Returns
// kInvalidArgument for an empty payload or one too long for any QR version. Thread-safe.
Result<QrMatrix> EncodeQr(std::string_view payload);

}  // namespace motcua::documents
