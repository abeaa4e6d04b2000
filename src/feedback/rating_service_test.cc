// SPDX-License-Identifier: Apache-2.0
#include "feedback/rating_service.h"

#include <gtest/gtest.h>

namespace motcua::feedback {
namespace {

using dossier::DossierStatus;

dossier::Dossier Returned() {
  dossier::Dossier d;
  d.code = "001.01.00.H05-261125-0001";
  d.status = DossierStatus::kReturned;
  d.applicant.id_number = "001090000001";
  return d;
}

identity::Principal Citizen(std::string id_number) {
  return {1, id_number, identity::Role::kCitizen, std::nullopt, id_number};
}

TEST(CheckRating, TheApplicantRatesAReturnedDossier) {
  EXPECT_TRUE(CheckRating(Citizen("001090000001"), Returned(), 5, "Nhanh, chu đáo").has_value());
}

TEST(CheckRating, OnlyTheApplicant) {
  EXPECT_EQ(CheckRating(Citizen("001090000002"), Returned(), 5, "").error().code,
            ErrorCode::kForbidden);
  identity::Principal officer{2, "tiepnhan", identity::Role::kReception, 1, ""};
  EXPECT_EQ(CheckRating(officer, Returned(), 5, "").error().code, ErrorCode::kForbidden);
}

TEST(CheckRating, OnlyOnceTheResultIsReturned) {
  auto d = Returned();
  d.status = DossierStatus::kResultReady;
  EXPECT_EQ(CheckRating(Citizen("001090000001"), d, 4, "").error().reason, "not_returned");
}

TEST(CheckRating, ScoreFromOneToFive) {
  EXPECT_EQ(CheckRating(Citizen("001090000001"), Returned(), 0, "").error().field, "score");
  EXPECT_EQ(CheckRating(Citizen("001090000001"), Returned(), 6, "").error().field, "score");
  EXPECT_EQ(
      CheckRating(Citizen("001090000001"), Returned(), 3, std::string(2001, 'x')).error().field,
      "comment");
}

}  // namespace
}  // namespace motcua::feedback
