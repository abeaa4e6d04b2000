// SPDX-License-Identifier: Apache-2.0
// The server's background thread that calls process::Engine::Sweep at a fixed interval, so that
// overdue steps are flagged and boundary timers fire as time passes.
#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

#include "common/clock.h"
#include "process/engine.h"

namespace motcua::app {

// Starts its thread on construction; the destructor stops and joins it. `engine` and `clock`
// must outlive it.
class ProcessSweeper {
 public:
  ProcessSweeper(process::Engine& engine, const Clock& clock, std::chrono::seconds interval);
  ~ProcessSweeper();
  ProcessSweeper(const ProcessSweeper&) = delete;
  ProcessSweeper& operator=(const ProcessSweeper&) = delete;

 private:
  void Run();

  process::Engine& engine_;
  const Clock& clock_;
  const std::chrono::seconds interval_;
  std::mutex mu_;
  std::condition_variable wake_;
  bool stop_ = false;  // GUARDED_BY(mu_)
  std::thread thread_;
};

}  // namespace motcua::app
