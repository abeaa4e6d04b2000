// SPDX-License-Identifier: Apache-2.0
// The JSON of a form template, shared by the template routes and the procedure's page.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "catalog/form_template.h"

namespace motcua::http {

// Where anyone downloads a component's template.
std::string FormTemplateUrl(std::string_view procedure_code, std::string_view component_id);

// {"file_name", "media_type", "size", "uploaded_at", "url"}.
nlohmann::json FormTemplateToJson(const catalog::FormTemplate& t);

// Sets "template" on each component of a procedure's JSON (ProcedureToJson) that has one. The
// catalog's import/export format has no such member; it is only added for the API's readers.
void AddFormTemplates(nlohmann::json& procedure, const std::vector<catalog::FormTemplate>& list);

}  // namespace motcua::http
