// SPDX-License-Identifier: Apache-2.0
// Content-addressed storage of files: a blob is named by the SHA-256 of its bytes, so the same
// scan stored twice takes the space once and any change to a byte is detectable.
#pragma once

#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"

namespace motcua::blob {

// True for 64 lowercase hex characters.
bool IsBlobId(std::string_view id);

// Implementations are thread-safe.
class BlobStore {
 public:
  virtual ~BlobStore() = default;
  // Stores `bytes` and returns their SHA-256 (hex), the blob's id. Storing the same bytes again
  // is a no-op. kUnavailable when the store cannot be written.
  virtual Result<std::string> Put(std::string_view bytes) = 0;
  // The bytes of a blob. kNotFound when absent, kInvalidArgument for a malformed id.
  virtual Result<std::string> Get(std::string_view id) = 0;
  virtual bool Exists(std::string_view id) = 0;
  // Re-reads the blob and compares its hash with its id (a fixity check). kNotFound when
  // absent; kInternal ("damaged") when the bytes no longer match.
  virtual Status Verify(std::string_view id) = 0;
  // Every stored id, sorted.
  virtual Result<std::vector<std::string>> List() = 0;
};

// Blobs as files under `root`: root/ab/cd/abcd...; written to a temporary file, fsynced, then
// renamed into place (and the directory fsynced), so a crash never leaves a half-written blob
// under a real id.
class FileBlobStore final : public BlobStore {
 public:
  explicit FileBlobStore(std::string root) : root_(std::move(root)) {}
  Result<std::string> Put(std::string_view bytes) override;
  Result<std::string> Get(std::string_view id) override;
  bool Exists(std::string_view id) override;
  Status Verify(std::string_view id) override;
  Result<std::vector<std::string>> List() override;
  // Where a blob lives on disk (for the archive and for tests that damage one).
  std::string PathOf(std::string_view id) const;

 private:
  std::string root_;
};

// In memory, for tests.
class MemoryBlobStore final : public BlobStore {
 public:
  Result<std::string> Put(std::string_view bytes) override;
  Result<std::string> Get(std::string_view id) override;
  bool Exists(std::string_view id) override;
  Status Verify(std::string_view id) override;
  Result<std::vector<std::string>> List() override;
  // Test hook through the interface's own data: replaces a blob's bytes without rehashing.
  void Corrupt(std::string_view id, std::string bytes);

 private:
  std::mutex mutex_;
  std::map<std::string, std::string, std::less<>> blobs_;  // GUARDED_BY(mutex_)
};

}  // namespace motcua::blob
