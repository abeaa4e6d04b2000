// SPDX-License-Identifier: Apache-2.0
#include "identity/role.h"

#include <array>

namespace motcua::identity {
namespace {

constexpr std::array<Role, 7> kAllRoles = {
    Role::kCitizen, Role::kReception, Role::kSpecialist, Role::kDepartmentHead,
    Role::kLeader,  Role::kAdmin,     Role::kAuditor};

}  // namespace

std::string_view RoleName(Role role) {
  switch (role) {
    case Role::kCitizen:
      return "citizen";
    case Role::kReception:
      return "reception";
    case Role::kSpecialist:
      return "specialist";
    case Role::kDepartmentHead:
      return "department_head";
    case Role::kLeader:
      return "leader";
    case Role::kAdmin:
      return "admin";
    case Role::kAuditor:
      return "auditor";
  }
  return "citizen";
}

std::optional<Role> ParseRole(std::string_view name) {
  for (Role role : kAllRoles) {
    if (RoleName(role) == name) return role;
  }
  return std::nullopt;
}

std::string_view RoleTitleVi(Role role) {
  switch (role) {
    case Role::kCitizen:
      return "Công dân";
    case Role::kReception:
      return "Cán bộ tiếp nhận";
    case Role::kSpecialist:
      return "Chuyên viên";
    case Role::kDepartmentHead:
      return "Trưởng phòng";
    case Role::kLeader:
      return "Lãnh đạo";
    case Role::kAdmin:
      return "Quản trị hệ thống";
    case Role::kAuditor:
      return "Kiểm tra viên";
  }
  return "Công dân";
}

}  // namespace motcua::identity
