// SPDX-License-Identifier: Apache-2.0
// Group commit: concurrent writers hand their work to one leader, which runs a whole batch in
// one transaction (each item in its own savepoint) and pays for one durable commit instead of
// one per item.
#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <vector>

#include "storage/database.h"

namespace motcua::storage {

// Runs `Work(Connection&, const In&) -> Result<Out>` for many callers at once. The caller whose
// item finds no batch running becomes the leader: it takes up to `max_batch` queued items, runs
// them in one write transaction, commits, wakes their callers and hands the lead to the first
// caller still queued. An item that fails is rolled
// back to its savepoint and only its caller sees the error; a failed commit fails the whole
// batch. A caller returns only after its item is durably committed (or failed), so an answer
// sent to a client is as durable as without batching. Thread-safe.
template <typename In, typename Out>
class GroupCommitter {
 public:
  using Work = std::function<Result<Out>(Connection&, const In&)>;

  GroupCommitter(std::shared_ptr<Database> db, Work work, size_t max_batch = 64)
      : db_(std::move(db)), work_(std::move(work)), max_batch_(max_batch) {}

  Result<Out> Submit(const In& input) {
    Pending me{&input};
    std::unique_lock lock(mutex_);
    queue_.push_back(&me);
    if (leader_active_) {
      // Each waiter sleeps on its own condition: a finished batch wakes only its own callers
      // and the one caller that leads next, not every thread that is waiting.
      me.wake.wait(lock, [&] { return me.result.has_value() || me.lead; });
      if (me.result) return std::move(*me.result);
    }
    leader_active_ = true;
    std::vector<Pending*> batch;
    while (!queue_.empty() && batch.size() < max_batch_) {
      batch.push_back(queue_.front());
      queue_.pop_front();
    }
    lock.unlock();
    std::vector<Result<Out>> results = RunBatch(batch);
    lock.lock();
    for (size_t i = 0; i < batch.size(); ++i) {
      batch[i]->result.emplace(std::move(results[i]));
      if (batch[i] != &me) batch[i]->wake.notify_one();
    }
    if (queue_.empty()) {
      leader_active_ = false;
    } else {
      queue_.front()->lead = true;
      queue_.front()->wake.notify_one();
    }
    return std::move(*me.result);
  }

 private:
  struct Pending {
    const In* input;
    std::optional<Result<Out>> result;  // GUARDED_BY(mutex_) once queued
    bool lead = false;                  // GUARDED_BY(mutex_): this caller runs the next batch
    std::condition_variable wake;
  };

  // Runs the batch in one transaction; returns each item's result, in order.
  std::vector<Result<Out>> RunBatch(const std::vector<Pending*>& batch) {
    std::vector<Result<Out>> out;
    out.reserve(batch.size());
    if (batch.size() == 1) {
      // Alone in its commit: the transaction itself is the item's all-or-nothing unit.
      out.push_back(db_->Transact<Out>(
          TxMode::kWrite, [&](Connection& c) { return work_(c, *batch[0]->input); }));
      return out;
    }
    std::vector<std::optional<Result<Out>>> results(batch.size());
    auto committed = db_->Transact<bool>(TxMode::kWrite, [&](Connection& c) -> Result<bool> {
      for (size_t i = 0; i < batch.size(); ++i) {
        // Execute, not ExecuteScript: the statements are prepared once per connection.
        MOTCUA_TRY(c.Execute("SAVEPOINT motcua_item"));
        results[i].emplace(work_(c, *batch[i]->input));
        if (!results[i]->has_value()) MOTCUA_TRY(c.Execute("ROLLBACK TO SAVEPOINT motcua_item"));
        MOTCUA_TRY(c.Execute("RELEASE SAVEPOINT motcua_item"));
      }
      return true;
    });
    for (size_t i = 0; i < batch.size(); ++i) {
      out.push_back(committed ? std::move(*results[i]) : Result<Out>(committed.error()));
    }
    return out;
  }

  std::shared_ptr<Database> db_;
  Work work_;
  const size_t max_batch_;
  std::mutex mutex_;
  std::deque<Pending*> queue_;   // GUARDED_BY(mutex_)
  bool leader_active_ = false;   // GUARDED_BY(mutex_)
};

}  // namespace motcua::storage
