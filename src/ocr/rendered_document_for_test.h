// SPDX-License-Identifier: Apache-2.0
// Test helper: renders lines of Vietnamese text into a PNG "scan" with cairo + pango.
#pragma once

#include <string>
#include <vector>

namespace motcua::ocr::test {

struct RenderOptions {
  const char* font = "DejaVu Serif";
  double points = 12;  // font size at `dpi`
  int dpi = 300;
  double rotation_degrees = 0;  // the page as if fed into the scanner askew
  double speckle = 0;           // fraction of pixels flipped to black or white (dust, toner)
  bool transparent = false;     // ARGB with a transparent background instead of white RGB
};

// Draws `lines` in black on white (or on transparent) and returns the PNG bytes.
std::string RenderPng(const std::vector<std::string>& lines, const RenderOptions& options = {});

}  // namespace motcua::ocr::test
