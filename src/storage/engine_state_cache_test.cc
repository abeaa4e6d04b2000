// SPDX-License-Identifier: Apache-2.0
#include "storage/engine_state_cache.h"

#include <gtest/gtest.h>

namespace motcua::storage {
namespace {

process::InstanceState State(long long id, int version, std::string dossier,
                             std::vector<long long> task_ids) {
  process::InstanceState s;
  s.instance.id = id;
  s.instance.row_version = version;
  s.instance.dossier_code = std::move(dossier);
  for (long long t : task_ids) {
    process::Task task;
    task.id = t;
    task.instance_id = id;
    s.tasks.push_back(task);
  }
  return s;
}

TEST(EngineStateCache, FindsAStateByInstanceTaskAndDossier) {
  EngineStateCache cache;
  cache.Put(State(7, 1, "000.00.07.H05-261125-0001", {70, 71}));
  ASSERT_TRUE(cache.Get(7).has_value());
  EXPECT_EQ(cache.GetByTask(71)->instance.id, 7);
  EXPECT_EQ(cache.InstanceOfDossier("000.00.07.H05-261125-0001"), 7);
  EXPECT_FALSE(cache.Get(8).has_value());
  EXPECT_FALSE(cache.GetByTask(72).has_value());
  EXPECT_FALSE(cache.InstanceOfDossier("000.00.07.H05-261125-0002").has_value());
}

TEST(EngineStateCache, AnOlderStateNeverReplacesANewerOne) {
  EngineStateCache cache;
  cache.Put(State(7, 3, "d", {70, 71, 72}));
  cache.Put(State(7, 2, "d", {70, 71}));  // a read that started before the last commit
  EXPECT_EQ(cache.Get(7)->instance.row_version, 3);
  cache.Put(State(7, 4, "d", {70, 71, 72, 73}));
  EXPECT_EQ(cache.Get(7)->instance.row_version, 4);
  EXPECT_EQ(cache.GetByTask(73)->instance.row_version, 4);
}

TEST(EngineStateCache, ForgetDropsTheStateButNotWhereTasksBelong) {
  EngineStateCache cache;
  cache.Put(State(7, 2, "d", {70}));
  cache.Forget(7);
  EXPECT_FALSE(cache.Get(7).has_value());
  EXPECT_FALSE(cache.GetByTask(70).has_value());
  EXPECT_EQ(cache.InstanceOfDossier("d"), 7);  // a dossier never changes instance
  cache.Put(State(7, 1, "d", {70}));           // after a forget any committed state is taken
  EXPECT_EQ(cache.Get(7)->instance.row_version, 1);
}

TEST(EngineStateCache, StartsAgainEmptyWhenFull) {
  EngineStateCache cache(2);
  cache.Put(State(1, 1, "a", {10}));
  cache.Put(State(2, 1, "b", {20}));
  cache.Put(State(2, 2, "b", {20, 21}));  // an update of a held entry does not count
  EXPECT_TRUE(cache.Get(1).has_value());
  cache.Put(State(3, 1, "c", {30}));
  EXPECT_FALSE(cache.Get(1).has_value());
  EXPECT_FALSE(cache.Get(2).has_value());
  EXPECT_TRUE(cache.Get(3).has_value());
  EXPECT_FALSE(cache.InstanceOfDossier("a").has_value());
}

}  // namespace
}  // namespace motcua::storage
