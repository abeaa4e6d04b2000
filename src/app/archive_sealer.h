// SPDX-License-Identifier: Apache-2.0
// Sealing closed dossiers into the electronic archive: gathers a dossier, its history, component
// files and warehouse documents, and hands them to archive::SealPackage.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "archive/archive_repository.h"
#include "blob/blob_store.h"
#include "catalog/catalog_repository.h"
#include "common/clock.h"
#include "digitization/component_files.h"
#include "digitization/warehouse.h"
#include "dossier/dossier.h"
#include "org/org.h"

namespace motcua::app {

// Where the sealer reads from and writes to. All must be set.
struct ArchiveSources {
  std::shared_ptr<dossier::DossierRepository> dossiers;
  std::shared_ptr<catalog::CatalogRepository> catalog;
  std::shared_ptr<org::OrgRepository> org;
  std::shared_ptr<digitization::ComponentFileRepository> files;
  std::shared_ptr<digitization::WarehouseRepository> warehouse;
  std::shared_ptr<archive::ArchiveRepository> packages;
  blob::BlobStore* blobs = nullptr;
};

// Thread-safe: holds no mutable state; concurrent seals of one dossier leave one package and one
// record.
class ArchiveSealer {
 public:
  ArchiveSealer(ArchiveSources sources, std::string archive_root, const Clock& clock)
      : src_(std::move(sources)), archive_root_(std::move(archive_root)), clock_(clock) {}

  // Seals `d` (as stored, with its history) when its status is final and records the package;
  // nullopt when the dossier is still open. Idempotent: a dossier already sealed returns its
  // package. Errors from gathering (kNotFound, kUnavailable), from archive::SealPackage (a
  // damaged blob: kInternal, reason "damaged") or from the record.
  Result<std::optional<archive::PackageInfo>> SealIfClosed(const dossier::Dossier& d);

  // The transition observer: seals a dossier that has just been closed. A failure is logged and
  // never reaches the officer's request; the next start-up pass retries it.
  void OnTransition(const dossier::Dossier& d) noexcept;

  // Removes the leftovers of seals a crash interrupted, then seals every closed dossier without
  // a package record, in batches, logging each failure. Run at start-up, before requests.
  // Returns how many packages were recorded. Dossiers that fail are skipped (not retried in the
  // same pass).
  int SealPending();

 private:
  Result<archive::SealRequest> Gather(const dossier::Dossier& d);

  ArchiveSources src_;
  std::string archive_root_;
  const Clock& clock_;
};

}  // namespace motcua::app
