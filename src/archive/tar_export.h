// SPDX-License-Identifier: Apache-2.0
// Handing a package over as one file: a POSIX ustar archive of the bag's directory.
#pragma once

#include <string>

#include "common/result.h"

namespace motcua::archive {

// Writes `bag_dir` as a ustar archive to `out_file`, every entry under the bag's directory name
// (so `tar -xf` recreates <code>/bagit.txt, <code>/data/...), in sorted order. The archive is
// written beside `out_file` and renamed into place. Errors: kNotFound (no such bag directory),
// kInvalidArgument (a path too long for ustar, or a file that is neither regular nor a
// directory), kUnavailable (the disk). Does not check the bag; see VerifyBag.
Status ExportTar(const std::string& bag_dir, const std::string& out_file);

}  // namespace motcua::archive
