// SPDX-License-Identifier: Apache-2.0
// The pieces of a BagIt bag (RFC 8493) shared by the writer, the fixity check and the export:
// tag-file names, manifest lines, bag-info fields, and durable file writes.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.h"

namespace motcua::archive {

inline constexpr std::string_view kBagitTxt = "bagit.txt";
inline constexpr std::string_view kBagInfoTxt = "bag-info.txt";
inline constexpr std::string_view kManifest = "manifest-sha256.txt";
inline constexpr std::string_view kTagManifest = "tagmanifest-sha256.txt";
inline constexpr std::string_view kPayloadDir = "data";

// One line of a manifest: the SHA-256 (lowercase hex) of a file and its path relative to the
// bag's base directory, decoded.
struct ManifestLine {
  std::string sha256;
  std::string path;
};

// Formats manifest lines, "<sha256>  <path>\n" each, percent-encoding CR, LF and % in the path
// (RFC 8493 section 2.1.3).
std::string FormatManifest(const std::vector<ManifestLine>& lines);

// Parses a manifest. kInvalidArgument naming the 1-based line number of a malformed line.
Result<std::vector<ManifestLine>> ParseManifest(std::string_view text);

// Parses bag-info.txt ("Label: value" lines; an indented line continues the previous value).
// A label given twice keeps the first value.
std::map<std::string, std::string> ParseBagInfo(std::string_view text);

// True for a relative path of non-empty segments, none "." or "..", with no NUL, CR, LF or
// backslash: safe to join under a bag directory.
bool IsSafeRelativePath(std::string_view path);

// Reads a whole file. kNotFound when it does not exist, kUnavailable when it cannot be read.
Result<std::string> ReadFile(const std::string& path);

// Creates `path` (which must not exist), writes `bytes` and fsyncs it. kUnavailable on failure.
Status WriteFileSynced(const std::string& path, std::string_view bytes);

// Fsyncs a file that was written by other means (e.g. a stream). kUnavailable on failure.
Status SyncFile(const std::string& path);

// Fsyncs a directory, so that the names created in it survive a crash. kUnavailable on failure.
Status SyncDirectory(const std::string& path);

}  // namespace motcua::archive
