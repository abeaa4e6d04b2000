// SPDX-License-Identifier: Apache-2.0
// Repository tests for the database core, the administrative map, users and the catalog.
#include <set>

#include "storage/database.h"

#include "catalog/procedure_json.h"
#include "storage/catalog_store.h"
#include "storage/counter_store.h"
#include "storage/migrator.h"
#include "storage/org_store.h"
#include "storage/store_test_support.h"
#include "storage/user_store.h"

namespace motcua::storage {
namespace {

using namespace std::chrono_literals;

class DatabaseTest : public StoreTest {};
MOTCUA_INSTANTIATE_STORE_TEST(DatabaseTest);

TEST_P(DatabaseTest, MigrationsAreRecordedAndIdempotent) {
  const auto version = SchemaVersion(*db_);
  ASSERT_TRUE(version.has_value());
  EXPECT_EQ(*version, MigrationsFor(db_->dialect()).back().version);
  ASSERT_TRUE(ApplyMigrations(*db_).has_value());
  EXPECT_EQ(*SchemaVersion(*db_), *version);
  // Every version is recorded, not only the highest: a database is checked for gaps.
  std::set<int> all;
  for (const auto& m : MigrationsFor(db_->dialect())) all.insert(m.version);
  EXPECT_EQ(AppliedMigrations(*db_).value(), all);
}

TEST_P(DatabaseTest, FailedTransactionLeavesNothing) {
  SqlOrgRepository org(db_);
  ASSERT_TRUE(org.PutUnit({"27", "Tỉnh Bắc Ninh", "province", "", MakeDate(2025, 7, 1)}).has_value());
  auto r = db_->Transact<bool>(TxMode::kWrite, [](Connection& c) -> Result<bool> {
    MOTCUA_TRY(c.Execute("INSERT INTO agencies (code, name, kind, unit_code) VALUES "
                         "('000.00.00.H05', 'A', 'other', '27')"));
    // The same code again violates the unique constraint: the whole transaction goes.
    MOTCUA_TRY(c.Execute("INSERT INTO agencies (code, name, kind, unit_code) VALUES "
                         "('000.00.00.H05', 'B', 'other', '27')"));
    return true;
  });
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().code, ErrorCode::kConflict);
  EXPECT_TRUE(org.ListAgencies()->empty());
}

TEST_P(DatabaseTest, ForeignKeysAreEnforced) {
  SqlOrgRepository org(db_);
  const auto r = org.CreateAgency({0, "000.00.00.H05", "X", org::AgencyKind::kOther, "99"});
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().code, ErrorCode::kConflict);
}

TEST_P(DatabaseTest, TextRoundTripsInVietnamese) {
  SqlOrgRepository org(db_);
  ASSERT_TRUE(org.PutUnit({"27", "Tỉnh Bắc Ninh", "province", "", MakeDate(2025, 7, 1)}).has_value());
  ASSERT_TRUE(org.PutUnit({"256", "Thành phố Bắc Ninh", "district", "27", MakeDate(2000, 1, 1),
                           MakeDate(2025, 6, 30), "27", "đã giải thể"})
                  .has_value());
  const auto units = org.ListUnits();
  ASSERT_TRUE(units.has_value());
  ASSERT_EQ(units->size(), 2u);
  EXPECT_EQ((*units)[0].name, "Thành phố Bắc Ninh");
  EXPECT_EQ(FormatDate(*(*units)[0].valid_to), "2025-06-30");
  EXPECT_EQ((*units)[0].successor_code, "27");
}

class UserStoreTest : public StoreTest {
 protected:
  static identity::User ReceptionOfficer() {
    identity::User u;
    u.username = "tiepnhan";
    u.password_hash = "x";
    u.full_name = "Nguyễn Thị Tiếp";
    u.role = identity::Role::kReception;
    return u;
  }
};
MOTCUA_INSTANTIATE_STORE_TEST(UserStoreTest);

