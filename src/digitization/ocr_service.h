// SPDX-License-Identifier: Apache-2.0
// Who may see the OCR of component files: one file's text and proposals, and search over the
// text of an agency's files.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "digitization/ocr_queue.h"
#include "dossier/dossier_service.h"
#include "identity/access_policy.h"

namespace motcua::digitization {

// A file found by its text.
struct OcrSearchHit {
  std::string dossier_code;
  std::string component_id;
  long long file_id = 0;
  std::string file_name;
  std::string snippet;  // the matching line as printed, with diacritics (SearchSnippet)
};

// Thread-safe; `dossiers` and `repo` must outlive it.
class OcrService {
 public:
  OcrService(dossier::DossierService& dossiers, OcrRepository& repo)
      : dossiers_(dossiers), repo_(repo) {}

  // The OCR of file `file_id` attached to dossier `dossier_code`, for anyone who may read the
  // dossier. Errors: kNotFound/kForbidden from the dossier, kNotFound when the file is not one
  // of that dossier's.
  Result<FileOcr> Get(const identity::Principal& who, std::string_view dossier_code,
                      long long file_id);

  // Files of dossiers received or handled by the caller's agency whose OCR text contains
  // `query`, compared without case or diacritics ("nguyen van" finds "Nguyễn Văn"), newest
  // first, at most `limit`. Staff of an agency only: kForbidden for anyone else. Errors:
  // kInvalidArgument (field "q") when the folded query has fewer than 2 or more than 200
  // characters.
  Result<std::vector<OcrSearchHit>> Search(const identity::Principal& who, std::string_view query,
                                           int limit);

 private:
  dossier::DossierService& dossiers_;
  OcrRepository& repo_;
};

}  // namespace motcua::digitization
