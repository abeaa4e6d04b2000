// SPDX-License-Identifier: Apache-2.0
#include "identity/role.h"

#include <gtest/gtest.h>

namespace motcua::identity {
namespace {

TEST(Role, NamesRoundTrip) {
  const std::pair<Role, const char*> expected[] = {
      {Role::kCitizen, "citizen"},       {Role::kReception, "reception"},
      {Role::kSpecialist, "specialist"}, {Role::kDepartmentHead, "department_head"},
      {Role::kLeader, "leader"},         {Role::kAdmin, "admin"},
      {Role::kAuditor, "auditor"},
  };
  for (const auto& [role, name] : expected) {
    EXPECT_EQ(RoleName(role), name);
    EXPECT_EQ(ParseRole(name), role);
  }
}

TEST(Role, ParseRejectsUnknown) {
  EXPECT_EQ(ParseRole(""), std::nullopt);
  EXPECT_EQ(ParseRole("Admin"), std::nullopt);
  EXPECT_EQ(ParseRole("admin "), std::nullopt);
  EXPECT_EQ(ParseRole("superuser"), std::nullopt);
}

TEST(Role, VietnameseTitles) {
  EXPECT_EQ(RoleTitleVi(Role::kCitizen), "Công dân");
  EXPECT_EQ(RoleTitleVi(Role::kReception), "Cán bộ tiếp nhận");
  EXPECT_EQ(RoleTitleVi(Role::kSpecialist), "Chuyên viên");
  EXPECT_EQ(RoleTitleVi(Role::kDepartmentHead), "Trưởng phòng");
  EXPECT_EQ(RoleTitleVi(Role::kLeader), "Lãnh đạo");
  EXPECT_EQ(RoleTitleVi(Role::kAdmin), "Quản trị hệ thống");
  EXPECT_EQ(RoleTitleVi(Role::kAuditor), "Kiểm tra viên");
}

}  // namespace
}  // namespace motcua::identity
