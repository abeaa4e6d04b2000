// SPDX-License-Identifier: Apache-2.0
#include "http/static_files.h"

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <utility>

namespace motcua::http {
namespace {

namespace fs = std::filesystem;

constexpr std::array<std::pair<std::string_view, std::string_view>, 20> kTypes = {{
    {".html", "text/html; charset=utf-8"},
    {".js", "text/javascript; charset=utf-8"},
    {".mjs", "text/javascript; charset=utf-8"},
    {".css", "text/css; charset=utf-8"},
    {".json", "application/json; charset=utf-8"},
    {".map", "application/json; charset=utf-8"},
    {".webmanifest", "application/manifest+json"},
    {".svg", "image/svg+xml"},
    {".png", "image/png"},
    {".jpg", "image/jpeg"},
    {".jpeg", "image/jpeg"},
    {".gif", "image/gif"},
    {".webp", "image/webp"},
    {".ico", "image/x-icon"},
    {".woff", "font/woff"},
    {".woff2", "font/woff2"},
    {".ttf", "font/ttf"},
    {".txt", "text/plain; charset=utf-8"},
    {".pdf", "application/pdf"},
    {".wasm", "application/wasm"},
}};

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace

StaticFiles::StaticFiles(std::string root) : root_(std::move(root)) {}

std::string_view StaticFiles::ContentTypeFor(std::string_view name) {
  for (const auto& [ext, type] : kTypes) {
    if (EndsWith(name, ext)) return type;
  }
  return "application/octet-stream";
}

bool StaticFiles::IsUnsafePath(std::string_view path) {
  if (path.empty() || path.front() != '/') return true;
  if (path.find('\0') != std::string_view::npos || path.find('\\') != std::string_view::npos) {
    return true;
  }
  size_t start = 1;
  while (start <= path.size()) {
    size_t end = path.find('/', start);
    if (end == std::string_view::npos) end = path.size();
    const std::string_view segment = path.substr(start, end - start);
    // An empty segment ("//") is refused too, and so is every name starting with a dot: ".",
    // "..", and hidden files such as .env that a build directory should never publish.
    if (segment.empty() ? end != path.size() : segment.front() == '.') return true;
    start = end + 1;
  }
  return false;
}

std::optional<Response> StaticFiles::Serve(std::string_view path) const {
  if (IsUnsafePath(path) || path == "/" || EndsWith(path, "/")) return std::nullopt;
  std::error_code ec;
  const fs::path root = fs::canonical(root_, ec);
  if (ec) return std::nullopt;
  // Resolve links, then check that the file still lies inside the root: a symbolic link in
  // the build must not reach the rest of the disk.
  const fs::path file = fs::canonical(root / fs::path(path.substr(1)), ec);
  if (ec || !fs::is_regular_file(file, ec)) return std::nullopt;
  if (std::mismatch(root.begin(), root.end(), file.begin(), file.end()).first != root.end()) {
    return std::nullopt;
  }

  std::ifstream in(file, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream body;
  body << in.rdbuf();
  Response r;
  r.content_type = std::string(ContentTypeFor(path));
  r.body = std::move(body).str();
  r.headers.emplace_back("Cache-Control", path.starts_with("/assets/")
                                              ? "public, max-age=31536000, immutable"
                                              : "no-cache");
  return r;
}

}  // namespace motcua::http
