// SPDX-License-Identifier: Apache-2.0
#include "http/handlers/payment_page.h"

#include "common/local_time.h"
#include "payment/payment_service.h"

namespace motcua::http {
namespace {

std::string Escape(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

constexpr std::string_view kHead = R"(<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Cổng thanh toán thử nghiệm</title>
<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
.note{background:#fff4ce;padding:.5rem .75rem;border-radius:4px}.error{background:#fde7e9;padding:.5rem .75rem;border-radius:4px}
dl{display:grid;grid-template-columns:auto 1fr;gap:.25rem 1rem}dt{font-weight:600}
button{font-size:1rem;padding:.6rem 1.2rem;margin-right:.5rem;border-radius:4px;border:1px solid #555;cursor:pointer}
button.pay{background:#005a9e;color:#fff;border-color:#005a9e}</style></head><body>
<h1>Cổng thanh toán thử nghiệm</h1>
<p class="note">Trang thử nghiệm: không có giao dịch tiền thật.</p>
)";

std::string Details(const payment::Payment& p) {
  std::string html = "<dl><dt>Mã hồ sơ</dt><dd>" + Escape(p.dossier_code) + "</dd>";
  html += "<dt>Khoản thu</dt><dd>" + Escape(p.fee_name) + "</dd>";
  html += "<dt>Số tiền</dt><dd>" + Escape(payment::FormatDong(p.amount_vnd)) + "</dd>";
  html +=
      "<dt>Trạng thái</dt><dd>" + std::string(payment::PaymentStatusLabelVi(p.status)) + "</dd>";
  if (!p.receipt_number.empty()) {
    html += "<dt>Biên lai điện tử</dt><dd>" + Escape(p.receipt_number) + "</dd>";
  }
  if (p.paid_at) {
    const auto local = ToLocal(*p.paid_at);
    html += "<dt>Thời gian</dt><dd>" + FormatDateVi(local.date) + "</dd>";
  }
  return html + "</dl>\n";
}

std::string Buttons(const payment::Payment& p) {
  const std::string action = "/api/v1/payments/" + std::to_string(p.id) + "/test-confirm";
  return "<form method=\"post\" action=\"" + action +
         "\">"
         "<button class=\"pay\" name=\"result\" value=\"success\">Thanh toán</button>"
         "<button name=\"result\" value=\"cancel\">Hủy</button></form>\n";
}

std::string_view ErrorText(std::string_view error) {
  if (error == "already_paid") return "Hồ sơ đã được thanh toán bằng một giao dịch khác.";
  if (error == "payment_closed") return "Giao dịch này đã bị hủy; hãy tạo giao dịch mới.";
  return "Không xác nhận được thanh toán. Vui lòng thử lại.";
}

}  // namespace

std::string TestPayPage(const payment::Payment& p, std::string_view error) {
  std::string html(kHead);
  if (!error.empty())
    html += "<p class=\"error\" role=\"alert\">" + std::string(ErrorText(error)) + "</p>\n";
  html += Details(p);
  if (p.status == payment::PaymentStatus::kPending) html += Buttons(p);
  if (p.status == payment::PaymentStatus::kPaid) {
    html += "<p role=\"status\">Thanh toán thành công. Bạn có thể đóng trang này.</p>\n";
  }
  if (p.status == payment::PaymentStatus::kFailed) {
    html += "<p role=\"status\">Giao dịch đã hủy, chưa thu tiền.</p>\n";
  }
  html += "<p><a href=\"/\">Quay lại Cổng dịch vụ công</a></p>\n</body></html>\n";
  return html;
}

}  // namespace motcua::http
