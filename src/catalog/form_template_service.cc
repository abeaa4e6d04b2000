// SPDX-License-Identifier: Apache-2.0
#include "catalog/form_template_service.h"

#include "blob/file_inspector.h"

namespace motcua::catalog {
namespace {

Error NotAdmin() {
  return MakeError(ErrorCode::kForbidden, "Chỉ quản trị viên được quản lý mẫu đơn, tờ khai");
}

}  // namespace

Result<const Component*> FormTemplateService::FindComponent(const Procedure& p,
                                                            std::string_view component_id) {
  for (const auto& c : p.version.rules.components) {
    if (c.id == component_id) return &c;
  }
  return MakeError(
      ErrorCode::kNotFound,
      "Thủ tục " + p.code + " không có thành phần hồ sơ \"" + std::string(component_id) + "\"",
      "component_id");
}

Result<FormTemplate> FormTemplateService::Save(std::optional<long long> who,
                                               std::string_view procedure_code,
                                               std::string_view component_id,
                                               std::string_view bytes, std::string_view file_name) {
  MOTCUA_ASSIGN_OR_RETURN(procedure, catalog_.Get(procedure_code));
  MOTCUA_ASSIGN_OR_RETURN(component, FindComponent(procedure, component_id));
  MOTCUA_ASSIGN_OR_RETURN(inspected, blob::InspectDocument(bytes, kMaxTemplateBytes));
  MOTCUA_ASSIGN_OR_RETURN(name, SanitizeTemplateFileName(
                                    file_name, TemplateExtension(inspected.mime), component->name));
  MOTCUA_ASSIGN_OR_RETURN(sha, blobs_.Put(bytes));
  FormTemplate t{procedure.code,
                 component->id,
                 sha,
                 std::move(name),
                 inspected.mime,
                 static_cast<long long>(bytes.size()),
                 clock_.Now(),
                 who};
  // The blob is written before the record: a crash in between leaves an unreferenced blob,
  // never a record without its bytes.
  MOTCUA_TRY(templates_.Put(t));
  return t;
}

Result<FormTemplate> FormTemplateService::Upload(const identity::Principal& who,
                                                 std::string_view procedure_code,
                                                 std::string_view component_id,
                                                 std::string_view bytes,
                                                 std::string_view file_name) {
  if (!identity::CanAdminister(who)) return NotAdmin();
  return Save(who.user_id, procedure_code, component_id, bytes, file_name);
}

Result<FormTemplate> FormTemplateService::Store(std::string_view procedure_code,
                                                std::string_view component_id,
                                                std::string_view bytes,
                                                std::string_view file_name) {
  return Save(std::nullopt, procedure_code, component_id, bytes, file_name);
}

Status FormTemplateService::Remove(const identity::Principal& who, std::string_view procedure_code,
                                   std::string_view component_id) {
  if (!identity::CanAdminister(who)) return NotAdmin();
  MOTCUA_ASSIGN_OR_RETURN(procedure, catalog_.Get(procedure_code));
  return templates_.Remove(procedure.code, component_id);
}

Result<std::vector<FormTemplate>> FormTemplateService::List(std::string_view procedure_code) {
  MOTCUA_ASSIGN_OR_RETURN(procedure, catalog_.Get(procedure_code));
  return ListFor(procedure);
}

Result<std::vector<FormTemplate>> FormTemplateService::ListFor(const Procedure& procedure) {
  MOTCUA_ASSIGN_OR_RETURN(all, templates_.List(procedure.code));
  std::vector<FormTemplate> out;
  for (auto& t : all) {
    if (FindComponent(procedure, t.component_id)) out.push_back(std::move(t));
  }
  return out;
}

Result<TemplateDownload> FormTemplateService::Download(std::string_view procedure_code,
                                                       std::string_view component_id) {
  MOTCUA_ASSIGN_OR_RETURN(procedure, catalog_.Get(procedure_code));
  MOTCUA_TRY(FindComponent(procedure, component_id));
  auto form = templates_.Get(procedure.code, component_id);
  if (!form) {
    if (form.error().code != ErrorCode::kNotFound) return form.error();
    return MakeError(ErrorCode::kNotFound, "Thành phần hồ sơ này chưa có mẫu đơn, tờ khai",
                     "component_id");
  }
  MOTCUA_ASSIGN_OR_RETURN(bytes, blobs_.Get(form->sha256));
  return TemplateDownload{std::move(*form), std::move(bytes)};
}

}  // namespace motcua::catalog
