// SPDX-License-Identifier: Apache-2.0
// The administrative map: administrative units with validity periods, agencies with their
// electronic identifier codes, departments inside agencies, and reception counters.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/local_time.h"
#include "common/result.h"

namespace motcua::org {

// A province, district or commune as the official list codes it (2, 3 and 5 digits before the
// 2025 reform). Units are never deleted: a merged unit gets `valid_to` and points to its
// `successor_code`, so that old dossiers keep the codes they were received under.
struct AdminUnit {
  std::string code;
  std::string name;
  std::string level;  // "province", "district" or "commune"
  std::string parent_code;
  Date valid_from;
  std::optional<Date> valid_to;
  std::string successor_code;
  std::string note;

  bool ValidOn(const Date& d) const { return d >= valid_from && (!valid_to || d <= *valid_to); }
};

// What an agency is, for routing and for who may receive what.
enum class AgencyKind { kServiceCentre, kDepartment, kCommuneOneStop, kOther };
std::string_view AgencyKindName(AgencyKind kind);
std::optional<AgencyKind> ParseAgencyKind(std::string_view name);

struct Agency {
  long long id = 0;
  std::string code;  // electronic identifier, e.g. 000.00.06.H56
  std::string name;
  AgencyKind kind = AgencyKind::kOther;
  std::string unit_code;
  std::optional<long long> parent_id;
  std::string note;
};

struct Department {
  long long id = 0;
  long long agency_id = 0;
  std::string name;
};

struct Counter {
  long long id = 0;
  long long agency_id = 0;
  int number = 0;
  std::string name;
};

// Validates an agency electronic identifier `LLL.KK.JJ.XNN` (QCVN 102:2016): three groups of
// 3, 2 and 2 digits and a level-1 code of one capital letter and two digits. kInvalidArgument
// otherwise.
Status ValidateAgencyCode(std::string_view code, std::string_view field = "code");

// Follows successor links from `code` to the unit in force on `on`. Returns the unit itself when
// it is still valid; kNotFound when the chain breaks. `units` is the whole map.
Result<AdminUnit> ResolveSuccessor(const std::vector<AdminUnit>& units, std::string_view code,
                                   const Date& on);

// Reads and writes the administrative map. Implementations are thread-safe.
class OrgRepository {
 public:
  virtual ~OrgRepository() = default;
  virtual Result<std::vector<AdminUnit>> ListUnits() = 0;
  virtual Result<std::vector<Agency>> ListAgencies() = 0;
  // kNotFound when absent.
  virtual Result<Agency> GetAgency(long long id) = 0;
  virtual Result<Agency> GetAgencyByCode(std::string_view code) = 0;
  virtual Result<std::vector<Department>> ListDepartments(long long agency_id) = 0;
  virtual Result<std::vector<Counter>> ListCounters(long long agency_id) = 0;

  // Writes; kConflict on a duplicate code/name.
  virtual Status PutUnit(const AdminUnit& unit) = 0;
  virtual Result<long long> CreateAgency(const Agency& agency) = 0;
  virtual Result<long long> CreateDepartment(const Department& department) = 0;
  virtual Result<long long> CreateCounter(const Counter& counter) = 0;
};

}  // namespace motcua::org
