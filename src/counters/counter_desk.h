// SPDX-License-Identifier: Apache-2.0
// A reception counter as configured by an administrator, and its storage interface.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/result.h"

namespace motcua::counters {

struct CounterDesk {
  long long id = 0;
  long long agency_id = 0;
  int number = 0;  // unique within the agency, shown above the counter
  std::string name;
  // The procedure fields (catalog "field", e.g. "Hộ tịch") this counter receives; empty means
  // every field.
  std::vector<std::string> fields;
  bool priority = false;  // the priority lane: the elderly, people with disabilities, ...
  bool active = true;
};

// Checks a counter: number 1..999, a name of 1..200 bytes, at most 50 distinct non-empty fields.
// kInvalidArgument naming the field at fault.
Status ValidateCounter(const CounterDesk& counter);

// Checks that an officer of `agency_id` may be seated at `counter`: the counter must belong to
// the officer's own agency and be open. kInvalidArgument with field "counter_id".
Status CheckSeat(const CounterDesk& counter, std::optional<long long> agency_id);

// Implementations are thread-safe; every method is one transaction.
class CounterRepository {
 public:
  virtual ~CounterRepository() = default;
  // Every counter, or the agency's, ordered by agency and number.
  virtual Result<std::vector<CounterDesk>> List(std::optional<long long> agency_id) = 0;
  // kNotFound when absent.
  virtual Result<CounterDesk> Get(long long id) = 0;
  // kConflict when the agency already has a counter with that number.
  virtual Result<long long> Create(const CounterDesk& counter) = 0;
  // Replaces every field but the id; officers of another agency seated at it lose the seat.
  // kNotFound, kConflict as above.
  virtual Status Update(const CounterDesk& counter) = 0;
  // kNotFound when absent.
  virtual Status Delete(long long id) = 0;
};

}  // namespace motcua::counters
