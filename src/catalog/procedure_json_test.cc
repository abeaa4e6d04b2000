// SPDX-License-Identifier: Apache-2.0
#include "catalog/procedure_json.h"

#include <gtest/gtest.h>

namespace motcua::catalog {
namespace {

using nlohmann::json;

json BirthRegistration() {
  return json::parse(R"({
    "code": "1.001193", "name": "Đăng ký khai sinh", "field": "Hộ tịch", "level": "commune",
    "effective_from": "2025-07-01",
    "processing_time": {"amount": 0, "unit": "working_days"},
    "fees": [{"name": "Lệ phí", "amount_vnd": 0, "note": "miễn khi đăng ký đúng hạn"}],
    "components": [
      {"id": "to-khai", "name": "Tờ khai đăng ký khai sinh", "required": true,
       "document_type_code": "TKKS", "digitization_class": "other"},
      {"id": "giay-chung-sinh", "name": "Giấy chứng sinh", "required": true,
       "document_type_code": "GCS", "digitization_class": "agency_result"}
    ],
    "online_level": "full", "four_on_the_spot": true
  })");
}

TEST(ProcedureJson, RoundTripsThroughTheApiShape) {
  const auto entry = ParseImportEntry(BirthRegistration());
  ASSERT_TRUE(entry.has_value()) << entry.error().message;
  Procedure p{entry->code, ProcedureVersion{7, 2, entry->effective_from, entry->rules}};
  const json out = ProcedureToJson(p);
  EXPECT_EQ(out["code"], "1.001193");
  EXPECT_EQ(out["components"][1]["digitization_class"], "agency_result");
  EXPECT_EQ(out["version"], 2);
  const auto again = ParseImportEntry(out);
  ASSERT_TRUE(again.has_value());
  EXPECT_EQ(ProcedureToJson(Procedure{again->code, ProcedureVersion{7, 2, again->effective_from,
                                                                    again->rules}}),
            out);
}

TEST(ProcedureJson, NamesTheFieldAtFault) {
  struct Case {
    const char* patch;
    const char* field;
  } cases[] = {
      {R"({"code": "1001193"})", "procedures[0].code"},
      {R"({"name": 5})", "procedures[0].name"},
      {R"({"level": "huyện"})", "procedures[0].level"},
      {R"({"effective_from": "01/07/2025"})", "procedures[0].effective_from"},
      {R"({"processing_time": {"amount": "ba"}})", "procedures[0].processing_time.amount"},
      {R"({"components": [{"id": "a", "name": "A"}, {"id": "a", "name": "B"}]})",
       "procedures[0].components"},
      {R"({"components": [{"id": "a", "name": "A", "digitization_class": "x"}]})",
       "procedures[0].components[0].digitization_class"},
  };
  for (const auto& c : cases) {
    json doc = BirthRegistration();
    doc.merge_patch(json::parse(c.patch));
    const auto r = ParseImportDocument(json{{"procedures", json::array({doc})}});
    ASSERT_FALSE(r.has_value()) << c.patch;
    EXPECT_EQ(r.error().field, c.field) << c.patch;
    EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
  }
}

TEST(ProcedureJson, ProvincialProcedureNeedsItsAgency) {
  json doc = BirthRegistration();
  doc["level"] = "province";
  const auto r = ParseImportEntry(doc);
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().field, "competent_agency_code");
}

}  // namespace
}  // namespace motcua::catalog
