// SPDX-License-Identifier: Apache-2.0
// The warehouse use cases: attesting a digitized copy, issuing a signed result, showing what an
// applicant's warehouse can supply for a dossier and reusing it, reading with access rules and
// an access log, and the public check of a document's authenticity.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "blob/blob_store.h"
#include "catalog/catalog_service.h"
#include "common/clock.h"
#include "digitization/component_files.h"
#include "digitization/document_code.h"
#include "digitization/warehouse.h"
#include "dossier/dossier_service.h"
#include "org/org.h"
#include "signing/key_ring.h"

namespace motcua::digitization {

// Who is acting, with the name that goes on what they sign or attest.
struct Actor {
  identity::Principal principal;
  std::string full_name;
};

struct AttestOptions {
  RequestedBy requested_by = RequestedBy::kOfficer;  // for papers digitized only on request
  std::optional<Date> valid_until;                  // when the paper itself expires
};

struct IssueResultRequest {
  std::string title;    // default: the procedure's result name
  std::string content;  // the operative text, paragraphs separated by blank lines
  std::optional<Date> valid_until;  // default: from the procedure's valid_months
};

// One component of a dossier, as intake and the reuse screen see it.
struct ComponentView {
  catalog::Component component;
  DigitizationDecision decision;  // mandatory or on request (as if nobody asked)
  std::vector<ComponentFile> files;
  std::string document_code;  // the attested or reused document, when there is one
  bool reused = false;
  std::vector<WarehouseDocument> candidates;  // valid documents of the right type
};

struct ReuseSummary {
  int required = 0;  // components the dossier needs: required ones, and optional ones supplied
  int reused = 0;    // of those, supplied from the warehouse
};

struct DossierComponents {
  std::vector<ComponentView> items;
  ReuseSummary reuse;
};

// What anyone may learn about a document from its code.
struct Verification {
  WarehouseDocument document;
  std::string status;  // "valid", "expired", "revoked"
  bool intact = false;
  bool trusted = false;
  std::string signer;
  std::optional<Timestamp> signed_at;
  std::string problem;
};

// Thread-safe; the collaborators are owned by the caller and outlive the service.
class WarehouseService {
 public:
  struct Deps {
    dossier::DossierService* dossiers;
    catalog::CatalogService* catalog;
    org::OrgRepository* org;
    blob::BlobStore* blobs;
    ComponentFileRepository* files;
    WarehouseRepository* warehouse;
    signing::KeyRing* keys;
    const Clock* clock;
  };
  // `verify_url_prefix` + document code is the public page a result's QR code opens.
  WarehouseService(Deps deps, DocumentCodeFormat format, std::string verify_url_prefix)
      : d_(deps), format_(std::move(format)), verify_url_prefix_(std::move(verify_url_prefix)) {}

  // Attests a component file as a complete, intact and accurate copy: makes a signed PDF of it
  // (the PDF itself when it can be signed, otherwise a PDF of its pages) with the receiving
  // agency's key, gives it a document code and files it in the applicant's warehouse.
  // Staff who may act on the dossier only. kNotFound for an unknown file; kConflict (reason
  // "already_attested"); kFailedPrecondition (reason "no_signing_key") without a key.
  Result<WarehouseDocument> Attest(const Actor& who, std::string_view dossier_code,
                                   long long file_id, const AttestOptions& options);

  // Renders the result as a PDF with a QR code to the verification page, signs it with the
  // handling agency's key, files it in the applicant's warehouse and moves a dossier in
  // processing to result_ready. Leaders and department heads of the handling agency only.
  // kConflict (reason "result_exists") when the dossier already has a result.
  Result<WarehouseDocument> IssueResult(const Actor& who, std::string_view dossier_code,
                                        const IssueResultRequest& request);

  // Each component with its classification, files, and the valid warehouse documents that could
  // stand in for it; and how many required components were reused.
  Result<DossierComponents> Components(const identity::Principal& who,
                                       std::string_view dossier_code);

  // Uses a warehouse document for a component instead of a new upload. The document must belong
  // to the applicant, be of the component's type and valid today.
  Result<ComponentFile> Reuse(const identity::Principal& who, std::string_view dossier_code,
                              std::string_view component_id, std::string_view document_code);

  // The owner's documents. A citizen reads their own; staff only while handling a dossier of
  // that owner (`dossier_code`); auditors always. Every call is logged.
  Result<std::vector<WarehouseDocument>> List(const identity::Principal& who,
                                              std::string_view owner_id,
                                              std::string_view dossier_code);

  // How many of the owner's documents are valid today: what the reception console's applicant
  // lookup tells staff. A count, not the documents, so staff need no open dossier of the owner
  // (List does); the read is still logged as theirs ("lookup"). Staff, admins and auditors, or
  // the owner; kPermissionDenied otherwise.
  Result<int> CountValid(const identity::Principal& who, std::string_view owner_id);

  // A document with its signed PDF, under the same rules as List (staff may also read documents
  // made in a dossier they may read). Logged.
  Result<std::pair<WarehouseDocument, std::string>> Download(const identity::Principal& who,
                                                             std::string_view document_code,
                                                             std::string_view dossier_code);

  // The dossier's signed result. kNotFound (reason "no_result") before one is issued.
  Result<std::pair<WarehouseDocument, std::string>> DossierResult(const identity::Principal& who,
                                                                  std::string_view dossier_code);

  // Anyone: is the document genuine, unchanged and still valid. Logged without a user.
  Result<Verification> Verify(std::string_view document_code);

  // The access log of an owner's warehouse: the owner and auditors.
  Result<std::vector<WarehouseAccess>> AccessLog(const identity::Principal& who,
                                                 std::string_view owner_id);

 private:
  Status CheckOwnerAccess(const identity::Principal& who, std::string_view owner_id,
                          std::string_view dossier_code);
  void Log(const identity::Principal* who, std::string_view owner_id,
           std::string_view document_code, std::string_view action,
           std::string_view dossier_code);
  // Stores `doc` under the next code for its owner and type, with the PDF `make_pdf(code)`
  // returns (signed, with the code printed on it).
  Result<WarehouseDocument> Store(
      WarehouseDocument doc, std::optional<long long> component_file_id,
      const std::function<Result<std::string>(const std::string& code)>& make_pdf);

  Deps d_;
  DocumentCodeFormat format_;
  std::string verify_url_prefix_;
};

}  // namespace motcua::digitization
