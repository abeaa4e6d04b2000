// SPDX-License-Identifier: Apache-2.0
#include "archive/bag_files.h"

#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <cerrno>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace motcua::archive {
namespace {

std::string EncodePath(std::string_view path) {
  std::string out;
  for (char c : path) {
    if (c == '%') {
      out += "%25";
    } else if (c == '\n') {
      out += "%0A";
    } else if (c == '\r') {
      out += "%0D";
    } else {
      out += c;
    }
  }
  return out;
}

std::string DecodePath(std::string_view path) {
  std::string out;
  for (size_t i = 0; i < path.size(); ++i) {
    const std::string_view rest = path.substr(i, 3);
    if (rest == "%25") {
      out += '%';
    } else if (rest == "%0A" || rest == "%0a") {
      out += '\n';
    } else if (rest == "%0D" || rest == "%0d") {
      out += '\r';
    } else {
      out += path[i];
      continue;
    }
    i += 2;
  }
  return out;
}

bool IsLowerHex64(std::string_view s) {
  if (s.size() != 64) return false;
  for (char c : s) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

std::string Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return std::string(s);
}

}  // namespace

std::string FormatManifest(const std::vector<ManifestLine>& lines) {
  std::string out;
  for (const auto& l : lines) out += l.sha256 + "  " + EncodePath(l.path) + "\n";
  return out;
}

Result<std::vector<ManifestLine>> ParseManifest(std::string_view text) {
  std::vector<ManifestLine> out;
  int number = 0;
  while (!text.empty()) {
    ++number;
    const size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) continue;
    const size_t gap = line.find_first_of(" \t");
    const size_t path_at = gap == std::string_view::npos ? gap : line.find_first_not_of(" \t", gap);
    // Checksums are compared in lowercase; RFC 8493 allows either case.
    std::string sha(line.substr(0, gap));
    for (char& c : sha) c = static_cast<char>(tolower(static_cast<unsigned char>(c)));
    if (path_at == std::string_view::npos || !IsLowerHex64(sha)) {
      return MakeError(ErrorCode::kInvalidArgument,
                       "Dòng " + std::to_string(number) + " của bảng kê không hợp lệ");
    }
    out.push_back({std::move(sha), DecodePath(line.substr(path_at))});
  }
  return out;
}

std::map<std::string, std::string> ParseBagInfo(std::string_view text) {
  std::map<std::string, std::string> out;
  std::string last;
  while (!text.empty()) {
    const size_t end = text.find('\n');
    const std::string_view line = text.substr(0, end);
    text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
    if (!line.empty() && (line.front() == ' ' || line.front() == '\t')) {
      if (!last.empty()) out[last] += " " + Trim(line);
      continue;
    }
    const size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    const std::string label = Trim(line.substr(0, colon));
    if (out.count(label) == 0) {
      out[label] = Trim(line.substr(colon + 1));
      last = label;
    } else {
      last.clear();
    }
  }
  return out;
}

bool IsSafeRelativePath(std::string_view path) {
  if (path.empty() || path.front() == '/') return false;
  size_t start = 0;
  while (start <= path.size()) {
    size_t end = path.find('/', start);
    if (end == std::string_view::npos) end = path.size();
    const std::string_view seg = path.substr(start, end - start);
    if (seg.empty() || seg == "." || seg == "..") return false;
    start = end + 1;
  }
  return path.find_first_of(std::string_view("\0\r\n\\", 4)) == std::string_view::npos;
}

Result<std::string> ReadFile(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) {
    return MakeError(ErrorCode::kNotFound, "Không tìm thấy tệp " + path);
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return MakeError(ErrorCode::kUnavailable, "Không đọc được tệp " + path);
  std::ostringstream out;
  out << in.rdbuf();
  if (in.bad()) return MakeError(ErrorCode::kUnavailable, "Không đọc được tệp " + path);
  return out.str();
}

Status WriteFileSynced(const std::string& path, std::string_view bytes) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) {
    return MakeError(ErrorCode::kUnavailable,
                     "cannot create " + path + ": " + std::string(strerror(errno)));
  }
  while (!bytes.empty()) {
    const ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      const std::string why = strerror(errno);
      ::close(fd);
      return MakeError(ErrorCode::kUnavailable, "write failed: " + path + ": " + why);
    }
    bytes.remove_prefix(static_cast<size_t>(n));
  }
  const int synced = ::fsync(fd);
  ::close(fd);
  if (synced != 0) return MakeError(ErrorCode::kUnavailable, "fsync failed: " + path);
  return Ok();
}

Status SyncFile(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return MakeError(ErrorCode::kUnavailable, "cannot open " + path);
  const int rc = ::fsync(fd);
  ::close(fd);
  if (rc != 0) return MakeError(ErrorCode::kUnavailable, "fsync failed: " + path);
  return Ok();
}

Status SyncDirectory(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return MakeError(ErrorCode::kUnavailable, "cannot open directory " + path);
  const int rc = ::fsync(fd);
  ::close(fd);
  if (rc != 0) return MakeError(ErrorCode::kUnavailable, "fsync failed: " + path);
  return Ok();
}

}  // namespace motcua::archive
