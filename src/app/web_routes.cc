// SPDX-License-Identifier: Apache-2.0
#include "app/web_routes.h"

namespace motcua::app {

void RegisterWebRoutes(http::Router& router) {
  router.Add("GET", "/", [](http::Request&) {
    http::Response r;
    r.content_type = "text/html; charset=utf-8";
    r.body = R"(<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>motcua - Hệ thống thông tin giải quyết thủ tục hành chính</title>
<style>body{font-family:system-ui,sans-serif;max-width:44rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}
code{background:#f2f2f2;padding:0 .25rem}a{color:#0b57d0}</style></head>
<body><h1>motcua</h1>
<p>Hệ thống thông tin giải quyết thủ tục hành chính theo cơ chế một cửa, một cửa liên thông.</p>
<ul>
<li><a href="/api/v1/procedures?q=khai%20sinh">Tra cứu thủ tục: "khai sinh"</a></li>
<li><a href="/api/v1/agencies">Cơ quan, đơn vị tiếp nhận</a></li>
<li><a href="/api/v1/calendar/days-off">Lịch nghỉ lễ, Tết năm nay</a></li>
<li><a href="/api/v1/openapi.json">Tài liệu API (OpenAPI 3)</a></li>
</ul>
<p>Giao diện web cho công dân và cán bộ đang được xây dựng; hiện có thể dùng API.</p>
</body></html>)";
    return r;
  });
}

}  // namespace motcua::app
