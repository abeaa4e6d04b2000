// SPDX-License-Identifier: Apache-2.0
// `motcua archive verify` and `motcua archive export`: the fixity check of the electronic archive
// and the handover of one package as a .tar. Each returns the process exit code.
#pragma once

#include <ostream>
#include <string>

namespace CLI {
class App;
}

namespace motcua::app {

struct ArchiveOptions {
  std::string data_dir = "var";
  std::string db_url;        // default: sqlite:<data_dir>/motcua.db
  std::string dossier_code;  // export only
  std::string out_file;      // export only
};

// Adds `archive` with its `verify` and `export` subcommands to `cli`, writing into `options`.
// Returns the `archive` command, for RunArchive.
CLI::App* AddArchiveCommand(CLI::App& cli, ArchiveOptions& options);

// Runs whichever subcommand of `archive_command` was parsed.
int RunArchive(const CLI::App& archive_command, const ArchiveOptions& options, std::ostream& out);

// Checks every blob of <data>/blobs and every package of <data>/archive, and each recorded
// package against the database's record (present, same tag manifest). Prints a summary and one
// line per damaged item. Returns 0 when everything is intact, 1 when something is damaged, 2 when
// the data directory or its database cannot be opened.
int RunArchiveVerify(const ArchiveOptions& options, std::ostream& out);

// Checks the dossier's package and writes it to options.out_file as a ustar archive. Returns 0
// when written, 1 when the package is damaged (nothing is written), 2 when there is no package or
// the file cannot be written.
int RunArchiveExport(const ArchiveOptions& options, std::ostream& out);

}  // namespace motcua::app
