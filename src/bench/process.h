// SPDX-License-Identifier: Apache-2.0
// Child processes, temporary directories, free ports and /proc figures for the benchmark.
#pragma once

#include <chrono>
#include <string>
#include <vector>

#include "common/result.h"

namespace motcua::bench {

// A process started by the benchmark. The destructor stops it (SIGTERM, then SIGKILL after a
// few seconds) and reaps it. Movable, not copyable. Not thread-safe.
class ChildProcess {
 public:
  // Starts argv[0] (searched in PATH) with stdout and stderr appended to `log_path`.
  // kUnavailable when it cannot be started.
  static Result<ChildProcess> Start(const std::vector<std::string>& argv,
                                    const std::string& log_path);
  ChildProcess(ChildProcess&& other) noexcept : pid_(other.pid_) { other.pid_ = -1; }
  ChildProcess& operator=(ChildProcess&& other) noexcept;
  ChildProcess(const ChildProcess&) = delete;
  ChildProcess& operator=(const ChildProcess&) = delete;
  ~ChildProcess() { Stop(); }

  int pid() const { return pid_; }
  // True while the process has not exited.
  bool Running();
  // Sends SIGTERM, waits up to `grace`, then SIGKILL; returns the exit status (-1 if killed).
  int Stop(std::chrono::seconds grace = std::chrono::seconds(10));

 private:
  explicit ChildProcess(int pid) : pid_(pid) {}
  int pid_ = -1;
};

// Runs a command to completion with output appended to `log_path`; returns its exit code
// (-1 when it could not be started or was killed by a signal).
int RunCommand(const std::vector<std::string>& argv, const std::string& log_path);

// The prefix that runs a command as `user` when this process is root (runuser), else empty.
std::vector<std::string> AsUserPrefix(const std::string& user);

// Creates a fresh directory under $TMPDIR (or /var/tmp, which is on disk, unlike a tmpfs /tmp on
// many machines: fsync must cost what it costs in production). kUnavailable on failure.
Result<std::string> MakeTempDir(const std::string& prefix);

// A TCP port on 127.0.0.1 that was free a moment ago.
Result<unsigned short> FreeLoopbackPort();

// Polls until something accepts TCP connections on 127.0.0.1:port, or `timeout` passes.
bool WaitForPort(unsigned short port, std::chrono::milliseconds timeout);

// VmRSS of a process in kB from /proc/<pid>/status; -1 when unreadable.
long ResidentKb(int pid);

// This executable's path (/proc/self/exe).
std::string SelfExecutable();

// A file's whole content ("" when unreadable).
std::string ReadFile(const std::string& path);

}  // namespace motcua::bench
