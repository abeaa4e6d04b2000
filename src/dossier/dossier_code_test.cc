// SPDX-License-Identifier: Apache-2.0
#include "dossier/dossier_code.h"

#include <gtest/gtest.h>

namespace motcua::dossier {
namespace {

TEST(DossierCode, MatchesTheRealReceipt) {
  EXPECT_EQ(FormatDossierCode("000.00.06.H56", MakeDate(2023, 10, 27), 361),
            "000.00.06.H56-231027-0361");
  EXPECT_EQ(FormatDossierCode("000.00.06.H56", MakeDate(2023, 10, 27), 12345),
            "000.00.06.H56-231027-12345");
}

TEST(DossierCode, ValidatesShape) {
  EXPECT_TRUE(ValidateDossierCode("000.00.06.H56-231027-0361").has_value());
  for (const char* bad : {"", "000.00.06.H56-231327-0361", "000.00.06.H56-231027-036",
                          "000.00.06.H56_231027_0361", "../../etc/passwd",
                          "000.00.06.H56-231027-0361x"}) {
    EXPECT_FALSE(ValidateDossierCode(bad).has_value()) << bad;
  }
}

}  // namespace
}  // namespace motcua::dossier
