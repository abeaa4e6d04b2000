// SPDX-License-Identifier: Apache-2.0
#include "app/web_routes.h"

#include <memory>

#include "http/error_mapping.h"
#include "http/static_files.h"

namespace motcua::app {
namespace {

// Shown at "/" when the web application has not been built into the web root.
constexpr std::string_view kLandingPage = R"(<!doctype html>
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
<p>Giao diện web chưa được dựng trên máy chủ này (chạy <code>make build</code> hoặc <code>scripts/build-web.sh</code>); hiện có thể dùng API.</p>
</body></html>)";

// The application's shell: every client-side route answers it. Scripts only from this server
// (Vite emits no inline script); inline styles stay allowed for the lazily loaded diagram and
// chart libraries; frames and objects from this server show PDFs and images of a dossier.
constexpr std::string_view kAppPolicy =
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data: blob:; frame-src 'self' blob:; object-src 'self'; base-uri 'self'; "
    "form-action 'self'";

std::optional<http::Response> ServeWebApp(const http::StaticFiles& files, http::Request& req) {
  if ((req.method != "GET" && req.method != "HEAD") || IsServerPath(req.path)) return std::nullopt;
  if (auto file = files.Serve(req.path)) {
    if (file->content_type.starts_with("text/html")) {
      file->headers.emplace_back("Content-Security-Policy", std::string(kAppPolicy));
    }
    return file;
  }
  if (req.path.starts_with("/assets/") || http::StaticFiles::IsUnsafePath(req.path)) {
    // A missing bundle file must not turn into HTML the browser then refuses as a script; the
    // answer is the usual JSON error, without the path echoed back.
    return http::ErrorResponse(
        MakeError(ErrorCode::kNotFound, "Không tìm thấy tệp của ứng dụng web", "path"),
        req.request_id);
  }
  auto index = files.Serve("/index.html");
  if (!index) {
    if (req.path != "/") return std::nullopt;
    http::Response r;
    r.content_type = "text/html; charset=utf-8";
    r.body = std::string(kLandingPage);
    return r;
  }
  index->headers.emplace_back("Content-Security-Policy", std::string(kAppPolicy));
  return index;
}

}  // namespace

std::string DefaultWebRoot() { return MOTCUA_WEB_DIST; }

bool IsServerPath(std::string_view path) {
  return path == "/api" || path.starts_with("/api/") || path == "/healthz" ||
         path.starts_with("/pay/") || path.starts_with("/verify/");
}

void RegisterWebRoutes(http::Router& router, const std::string& web_root) {
  // The page a result's QR code opens: it asks /api/v1/verify/{code} and says in words whether
  // the paper is genuine and still valid. Static, so the code in the path is never echoed back
  // into the HTML.
  router.Add("GET", "/verify/{document_code}", [](http::Request&) {
    http::Response r;
    r.content_type = "text/html; charset=utf-8";
    r.headers.emplace_back("Content-Security-Policy",
                           "default-src 'self'; script-src 'unsafe-inline'; style-src 'unsafe-inline'");
    r.body = R"(<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Kiểm tra giấy tờ điện tử - motcua</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:1.5rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}
.ok{color:#0a6b2d}.bad{color:#a1120f}dt{font-weight:600}dd{margin:0 0 .5rem 0}</style></head>
<body><h1>Kiểm tra giấy tờ điện tử</h1><div id="out" role="status" aria-live="polite">Đang kiểm tra…</div>
<script>
const code = decodeURIComponent(location.pathname.split('/').pop());
const out = document.getElementById('out');
const row = (k, v) => { const dt = document.createElement('dt'); dt.textContent = k;
  const dd = document.createElement('dd'); dd.textContent = v || '—'; return [dt, dd]; };
const day = s => s ? s.slice(8, 10) + '/' + s.slice(5, 7) + '/' + s.slice(0, 4) : 'Không thời hạn';
fetch('/api/v1/verify/' + encodeURIComponent(code)).then(r => r.json()).then(j => {
  out.textContent = '';
  const h = document.createElement('p');
  if (j.error) { h.className = 'bad'; h.textContent = j.error.message; out.append(h); return; }
  const good = j.authentic && j.status === 'valid';
  h.className = good ? 'ok' : 'bad';
  h.textContent = !j.authentic ? 'Chữ ký số không hợp lệ: giấy tờ có thể đã bị sửa đổi.'
    : j.status === 'valid' ? 'Giấy tờ hợp lệ, do cơ quan có thẩm quyền ký số.'
    : j.status === 'expired' ? 'Giấy tờ thật nhưng đã hết hiệu lực.' : 'Giấy tờ đã bị thu hồi.';
  const dl = document.createElement('dl');
  dl.append(...row('Mã giấy tờ', j.document_code), ...row('Tên giấy tờ', j.title),
    ...row('Cơ quan cấp', j.issuer), ...row('Ngày cấp', day(j.issued_at)),
    ...row('Có giá trị đến', day(j.valid_until)), ...row('Cấp cho', j.owner.name + ' (' + j.owner.id + ')'),
    ...row('Người ký', j.signature.signer));
  out.append(h, dl);
}).catch(() => { out.textContent = 'Không kết nối được máy chủ. Vui lòng thử lại.'; });
</script></body></html>)";
    return r;
  });

  auto files = std::make_shared<const http::StaticFiles>(web_root);
  router.SetFallback([files](http::Request& req) { return ServeWebApp(*files, req); });
}

}  // namespace motcua::app
