// SPDX-License-Identifier: Apache-2.0
#include "digitization/digitization_rules.h"

#include <gtest/gtest.h>

#include "digitization/document_code.h"

namespace motcua::digitization {
namespace {

using catalog::DigitizationClass;

TEST(DigitizationRules, ResultsAreAlwaysDigitizedForFree) {
  for (auto c : {DigitizationClass::kPriorResult, DigitizationClass::kAgencyResult,
                 DigitizationClass::kFinalResult}) {
    for (auto who : {RequestedBy::kNobody, RequestedBy::kApplicant}) {
      const auto d = Decide(c, who);
      EXPECT_TRUE(d.digitize);
      EXPECT_FALSE(d.fee_applies);
      EXPECT_EQ(d.requirement, Requirement::kMandatory);
    }
  }
}

TEST(DigitizationRules, OtherPapersOnlyOnRequestAndTheApplicantPays) {
  EXPECT_FALSE(Decide(DigitizationClass::kOther, RequestedBy::kNobody).digitize);
  const auto citizen = Decide(DigitizationClass::kOther, RequestedBy::kApplicant);
  EXPECT_TRUE(citizen.digitize);
  EXPECT_TRUE(citizen.fee_applies);
  const auto officer = Decide(DigitizationClass::kOther, RequestedBy::kOfficer);
  EXPECT_TRUE(officer.digitize);
  EXPECT_FALSE(officer.fee_applies);
}

TEST(DocumentCode, DefaultIsIdentifierDotTypeWithASequenceWhenNeeded) {
  const auto f = DocumentCodeFormat::Default();
  EXPECT_EQ(*f.Format("001090000001", "GKS", 1), "001090000001.GKS");
  EXPECT_EQ(*f.Format("001090000001", "GKS", 2), "001090000001.GKS.2");
  EXPECT_EQ(f.Format("001090000001", "g ks", 1).error().field, "document_type_code");
  EXPECT_EQ(f.Format("", "GKS", 1).error().field, "id");
}

TEST(DocumentCode, FormatIsConfigurable) {
  const auto f = DocumentCodeFormat::Parse("{type}-{id}-{seq}");
  ASSERT_TRUE(f.has_value());
  EXPECT_EQ(*f->Format("0100109106", "GCNDKDN", 3), "GCNDKDN-0100109106-3");
  EXPECT_FALSE(DocumentCodeFormat::Parse("{id}").has_value());
  EXPECT_FALSE(DocumentCodeFormat::Parse("{id}.{type}.{year}").has_value());
  EXPECT_FALSE(DocumentCodeFormat::Parse("{id}.{type").has_value());
}

}  // namespace
}  // namespace motcua::digitization
