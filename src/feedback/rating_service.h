// SPDX-License-Identifier: Apache-2.0
// Rating a dossier once its result is returned.
#pragma once

#include <memory>

#include "common/clock.h"
#include "dossier/dossier_service.h"
#include "feedback/rating_repository.h"

namespace motcua::feedback {

// Whether `who` may rate dossier `d` with `score` and `comment`: only the applicant (a citizen
// or organization account whose number is the dossier's), only once the dossier is over
// (returned, or another final status), a score from 1 to 5 and a comment of at most 2000
// bytes. kForbidden, kFailedPrecondition (reason "not_returned"), kInvalidArgument (field
// "score" or "comment").
Status CheckRating(const identity::Principal& who, const dossier::Dossier& d, int score,
                   std::string_view comment);

// Thread-safe.
class RatingService {
 public:
  RatingService(dossier::DossierService& dossiers, RatingRepository& ratings, const Clock& clock)
      : dossiers_(dossiers), ratings_(ratings), clock_(clock) {}

  // Records the applicant's rating (CheckRating). kNotFound, kForbidden; kConflict (reason
  // "already_rated") for a second rating.
  Result<Rating> Rate(const identity::Principal& who, std::string_view code, int score,
                      std::string comment);

  // The rating, for whoever may read the dossier; nullopt when not rated yet.
  Result<std::optional<Rating>> Get(const identity::Principal& who, std::string_view code);

 private:
  dossier::DossierService& dossiers_;
  RatingRepository& ratings_;
  const Clock& clock_;
};

}  // namespace motcua::feedback
