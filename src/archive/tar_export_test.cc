// SPDX-License-Identifier: Apache-2.0
#include "archive/tar_export.h"

#include <gmock/gmock.h>

#include <cstdio>

#include "archive/bag_files.h"
#include "archive/fixity_check.h"
#include "archive/sealed_dossier_for_test.h"

namespace motcua::archive {
namespace {

namespace fs = std::filesystem;

using TarExportTest = SealedDossierTest;

// Runs a shell command and returns its standard output; fails the test on a non-zero exit.
std::string RunShell(const std::string& command) {
  std::string out;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) {
    ADD_FAILURE() << "cannot run " << command;
    return out;
  }
  char buf[4096];
  for (size_t n; (n = fread(buf, 1, sizeof buf, pipe)) > 0;) out.append(buf, n);
  EXPECT_EQ(pclose(pipe), 0) << command;
  return out;
}

TEST_F(TarExportTest, TarExtractsIntoABagThatVerifies) {
  const PackageInfo info = Seal();
  const fs::path tar = dir_ / "handover.tar";
  ASSERT_TRUE(ExportTar(info.path, tar.string()).has_value());
  EXPECT_EQ(fs::file_size(tar) % 512, 0u);

  const std::string listing = RunShell("tar -tf '" + tar.string() + "'");
  EXPECT_THAT(listing, ::testing::HasSubstr("000.00.06.H05-261125-0001/bagit.txt\n"));
  EXPECT_THAT(listing,
              ::testing::HasSubstr("000.00.06.H05-261125-0001/data/components/to-khai/1.pdf\n"));

  const fs::path out = dir_ / "extracted";
  fs::create_directories(out);
  RunShell("tar -xf '" + tar.string() + "' -C '" + out.string() + "'");
  const fs::path bag = out / "000.00.06.H05-261125-0001";
  EXPECT_TRUE(VerifyBag(bag.string(), "extracted").empty());
  EXPECT_EQ(ReadFile((bag / "data/components/to-khai/1.pdf").string()).value(),
            blobs_->Get(scan_).value());
}

TEST_F(TarExportTest, LongPathsUseTheUstarPrefix) {
  SealRequest r = Request();
  const std::string deep = std::string(60, 'a') + "/" + std::string(60, 'b') + "/file.bin";
  r.files.push_back({deep, "deep"});
  auto sealed = SealPackage(*blobs_, ArchiveRoot(), r);
  ASSERT_TRUE(sealed.has_value());
  const fs::path tar = dir_ / "deep.tar";
  ASSERT_TRUE(ExportTar(sealed->path, tar.string()).has_value());
  const fs::path out = dir_ / "x";
  fs::create_directories(out);
  RunShell("tar -xf '" + tar.string() + "' -C '" + out.string() + "'");
  EXPECT_TRUE(fs::exists(out / "000.00.06.H05-261125-0001/data" / deep));
  EXPECT_TRUE(VerifyBag((out / "000.00.06.H05-261125-0001").string(), "x").empty());
}

TEST_F(TarExportTest, AMissingBagIsNotFound) {
  EXPECT_EQ(ExportTar((dir_ / "nothing").string(), (dir_ / "o.tar").string()).error().code,
            ErrorCode::kNotFound);
}

}  // namespace
}  // namespace motcua::archive
