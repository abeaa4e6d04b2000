// SPDX-License-Identifier: Apache-2.0
#include "app/demo_keys.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "documents/pdf_renderer.h"
#include "identity/secure_random.h"
#include "signing/signer.h"
#include "signing/verifier.h"

namespace motcua::app {
namespace {

std::string Read(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

TEST(DemoKeys, EachAgencyCanSignAndTheDemoCaVerifies) {
  const auto dir = std::filesystem::temp_directory_path() / ("keys-" + identity::RandomToken(6));
  const Timestamp now = SystemClock().Now();
  std::vector<org::Agency> agencies = {
      {1, "000.00.07.H05", "Sở Tư pháp tỉnh Bắc Ninh", org::AgencyKind::kDepartment, "27"},
      {2, "001.01.00.H05", "Bộ phận Một cửa UBND phường Kinh Bắc",
       org::AgencyKind::kCommuneOneStop, "27"}};
  ASSERT_TRUE(CreateDemoKeys(dir.string(), agencies, "motcua-demo", now).has_value());

  const auto key_file = dir / "keys" / "001.01.00.H05.p12";
  ASSERT_TRUE(std::filesystem::exists(key_file));
  EXPECT_EQ(std::filesystem::status(key_file).permissions() & std::filesystem::perms::others_read,
            std::filesystem::perms::none);
  auto signer = signing::PdfSigner::FromPkcs12(Read(key_file), "motcua-demo");
  ASSERT_TRUE(signer.has_value()) << signer.error().message;
  EXPECT_FALSE(signing::PdfSigner::FromPkcs12(Read(key_file), "wrong").has_value());

  documents::Document doc;
  doc.title = "Giấy tiếp nhận hồ sơ và hẹn trả kết quả";
  auto pdf = documents::RenderPdf(doc);
  ASSERT_TRUE(pdf.has_value()) << pdf.error().message;
  signing::SignatureInfo info;
  info.reason = "Kết quả giải quyết thủ tục hành chính";
  info.location = "Bắc Ninh";
  info.signer_name = agencies[1].name;
  info.time = now;
  auto signed_pdf = signer->Sign(*pdf, info);
  ASSERT_TRUE(signed_pdf.has_value()) << signed_pdf.error().message;
  auto report = signing::VerifyPdf(*signed_pdf, {Read(dir / "keys" / "ca.pem")});
  ASSERT_TRUE(report.has_value()) << report.error().message;
  EXPECT_TRUE(report->intact);
  EXPECT_TRUE(report->trusted);
  EXPECT_EQ(report->signer_common_name, agencies[1].name);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace motcua::app
