// SPDX-License-Identifier: Apache-2.0
// The use cases of form templates: an administrator uploads, replaces or removes the blank form
// of a procedure's component; anyone reads the list and downloads the bytes.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "blob/blob_store.h"
#include "catalog/catalog_service.h"
#include "catalog/form_template.h"
#include "common/clock.h"
#include "identity/access_policy.h"

namespace motcua::catalog {

// The largest template accepted.
inline constexpr size_t kMaxTemplateBytes = 10 * 1024 * 1024;

struct TemplateDownload {
  FormTemplate form;
  std::string bytes;
};

// Thread-safe when its collaborators are.
class FormTemplateService {
 public:
  FormTemplateService(CatalogService& catalog, blob::BlobStore& blobs,
                      FormTemplateRepository& templates, const Clock& clock)
      : catalog_(catalog), blobs_(blobs), templates_(templates), clock_(clock) {}

  // Stores `bytes` as the template of a component of the procedure's version in force today,
  // replacing the previous one. The type comes from the content (blob::InspectDocument: PDF,
  // DOCX, ODT or DOC, at most kMaxTemplateBytes); the name is sanitised and given the type's
  // extension (an empty name becomes the component's name). Errors: kForbidden unless `who`
  // administers; kNotFound for an unknown procedure, or (field "component_id") a component the
  // current version does not have; kInvalidArgument (field "file") for any other content or
  // (field "file_name") a name that is not UTF-8; kPayloadTooLarge (field "file").
  Result<FormTemplate> Upload(const identity::Principal& who, std::string_view procedure_code,
                              std::string_view component_id, std::string_view bytes,
                              std::string_view file_name);

  // The same without a person behind it: the demo seed's generated stand-ins.
  Result<FormTemplate> Store(std::string_view procedure_code, std::string_view component_id,
                             std::string_view bytes, std::string_view file_name);

  // Removes a component's template. kForbidden unless `who` administers; kNotFound when the
  // procedure is unknown or the component has no template.
  Status Remove(const identity::Principal& who, std::string_view procedure_code,
                std::string_view component_id);

  // The templates of the components of the version in force today (a template left over from a
  // component a newer version dropped is not offered). kNotFound for an unknown procedure.
  Result<std::vector<FormTemplate>> List(std::string_view procedure_code);
  // Same, for a procedure already read (no second catalog read).
  Result<std::vector<FormTemplate>> ListFor(const Procedure& procedure);

  // A component's template and its bytes, for anyone. kNotFound (field "component_id") when the
  // procedure, the component in the current version, or its template is missing.
  Result<TemplateDownload> Download(std::string_view procedure_code, std::string_view component_id);

 private:
  Result<const Component*> FindComponent(const Procedure& p, std::string_view component_id);
  Result<FormTemplate> Save(std::optional<long long> who, std::string_view procedure_code,
                            std::string_view component_id, std::string_view bytes,
                            std::string_view file_name);

  CatalogService& catalog_;
  blob::BlobStore& blobs_;
  FormTemplateRepository& templates_;
  const Clock& clock_;
};

}  // namespace motcua::catalog
