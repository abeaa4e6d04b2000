// SPDX-License-Identifier: Apache-2.0
// The national dossier status set (codes 1-10 used to synchronise with the national portal) and
// the reception channels.
#pragma once

#include <optional>
#include <string_view>

namespace motcua::dossier {

enum class DossierStatus {
  kSubmittedOnline = 1,        // Mới đăng ký: submitted online, not yet received
  kReceived = 2,               // Được tiếp nhận
  kNotReceived = 3,            // Không được tiếp nhận
  kProcessing = 4,             // Đang xử lý
  kSupplementRequested = 5,    // Yêu cầu bổ sung giấy tờ
  kFinancialObligation = 6,    // Yêu cầu thực hiện nghĩa vụ tài chính
  kWithdrawalRequested = 7,    // Công dân yêu cầu rút hồ sơ
  kStopped = 8,                // Dừng xử lý
  kResultReady = 9,            // Đã xử lý xong
  kReturned = 10,              // Đã trả kết quả
};

// "submitted_online", "received", ... as the API writes them.
std::string_view StatusName(DossierStatus s);
std::optional<DossierStatus> ParseStatus(std::string_view name);
// The code the national portal uses for the status (1-10).
inline int NationalCode(DossierStatus s) { return static_cast<int>(s); }
// The Vietnamese label a citizen reads.
std::string_view StatusLabelVi(DossierStatus s);
// True for statuses after which nothing more happens to the dossier.
bool IsFinal(DossierStatus s);

enum class Channel { kCounter, kOnline, kPostal, kKiosk };
std::string_view ChannelName(Channel c);
std::optional<Channel> ParseChannel(std::string_view name);
// National reception channel code: 1 direct (counter), 2 online (portal and kiosk), 3 postal.
int NationalChannelCode(Channel c);
std::string_view ChannelLabelVi(Channel c);

}  // namespace motcua::dossier
