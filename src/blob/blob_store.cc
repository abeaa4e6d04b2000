// SPDX-License-Identifier: Apache-2.0
#include "blob/blob_store.h"

#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "identity/secure_random.h"

namespace motcua::blob {
namespace {

namespace fs = std::filesystem;

Error BadId() {
  return MakeError(ErrorCode::kInvalidArgument, "Mã tệp không hợp lệ (cần 64 ký tự hex)", "id");
}

Error NotFound(std::string_view id) {
  return MakeError(ErrorCode::kNotFound, "Không tìm thấy tệp " + std::string(id));
}

Error Damaged(std::string_view id) {
  return MakeError(ErrorCode::kInternal, "Tệp " + std::string(id) + " đã bị hư hỏng", "",
                   "damaged");
}

Status WriteAll(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return MakeError(ErrorCode::kUnavailable, "write failed: " + std::string(strerror(errno)));
    }
    bytes.remove_prefix(static_cast<size_t>(n));
  }
  return Ok();
}

Status FsyncPath(const fs::path& p, int flags) {
  const int fd = ::open(p.c_str(), flags);
  if (fd < 0) return MakeError(ErrorCode::kUnavailable, "open failed: " + p.string());
  const int rc = ::fsync(fd);
  ::close(fd);
  if (rc != 0) return MakeError(ErrorCode::kUnavailable, "fsync failed: " + p.string());
  return Ok();
}

}  // namespace

bool IsBlobId(std::string_view id) {
  if (id.size() != 64) return false;
  for (char c : id) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

std::string FileBlobStore::PathOf(std::string_view id) const {
  return root_ + "/" + std::string(id.substr(0, 2)) + "/" + std::string(id.substr(2, 2)) + "/" +
         std::string(id);
}

Result<std::string> FileBlobStore::Put(std::string_view bytes) {
  const std::string id = identity::Sha256Hex(bytes);
  const fs::path final_path = PathOf(id);
  if (fs::exists(final_path)) return id;
  std::error_code ec;
  fs::create_directories(final_path.parent_path(), ec);
  fs::create_directories(fs::path(root_) / "tmp", ec);
  if (ec) return MakeError(ErrorCode::kUnavailable, "cannot create " + root_ + ": " + ec.message());
  const fs::path tmp = fs::path(root_) / "tmp" / (id + "." + identity::RandomToken(8));
  const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) return MakeError(ErrorCode::kUnavailable, "cannot create " + tmp.string());
  Status written = WriteAll(fd, bytes);
  if (written && ::fsync(fd) != 0) {
    written = MakeError(ErrorCode::kUnavailable, "fsync failed: " + tmp.string());
  }
  ::close(fd);
  if (!written) {
    fs::remove(tmp, ec);
    return written.error();
  }
  // rename(2) is atomic: readers see either no blob or the whole of it.
  fs::rename(tmp, final_path, ec);
  if (ec) {
    fs::remove(tmp, ec);
    return MakeError(ErrorCode::kUnavailable, "rename failed: " + final_path.string());
  }
  MOTCUA_TRY(FsyncPath(final_path.parent_path(), O_RDONLY | O_DIRECTORY));
  return id;
}

Result<std::string> FileBlobStore::Get(std::string_view id) {
  if (!IsBlobId(id)) return BadId();
  std::ifstream in(PathOf(id), std::ios::binary);
  if (!in) return NotFound(id);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

bool FileBlobStore::Exists(std::string_view id) {
  return IsBlobId(id) && fs::exists(PathOf(id));
}

Status FileBlobStore::Verify(std::string_view id) {
  MOTCUA_ASSIGN_OR_RETURN(bytes, Get(id));
  if (identity::Sha256Hex(bytes) != id) return Damaged(id);
  return Ok();
}

Result<std::vector<std::string>> FileBlobStore::List() {
  std::vector<std::string> out;
  std::error_code ec;
  if (!fs::exists(root_)) return out;
  for (auto it = fs::recursive_directory_iterator(root_, ec); !ec && it != fs::end(it);
       it.increment(ec)) {
    if (it->is_regular_file() && IsBlobId(it->path().filename().string()) &&
        it->path().parent_path().parent_path().parent_path() == fs::path(root_)) {
      out.push_back(it->path().filename().string());
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

Result<std::string> MemoryBlobStore::Put(std::string_view bytes) {
  std::string id = identity::Sha256Hex(bytes);
  std::lock_guard lock(mutex_);
  blobs_.try_emplace(id, std::string(bytes));
  return id;
}

Result<std::string> MemoryBlobStore::Get(std::string_view id) {
  if (!IsBlobId(id)) return BadId();
  std::lock_guard lock(mutex_);
  auto it = blobs_.find(id);
  if (it == blobs_.end()) return NotFound(id);
  return it->second;
}

bool MemoryBlobStore::Exists(std::string_view id) {
  std::lock_guard lock(mutex_);
  return blobs_.find(id) != blobs_.end();
}

Status MemoryBlobStore::Verify(std::string_view id) {
  MOTCUA_ASSIGN_OR_RETURN(bytes, Get(id));
  if (identity::Sha256Hex(bytes) != id) return Damaged(id);
  return Ok();
}

Result<std::vector<std::string>> MemoryBlobStore::List() {
  std::lock_guard lock(mutex_);
  std::vector<std::string> out;
  for (const auto& [id, bytes] : blobs_) out.push_back(id);
  return out;
}

void MemoryBlobStore::Corrupt(std::string_view id, std::string bytes) {
  std::lock_guard lock(mutex_);
  blobs_[std::string(id)] = std::move(bytes);
}

}  // namespace motcua::blob
