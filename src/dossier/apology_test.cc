// SPDX-License-Identifier: Apache-2.0
#include "dossier/apology.h"

#include <gtest/gtest.h>

namespace motcua::dossier {
namespace {

class ApologyTest : public ::testing::Test {
 protected:
  ApologyTest() {
    d_.code = "000.00.06.H05-261125-0001";
    d_.status = DossierStatus::kProcessing;
    d_.received_at = MakeLocalTime(2026, 11, 25, 9, 0);
    d_.due_at = MakeLocalTime(2026, 12, 9, 9, 0);  // Wednesday
  }
  Status Check(const Date& day, std::string_view reason = "Chờ kết quả xác minh") {
    return CheckApology(d_, now_, reason, day, calendar_);
  }
  Dossier d_;
  Timestamp now_ = MakeLocalTime(2026, 12, 10, 9, 0);  // Thursday, a day late
  calendar::WorkingCalendar calendar_;
};

TEST_F(ApologyTest, ALateDossierMayPromiseAWorkingDayAfterTodayAndTheDueDay) {
  EXPECT_TRUE(Check(MakeDate(2026, 12, 16)).has_value());
  EXPECT_TRUE(Check(MakeDate(2026, 12, 11)).has_value());  // tomorrow, a Friday
}

TEST_F(ApologyTest, TheNewDateMustBeAWorkingDay) {
  const auto saturday = Check(MakeDate(2026, 12, 12));
  ASSERT_FALSE(saturday.has_value());
  EXPECT_EQ(saturday.error().field, "new_due_date");
  EXPECT_NE(saturday.error().message.find("12/12/2026"), std::string::npos);
  EXPECT_NE(saturday.error().message.find("ngày làm việc"), std::string::npos);
  // 01/01/2027 is New Year's Day, a Friday off.
  EXPECT_EQ(Check(MakeDate(2027, 1, 1)).error().field, "new_due_date");
}

TEST_F(ApologyTest, TheNewDateMustBeAfterTodayAndAfterTheOriginalDueDay) {
  EXPECT_EQ(Check(MakeDate(2026, 12, 10)).error().field, "new_due_date");  // today
  // Late since 09:00 today: neither today nor the due day (the same here) may be promised.
  now_ = MakeLocalTime(2026, 12, 9, 10, 0);
  const auto due_day = Check(MakeDate(2026, 12, 9));
  ASSERT_FALSE(due_day.has_value());
  EXPECT_EQ(due_day.error().field, "new_due_date");
}

TEST_F(ApologyTest, AFurtherApologyOnlyMovesThePromiseLater) {
  d_.promised_at = PromisedTime(MakeDate(2026, 12, 16), calendar_);
  const auto earlier = Check(MakeDate(2026, 12, 15));
  ASSERT_FALSE(earlier.has_value());
  EXPECT_EQ(earlier.error().field, "new_due_date");
  EXPECT_NE(earlier.error().message.find("16/12/2026"), std::string::npos);
  EXPECT_EQ(Check(MakeDate(2026, 12, 16)).error().field, "new_due_date");
  EXPECT_TRUE(Check(MakeDate(2026, 12, 17)).has_value());
}

TEST_F(ApologyTest, OnlyForADossierStillBeingProcessed) {
  EXPECT_EQ(Check(MakeDate(2026, 12, 16), " ").error().field, "reason");
  for (auto status : {DossierStatus::kResultReady, DossierStatus::kReturned,
                      DossierStatus::kNotReceived}) {
    d_.status = status;
    EXPECT_EQ(Check(MakeDate(2026, 12, 16)).error().reason, "not_overdue")
        << StatusName(status);
  }
  d_.status = DossierStatus::kSupplementRequested;
  d_.paused_at = MakeLocalTime(2026, 12, 1, 9, 0);  // waiting on the applicant
  EXPECT_EQ(Check(MakeDate(2026, 12, 16)).error().reason, "not_overdue");
  d_.paused_at.reset();
  d_.status = DossierStatus::kProcessing;
  now_ = MakeLocalTime(2026, 12, 9, 8, 59);  // not due yet
  EXPECT_EQ(Check(MakeDate(2026, 12, 16)).error().code, ErrorCode::kConflict);
}

TEST(Apology, ThePromiseIsTheCloseOfThatDayAndTheNoteSaysItInWords) {
  calendar::WorkingCalendar calendar;
  EXPECT_EQ(PromisedTime(MakeDate(2026, 12, 16), calendar), MakeLocalTime(2026, 12, 16, 17, 0));
  EXPECT_EQ(ApologyNote(MakeDate(2026, 12, 16), "Chờ xác minh"),
            "Hẹn lại ngày trả kết quả: 16/12/2026. Lý do: Chờ xác minh");
}

}  // namespace
}  // namespace motcua::dossier
