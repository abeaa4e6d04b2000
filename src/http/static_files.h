// SPDX-License-Identifier: Apache-2.0
// Files of the web application's build (web/dist) served from a directory, read-only.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "http/message.h"

namespace motcua::http {

// Serves the files under one directory. Thread-safe (it keeps no state besides the root).
class StaticFiles {
 public:
  // `root` is the directory whose files are served; it need not exist yet (a server started
  // before the web build answers 404 until the build appears).
  explicit StaticFiles(std::string root);

  // The file at the URL path `path` (already percent-decoded, starting with "/"), or nullopt
  // when the path is unsafe (a "." or ".." segment, a hidden name, a backslash or NUL) or names
  // no regular file inside the root (symbolic links leading out of it included). The response
  // carries the content type from the extension (the server adds `nosniff` to every answer) and
  // Cache-Control: a year and immutable under /assets/ (the build names those files by their
  // content hash), "no-cache" for everything else.
  std::optional<Response> Serve(std::string_view path) const;

  // True when `path` would be refused before the file system is asked.
  static bool IsUnsafePath(std::string_view path);
  // The Content-Type for a file name, by extension; "application/octet-stream" when unknown.
  static std::string_view ContentTypeFor(std::string_view name);

  const std::string& root() const { return root_; }

 private:
  std::string root_;
};

}  // namespace motcua::http
