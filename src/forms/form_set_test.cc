// SPDX-License-Identifier: Apache-2.0
#include "forms/form_set.h"

#include <gtest/gtest.h>

namespace motcua::forms {
namespace {

TEST(FormSetFor, TheReceiptDayPicksTheSet) {
  EXPECT_EQ(FormSetFor(MakeDate(2023, 10, 27)).version, "tt01-2018");
  EXPECT_EQ(FormSetFor(MakeDate(2025, 6, 30)).version, "tt01-2018");
  EXPECT_EQ(FormSetFor(MakeDate(2025, 7, 1)).version, "tt03-2025");
  EXPECT_EQ(FormSetFor(MakeDate(2026, 11, 25)).version, "tt03-2025");
}

TEST(FormSets, NumbersFollowTheCirculars) {
  const FormSet& old_set = FormSetFor(MakeDate(2024, 1, 1));
  const FormSet& new_set = FormSetFor(MakeDate(2026, 1, 1));
  EXPECT_EQ(old_set.forms.size(), 6u);
  EXPECT_EQ(new_set.forms.size(), 7u);
  EXPECT_EQ(old_set.Find(FormKind::kControlSlip)->number, "05");
  EXPECT_EQ(old_set.Find(FormKind::kTrackingBook)->number, "06");
  EXPECT_EQ(new_set.Find(FormKind::kStopNotice)->number, "05");
  EXPECT_EQ(new_set.Find(FormKind::kControlSlip)->number, "06");
  EXPECT_EQ(new_set.Find(FormKind::kTrackingBook)->number, "07");
  EXPECT_EQ(old_set.Find(FormKind::kStopNotice), nullptr);
}

TEST(FindForm, TheStopNoticeDoesNotExistBefore2025) {
  const auto missing = FindForm(FormKind::kStopNotice, MakeDate(2025, 6, 30));
  ASSERT_FALSE(missing.has_value());
  EXPECT_EQ(missing.error().code, ErrorCode::kFailedPrecondition);
  EXPECT_EQ(missing.error().reason, "form_not_in_set");
  EXPECT_NE(missing.error().message.find("01/2018/TT-VPCP"), std::string::npos);
  const auto found = FindForm(FormKind::kStopNotice, MakeDate(2025, 7, 1));
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->first->version, "tt03-2025");
}

TEST(FormKindName, RoundTrips) {
  for (const char* name : {"receipt", "supplement-request", "refusal", "apology", "stop-notice",
                           "control-slip", "tracking-book"}) {
    const auto kind = ParseFormKind(name);
    ASSERT_TRUE(kind.has_value()) << name;
    EXPECT_EQ(FormKindName(*kind), name);
  }
  EXPECT_FALSE(ParseFormKind("invoice").has_value());
  EXPECT_EQ(FormSetByVersion("tt01-2018").value()->forms.size(), 6u);
  EXPECT_EQ(FormSetByVersion("tt99").error().code, ErrorCode::kNotFound);
}

}  // namespace
}  // namespace motcua::forms
