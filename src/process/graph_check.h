// SPDX-License-Identifier: Apache-2.0
// The graph rules of an executable process (internal to ParseBpmn).
#pragma once

#include "process/definition.h"

namespace motcua::process {

// Links the flows, lanes, timers and consultation pairs of a freshly read `def` (filling
// incoming/outgoing, lane_id, assignees from lanes, boundary_ids, pair_id, start_id, is_default)
// and checks the rules ParseBpmn documents. kInvalidArgument naming the element at fault.
Status CheckGraph(ProcessDefinition& def);

}  // namespace motcua::process
