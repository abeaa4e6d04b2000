// SPDX-License-Identifier: Apache-2.0
#include "http/router.h"

#include <gtest/gtest.h>

namespace motcua::http {
namespace {

Router MakeRouter() {
  Router r;
  r.Add("GET", "/api/v1/dossiers/{code}", [](Request& req) {
    return Json(200, {{"code", req.Param("code")}});
  });
  r.Add("GET", "/api/v1/dossiers/{code}/forms/{form}.pdf", [](Request& req) {
    return Json(200, {{"form", req.Param("form")}});
  });
  return r;
}

TEST(Router, MatchesParamsAndSuffixes) {
  Router r = MakeRouter();
  Request req{"GET", "/api/v1/dossiers/000.00.06.H05-261123-0001"};
  EXPECT_EQ(nlohmann::json::parse(r.Dispatch(req).body)["code"], "000.00.06.H05-261123-0001");
  Request pdf{"GET", "/api/v1/dossiers/X/forms/receipt.pdf"};
  EXPECT_EQ(nlohmann::json::parse(r.Dispatch(pdf).body)["form"], "receipt");
}

TEST(Router, UnknownPathIs404AndWrongMethod405) {
  Router r = MakeRouter();
  Request missing{"GET", "/api/v1/nothing"};
  const Response m = r.Dispatch(missing);
  EXPECT_EQ(m.status, 404);
  EXPECT_EQ(nlohmann::json::parse(m.body)["error"]["code"], "route_not_found");
  Request wrong{"DELETE", "/api/v1/dossiers/x"};
  const Response w = r.Dispatch(wrong);
  EXPECT_EQ(w.status, 405);
  ASSERT_EQ(w.headers.size(), 1u);
  EXPECT_EQ(w.headers[0].second, "GET");
  Request empty{"GET", "/api/v1/dossiers/"};
  EXPECT_EQ(r.Dispatch(empty).status, 404);
}

TEST(Message, ParsesQueryAndCookies) {
  const auto q = ParseQuery("q=khai+sinh&level=commune&x=%C4%91&bad=%zz");
  EXPECT_EQ(q.find("q")->second, "khai sinh");
  EXPECT_EQ(q.find("x")->second, "đ");
  EXPECT_EQ(q.find("bad")->second, "%zz");
  Request req;
  req.headers["cookie"] = "a=1; motcua_session=abc; b=2";
  EXPECT_EQ(req.Cookie("motcua_session"), "abc");
  EXPECT_EQ(req.Cookie("none"), "");
}

}  // namespace
}  // namespace motcua::http
