// SPDX-License-Identifier: Apache-2.0
#include "digitization/component_files.h"

#include "blob/file_inspector.h"
#include "common/text_fold.h"

namespace motcua::digitization {

Result<ComponentFile> UploadService::Upload(const identity::Principal& who,
                                            std::string_view dossier_code,
                                            std::string_view component_id,
                                            std::string_view bytes, std::string_view file_name) {
  MOTCUA_ASSIGN_OR_RETURN(d, dossiers_.Get(who, dossier_code));
  if (!identity::CanActOnDossier(who, dossier::DossierService::ScopeOf(d))) {
    return MakeError(ErrorCode::kForbidden, "Bạn không có quyền bổ sung tệp cho hồ sơ này");
  }
  if (dossier::IsFinal(d.status)) {
    return MakeError(ErrorCode::kFailedPrecondition,
                     "Hồ sơ đã kết thúc (" + std::string(dossier::StatusLabelVi(d.status)) +
                         "), không thể tải thêm tệp",
                     "", "dossier_closed");
  }
  MOTCUA_ASSIGN_OR_RETURN(procedure, catalog_.GetVersion(d.procedure_version_id));
  bool known = false;
  for (const auto& c : procedure.version.rules.components) known = known || c.id == component_id;
  if (!known) {
    return MakeError(ErrorCode::kInvalidArgument,
                     "Thủ tục này không có thành phần hồ sơ \"" + std::string(component_id) + "\"",
                     "component_id");
  }
  MOTCUA_ASSIGN_OR_RETURN(inspected, blob::InspectFile(bytes));
  MOTCUA_ASSIGN_OR_RETURN(sha, blobs_.Put(bytes));
  ComponentFile f;
  f.dossier_code = d.code;
  f.component_id = std::string(component_id);
  f.sha256 = sha;
  f.mime = inspected.mime;
  f.pages = inspected.pages;
  f.size_bytes = static_cast<long long>(bytes.size());
  f.file_name = IsValidUtf8(file_name) ? std::string(file_name.substr(0, 255)) : "";
  f.uploaded_by = who.user_id;
  f.uploaded_at = clock_.Now();
  // The blob is written before the record: a crash in between leaves an unreferenced blob (found
  // by the archive's fixity sweep), never a record without its bytes.
  MOTCUA_ASSIGN_OR_RETURN(id, files_.Add(f));
  f.id = id;
  if (stored_hook_) stored_hook_(f);
  return f;
}

Result<std::vector<ComponentFile>> UploadService::List(const identity::Principal& who,
                                                       std::string_view dossier_code) {
  MOTCUA_ASSIGN_OR_RETURN(d, dossiers_.Get(who, dossier_code));
  return files_.List(d.code);
}

}  // namespace motcua::digitization
