// SPDX-License-Identifier: Apache-2.0
// The fixture shared by repository tests: one fresh database per test, on each backend.
#pragma once

#include <gtest/gtest.h>

#include "storage/testing/test_database.h"

namespace motcua::storage {

class StoreTest : public ::testing::TestWithParam<testing::Backend> {
 protected:
  void SetUp() override {
    std::string why;
    test_db_ = testing::TestDatabase::Create(GetParam(), &why);
    if (!test_db_) GTEST_SKIP() << why;
    db_ = test_db_->db();
  }

  std::unique_ptr<testing::TestDatabase> test_db_;
  std::shared_ptr<Database> db_;
};

inline std::string BackendParamName(const ::testing::TestParamInfo<testing::Backend>& info) {
  return testing::BackendName(info.param);
}

#define MOTCUA_INSTANTIATE_STORE_TEST(Suite)                                              \
  INSTANTIATE_TEST_SUITE_P(Sqlite, Suite, ::testing::Values(testing::Backend::kSqlite), \
                           BackendParamName);                                           \
  INSTANTIATE_TEST_SUITE_P(Postgres, Suite, ::testing::Values(testing::Backend::kPostgres), \
                           BackendParamName)

}  // namespace motcua::storage
