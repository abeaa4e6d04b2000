// SPDX-License-Identifier: Apache-2.0
// Fees paid online: start a payment, list a dossier's payments, and the local test provider's
// pay page and confirmation.
#include <map>

#include "http/handlers/handler_support.h"
#include "http/handlers/payment_page.h"

namespace motcua::http {
namespace {

using nlohmann::json;

json PaymentToJson(const payment::Payment& p) {
  return {{"id", p.id},
          {"dossier_code", p.dossier_code},
          {"provider", p.provider},
          {"amount", p.amount_vnd},
          {"currency", "VND"},
          {"fee_name", p.fee_name},
          {"status", payment::PaymentStatusName(p.status)},
          {"status_label", payment::PaymentStatusLabelVi(p.status)},
          {"provider_ref", p.provider_ref},
          {"pay_url", p.pay_url},
          {"receipt_number", p.receipt_number.empty() ? json(nullptr) : json(p.receipt_number)},
          {"created_at", FormatIso(p.created_at)},
          {"paid_at", p.paid_at ? json(FormatIso(*p.paid_at)) : json(nullptr)}};
}

Result<long long> PaymentId(const Request& req) {
  const std::string text = req.Param("id");
  if (text.empty() || text.size() > 18 ||
      text.find_first_not_of("0123456789") != std::string::npos) {
    return MakeError(ErrorCode::kNotFound, "Không tìm thấy giao dịch thanh toán");
  }
  return std::stoll(text);
}

// A payment of the test provider, or kNotFound: the test pages serve no other provider's.
Result<payment::Payment> TestPayment(const Request& req, const ApiServices& s) {
  MOTCUA_ASSIGN_OR_RETURN(id, PaymentId(req));
  auto p = s.payments->Get(id);
  // A database that was once a demo keeps its test payments: without the provider they have no
  // pay page and cannot be confirmed.
  if (!s.payments->HasProvider("test") || !p || p->provider != "test") {
    return MakeError(ErrorCode::kNotFound, "Không tìm thấy giao dịch thanh toán");
  }
  return p;
}

bool IsFormPost(const Request& req) {
  return req.Header("content-type").starts_with("application/x-www-form-urlencoded");
}

Response Html(int status, std::string body) {
  Response r;
  r.status = status;
  r.content_type = "text/html; charset=utf-8";
  r.headers.emplace_back("Content-Security-Policy",
                         "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'");
  r.headers.emplace_back("Cache-Control", "no-store");
  r.body = std::move(body);
  return r;
}

Response Confirm(Request& req, const ApiServices& s) {
  auto p = TestPayment(req, s);
  if (!p) return Fail(req, p.error());
  std::map<std::string, std::string> params;
  if (IsFormPost(req)) {
    for (const auto& [k, v] : ParseQuery(req.body)) params[k] = v;
  } else {
    auto body = ParseJsonObject(req);
    if (!body) return Fail(req, body.error());
    auto result = StringField(*body, "result", true);
    if (!result) return Fail(req, result.error());
    params["result"] = *result;
  }
  auto confirmed = s.payments->Confirm(p->id, params);
  if (IsFormPost(req)) {
    // The browser goes back to the page, which shows the outcome (and a reload posts nothing).
    std::string location = "/pay/test/" + std::to_string(p->id);
    if (!confirmed) {
      const auto& e = confirmed.error();
      location += "?error=" + (e.reason.empty() ? std::string(ErrorCodeName(e.code)) : e.reason);
    }
    Response r;
    r.status = 303;
    r.headers.emplace_back("Location", location);
    return r;
  }
  if (!confirmed) return Fail(req, confirmed.error());
  return Json(200, PaymentToJson(*confirmed));
}

}  // namespace

void RegisterPaymentRoutes(Router& router, const ApiServices& s) {
  router.Add("POST", "/api/v1/dossiers/{code}/payments", [s](Request& req) {
    auto user = RequireUser(req, s);
    if (!user) return Fail(req, user.error());
    auto body = ParseJsonObject(req);
    if (!body) return Fail(req, body.error());
    auto provider = StringField(*body, "provider", true);
    if (!provider) return Fail(req, provider.error());
    std::optional<int> fee_index;
    if (const auto it = body->find("fee_index"); it != body->end() && !it->is_null()) {
      if (!it->is_number_integer()) {
        return Fail(req, MakeError(ErrorCode::kInvalidArgument, "fee_index phải là số nguyên",
                                   "fee_index"));
      }
      fee_index = it->get<int>();
    }
    auto started =
        s.payments->Start(identity::ToPrincipal(*user), req.Param("code"), *provider, fee_index);
    if (!started) return Fail(req, started.error());
    return Json(201, PaymentToJson(*started));
  });

  router.Add("GET", "/api/v1/dossiers/{code}/payments", [s](Request& req) {
    auto user = RequireUser(req, s);
    if (!user) return Fail(req, user.error());
    auto list = s.payments->List(identity::ToPrincipal(*user), req.Param("code"));
    if (!list) return Fail(req, list.error());
    json items = json::array();
    for (const auto& p : *list) items.push_back(PaymentToJson(p));
    return Json(200, {{"items", std::move(items)}});
  });

  // The test provider stands in for the bank's page: whoever holds the link may pay, as with a
  // real gateway's payment link. No money moves.
  router.Add("POST", "/api/v1/payments/{id}/test-confirm",
             [s](Request& req) { return Confirm(req, s); });

  router.Add("GET", "/pay/test/{id}", [s](Request& req) {
    auto p = TestPayment(req, s);
    if (!p) return Fail(req, p.error());
    return Html(200, TestPayPage(*p, req.Query("error")));
  });
}

}  // namespace motcua::http