TEST_P(UserStoreTest, SessionsExpireAndCanBeDeleted) {
  SqlUserRepository users(db_);
  identity::User u = ReceptionOfficer();
  const Timestamp t0 = Timestamp(1'700'000'000s);
  const auto id = users.Create(u, t0);
  ASSERT_TRUE(id.has_value());
  EXPECT_EQ(users.Create(u, t0).error().code, ErrorCode::kConflict);
  ASSERT_TRUE(users.CreateSession("h1", *id, t0, t0 + 3600s).has_value());
  const auto found = users.FindSession("h1", t0 + 10s);
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->role, identity::Role::kReception);
  EXPECT_EQ(users.FindSession("h1", t0 + 3601s).error().code, ErrorCode::kUnauthenticated);
  ASSERT_TRUE(users.DeleteSession("h1").has_value());
  EXPECT_EQ(users.FindSession("h1", t0 + 10s).error().code, ErrorCode::kUnauthenticated);
}

TEST_P(UserStoreTest, CounterSeatIsKeptAndClearedWhenTheCounterGoes) {
  SqlOrgRepository org(db_);
  ASSERT_TRUE(org.PutUnit({"27", "Tỉnh Bắc Ninh", "province", "", MakeDate(2025, 7, 1)}).has_value());
  const auto agency = org.CreateAgency(
      {0, "000.00.06.H05", "Trung tâm PVHCC", org::AgencyKind::kServiceCentre, "27"});
  ASSERT_TRUE(agency.has_value());
  SqlCounterRepository counters(db_);
  counters::CounterDesk desk;
  desk.agency_id = *agency;
  desk.number = 3;
  desk.name = "Quầy Hộ tịch";
  const auto desk_id = counters.Create(desk);
  ASSERT_TRUE(desk_id.has_value());

  SqlUserRepository users(db_);
  identity::User u = ReceptionOfficer();
  u.agency_id = *agency;
  u.counter_id = *desk_id;
  const auto id = users.Create(u, Timestamp(1'700'000'000s));
  ASSERT_TRUE(id.has_value());
  EXPECT_EQ(users.Get(*id)->counter_id, *desk_id);

  u.id = *id;
  u.counter_id.reset();
  ASSERT_TRUE(users.Update(u).has_value());
  EXPECT_FALSE(users.Get(*id)->counter_id.has_value());
  u.counter_id = *desk_id;
  ASSERT_TRUE(users.Update(u).has_value());
  EXPECT_EQ(users.FindByUsername("tiepnhan")->counter_id, *desk_id);

  // Moving the counter to another agency unseats the officer; moving it back does not reseat.
  const auto other = org.CreateAgency(
      {0, "000.00.07.H05", "Sở Tư pháp", org::AgencyKind::kDepartment, "27"});
  ASSERT_TRUE(other.has_value());
  desk.id = *desk_id;
  desk.agency_id = *other;
  ASSERT_TRUE(counters.Update(desk).has_value());
  EXPECT_FALSE(users.Get(*id)->counter_id.has_value());
  desk.agency_id = *agency;
  ASSERT_TRUE(counters.Update(desk).has_value());
  ASSERT_TRUE(users.Update(u).has_value());  // u still names the seat
  EXPECT_EQ(users.Get(*id)->counter_id, *desk_id);

  // Removing the counter must not remove the officer, only the seat.
  ASSERT_TRUE(counters.Delete(*desk_id).has_value());
  const auto after = users.Get(*id);
  ASSERT_TRUE(after.has_value());
  EXPECT_FALSE(after->counter_id.has_value());
}

class CatalogStoreTest : public StoreTest {
 protected:
  catalog::ImportEntry Entry(const std::string& code, const std::string& name, int days,
                             Date from) {
    catalog::ImportEntry e;
    e.code = code;
    e.effective_from = from;
    e.rules.name = name;
    e.rules.field = "Hộ tịch";
    e.rules.level = "commune";
    e.rules.processing_time.amount = days;
    e.rules.components.push_back({"to-khai", "Tờ khai", true, 1, "TK",
                                  catalog::DigitizationClass::kOther});
    return e;
  }
};
MOTCUA_INSTANTIATE_STORE_TEST(CatalogStoreTest);

TEST_P(CatalogStoreTest, SearchIgnoresDiacriticsAndCase) {
  SqlCatalogRepository repo(db_);
  const Date d = MakeDate(2025, 7, 1);
  ASSERT_TRUE(repo.PutVersions({Entry("1.001193", "Đăng ký khai sinh", 0, d),
                                Entry("1.000656", "Đăng ký khai tử", 0, d),
                                Entry("1.000894", "Đăng ký kết hôn", 0, d)},
                               Timestamp(0s))
                  .has_value());
  catalog::SearchQuery q;
  q.words = {"khai", "sinh"};
  const auto found = repo.Search(q, MakeDate(2026, 1, 1));
  ASSERT_TRUE(found.has_value());
  ASSERT_EQ(found->size(), 1u);
  EXPECT_EQ((*found)[0].version.rules.name, "Đăng ký khai sinh");
  q.words = {"dang", "ky"};
  EXPECT_EQ(repo.Search(q, MakeDate(2026, 1, 1))->size(), 3u);
  q.words = {"1.000656"};
  EXPECT_EQ(repo.Search(q, MakeDate(2026, 1, 1))->size(), 1u);
  q.words = {"%"};
  EXPECT_EQ(repo.Search(q, MakeDate(2026, 1, 1))->size(), 0u);
  // Nothing is in force before the effective date.
  q.words = {};
  EXPECT_EQ(repo.Search(q, MakeDate(2025, 6, 30))->size(), 0u);
}

TEST_P(CatalogStoreTest, VersionsAreChosenByEffectiveDate) {
  SqlCatalogRepository repo(db_);
  ASSERT_TRUE(repo.PutVersions({Entry("1.004873", "Cấp xác nhận", 5, MakeDate(2018, 1, 1))},
                               Timestamp(0s)).has_value());
  ASSERT_TRUE(repo.PutVersions({Entry("1.004873", "Cấp xác nhận", 3, MakeDate(2025, 7, 1))},
                               Timestamp(0s)).has_value());
  EXPECT_EQ(repo.Get("1.004873", MakeDate(2025, 6, 30))->version.rules.processing_time.amount, 5);
  const auto now = repo.Get("1.004873", MakeDate(2025, 7, 1));
  EXPECT_EQ(now->version.rules.processing_time.amount, 3);
  EXPECT_EQ(now->version.version, 2);
  EXPECT_EQ(repo.GetVersion(now->version.id)->version.rules.processing_time.amount, 3);
  EXPECT_EQ(repo.ListVersions("1.004873")->size(), 2u);
  EXPECT_EQ(repo.Get("9.999999", MakeDate(2025, 7, 1)).error().code, ErrorCode::kNotFound);
}

TEST_P(CatalogStoreTest, ImportIsAllOrNothing) {
  SqlCatalogRepository repo(db_);
  const Date d = MakeDate(2025, 7, 1);
  ASSERT_EQ(*repo.PutVersions({Entry("1.001193", "Đăng ký khai sinh", 0, d)}, Timestamp(0s)), 1);
  // Re-importing the same thing adds nothing.
  ASSERT_EQ(*repo.PutVersions({Entry("1.001193", "Đăng ký khai sinh", 0, d)}, Timestamp(0s)), 0);
  // A new procedure plus a conflicting change of an existing version: neither lands.
  const auto r = repo.PutVersions({Entry("1.000656", "Đăng ký khai tử", 0, d),
                                   Entry("1.001193", "Đăng ký khai sinh", 3, d)},
                                  Timestamp(0s));
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().code, ErrorCode::kConflict);
  EXPECT_EQ(repo.Get("1.000656", d).error().code, ErrorCode::kNotFound);
}

}  // namespace
}  // namespace motcua::storage
