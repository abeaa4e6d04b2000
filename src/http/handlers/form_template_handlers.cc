// SPDX-License-Identifier: Apache-2.0
// Form templates (mẫu đơn, tờ khai) of a procedure's components: the administrator uploads,
// replaces and removes them; anyone downloads them from the procedure's page.
#include <cctype>

#include "catalog/form_template_service.h"
#include "common/text_fold.h"
#include "http/handlers/form_template_json.h"
#include "http/handlers/handler_support.h"
#include "http/multipart.h"

namespace motcua::http {
namespace {

bool Unreserved(unsigned char c) {
  return std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~';
}

// RFC 3986 percent-encoding of everything but the unreserved characters (RFC 5987 attr-char is
// a superset, so the result also fits filename*).
std::string PercentEncode(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if (c < 0x80 && Unreserved(c)) {
      out += ch;
    } else {
      out += {'%', kHex[c >> 4], kHex[c & 0xF]};
    }
  }
  return out;
}

// attachment with an ASCII name for old clients and the UTF-8 name (RFC 6266, RFC 5987).
std::string ContentDisposition(std::string_view file_name) {
  std::string ascii;
  for (char ch : FoldForSearch(file_name)) {
    const auto c = static_cast<unsigned char>(ch);
    ascii += (c >= 0x20 && c < 0x7F && ch != '"' && ch != '\\') ? ch : '_';
  }
  return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + PercentEncode(file_name);
}

struct UploadedFile {
  std::string_view bytes;
  std::string name;
};

// The file is the body as it is (any Content-Type but multipart), or the multipart part "file";
// its name is the query's file_name, else the part's filename.
Result<UploadedFile> ReadUpload(const Request& req) {
  UploadedFile out{req.body, req.Query("file_name")};
  if (req.Header("content-type").starts_with("multipart/form-data")) {
    auto parts = ParseMultipart(req.Header("content-type"), req.body);
    if (!parts) return parts.error();
    out.bytes = {};
    for (const auto& p : *parts) {
      if (p.name != "file") continue;
      out.bytes = p.data;
      if (out.name.empty()) out.name = p.filename;
    }
  }
  if (out.bytes.empty()) {
    return MakeError(ErrorCode::kInvalidArgument, "Thiếu tệp mẫu đơn, tờ khai tải lên", "file");
  }
  return out;
}

}  // namespace

std::string FormTemplateUrl(std::string_view procedure_code, std::string_view component_id) {
  return "/api/v1/procedures/" + PercentEncode(procedure_code) + "/components/" +
         PercentEncode(component_id) + "/template";
}

nlohmann::json FormTemplateToJson(const catalog::FormTemplate& t) {
  return {{"file_name", t.file_name},
          {"media_type", t.media_type},
          {"size", t.size_bytes},
          {"uploaded_at", FormatIso(t.uploaded_at)},
          {"url", FormTemplateUrl(t.procedure_code, t.component_id)}};
}

void AddFormTemplates(nlohmann::json& procedure, const std::vector<catalog::FormTemplate>& list) {
  if (!procedure.contains("components")) return;
  for (auto& component : procedure["components"]) {
    for (const auto& t : list) {
      if (component.value("id", "") == t.component_id) {
        component["template"] = FormTemplateToJson(t);
      }
    }
  }
}

void RegisterFormTemplateRoutes(Router& router, const ApiServices& s) {
  constexpr char kPath[] = "/api/v1/procedures/{code}/components/{component_id}/template";

  router.Add("PUT", kPath, [s](Request& req) {
    auto user = RequireUser(req, s);
    if (!user) return Fail(req, user.error());
    const auto who = identity::ToPrincipal(*user);
    if (!identity::CanAdminister(who)) {
      return Fail(
          req, MakeError(ErrorCode::kForbidden, "Chỉ quản trị viên được quản lý mẫu đơn, tờ khai"));
    }
    auto file = ReadUpload(req);
    if (!file) return Fail(req, file.error());
    auto stored = s.templates->Upload(who, req.Param("code"), req.Param("component_id"),
                                      file->bytes, file->name);
    if (!stored) return Fail(req, stored.error());
    return Json(200, FormTemplateToJson(*stored));
  });

  router.Add("DELETE", kPath, [s](Request& req) {
    auto user = RequireUser(req, s);
    if (!user) return Fail(req, user.error());
    auto removed = s.templates->Remove(identity::ToPrincipal(*user), req.Param("code"),
                                       req.Param("component_id"));
    if (!removed) return Fail(req, removed.error());
    Response r;
    r.status = 204;
    return r;
  });

  // Public, like the procedure's page: no session needed.
  router.Add("GET", kPath, [s](Request& req) {
    auto got = s.templates->Download(req.Param("code"), req.Param("component_id"));
    if (!got) return Fail(req, got.error());
    Response r;
    r.status = 200;
    r.content_type = got->form.media_type;
    r.headers.emplace_back("Content-Disposition", ContentDisposition(got->form.file_name));
    // The blob's id is the hash of the bytes: a strong validator that changes with each upload.
    r.headers.emplace_back("ETag", "\"" + got->form.sha256 + "\"");
    r.headers.emplace_back("Cache-Control", "public, max-age=300");
    r.body = std::move(got->bytes);
    return r;
  });
}

}  // namespace motcua::http
