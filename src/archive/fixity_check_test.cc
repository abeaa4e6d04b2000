// SPDX-License-Identifier: Apache-2.0
#include "archive/fixity_check.h"

#include <gmock/gmock.h>

#include "archive/bag_files.h"
#include "archive/sealed_dossier_for_test.h"
#include "identity/secure_random.h"

namespace motcua::archive {
namespace {

namespace fs = std::filesystem;

class FixityCheckTest : public SealedDossierTest {
 protected:
  void SetUp() override {
    SealedDossierTest::SetUp();
    if (HasFatalFailure()) return;
    bag_ = Seal().path;
  }

  // The problems VerifyPackages reports, as "code|file" strings.
  std::vector<std::string> PackageProblems() const {
    std::vector<std::string> out;
    for (const auto& p : VerifyPackages(ArchiveRoot())) {
      EXPECT_EQ(p.kind, Problem::Kind::kPackage);
      EXPECT_FALSE(p.what.empty());
      out.push_back(p.subject + "|" + p.file);
    }
    return out;
  }

  fs::path bag_;
};

using ::testing::Contains;
using ::testing::ElementsAre;

constexpr const char* kCode = "000.00.06.H05-261125-0001";

TEST_F(FixityCheckTest, AFreshSealIsIntact) {
  EXPECT_TRUE(VerifyPackages(ArchiveRoot()).empty());
  EXPECT_TRUE(VerifyBlobs(*blobs_)->empty());
}

TEST_F(FixityCheckTest, OneFlippedByteInAPayloadFileIsFoundAndNamed) {
  FlipByte(bag_ / "data/components/to-khai/1.pdf", 10);
  const auto problems = VerifyPackages(ArchiveRoot());
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].subject, kCode);
  EXPECT_EQ(problems[0].file, "data/components/to-khai/1.pdf");
  EXPECT_NE(problems[0].what.find("checksum mismatch"), std::string::npos);
}

TEST_F(FixityCheckTest, AFlippedByteInATagFileIsFound) {
  FlipByte(bag_ / "bag-info.txt", 0);
  EXPECT_THAT(PackageProblems(), Contains(std::string(kCode) + "|bag-info.txt"));
}

TEST_F(FixityCheckTest, AFlippedByteInABlobIsFound) {
  FlipByte(blobs_->PathOf(photo_), 5);
  auto problems = VerifyBlobs(*blobs_);
  ASSERT_TRUE(problems.has_value());
  ASSERT_EQ(problems->size(), 1u);
  EXPECT_EQ((*problems)[0].kind, Problem::Kind::kBlob);
  EXPECT_EQ((*problems)[0].subject, photo_);
  // The package holds its own copy, which is still intact.
  EXPECT_TRUE(VerifyPackages(ArchiveRoot()).empty());
}

TEST_F(FixityCheckTest, ARemovedPayloadFileIsFound) {
  fs::remove(bag_ / "data/components/anh/2.jpg");
  EXPECT_THAT(PackageProblems(), Contains(std::string(kCode) + "|data/components/anh/2.jpg"));
}

TEST_F(FixityCheckTest, AnUnlistedPayloadFileIsFound) {
  std::ofstream(bag_ / "data/components/anh/them.jpg") << "added later";
  const auto problems = PackageProblems();
  EXPECT_THAT(problems, Contains(std::string(kCode) + "|data/components/anh/them.jpg"));
  EXPECT_THAT(problems, Contains(std::string(kCode) + "|bag-info.txt"));  // Payload-Oxum
}

TEST_F(FixityCheckTest, AManifestRewrittenToMatchIsCaughtByTheTagManifest) {
  FlipByte(bag_ / "data/history.json", 0);
  const std::string manifest = (bag_ / "manifest-sha256.txt").string();
  std::string text = *ReadFile(manifest);
  std::ifstream in(bag_ / "data/history.json", std::ios::binary);
  const std::string history((std::istreambuf_iterator<char>(in)), {});
  const size_t at = text.find("  data/history.json");
  ASSERT_NE(at, std::string::npos);
  text.replace(at - 64, 64, identity::Sha256Hex(history));
  fs::remove(manifest);
  std::ofstream(manifest, std::ios::binary) << text;
  EXPECT_THAT(PackageProblems(), ElementsAre(std::string(kCode) + "|manifest-sha256.txt"));
}

TEST_F(FixityCheckTest, AMissingTagFileIsFound) {
  fs::remove(bag_ / "bagit.txt");
  EXPECT_THAT(PackageProblems(), Contains(std::string(kCode) + "|bagit.txt"));
}

TEST_F(FixityCheckTest, HalfBuiltBagsAreSkipped) {
  fs::create_directories(fs::path(ArchiveRoot()) / ".x.tmp-abc/data");
  EXPECT_TRUE(VerifyPackages(ArchiveRoot()).empty());
  EXPECT_TRUE(VerifyPackages((dir_ / "no-archive-yet").string()).empty());
}

}  // namespace
}  // namespace motcua::archive
