// SPDX-License-Identifier: Apache-2.0
// Test fixture: a temporary data directory with a file blob store and one sealed package.
#pragma once

#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>
#include <fstream>

#include "archive/package_writer.h"
#include "common/local_time.h"

namespace motcua::archive {

class SealedDossierTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char dir_template[] = "/tmp/motcua-archive-XXXXXX";
    ASSERT_NE(mkdtemp(dir_template), nullptr);
    dir_ = dir_template;
    blobs_ = std::make_unique<blob::FileBlobStore>((dir_ / "blobs").string());
    scan_ = *blobs_->Put("%PDF-1.4\nto khai da quet\n%%EOF\n");
    photo_ = *blobs_->Put(std::string("\xFF\xD8\xFF\xE0 anh chan dung", 20));
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  SealRequest Request() const {
    SealRequest r;
    r.dossier_code = "000.00.06.H05-261125-0001";
    r.procedure_code = "2.000488";
    r.source_organization = "Sở Tư pháp tỉnh Bắc Ninh";
    r.closed_at = MakeLocalTime(2026, 12, 2, 8, 0);
    r.sealed_at = r.closed_at;
    r.retention_years = 20;
    r.metadata_json = R"({"code":"000.00.06.H05-261125-0001"})";
    r.history_json = R"([{"action":"create"}])";
    r.blobs = {{"components/to-khai/1.pdf", scan_}, {"components/anh/2.jpg", photo_}};
    r.files = {{"documents/ket-qua.pdf.p7s", "detached signature bytes"}};
    return r;
  }

  std::string ArchiveRoot() const { return (dir_ / "archive").string(); }

  PackageInfo Seal() {
    auto sealed = SealPackage(*blobs_, ArchiveRoot(), Request());
    EXPECT_TRUE(sealed.has_value()) << sealed.error().message;
    return sealed.has_value() ? *sealed : PackageInfo{};
  }

  // Flips the bits of one byte of a file, in place.
  static void FlipByte(const std::filesystem::path& file, std::streamoff at) {
    std::fstream f(file, std::ios::in | std::ios::out | std::ios::binary);
    ASSERT_TRUE(f.good()) << file;
    f.seekg(at);
    char c = 0;
    f.get(c);
    f.seekp(at);
    f.put(static_cast<char>(c ^ 0xFF));
  }

  std::filesystem::path dir_;
  std::unique_ptr<blob::FileBlobStore> blobs_;
  std::string scan_, photo_;
};

}  // namespace motcua::archive
