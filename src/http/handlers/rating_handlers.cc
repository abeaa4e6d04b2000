// SPDX-License-Identifier: Apache-2.0
// The applicant's rating of a dossier once its result is returned.
#include "http/handlers/handler_support.h"

namespace motcua::http {
namespace {

nlohmann::json RatingToJson(const feedback::Rating& r) {
  return {{"dossier_code", r.dossier_code},
          {"score", r.score},
          {"comment", r.comment},
          {"created_at", FormatIso(r.created_at)}};
}

}  // namespace

void RegisterRatingRoutes(Router& router, const ApiServices& s) {
  router.Add("POST", "/api/v1/dossiers/{code}/rating", [s](Request& req) {
    auto user = RequireUser(req, s);
    if (!user) return Fail(req, user.error());
    auto body = ParseJsonObject(req);
    if (!body) return Fail(req, body.error());
    const auto score = body->find("score");
    if (score == body->end() || !score->is_number_integer()) {
      return Fail(req, MakeError(ErrorCode::kInvalidArgument,
                                 "Hãy chọn điểm đánh giá (số nguyên từ 1 đến 5)", "score"));
    }
    auto comment = StringField(*body, "comment");
    if (!comment) return Fail(req, comment.error());
    auto rated = s.ratings->Rate(identity::ToPrincipal(*user), req.Param("code"), score->get<int>(),
                                 *comment);
    if (!rated) return Fail(req, rated.error());
    return Json(201, RatingToJson(*rated));
  });

  router.Add("GET", "/api/v1/dossiers/{code}/rating", [s](Request& req) {
    auto user = RequireUser(req, s);
    if (!user) return Fail(req, user.error());
    auto rating = s.ratings->Get(identity::ToPrincipal(*user), req.Param("code"));
    if (!rating) return Fail(req, rating.error());
    if (!*rating) {
      return Fail(req,
                  MakeError(ErrorCode::kNotFound, "Hồ sơ chưa được đánh giá", "", "not_rated"));
    }
    return Json(200, RatingToJson(**rating));
  });
}

}  // namespace motcua::http
