// SPDX-License-Identifier: Apache-2.0
// The electronic data warehouse (Kho quản lý dữ liệu điện tử) of each citizen and organization:
// signed results of completed procedures and attested digitized papers, which later dossiers
// reuse instead of asking for the paper again.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "common/clock.h"
#include "common/local_time.h"
#include "common/result.h"
#include "digitization/digitization_rules.h"

namespace motcua::digitization {

enum class DocumentKind { kDigitizedCopy, kResult };
std::string_view DocumentKindName(DocumentKind k);  // "digitized_copy", "result"

// One document in a warehouse. Its bytes (a signed PDF) are a blob.
struct WarehouseDocument {
  long long id = 0;
  std::string code;           // our document code (DocumentCodeFormat), unique
  std::string national_code;  // the national warehouse's own code, once it assigns one
  std::string owner_kind;     // "citizen" or "organization"
  std::string owner_id;       // personal number or tax code
  std::string owner_name;
  std::string document_type_code;
  DocumentKind kind = DocumentKind::kDigitizedCopy;
  std::string title;
  std::string issuer;  // the agency that signed it (its name)
  std::optional<long long> issuer_agency_id;
  Source source = Source::kPaperCopy;
  std::string sha256;           // the signed PDF
  std::string original_sha256;  // the uploaded file it was made from ("" for results)
  std::string signer;           // the certificate's CN
  Timestamp issued_at;
  std::optional<Date> valid_until;  // none: no expiry
  bool revoked = false;
  std::string dossier_code;  // the dossier it was made in
  std::string component_id;  // for digitized copies: the component it was attested for
  std::optional<long long> digitized_by;
  std::optional<long long> attested_by;
  std::optional<Timestamp> attested_at;
  bool fee_applies = false;  // an optional digitization the applicant asked (and pays) for
};

// True when the document may be reused on `day`: not revoked and not expired.
bool IsValidOn(const WarehouseDocument& d, Date day);

// One access to a warehouse, kept for the owner and the auditors.
struct WarehouseAccess {
  Timestamp at;
  std::optional<long long> user_id;
  std::string user_name;
  std::string owner_id;
  std::string document_code;  // "" for a listing
  std::string action;         // "list", "download", "reuse", "verify"
  std::string dossier_code;   // the dossier that justified an officer's access
};

// Implementations are thread-safe; each method is one transaction.
class WarehouseRepository {
 public:
  virtual ~WarehouseRepository() = default;
  // Stores a new document. `make_code(seq)` gives its code for the n-th document of the owner
  // and type (counting from 1); the repository counts in the same transaction. When
  // `component_file_id` is set, that component file is marked attested with the code, in the
  // same transaction. Returns the stored document (with id and code).
  virtual Result<WarehouseDocument> Add(
      const WarehouseDocument& doc,
      const std::function<Result<std::string>(int seq)>& make_code,
      std::optional<long long> component_file_id) = 0;
  // kNotFound when absent.
  virtual Result<WarehouseDocument> Get(std::string_view code) = 0;
  // The owner's documents, newest first.
  virtual Result<std::vector<WarehouseDocument>> ListByOwner(std::string_view owner_id) = 0;
  // The documents made in a dossier (attested copies and its result), oldest first.
  virtual Result<std::vector<WarehouseDocument>> ListForDossier(std::string_view dossier_code) = 0;
  virtual Status LogAccess(const WarehouseAccess& access) = 0;
  // The owner's access log, newest first.
  virtual Result<std::vector<WarehouseAccess>> ListAccess(std::string_view owner_id,
                                                          int limit) = 0;
};

}  // namespace motcua::digitization
