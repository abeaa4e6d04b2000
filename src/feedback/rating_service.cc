// SPDX-License-Identifier: Apache-2.0
#include "feedback/rating_service.h"

namespace motcua::feedback {

Status CheckRating(const identity::Principal& who, const dossier::Dossier& d, int score,
                   std::string_view comment) {
  if (who.role != identity::Role::kCitizen || who.id_number.empty() ||
      who.id_number != d.applicant.id_number) {
    return MakeError(ErrorCode::kForbidden, "Chỉ người nộp hồ sơ được đánh giá hồ sơ này");
  }
  if (!dossier::IsFinal(d.status)) {
    return MakeError(ErrorCode::kFailedPrecondition,
                     "Chỉ đánh giá được sau khi hồ sơ đã trả kết quả", "", "not_returned");
  }
  if (score < 1 || score > 5) {
    return MakeError(ErrorCode::kInvalidArgument, "Điểm đánh giá phải từ 1 đến 5", "score");
  }
  if (comment.size() > 2000) {
    return MakeError(ErrorCode::kInvalidArgument, "Ý kiến góp ý dài tối đa 2000 ký tự", "comment");
  }
  return Ok();
}

Result<Rating> RatingService::Rate(const identity::Principal& who, std::string_view code, int score,
                                   std::string comment) {
  MOTCUA_ASSIGN_OR_RETURN(d, dossiers_.Get(who, code));
  MOTCUA_TRY(CheckRating(who, d, score, comment));
  Rating r{d.code, score, std::move(comment), who.user_id, clock_.Now()};
  auto added = ratings_.Add(r);
  if (!added) {
    if (added.error().code == ErrorCode::kConflict) {
      return MakeError(ErrorCode::kConflict, "Hồ sơ này đã được đánh giá", "", "already_rated");
    }
    return added.error();
  }
  return r;
}

Result<std::optional<Rating>> RatingService::Get(const identity::Principal& who,
                                                 std::string_view code) {
  MOTCUA_ASSIGN_OR_RETURN(d, dossiers_.Get(who, code));
  return ratings_.Get(d.code);
}

}  // namespace motcua::feedback
