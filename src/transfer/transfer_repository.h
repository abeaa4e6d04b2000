// SPDX-License-Identifier: Apache-2.0
// The record of a transfer between agencies and its storage interface.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/clock.h"
#include "common/result.h"

namespace motcua::transfer {

// sent: signed and waiting for the receiver; accepted: verified by the receiver; refused: the
// verification failed (`reason` says why). A decided transfer never changes again.
enum class TransferState { kSent, kAccepted, kRefused };
std::string_view TransferStateName(TransferState state);
std::optional<TransferState> ParseTransferState(std::string_view name);

struct Transfer {
  long long id = 0;
  std::string uuid;  // the manifest's transfer_id
  std::string dossier_code;
  long long from_agency_id = 0;
  long long to_agency_id = 0;
  std::string manifest;     // canonical JSON, byte for byte as signed
  std::string signature;    // detached CMS SignedData (DER) over `manifest`
  std::string signer_name;  // the signing certificate's CN, as the sender saw it
  TransferState state = TransferState::kSent;
  std::string reason;          // refused: machine code, e.g. "file_changed"; otherwise ""
  std::string reason_message;  // refused: Vietnamese explanation naming the file; otherwise ""
  std::optional<long long> created_by;
  Timestamp created_at;
  std::optional<long long> decided_by;
  std::optional<Timestamp> decided_at;
};

enum class Direction { kIncoming, kOutgoing, kBoth };

// Implementations are thread-safe; every method is one transaction.
class TransferRepository {
 public:
  virtual ~TransferRepository() = default;
  // Stores a new transfer in state sent and returns its id. kConflict when the uuid exists or
  // the dossier or an agency does not.
  virtual Result<long long> Add(const Transfer& transfer) = 0;
  // kNotFound when absent.
  virtual Result<Transfer> Get(long long id) = 0;
  // Transfers to (incoming), from (outgoing) or either way of an agency, newest first, at most
  // 200.
  virtual Result<std::vector<Transfer>> ListForAgency(long long agency_id, Direction direction) = 0;
  // Records the receiver's decision (state accepted or refused, with the reason when refused),
  // only if the transfer is still sent: kFailedPrecondition (reason "already_decided") when it
  // was decided before, also by a concurrent call; kNotFound when absent.
  virtual Status Decide(long long id, TransferState state, std::string_view reason,
                        std::string_view reason_message, long long decided_by,
                        Timestamp decided_at) = 0;
  // Ids of the agencies that accepted a transfer of the dossier, ascending, without repeats.
  virtual Result<std::vector<long long>> AcceptingAgencies(std::string_view dossier_code) = 0;
};

}  // namespace motcua::transfer
