// SPDX-License-Identifier: Apache-2.0
#include "archive/tar_export.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "archive/bag_files.h"

namespace motcua::archive {
namespace {

namespace fs = std::filesystem;

constexpr size_t kBlock = 512;
using Header = std::array<char, kBlock>;

// Writes `value` as zero-padded octal filling `width` - 1 characters and a NUL (POSIX ustar).
void PutOctal(char* field, size_t width, unsigned long long value) {
  // Digits from the right, without snprintf (whose truncation g++ warns about at -O2).
  field[width - 1] = '\0';
  for (size_t i = width - 1; i-- > 0;) {
    field[i] = static_cast<char>('0' + (value & 7));
    value >>= 3;
  }
}

// Splits a path into ustar's prefix (155) and name (100) fields at a '/'.
Result<std::pair<std::string, std::string>> SplitName(const std::string& path) {
  if (path.size() <= 100) return std::pair<std::string, std::string>{"", path};
  for (size_t slash = path.find('/'); slash != std::string::npos;
       slash = path.find('/', slash + 1)) {
    if (slash <= 155 && path.size() - slash - 1 <= 100 && slash + 1 < path.size()) {
      return std::pair<std::string, std::string>{path.substr(0, slash), path.substr(slash + 1)};
    }
  }
  return MakeError(ErrorCode::kInvalidArgument, "Đường dẫn quá dài cho định dạng tar: " + path);
}

Result<Header> MakeHeader(const std::string& path, bool directory, unsigned long long size,
                          long long mtime) {
  MOTCUA_ASSIGN_OR_RETURN(split, SplitName(path));
  Header h{};
  std::memcpy(h.data(), split.second.data(), split.second.size());
  PutOctal(h.data() + 100, 8, directory ? 0755 : 0644);
  PutOctal(h.data() + 108, 8, 0);
  PutOctal(h.data() + 116, 8, 0);
  PutOctal(h.data() + 124, 12, size);
  PutOctal(h.data() + 136, 12, static_cast<unsigned long long>(std::max(0LL, mtime)));
  h[156] = directory ? '5' : '0';
  std::memcpy(h.data() + 257, "ustar", 6);  // magic with its NUL
  std::memcpy(h.data() + 263, "00", 2);     // version
  std::memcpy(h.data() + 265, "motcua", 6);
  std::memcpy(h.data() + 297, "motcua", 6);
  std::memcpy(h.data() + 345, split.first.data(), split.first.size());
  // The checksum is the sum of the header's bytes with the checksum field read as spaces.
  std::memset(h.data() + 148, ' ', 8);
  unsigned sum = 0;
  for (char c : h) sum += static_cast<unsigned char>(c);
  std::snprintf(h.data() + 148, 8, "%06o", sum);
  h[155] = ' ';
  return h;
}

long long MTimeOf(const fs::path& p) {
  std::error_code ec;
  const auto t = fs::last_write_time(p, ec);
  if (ec) return 0;
  const auto sys = std::chrono::file_clock::to_sys(t);
  return std::chrono::duration_cast<std::chrono::seconds>(sys.time_since_epoch()).count();
}

// Writes a header and the padded contents of each entry, in order.
Status WriteEntries(const fs::path& base, const std::vector<fs::path>& entries,
                    std::ofstream& tar) {
  const std::string padding(kBlock, '\0');
  for (const auto& p : entries) {
    const std::string rel =
        (base.filename() / fs::relative(p, base)).lexically_normal().generic_string();
    const bool directory = fs::is_directory(fs::symlink_status(p));
    if (!directory && !fs::is_regular_file(fs::symlink_status(p))) {
      return MakeError(ErrorCode::kInvalidArgument, "Không đóng gói được tệp đặc biệt " + rel);
    }
    std::string bytes;
    if (!directory) {
      MOTCUA_ASSIGN_OR_RETURN(read, ReadFile(p.string()));
      bytes = std::move(read);
    }
    const std::string name = directory && rel.back() != '/' ? rel + "/" : rel;
    MOTCUA_ASSIGN_OR_RETURN(header, MakeHeader(name, directory, bytes.size(), MTimeOf(p)));
    tar.write(header.data(), static_cast<std::streamsize>(header.size()));
    tar.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    const size_t pad = (kBlock - bytes.size() % kBlock) % kBlock;
    tar.write(padding.data(), static_cast<std::streamsize>(pad));
    if (!tar) return MakeError(ErrorCode::kUnavailable, "write failed");
  }
  return Ok();
}

}  // namespace

Status ExportTar(const std::string& bag_dir, const std::string& out_file) {
  const fs::path root = fs::path(bag_dir).lexically_normal();
  const fs::path base = root.has_filename() ? root : root.parent_path();
  std::error_code ec;
  if (!fs::is_directory(base, ec)) {
    return MakeError(ErrorCode::kNotFound, "Không tìm thấy gói " + bag_dir);
  }
  std::vector<fs::path> entries{base};
  for (auto it = fs::recursive_directory_iterator(base, ec); !ec && it != fs::end(it);
       it.increment(ec)) {
    entries.push_back(it->path());
  }
  if (ec) return MakeError(ErrorCode::kUnavailable, "cannot read " + bag_dir + ": " + ec.message());
  std::sort(entries.begin(), entries.end());

  // Streamed one file at a time, so a large package never sits in memory whole.
  const fs::path out(out_file);
  const fs::path tmp = out.parent_path() / ("." + out.filename().string() + ".tmp");
  fs::remove(tmp, ec);
  std::ofstream tar(tmp, std::ios::binary | std::ios::trunc);
  if (!tar) return MakeError(ErrorCode::kUnavailable, "cannot create " + tmp.string());
  const std::string zeros(2 * kBlock, '\0');
  Status written = WriteEntries(base, entries, tar);
  if (written) {
    tar.write(zeros.data(), static_cast<std::streamsize>(zeros.size()));  // end of archive
    tar.close();
    if (!tar) written = MakeError(ErrorCode::kUnavailable, "cannot write " + tmp.string());
  }
  if (written) written = SyncFile(tmp.string());
  if (written) {
    fs::rename(tmp, out, ec);
    if (ec) written = MakeError(ErrorCode::kUnavailable, "cannot write " + out_file);
  }
  if (!written) {
    fs::remove(tmp, ec);
    return written.error();
  }
  return Ok();
}

}  // namespace motcua::archive
