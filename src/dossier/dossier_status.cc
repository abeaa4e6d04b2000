// SPDX-License-Identifier: Apache-2.0
#include "dossier/dossier_status.h"

#include <array>
#include <utility>

namespace motcua::dossier {
namespace {

struct StatusInfo {
  DossierStatus status;
  std::string_view name;
  std::string_view label;
};

constexpr std::array<StatusInfo, 10> kStatuses = {{
    {DossierStatus::kSubmittedOnline, "submitted_online", "Mới đăng ký"},
    {DossierStatus::kReceived, "received", "Được tiếp nhận"},
    {DossierStatus::kNotReceived, "not_received", "Không được tiếp nhận"},
    {DossierStatus::kProcessing, "processing", "Đang xử lý"},
    {DossierStatus::kSupplementRequested, "supplement_requested", "Yêu cầu bổ sung giấy tờ"},
    {DossierStatus::kFinancialObligation, "financial_obligation_requested",
     "Yêu cầu thực hiện nghĩa vụ tài chính"},
    {DossierStatus::kWithdrawalRequested, "withdrawal_requested", "Công dân yêu cầu rút hồ sơ"},
    {DossierStatus::kStopped, "stopped", "Dừng xử lý"},
    {DossierStatus::kResultReady, "result_ready", "Đã xử lý xong"},
    {DossierStatus::kReturned, "returned", "Đã trả kết quả"},
}};

struct ChannelInfo {
  Channel channel;
  std::string_view name;
  int national_code;
  std::string_view label;
};

constexpr std::array<ChannelInfo, 4> kChannels = {{
    {Channel::kCounter, "counter", 1, "Trực tiếp"},
    {Channel::kOnline, "online", 2, "Trực tuyến"},
    {Channel::kPostal, "postal", 3, "Bưu chính công ích"},
    {Channel::kKiosk, "kiosk", 2, "Ki-ốt tự phục vụ"},
}};

const StatusInfo& Info(DossierStatus s) { return kStatuses[static_cast<int>(s) - 1]; }

}  // namespace

std::string_view StatusName(DossierStatus s) { return Info(s).name; }
std::string_view StatusLabelVi(DossierStatus s) { return Info(s).label; }

std::optional<DossierStatus> ParseStatus(std::string_view name) {
  for (const auto& i : kStatuses) {
    if (i.name == name) return i.status;
  }
  return std::nullopt;
}

bool IsFinal(DossierStatus s) {
  return s == DossierStatus::kNotReceived || s == DossierStatus::kStopped || s == DossierStatus::kReturned;
}

std::string_view ChannelName(Channel c) { return kChannels[static_cast<int>(c)].name; }
int NationalChannelCode(Channel c) { return kChannels[static_cast<int>(c)].national_code; }
std::string_view ChannelLabelVi(Channel c) { return kChannels[static_cast<int>(c)].label; }

std::optional<Channel> ParseChannel(std::string_view name) {
  for (const auto& i : kChannels) {
    if (i.name == name) return i.channel;
  }
  return std::nullopt;
}

}  // namespace motcua::dossier
