// SPDX-License-Identifier: Apache-2.0
// Form templates: names made safe, content checked by bytes, admin-only changes, replacement.
#include <gtest/gtest.h>

#include <map>

#include "catalog/form_template_service.h"
#include "common/testing/test_files.h"

namespace motcua::catalog {
namespace {

using testdata::ReadFile;

TEST(SanitizeTemplateFileName, KeepsVietnameseAndDropsPaths) {
  EXPECT_EQ(SanitizeTemplateFileName("Tờ khai khai sinh.pdf", "pdf", "x").value(),
            "Tờ khai khai sinh.pdf");
  EXPECT_EQ(SanitizeTemplateFileName("C:\\Users\\an\\to-khai.docx", "docx", "x").value(),
            "to-khai.docx");
  EXPECT_EQ(SanitizeTemplateFileName("../../etc/passwd", "pdf", "x").value(), "passwd.pdf");
  // The extension follows the content, not the name.
  EXPECT_EQ(SanitizeTemplateFileName("mau.docx", "pdf", "x").value(), "mau.pdf");
  EXPECT_EQ(SanitizeTemplateFileName("a\"b\r\nc.pdf", "pdf", "x").value(), "abc.pdf");
  EXPECT_EQ(SanitizeTemplateFileName("", "odt", "Tờ khai").value(), "Tờ khai.odt");
  EXPECT_EQ(SanitizeTemplateFileName("..", "pdf", "").value(), "mau-don.pdf");
}

TEST(SanitizeTemplateFileName, ShortensWithoutCuttingACharacter) {
  std::string long_name;
  for (int i = 0; i < 150; ++i) long_name += "ờ";  // two bytes each
  const auto name = SanitizeTemplateFileName(long_name + ".pdf", "pdf", "x");
  ASSERT_TRUE(name.has_value());
  EXPECT_LE(name->size(), kMaxTemplateFileNameBytes);
  EXPECT_TRUE(name->ends_with("ờ.pdf"));
  EXPECT_TRUE(IsValidUtf8(*name));
}

TEST(SanitizeTemplateFileName, RefusesInvalidUtf8) {
  const auto name = SanitizeTemplateFileName("to\xFF khai.pdf", "pdf", "x");
  ASSERT_FALSE(name.has_value());
  EXPECT_EQ(name.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(name.error().field, "file_name");
}

class FakeCatalog final : public CatalogRepository {
 public:
  Result<std::vector<Procedure>> Search(const SearchQuery&, const Date&) override {
    return std::vector<Procedure>{};
  }
  Result<Procedure> Get(std::string_view code, const Date&) override {
    if (code != procedure.code) return MakeError(ErrorCode::kNotFound, "no such procedure");
    return procedure;
  }
  Result<Procedure> GetVersion(long long) override { return procedure; }
  Result<std::vector<ProcedureVersion>> ListVersions(std::string_view) override {
    return std::vector<ProcedureVersion>{procedure.version};
  }
  Result<std::vector<Procedure>> ListAll(const Date&) override {
    return std::vector<Procedure>{procedure};
  }
  Result<int> PutVersions(const std::vector<ImportEntry>&, Timestamp) override { return 0; }
  Procedure procedure;
};

class MemoryTemplates final : public FormTemplateRepository {
 public:
  Status Put(const FormTemplate& t) override {
    rows[{t.procedure_code, t.component_id}] = t;
    return Ok();
  }
  Result<FormTemplate> Get(std::string_view code, std::string_view component) override {
    auto it = rows.find({std::string(code), std::string(component)});
    if (it == rows.end()) return MakeError(ErrorCode::kNotFound, "none");
    return it->second;
  }
  Result<std::vector<FormTemplate>> List(std::string_view code) override {
    std::vector<FormTemplate> out;
    for (const auto& [key, t] : rows) {
      if (key.first == code) out.push_back(t);
    }
    return out;
  }
  Status Remove(std::string_view code, std::string_view component) override {
    if (rows.erase({std::string(code), std::string(component)}) == 0) {
      return MakeError(ErrorCode::kNotFound, "none");
    }
    return Ok();
  }
  std::map<std::pair<std::string, std::string>, FormTemplate> rows;
};

class FormTemplateServiceTest : public ::testing::Test {
 protected:
  FormTemplateServiceTest() {
    catalog_repo_->procedure.code = "1.001193";
    catalog_repo_->procedure.version.rules.name = "Đăng ký khai sinh";
    catalog_repo_->procedure.version.rules.components = {{"to-khai", "Tờ khai đăng ký khai sinh"},
                                                         {"giay-chung-sinh", "Giấy chứng sinh"}};
    admin_.user_id = 7;
    admin_.role = identity::Role::kAdmin;
    officer_.user_id = 8;
    officer_.role = identity::Role::kReception;
  }

  FakeClock clock_{MakeLocalTime(2026, 11, 25, 9, 0)};
  std::shared_ptr<FakeCatalog> catalog_repo_ = std::make_shared<FakeCatalog>();
  CatalogService catalog_{catalog_repo_, clock_};
  blob::MemoryBlobStore blobs_;
  MemoryTemplates templates_;
  FormTemplateService service_{catalog_, blobs_, templates_, clock_};
  identity::Principal admin_, officer_;
};

TEST_F(FormTemplateServiceTest, AdminUploadsAndAnyoneDownloadsTheSameBytes) {
  const std::string pdf = ReadFile("two-pages.pdf");
  const auto t = service_.Upload(admin_, "1.001193", "to-khai", pdf, "tờ khai.docx");
  ASSERT_TRUE(t.has_value()) << t.error().message;
  EXPECT_EQ(t->media_type, "application/pdf");
  EXPECT_EQ(t->file_name, "tờ khai.pdf");
  EXPECT_EQ(t->size_bytes, static_cast<long long>(pdf.size()));
  EXPECT_EQ(t->uploaded_by, 7);
  const auto got = service_.Download("1.001193", "to-khai");
  ASSERT_TRUE(got.has_value()) << got.error().message;
  EXPECT_EQ(got->bytes, pdf);
  EXPECT_EQ(got->form.file_name, "tờ khai.pdf");
  ASSERT_EQ(service_.List("1.001193")->size(), 1u);
}

TEST_F(FormTemplateServiceTest, ChecksTheContentNotTheName) {
  const auto png = service_.Upload(admin_, "1.001193", "to-khai", ReadFile("scan.png"), "a.pdf");
  ASSERT_FALSE(png.has_value());
  EXPECT_EQ(png.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(png.error().field, "file");
  EXPECT_TRUE(templates_.rows.empty());
}

TEST_F(FormTemplateServiceTest, OnlyAdminsChangeTemplates) {
  const auto up = service_.Upload(officer_, "1.001193", "to-khai", ReadFile("two-pages.pdf"), "");
  ASSERT_FALSE(up.has_value());
  EXPECT_EQ(up.error().code, ErrorCode::kForbidden);
  EXPECT_EQ(service_.Remove(officer_, "1.001193", "to-khai").error().code, ErrorCode::kForbidden);
}

TEST_F(FormTemplateServiceTest, TheComponentMustBeInTheCurrentVersion) {
  const auto up = service_.Upload(admin_, "1.001193", "khong-co", ReadFile("two-pages.pdf"), "");
  ASSERT_FALSE(up.has_value());
  EXPECT_EQ(up.error().code, ErrorCode::kNotFound);
  EXPECT_EQ(up.error().field, "component_id");
  EXPECT_EQ(
      service_.Upload(admin_, "9.999999", "to-khai", ReadFile("two-pages.pdf"), "").error().code,
      ErrorCode::kNotFound);
  // A template of a component a newer version dropped is neither listed nor served.
  ASSERT_TRUE(service_.Upload(admin_, "1.001193", "giay-chung-sinh", ReadFile("two-pages.pdf"), "")
                  .has_value());
  catalog_repo_->procedure.version.rules.components.pop_back();
  EXPECT_TRUE(service_.List("1.001193")->empty());
  EXPECT_EQ(service_.Download("1.001193", "giay-chung-sinh").error().code, ErrorCode::kNotFound);
}

TEST_F(FormTemplateServiceTest, TheNewestUploadReplacesAndRemoveForgets) {
  ASSERT_TRUE(service_.Upload(admin_, "1.001193", "to-khai", ReadFile("two-pages.pdf"), "cu.pdf")
                  .has_value());
  const std::string odt = std::string("PK\x03\x04", 4) + std::string(4, '\0') +
                          std::string(10, '\0') +
                          std::string("\x27\0\0\0\x27\0\0\0\x08\0\0\0", 12) + "mimetype" +
                          "application/vnd.oasis.opendocument.text";
  const auto second = service_.Upload(admin_, "1.001193", "to-khai", odt, "moi.odt");
  ASSERT_TRUE(second.has_value()) << second.error().message;
  const auto list = service_.List("1.001193");
  ASSERT_EQ(list->size(), 1u);
  EXPECT_EQ((*list)[0].file_name, "moi.odt");
  EXPECT_EQ(service_.Download("1.001193", "to-khai")->bytes, odt);
  ASSERT_TRUE(service_.Remove(admin_, "1.001193", "to-khai").has_value());
  EXPECT_EQ(service_.Download("1.001193", "to-khai").error().code, ErrorCode::kNotFound);
  EXPECT_EQ(service_.Remove(admin_, "1.001193", "to-khai").error().code, ErrorCode::kNotFound);
}

}  // namespace
}  // namespace motcua::catalog
