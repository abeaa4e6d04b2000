// SPDX-License-Identifier: Apache-2.0
#include "app/process_sweeper.h"

#include <spdlog/spdlog.h>

namespace motcua::app {

ProcessSweeper::ProcessSweeper(process::Engine& engine, const Clock& clock,
                               std::chrono::seconds interval)
    : engine_(engine), clock_(clock), interval_(interval), thread_([this] { Run(); }) {}

ProcessSweeper::~ProcessSweeper() {
  {
    std::lock_guard lock(mu_);
    stop_ = true;
  }
  wake_.notify_all();
  thread_.join();
}

void ProcessSweeper::Run() {
  std::unique_lock lock(mu_);
  while (!wake_.wait_for(lock, interval_, [this] { return stop_; })) {
    lock.unlock();
    auto swept = engine_.Sweep(clock_.Now());
    if (!swept) spdlog::error("process sweep failed: {}", swept.error().message);
    if (swept && *swept > 0) spdlog::info("process sweep: {} steps overdue or timed out", *swept);
    lock.lock();
  }
}

}  // namespace motcua::app
