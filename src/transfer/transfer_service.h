// SPDX-License-Identifier: Apache-2.0
// The transfer use cases: an agency sends a dossier's component files, signed with its key, to
// another agency (inter-agency processing, liên thông: several agencies settle one dossier), and
// the receiving agency verifies them before accepting.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "blob/blob_store.h"
#include "common/clock.h"
#include "digitization/component_files.h"
#include "dossier/dossier_service.h"
#include "identity/access_policy.h"
#include "org/org.h"
#include "signing/key_ring.h"
#include "transfer/transfer_repository.h"
#include "transfer/verification.h"

namespace motcua::transfer {

struct SendRequest {
  std::string to_agency_code;
  // The components whose files are sent; empty sends every file of the dossier.
  std::vector<std::string> component_ids;
  std::string note;
};

// The outcome of Receive: the transfer as stored after the decision, and what the check found.
struct Received {
  Transfer transfer;
  Verification verification;
};

// Thread-safe; holds no state of its own beyond its collaborators, which must outlive it.
class TransferService {
 public:
  TransferService(dossier::DossierService& dossiers, digitization::ComponentFileRepository& files,
                  org::OrgRepository& org, signing::KeyRing& keys, blob::BlobStore& blobs,
                  TransferRepository& transfers, const Clock& clock)
      : dossiers_(dossiers),
        files_(files),
        org_(org),
        keys_(keys),
        blobs_(blobs),
        transfers_(transfers),
        clock_(clock) {}

  // Sends files of a dossier from `who`'s agency to another agency: builds the manifest, signs
  // its canonical JSON with the sending agency's key and stores the transfer in state sent.
  // Only staff who may act on the dossier send. Errors: kNotFound / kForbidden for the dossier;
  // kForbidden for anyone else; kInvalidArgument with field "to_agency" (missing, unknown, or the
  // sender itself), "component_ids" (a component without files) or "note" (over 2,000 bytes or
  // not UTF-8); kFailedPrecondition with reason "no_files" when there is nothing to send and
  // "no_signing_key" when the sending agency has no key.
  Result<Transfer> Send(const identity::Principal& who, std::string_view dossier_code,
                        const SendRequest& request);

  // A transfer, for staff of the sending or receiving agency, admins and auditors. kNotFound;
  // kForbidden for anyone else.
  Result<Transfer> Get(const identity::Principal& who, long long id);

  // The transfers of `who`'s agency in `direction`, newest first. kForbidden for anyone but
  // staff of an agency.
  Result<std::vector<Transfer>> List(const identity::Principal& who, Direction direction);

  // The receiving agency checks a sent transfer (see VerifyTransfer against the sending
  // agency's name and the trusted CAs) and records the decision: accepted, or refused with the
  // reason. A refusal is a Received value with transfer.state refused, not an error. Errors:
  // kNotFound; kForbidden unless `who` is staff of the receiving agency; kFailedPrecondition
  // (reason "already_decided") when the transfer was decided before; what VerifyTransfer
  // returns.
  Result<Received> Receive(const identity::Principal& who, long long id);

 private:
  Result<std::vector<digitization::ComponentFile>> FilesToSend(
      std::string_view dossier_code, const std::vector<std::string>& component_ids);

  dossier::DossierService& dossiers_;
  digitization::ComponentFileRepository& files_;
  org::OrgRepository& org_;
  signing::KeyRing& keys_;
  blob::BlobStore& blobs_;
  TransferRepository& transfers_;
  const Clock& clock_;
};

}  // namespace motcua::transfer
