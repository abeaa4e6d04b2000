// SPDX-License-Identifier: Apache-2.0
#include "dossier/applicant_directory.h"

#include <algorithm>
#include <map>

#include "common/local_time.h"
#include "identity/personal_number.h"
#include "identity/tax_code.h"

namespace motcua::dossier {
namespace {

bool MayLookUpAnyone(identity::Role role) {
  return identity::IsStaffRole(role) || role == identity::Role::kAdmin ||
         role == identity::Role::kAuditor;
}

}  // namespace

Result<ApplicantId> ParseApplicantId(std::string_view text, int current_year) {
  const auto b = text.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) {
    return MakeError(ErrorCode::kInvalidArgument,
                     "Hãy nhập số định danh cá nhân (12 chữ số) hoặc mã số thuế", "id_number");
  }
  text = text.substr(b, text.find_last_not_of(" \t\r\n") - b + 1);
  const bool twelve_digits =
      text.size() == 12 && std::all_of(text.begin(), text.end(), [](char c) {
        return c >= '0' && c <= '9';
      });
  if (twelve_digits) {
    MOTCUA_ASSIGN_OR_RETURN(number, identity::ParsePersonalNumber(text, current_year, "id_number"));
    return ApplicantId{"citizen", number.digits};
  }
  auto tax_code = identity::NormalizeTaxCode(text, "id_number");
  if (!tax_code) {
    return MakeError(ErrorCode::kInvalidArgument,
                     "Số định danh không hợp lệ: cần số định danh cá nhân 12 chữ số hoặc mã số "
                     "thuế (" + tax_code.error().message + ")",
                     "id_number");
  }
  return ApplicantId{"organization", *tax_code};
}

Result<ApplicantProfile> ApplicantDirectory::Lookup(const identity::Principal& who,
                                                    std::string_view id_number) {
  const int year = static_cast<int>(LocalDate(clock_.Now()).year());
  MOTCUA_ASSIGN_OR_RETURN(id, ParseApplicantId(id_number, year));
  const bool staff = MayLookUpAnyone(who.role);
  if (!staff && (who.id_number.empty() || who.id_number != id.id_number)) {
    return MakeError(ErrorCode::kForbidden, "Bạn chỉ được tra cứu thông tin của chính mình",
                     "id_number");
  }
  MOTCUA_ASSIGN_OR_RETURN(record, dossiers_->FindApplicant(id.id_number));
  MOTCUA_ASSIGN_OR_RETURN(account, dossiers_->FindAccount(id.id_number));
  if (!record && !account) {
    return MakeError(ErrorCode::kNotFound, "Chưa có thông tin người nộp với số định danh này",
                     "id_number");
  }
  ApplicantProfile profile;
  profile.known_from_dossiers = record.has_value();
  if (record) {
    profile.applicant = std::move(*record);
  } else {
    profile.applicant.kind = id.kind;
    profile.applicant.id_number = id.id_number;
    profile.applicant.full_name = account->full_name;
  }
  profile.has_account = account.has_value();
  if (account && staff) profile.account_username = account->username;
  MOTCUA_ASSIGN_OR_RETURN(recent, RecentDossiers(who, id.id_number, profile.more_dossiers));
  profile.recent_dossiers = std::move(recent);
  MOTCUA_ASSIGN_OR_RETURN(documents, count_documents_(who, id.id_number));
  profile.valid_documents = documents;
  return profile;
}

Result<std::vector<ApplicantDossier>> ApplicantDirectory::RecentDossiers(
    const identity::Principal& who, const std::string& id_number, bool& more) {
  ListFilter filter;
  filter.applicant_id_number = id_number;
  filter.limit = kRecentDossiers + 1;  // one more tells whether there are others
  MOTCUA_ASSIGN_OR_RETURN(dossiers, service_.List(who, filter));
  more = dossiers.size() > static_cast<size_t>(kRecentDossiers);
  if (more) dossiers.resize(kRecentDossiers);
  std::map<long long, std::string> names;  // procedure version id -> name
  std::vector<ApplicantDossier> out;
  for (const auto& d : dossiers) {
    auto name = names.find(d.procedure_version_id);
    if (name == names.end()) {
      auto version = catalog_->GetVersion(d.procedure_version_id);
      name = names.emplace(d.procedure_version_id, version ? version->version.rules.name : "")
                 .first;
    }
    out.push_back({d.code, d.procedure_code, name->second, d.status, d.submitted_at, d.due_at});
  }
  return out;
}

}  // namespace motcua::dossier
