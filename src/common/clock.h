// SPDX-License-Identifier: Apache-2.0
// The source of "now": SystemClock in production, FakeClock in tests.
#pragma once

#include <atomic>
#include <chrono>

namespace motcua {

// A point in time with one-second resolution, in UTC. Local (Vietnam) time is derived from it
// with the helpers in local_time.h.
using Timestamp = std::chrono::sys_seconds;

// Tells the current time. Implementations are thread-safe.
class Clock {
 public:
  virtual ~Clock() = default;
  virtual Timestamp Now() const = 0;
};

class SystemClock final : public Clock {
 public:
  Timestamp Now() const override {
    return std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
  }
};

// A clock that stands still until told to move. Thread-safe.
class FakeClock final : public Clock {
 public:
  explicit FakeClock(Timestamp start) : now_(start.time_since_epoch().count()) {}
  Timestamp Now() const override { return Timestamp(std::chrono::seconds(now_.load())); }
  void Set(Timestamp t) { now_ = t.time_since_epoch().count(); }
  void Advance(std::chrono::seconds d) { now_ += d.count(); }

 private:
  std::atomic<long long> now_;
};

}  // namespace motcua
