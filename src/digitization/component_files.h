// SPDX-License-Identifier: Apache-2.0
// Files attached to a dossier's components at intake (scans or electronic originals), checked by
// content and kept in the blob store.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "blob/blob_store.h"
#include "catalog/catalog_service.h"
#include "common/clock.h"
#include "digitization/digitization_rules.h"
#include "dossier/dossier_service.h"

namespace motcua::digitization {

struct ComponentFile {
  long long id = 0;
  std::string dossier_code;
  std::string component_id;
  std::string sha256;  // the blob's id
  std::string mime;    // detected from the bytes, not the name
  int pages = 1;
  long long size_bytes = 0;
  std::string file_name;  // as uploaded, for people; never used to decide anything
  std::optional<long long> uploaded_by;
  Timestamp uploaded_at;
  std::string ocr_status = "not_started";
  Source source = Source::kPaperCopy;
  // Set once the copy is attested (or when it was reused from the warehouse): the warehouse
  // document it became.
  std::string document_code;
  std::optional<long long> attested_by;
  std::optional<Timestamp> attested_at;
};

// Implementations are thread-safe.
class ComponentFileRepository {
 public:
  virtual ~ComponentFileRepository() = default;
  virtual Result<long long> Add(const ComponentFile& file) = 0;
  // The dossier's files, oldest first.
  virtual Result<std::vector<ComponentFile>> List(std::string_view dossier_code) = 0;
};

class UploadService {
 public:
  UploadService(dossier::DossierService& dossiers, catalog::CatalogService& catalog,
                blob::BlobStore& blobs, ComponentFileRepository& files, const Clock& clock)
      : dossiers_(dossiers), catalog_(catalog), blobs_(blobs), files_(files), clock_(clock) {}

  // Attaches a file to a component of a dossier that `who` may act on (staff of its agencies, or
  // the applicant). The bytes must be a well-formed PDF, JPEG, PNG or TIFF within the limits.
  // Errors: kNotFound/kForbidden for the dossier, kInvalidArgument (field "component_id" for a
  // component the dossier's procedure version does not have; field "file" for a bad file),
  // kPayloadTooLarge, kFailedPrecondition when the dossier is closed.
  Result<ComponentFile> Upload(const identity::Principal& who, std::string_view dossier_code,
                               std::string_view component_id, std::string_view bytes,
                               std::string_view file_name);

  // Called with each file once its record is stored (for example to queue OCR). Set once at
  // start-up, before requests arrive; the hook must not throw and must be thread-safe.
  using StoredHook = std::function<void(const ComponentFile&)>;
  void SetStoredHook(StoredHook hook) { stored_hook_ = std::move(hook); }

  // The files of a dossier `who` may read.
  Result<std::vector<ComponentFile>> List(const identity::Principal& who,
                                          std::string_view dossier_code);

 private:
  dossier::DossierService& dossiers_;
  catalog::CatalogService& catalog_;
  blob::BlobStore& blobs_;
  ComponentFileRepository& files_;
  const Clock& clock_;
  StoredHook stored_hook_;
};

}  // namespace motcua::digitization
