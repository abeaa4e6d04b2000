// SPDX-License-Identifier: Apache-2.0
#include "digitization/ocr_service.h"

#include "common/text_fold.h"
#include "common/utf8.h"

namespace motcua::digitization {

Result<FileOcr> OcrService::Get(const identity::Principal& who, std::string_view dossier_code,
                                long long file_id) {
  MOTCUA_ASSIGN_OR_RETURN(d, dossiers_.Get(who, dossier_code));
  auto ocr = repo_.Get(file_id);
  // A file of another dossier answers as if it did not exist: its id says nothing.
  if ((!ocr && ocr.error().code == ErrorCode::kNotFound) || (ocr && ocr->dossier_code != d.code)) {
    return MakeError(ErrorCode::kNotFound, "Không tìm thấy tệp trong hồ sơ này", "file_id");
  }
  return ocr;
}

Result<std::vector<OcrSearchHit>> OcrService::Search(const identity::Principal& who,
                                                     std::string_view query, int limit) {
  if (!identity::IsStaffRole(who.role) || !who.agency_id) {
    return MakeError(ErrorCode::kForbidden, "Chỉ cán bộ của cơ quan mới được tìm trong tệp hồ sơ");
  }
  const std::string folded = FoldForSearch(query);
  const size_t length = DecodeUtf8(folded).size();
  if (length < 2 || length > 200) {
    return MakeError(ErrorCode::kInvalidArgument, "Từ khóa tìm kiếm phải dài từ 2 đến 200 ký tự",
                     "q");
  }
  MOTCUA_ASSIGN_OR_RETURN(matches, repo_.Search(folded, {*who.agency_id}, limit));
  std::vector<OcrSearchHit> hits;
  for (const OcrMatch& m : matches) {
    hits.push_back(
        {m.dossier_code, m.component_id, m.file_id, m.file_name, SearchSnippet(m.text, folded)});
  }
  return hits;
}

}  // namespace motcua::digitization
