// SPDX-License-Identifier: Apache-2.0
// Group commit on both backends: many callers share commits, and a failing item loses only
// its own writes.
#include "storage/group_commit.h"

#include <atomic>
#include <thread>

#include "storage/store_test_support.h"

namespace motcua::storage {
namespace {

class GroupCommitTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (IsSkipped()) return;
    auto made = db_->Transact<bool>(TxMode::kWrite, [](Connection& c) -> Result<bool> {
      MOTCUA_TRY(c.ExecuteScript("CREATE TABLE group_commit_items (n INTEGER NOT NULL)"));
      return true;
    });
    ASSERT_TRUE(made.has_value()) << made.error().message;
  }

  long long Count(std::string_view where) {
    return db_->Transact<long long>(TxMode::kRead, [&](Connection& c) -> Result<long long> {
                MOTCUA_ASSIGN_OR_RETURN(
                    row, c.QueryOne("SELECT COUNT(*) FROM group_commit_items " + std::string(where),
                                    {}, "count"));
                return row.Int(0);
              })
        .value();
  }
};

// Every odd item writes its row and then fails: its row must go, its neighbours' stay.
TEST_P(GroupCommitTest, AFailingItemLosesItsOwnWritesOnly) {
  GroupCommitter<int, int> committer(db_, [](Connection& c, const int& n) -> Result<int> {
    MOTCUA_TRY(c.Execute("INSERT INTO group_commit_items (n) VALUES ($1)", {n}));
    if (n % 2 == 1) return MakeError(ErrorCode::kConflict, "odd", "", "odd");
    return n;
  });
  constexpr int kThreads = 8, kPerThread = 25;
  std::atomic<int> ok{0}, refused{0};
  std::vector<std::thread> pool;
  for (int t = 0; t < kThreads; ++t) {
    pool.emplace_back([&, t] {
      for (int i = 0; i < kPerThread; ++i) {
        const int n = t * kPerThread + i;
        auto r = committer.Submit(n);
        if (r) {
          EXPECT_EQ(*r, n);
          ++ok;
        } else {
          EXPECT_EQ(r.error().reason, "odd");
          ++refused;
        }
      }
    });
  }
  for (auto& t : pool) t.join();
  EXPECT_EQ(ok, kThreads * kPerThread / 2);
  EXPECT_EQ(refused, kThreads * kPerThread / 2);
  EXPECT_EQ(Count(""), kThreads * kPerThread / 2);
  EXPECT_EQ(Count("WHERE n % 2 = 1"), 0);
}

MOTCUA_INSTANTIATE_STORE_TEST(GroupCommitTest);

}  // namespace
}  // namespace motcua::storage
