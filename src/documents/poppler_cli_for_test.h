// SPDX-License-Identifier: Apache-2.0
// For tests only: write bytes to a temporary file and run poppler-utils (pdftotext, pdfinfo,
// pdfsig) on it, found on PATH. Shared by the documents and signing tests.
#pragma once

#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "identity/secure_random.h"

namespace motcua::documents::testing {

// What a command printed on stdout and stderr, and its exit status.
struct CommandOutput {
  int exit_code = -1;
  std::string output;
};

inline CommandOutput RunCommand(const std::string& command) {
  CommandOutput result;
  FILE* pipe = popen((command + " 2>&1").c_str(), "r");
  if (pipe == nullptr) return result;
  char buffer[4096];
  size_t n;
  while ((n = fread(buffer, 1, sizeof(buffer), pipe)) > 0) result.output.append(buffer, n);
  const int status = pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

// A file in the temporary directory holding `bytes`, removed when this object goes.
class TempFile {
 public:
  explicit TempFile(const std::string& bytes, const std::string& suffix = ".pdf")
      : path_(std::filesystem::temp_directory_path() /
              ("motcua-" + identity::RandomToken(8) + suffix)) {
    std::ofstream(path_, std::ios::binary) << bytes;
  }
  ~TempFile() { std::filesystem::remove(path_); }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  std::string path() const { return path_.string(); }

 private:
  std::filesystem::path path_;
};

// The text poppler extracts from the PDF `bytes` (UTF-8).
inline CommandOutput PdfToText(const std::string& bytes) {
  TempFile file(bytes);
  return RunCommand("pdftotext -enc UTF-8 '" + file.path() + "' -");
}

// The page count pdfinfo reports, or -1.
inline int PdfPageCount(const std::string& bytes) {
  TempFile file(bytes);
  const CommandOutput info = RunCommand("pdfinfo '" + file.path() + "'");
  const size_t at = info.output.find("Pages:");
  if (info.exit_code != 0 || at == std::string::npos) return -1;
  return std::stoi(info.output.substr(at + 6));
}

// What pdfsig prints about the PDF `bytes`.
inline CommandOutput PdfSig(const std::string& bytes) {
  TempFile file(bytes);
  return RunCommand("pdfsig '" + file.path() + "'");
}

}  // namespace motcua::documents::testing
