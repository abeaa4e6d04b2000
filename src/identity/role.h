// SPDX-License-Identifier: Apache-2.0
// The roles a user account can hold, with their stable names and Vietnamese titles.
#pragma once

#include <optional>
#include <string_view>

namespace motcua::identity {

// One role per account. Staff roles (reception .. leader) belong to an agency.
enum class Role {
  kCitizen,         // a citizen or an organization applying for procedures
  kReception,       // receives and returns dossiers at the one-stop desk
  kSpecialist,      // examines dossiers
  kDepartmentHead,  // reviews a specialist's result
  kLeader,          // agency leader who decides and signs
  kAdmin,           // administers accounts and configuration; does not process dossiers
  kAuditor,         // reads everything, changes nothing
};

// The stable machine name used in the database, the API and sessions: "citizen", "reception",
// "specialist", "department_head", "leader", "admin", "auditor".
std::string_view RoleName(Role role);

// The Role whose RoleName is exactly `name` (case-sensitive), or nullopt.
std::optional<Role> ParseRole(std::string_view name);

// The Vietnamese title shown to users, e.g. "Cán bộ tiếp nhận" for kReception.
std::string_view RoleTitleVi(Role role);

}  // namespace motcua::identity
