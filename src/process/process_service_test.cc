// SPDX-License-Identifier: Apache-2.0
#include "process/process_service.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <vector>

namespace motcua::process {
namespace {

// Keeps every version in a vector; ids are positions + 1.
class MemoryProcessRepository : public ProcessRepository {
 public:
  Result<StoredProcess> Current(std::string_view code) override {
    for (auto it = rows_.rbegin(); it != rows_.rend(); ++it) {
      if (it->procedure_code == code) return *it;
    }
    return MakeError(ErrorCode::kNotFound, "none");
  }
  Result<StoredProcess> GetVersion(long long id) override {
    if (id < 1 || id > static_cast<long long>(rows_.size())) {
      return MakeError(ErrorCode::kNotFound, "none");
    }
    return rows_[id - 1];
  }
  Result<StoredProcess> GetByNumber(std::string_view code, int version) override {
    for (const auto& r : rows_) {
      if (r.procedure_code == code && r.version == version) return r;
    }
    return MakeError(ErrorCode::kNotFound, "none");
  }
  Result<StoredProcess> Insert(const NewProcessVersion& v) override {
    auto current = Current(v.procedure_code);
    StoredProcess s{static_cast<long long>(rows_.size()) + 1,
                    v.procedure_code,
                    current ? current->version + 1 : 1,
                    v.xml,
                    v.content_hash,
                    v.created_by,
                    v.created_at};
    rows_.push_back(s);
    return s;
  }
  std::vector<StoredProcess> rows_;
};

std::string Fixture() {
  std::ifstream in(std::string(MOTCUA_PROCESS_TESTDATA) + "/commune_simple.bpmn");
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

class ProcessServiceTest : public ::testing::Test {
 protected:
  std::shared_ptr<MemoryProcessRepository> repo_ = std::make_shared<MemoryProcessRepository>();
  FakeClock clock_{Timestamp(std::chrono::seconds(1'790'000'000))};
  ProcessService service_{repo_, clock_};
};

TEST_F(ProcessServiceTest, StoresVersionsAndSkipsAnUnchangedMap) {
  const std::string xml = Fixture();
  auto first = service_.Put("1.001193", xml, "admin-1");
  ASSERT_TRUE(first.has_value()) << first.error().message;
  EXPECT_TRUE(first->created);
  EXPECT_EQ(first->stored.version, 1);
  EXPECT_EQ(first->stored.content_hash.size(), 64u);
  EXPECT_EQ(first->stored.created_by, "admin-1");
  EXPECT_EQ(first->definition->start_id, "Start");

  auto again = service_.Put("1.001193", xml, "admin-2");
  ASSERT_TRUE(again.has_value());
  EXPECT_FALSE(again->created);
  EXPECT_EQ(again->stored.version, 1);
  EXPECT_EQ(repo_->rows_.size(), 1u);

  std::string changed = xml;
  changed.replace(changed.find("PT4H"), 4, "PT6H");
  auto second = service_.Put("1.001193", changed, "admin-1");
  ASSERT_TRUE(second.has_value());
  EXPECT_TRUE(second->created);
  EXPECT_EQ(second->stored.version, 2);

  // A dossier started on version 1 still loads version 1.
  auto old = service_.LoadVersion(first->stored.id);
  ASSERT_TRUE(old.has_value());
  EXPECT_EQ(old->definition->FindNode("Approve")->allowance->amount, 4);
  auto current = service_.LoadCurrent("1.001193");
  ASSERT_TRUE(current.has_value());
  EXPECT_EQ(current->stored.version, 2);
  EXPECT_EQ(current->definition->FindNode("Approve")->allowance->amount, 6);
}

TEST_F(ProcessServiceTest, RefusesInvalidMapsAndCodesWithoutStoring) {
  auto bad = service_.Put("1.001193", "<x/>", "admin-1");
  ASSERT_FALSE(bad.has_value());
  EXPECT_EQ(bad.error().code, ErrorCode::kInvalidArgument);
  auto bad_code = service_.Put("nope", Fixture(), "admin-1");
  ASSERT_FALSE(bad_code.has_value());
  EXPECT_EQ(bad_code.error().field, "code");
  EXPECT_TRUE(repo_->rows_.empty());
  EXPECT_EQ(service_.LoadCurrent("1.001193").error().code, ErrorCode::kNotFound);
}

}  // namespace
}  // namespace motcua::process
