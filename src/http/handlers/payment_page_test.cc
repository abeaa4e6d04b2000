// SPDX-License-Identifier: Apache-2.0
#include "http/handlers/payment_page.h"

#include <gtest/gtest.h>

namespace motcua::http {
namespace {

payment::Payment Pending() {
  payment::Payment p;
  p.id = 42;
  p.dossier_code = "000.00.07.H05-261125-0001";
  p.amount_vnd = 200000;
  p.fee_name = "Phí <cung cấp> thông tin";
  return p;
}

TEST(TestPayPage, PendingShowsTheAmountAndBothButtons) {
  const std::string html = TestPayPage(Pending(), "");
  EXPECT_NE(html.find("200.000 đồng"), std::string::npos);
  EXPECT_NE(html.find("action=\"/api/v1/payments/42/test-confirm\""), std::string::npos);
  EXPECT_NE(html.find(">Thanh toán</button>"), std::string::npos);
  EXPECT_NE(html.find(">Hủy</button>"), std::string::npos);
  EXPECT_NE(html.find("Phí &lt;cung cấp&gt; thông tin"), std::string::npos);
  EXPECT_EQ(html.find("<cung"), std::string::npos);
}

TEST(TestPayPage, PaidShowsTheReceiptAndNoButtons) {
  auto p = Pending();
  p.status = payment::PaymentStatus::kPaid;
  p.receipt_number = "BL-2026-000001";
  const std::string html = TestPayPage(p, "already_paid");
  EXPECT_NE(html.find("BL-2026-000001"), std::string::npos);
  EXPECT_EQ(html.find("<button"), std::string::npos);
  EXPECT_NE(html.find("role=\"alert\""), std::string::npos);
}

}  // namespace
}  // namespace motcua::http
