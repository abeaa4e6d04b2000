// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: arbitrary bytes into every parser that takes text from a request: import
// documents, calendar notices, personal numbers, tax codes, ISO times, query strings, dossier
// codes and search folding. None may crash, leak or hit undefined behaviour.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include <nlohmann/json.hpp>

#include "calendar/year_notice_json.h"
#include "catalog/procedure_json.h"
#include "common/local_time.h"
#include "common/text_fold.h"
#include "dossier/dossier_code.h"
#include "http/message.h"
#include "identity/personal_number.h"
#include "identity/tax_code.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  (void)motcua::identity::ParsePersonalNumber(text, 2025);
  (void)motcua::identity::NormalizeTaxCode(text);
  (void)motcua::ParseIso(text);
  (void)motcua::ParseDate(text);
  (void)motcua::http::ParseQuery(text);
  (void)motcua::http::PercentDecode(text, true);
  (void)motcua::dossier::ValidateDossierCode(text);
  const std::string folded = motcua::FoldForSearch(text);
  // Folding keeps only valid UTF-8, so folding again changes nothing.
  if (!motcua::IsValidUtf8(folded) || motcua::FoldForSearch(folded) != folded) __builtin_trap();

  const auto j = nlohmann::json::parse(text, nullptr, false);
  if (j.is_discarded()) return 0;
  (void)motcua::catalog::ParseImportDocument(j);
  (void)motcua::catalog::ParseImportEntry(j);
  (void)motcua::calendar::NoticeFromJson(j);
  return 0;
}
