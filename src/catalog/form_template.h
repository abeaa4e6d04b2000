// SPDX-License-Identifier: Apache-2.0
// Blank forms (mẫu đơn, tờ khai) a procedure offers for download, one per dossier component,
// and the storage interface that keeps them.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/local_time.h"
#include "common/result.h"
#include "common/utf8.h"

namespace motcua::catalog {

// The template of one component of a procedure. The bytes are a blob named by `sha256`. Not
// versioned with the procedure's rules: a new upload replaces the previous one.
struct FormTemplate {
  std::string procedure_code;
  std::string component_id;
  std::string sha256;      // the blob's id
  std::string file_name;   // sanitised (SanitizeTemplateFileName), with the detected extension
  std::string media_type;  // detected from the bytes, never from the name
  long long size_bytes = 0;
  Timestamp uploaded_at;
  std::optional<long long> uploaded_by;  // empty for templates the demo seed generated
};

// Implementations are thread-safe.
class FormTemplateRepository {
 public:
  virtual ~FormTemplateRepository() = default;
  // Stores `t` as the template of its (procedure, component), replacing any previous one.
  // kConflict when the procedure is unknown.
  virtual Status Put(const FormTemplate& t) = 0;
  // The template of a component. kNotFound when it has none.
  virtual Result<FormTemplate> Get(std::string_view procedure_code,
                                   std::string_view component_id) = 0;
  // Every template of a procedure, ordered by component id.
  virtual Result<std::vector<FormTemplate>> List(std::string_view procedure_code) = 0;
  // Removes a component's template (its blob stays: blobs may be shared). kNotFound when it has
  // none.
  virtual Status Remove(std::string_view procedure_code, std::string_view component_id) = 0;
};

// The largest name kept, in bytes of UTF-8.
inline constexpr size_t kMaxTemplateFileNameBytes = 200;

// Makes an uploaded file's name safe to store and to send back in Content-Disposition: drops
// any directory part (after the last '/' or '\'), control characters and double quotes, trims
// spaces, replaces the extension with `extension` (the one of the detected type, e.g. "pdf"),
// and shortens the stem so the whole stays within kMaxTemplateFileNameBytes without cutting a
// character in two. Vietnamese letters are kept. An empty stem becomes `fallback_stem`.
// kInvalidArgument (field "file_name") when `name` is not valid UTF-8.
Result<std::string> SanitizeTemplateFileName(std::string_view name, std::string_view extension,
                                             std::string_view fallback_stem);

// The usual extension of a template's media type ("pdf", "docx", "odt", "doc"; "bin" otherwise).
std::string_view TemplateExtension(std::string_view media_type);

}  // namespace motcua::catalog
