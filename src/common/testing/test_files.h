// SPDX-License-Identifier: Apache-2.0
// The sample files of tests/testdata/files (scans, PDFs, a PNG named .pdf, ...) for unit tests.
// Header-only: a test target needs MOTCUA_TESTDATA_DIR defined (motcua_module does that).
#pragma once

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

namespace motcua::testdata {

// The bytes of tests/testdata/files/<name>; fails the calling test when it is missing or empty.
inline std::string ReadFile(const std::string& name) {
  std::ifstream in(std::string(MOTCUA_TESTDATA_DIR) + "/files/" + name, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  EXPECT_FALSE(out.str().empty()) << "tests/testdata/files/" << name;
  return out.str();
}

}  // namespace motcua::testdata
