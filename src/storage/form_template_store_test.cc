// SPDX-License-Identifier: Apache-2.0
// Repository tests for the procedures' form templates, on both backends.
#include "storage/form_template_store.h"

#include "storage/store_test_support.h"
#include "storage/testing/dossier_world.h"

namespace motcua::storage {
namespace {

using catalog::FormTemplate;

class FormTemplateStoreTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (IsSkipped()) return;
    auto world = testing::DossierWorld::Create(db_, "1.001193");
    ASSERT_TRUE(world.has_value()) << world.error().message;
  }

  static FormTemplate Sample(const std::string& component, char sha, const std::string& name) {
    return {"1.001193",
            component,
            std::string(64, sha),
            name,
            "application/pdf",
            24576,
            MakeLocalTime(2026, 11, 25, 9, 0),
            std::nullopt};
  }
};
MOTCUA_INSTANTIATE_STORE_TEST(FormTemplateStoreTest);

TEST_P(FormTemplateStoreTest, PutGetListRemove) {
  SqlFormTemplateRepository repo(db_);
  ASSERT_TRUE(repo.Put(Sample("to-khai", 'a', "Tờ khai đăng ký khai sinh.pdf")).has_value());
  ASSERT_TRUE(repo.Put(Sample("giay-chung-sinh", 'b', "mẫu.pdf")).has_value());
  const auto got = repo.Get("1.001193", "to-khai");
  ASSERT_TRUE(got.has_value()) << got.error().message;
  EXPECT_EQ(got->sha256, std::string(64, 'a'));
  EXPECT_EQ(got->file_name, "Tờ khai đăng ký khai sinh.pdf");
  EXPECT_EQ(got->media_type, "application/pdf");
  EXPECT_EQ(got->size_bytes, 24576);
  EXPECT_EQ(got->uploaded_at, MakeLocalTime(2026, 11, 25, 9, 0));
  EXPECT_FALSE(got->uploaded_by.has_value());
  const auto list = repo.List("1.001193");
  ASSERT_TRUE(list.has_value()) << list.error().message;
  ASSERT_EQ(list->size(), 2u);
  EXPECT_EQ((*list)[0].component_id, "giay-chung-sinh");  // by component id
  EXPECT_EQ((*list)[1].component_id, "to-khai");
  ASSERT_TRUE(repo.Remove("1.001193", "giay-chung-sinh").has_value());
  EXPECT_EQ(repo.List("1.001193")->size(), 1u);
  EXPECT_EQ(repo.Remove("1.001193", "giay-chung-sinh").error().code, ErrorCode::kNotFound);
  EXPECT_EQ(repo.Get("1.001193", "giay-chung-sinh").error().code, ErrorCode::kNotFound);
}

TEST_P(FormTemplateStoreTest, TheNewestUploadReplacesThePrevious) {
  SqlFormTemplateRepository repo(db_);
  ASSERT_TRUE(repo.Put(Sample("to-khai", 'a', "cu.pdf")).has_value());
  FormTemplate newer = Sample("to-khai", 'c', "moi.docx");
  newer.media_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  newer.size_bytes = 100;
  newer.uploaded_at = MakeLocalTime(2026, 11, 26, 8, 30);
  ASSERT_TRUE(repo.Put(newer).has_value());
  const auto list = repo.List("1.001193");
  ASSERT_EQ(list->size(), 1u);
  EXPECT_EQ((*list)[0].sha256, std::string(64, 'c'));
  EXPECT_EQ((*list)[0].file_name, "moi.docx");
  EXPECT_EQ((*list)[0].media_type, newer.media_type);
  EXPECT_EQ((*list)[0].size_bytes, 100);
  EXPECT_EQ((*list)[0].uploaded_at, newer.uploaded_at);
}

TEST_P(FormTemplateStoreTest, AnUnknownProcedureIsAConflict) {
  SqlFormTemplateRepository repo(db_);
  FormTemplate t = Sample("to-khai", 'a', "x.pdf");
  t.procedure_code = "9.999999";
  const auto put = repo.Put(t);
  ASSERT_FALSE(put.has_value());
  EXPECT_EQ(put.error().code, ErrorCode::kConflict);
}

}  // namespace
}  // namespace motcua::storage
