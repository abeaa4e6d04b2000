// SPDX-License-Identifier: Apache-2.0
#include "archive/package_writer.h"

#include <atomic>
#include <thread>

#include "archive/bag_files.h"
#include "archive/fixity_check.h"
#include "archive/sealed_dossier_for_test.h"
#include "identity/secure_random.h"

namespace motcua::archive {
namespace {

namespace fs = std::filesystem;

using PackageWriterTest = SealedDossierTest;

TEST_F(PackageWriterTest, WritesABagWithManifestsAndBagInfo) {
  const PackageInfo info = Seal();
  const fs::path bag = fs::path(ArchiveRoot()) / "000.00.06.H05-261125-0001";
  EXPECT_TRUE(info.created);
  EXPECT_EQ(info.path, bag.string());
  EXPECT_EQ(*ReadFile((bag / "bagit.txt").string()),
            "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n");
  EXPECT_EQ(*ReadFile((bag / "data/components/to-khai/1.pdf").string()), *blobs_->Get(scan_));

  auto fields = ParseBagInfo(*ReadFile((bag / "bag-info.txt").string()));
  EXPECT_EQ(fields["External-Identifier"], "000.00.06.H05-261125-0001");
  EXPECT_EQ(fields["Source-Organization"], "Sở Tư pháp tỉnh Bắc Ninh");
  EXPECT_EQ(fields["Bagging-Date"], "2026-12-02");
  EXPECT_EQ(fields["Motcua-Procedure-Code"], "2.000488");
  EXPECT_EQ(fields["Retain-Until"], "2046-12-02");
  EXPECT_EQ(fields["Payload-Oxum"],
            std::to_string(info.payload_bytes) + "." + std::to_string(info.payload_files));
  EXPECT_EQ(info.payload_files, 5);  // dossier.json, history.json, two scans, one signature

  auto manifest = ParseManifest(*ReadFile((bag / "manifest-sha256.txt").string()));
  ASSERT_TRUE(manifest.has_value());
  ASSERT_EQ(manifest->size(), 5u);
  bool found_scan = false;
  for (const auto& line : *manifest) {
    if (line.path == "data/components/to-khai/1.pdf") found_scan = line.sha256 == scan_;
  }
  EXPECT_TRUE(found_scan);
  EXPECT_EQ(info.tag_manifest_sha256,
            identity::Sha256Hex(*ReadFile((bag / "tagmanifest-sha256.txt").string())));
  EXPECT_EQ(info.retain_until, MakeDate(2046, 12, 2));
}

TEST_F(PackageWriterTest, SealingTwiceReturnsTheExistingPackage) {
  const PackageInfo first = Seal();
  SealRequest changed = Request();
  changed.metadata_json = "{}";
  auto second = SealPackage(*blobs_, ArchiveRoot(), changed);
  ASSERT_TRUE(second.has_value());
  EXPECT_FALSE(second->created);
  EXPECT_EQ(second->tag_manifest_sha256, first.tag_manifest_sha256);
  EXPECT_EQ(second->sealed_at, first.sealed_at);
  EXPECT_TRUE(VerifyPackages(ArchiveRoot()).empty());
}

TEST_F(PackageWriterTest, ConcurrentSealsOfOneDossierLeaveOnePackage) {
  constexpr int kThreads = 6;
  std::atomic<int> created{0}, failed{0};
  std::vector<std::thread> threads;
  for (int i = 0; i < kThreads; ++i) {
    threads.emplace_back([&] {
      auto sealed = SealPackage(*blobs_, ArchiveRoot(), Request());
      if (!sealed) {
        ++failed;
      } else if (sealed->created) {
        ++created;
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(failed.load(), 0);
  EXPECT_EQ(created.load(), 1);
  EXPECT_TRUE(VerifyPackages(ArchiveRoot()).empty());
  int entries = 0;
  for ([[maybe_unused]] const auto& entry : fs::directory_iterator(ArchiveRoot())) ++entries;
  EXPECT_EQ(entries, 1);  // no temporary directory is left behind
}

TEST_F(PackageWriterTest, ADamagedBlobRefusesTheSealAndWritesNothing) {
  FlipByte(blobs_->PathOf(scan_), 3);
  auto sealed = SealPackage(*blobs_, ArchiveRoot(), Request());
  ASSERT_FALSE(sealed.has_value());
  EXPECT_EQ(sealed.error().reason, "damaged");
  EXPECT_NE(sealed.error().message.find(scan_), std::string::npos);
  EXPECT_FALSE(fs::exists(fs::path(ArchiveRoot()) / "000.00.06.H05-261125-0001"));
  // No half-built bag is left behind either.
  if (fs::exists(ArchiveRoot())) {
    for (const auto& entry : fs::directory_iterator(ArchiveRoot())) ADD_FAILURE() << entry.path();
  }
}

TEST_F(PackageWriterTest, RefusesUnsafeAndDuplicatePaths) {
  SealRequest r = Request();
  r.files = {{"../escape.txt", "x"}};
  EXPECT_EQ(SealPackage(*blobs_, ArchiveRoot(), r).error().code, ErrorCode::kInvalidArgument);
  r.files = {{"dossier.json", "x"}};
  EXPECT_EQ(SealPackage(*blobs_, ArchiveRoot(), r).error().code, ErrorCode::kInvalidArgument);
  r = Request();
  r.dossier_code = "../x";
  EXPECT_EQ(SealPackage(*blobs_, ArchiveRoot(), r).error().code, ErrorCode::kInvalidArgument);
}

TEST_F(PackageWriterTest, AMissingBlobIsNotFound) {
  SealRequest r = Request();
  r.blobs.push_back({"components/x/3.pdf", std::string(64, 'a')});
  EXPECT_EQ(SealPackage(*blobs_, ArchiveRoot(), r).error().code, ErrorCode::kNotFound);
}

TEST_F(PackageWriterTest, InterruptedSealsAreRemovedAndPackagesKept) {
  Seal();
  const fs::path leftover = fs::path(ArchiveRoot()) / ".000.00.06.H05-261125-0002.tmp-abc123";
  fs::create_directories(leftover / "data");
  std::ofstream(leftover / "data/dossier.json") << "{}";
  EXPECT_EQ(RemoveInterruptedSeals(ArchiveRoot()), 1);
  EXPECT_FALSE(fs::exists(leftover));
  EXPECT_TRUE(fs::exists(fs::path(ArchiveRoot()) / "000.00.06.H05-261125-0001/bagit.txt"));
  EXPECT_EQ(RemoveInterruptedSeals((dir_ / "none").string()), 0);
}

TEST(RetainUntilTest, AddsYearsToTheLocalClosingDay) {
  // 23:30 UTC on 31 Dec is already 1 Jan in Vietnam.
  const Timestamp closed = MakeLocalTime(2027, 1, 1, 6, 30);
  EXPECT_EQ(RetainUntil(closed, 10), MakeDate(2037, 1, 1));
  EXPECT_EQ(RetainUntil(MakeLocalTime(2028, 2, 29, 9, 0), 1), MakeDate(2029, 2, 28));
  EXPECT_EQ(RetainUntil(closed, 0), std::nullopt);
}

}  // namespace
}  // namespace motcua::archive
