// SPDX-License-Identifier: Apache-2.0
// For tests only: one test CA and one agency signer, made once per test binary (RSA key
// generation is slow enough to matter when every test repeats it).
#pragma once

#include <gtest/gtest.h>

#include "common/clock.h"
#include "signing/signer.h"
#include "signing/test_ca.h"

namespace motcua::signing::testing {

struct TestAgency {
  TestCa ca;
  std::string p12;
  static constexpr char kPassword[] = "mật khẩu thử";
  Timestamp now;
};

inline const TestAgency& SharedTestAgency() {
  static const TestAgency agency = [] {
    TestAgency a;
    a.now = SystemClock().Now();
    a.ca = CreateTestCa("motcua Test CA", a.now).value();
    a.p12 = IssueAgencyPkcs12(a.ca,
                              {.common_name = "UBND xã Hòa An",
                               .organization = "UBND tỉnh Phú Yên",
                               .password = TestAgency::kPassword},
                              a.now)
                .value();
    return a;
  }();
  return agency;
}

inline PdfSigner SharedTestSigner() {
  return PdfSigner::FromPkcs12(SharedTestAgency().p12, TestAgency::kPassword).value();
}

}  // namespace motcua::signing::testing
