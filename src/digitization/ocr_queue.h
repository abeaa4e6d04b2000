// SPDX-License-Identifier: Apache-2.0
// OCR of stored component files: the repository of results and the queue that produces them,
// in the background in the server and inline in tests.
#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <set>
#include <stop_token>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "blob/blob_store.h"
#include "common/result.h"
#include "digitization/component_files.h"
#include "ocr/file_ocr.h"

namespace motcua::digitization {

// A file's OCR goes not_started -> queued -> running -> done | failed. A restart finds the
// queued and running ones again (running means interrupted: it starts over).
enum class OcrStatus { kNotStarted, kQueued, kRunning, kDone, kFailed };

// "not_started", "queued", "running", "done", "failed": the stored and API spelling.
std::string_view OcrStatusName(OcrStatus status);
std::optional<OcrStatus> ParseOcrStatus(std::string_view name);

// A key field proposed from the text: name is "personal_number", "full_name", "date_of_birth"
// or "document_number"; line is the OCR line it was read from.
struct OcrField {
  std::string name;
  std::string value;
  std::string line;
};

// What one run produced.
struct OcrOutcome {
  std::string text;  // pages separated by '\f'
  std::vector<OcrField> fields;
  double confidence = 0;  // 0..1
};

// A file's OCR as stored.
struct FileOcr {
  long long file_id = 0;
  std::string dossier_code;
  OcrStatus status = OcrStatus::kNotStarted;
  std::string text;
  std::vector<OcrField> fields;
  std::optional<double> confidence;  // set when done
  std::string error;                 // set when failed, Vietnamese, for people
};

// A file still to be read.
struct OcrJob {
  long long file_id = 0;
  std::string sha256;
};

// A file whose text matched a search, with its whole text (the caller cuts the snippet).
struct OcrMatch {
  std::string dossier_code;
  std::string component_id;
  long long file_id = 0;
  std::string file_name;
  std::string text;
};

// Where OCR state lives (the component_files rows). Implementations are thread-safe.
class OcrRepository {
 public:
  virtual ~OcrRepository() = default;
  // Files with status queued or running, oldest first.
  virtual Result<std::vector<OcrJob>> ListPending() = 0;
  // Sets the status alone (queued, running). kNotFound for an unknown file.
  virtual Status SetStatus(long long file_id, OcrStatus status) = 0;
  // Stores the outcome, its text also folded for search (FoldForSearch), and status done.
  // kNotFound for an unknown file.
  virtual Status SaveResult(long long file_id, const OcrOutcome& outcome) = 0;
  // Clears any text, stores `error` and status failed. kNotFound for an unknown file.
  virtual Status SaveFailure(long long file_id, std::string_view error) = 0;
  // One file's OCR. kNotFound for an unknown file.
  virtual Result<FileOcr> Get(long long file_id) = 0;
  // The outcome of an earlier successful read of the same bytes (any file with this blob id
  // and status done), if there is one.
  virtual Result<std::optional<OcrOutcome>> FindDone(std::string_view sha256) = 0;
  // Files whose folded text contains `folded_query` (already folded, non-empty), in dossiers
  // received or handled by one of `agency_ids`, newest file first, at most `limit`.
  virtual Result<std::vector<OcrMatch>> Search(std::string_view folded_query,
                                               const std::vector<long long>& agency_ids,
                                               int limit) = 0;
};

// Reads the text of a file's bytes; stops early with kUnavailable when `stop` is requested.
using Recognizer = std::function<Result<ocr::FileText>(std::string_view bytes, std::stop_token)>;

// Runs OCR for stored files. In background mode one worker thread reads the files one after
// another (Tesseract is CPU-heavy; a second thread would only slow the requests on a small
// machine); in synchronous mode Enqueue reads the file before returning (for tests and tools).
// Thread-safe.
class OcrQueue {
 public:
  enum class Mode { kBackground, kSynchronous };

  // `repo` and `blobs` must outlive the queue. `recognizer` defaults to ocr::RecognizeFile.
  OcrQueue(OcrRepository& repo, blob::BlobStore& blobs, Mode mode, Recognizer recognizer = nullptr);
  // Stops the worker (see Stop).
  ~OcrQueue();
  OcrQueue(const OcrQueue&) = delete;
  OcrQueue& operator=(const OcrQueue&) = delete;

  // Background mode: loads the files left queued or running by an earlier process and starts
  // the worker. Errors from the repository; calling it twice is a bug. No-op when synchronous.
  Status Start();

  // Asks the worker to stop and waits for it. A file being read stops at its next page and
  // keeps status running, and the files still waiting stay queued, so the next Start reads them
  // again. Idempotent.
  void Stop();

  // Marks the file queued and hands it to the worker; synchronous mode reads it now and
  // returns once it is done or failed. Errors only from the repository (an OCR failure is
  // stored as status failed, not returned).
  Status Enqueue(const ComponentFile& file);

 private:
  void Work(std::stop_token stop);
  // Reads one file and stores the outcome.
  void Run(const OcrJob& job, std::stop_token stop);

  OcrRepository& repo_;
  blob::BlobStore& blobs_;
  const Mode mode_;
  Recognizer recognizer_;

  std::mutex mu_;
  std::condition_variable_any wake_;
  std::deque<OcrJob> jobs_;     // GUARDED_BY(mu_)
  std::set<long long> queued_;  // GUARDED_BY(mu_): file ids in jobs_
  std::jthread worker_;         // last: stopped and joined before the rest is destroyed
};

// The stored outcome of a successful read: the text and the proposals of ocr::ProposeFields.
OcrOutcome MakeOutcome(const ocr::FileText& read);

// A short extract of `text` around the first place its folded form contains `folded_query`:
// the matching line, trimmed and cut to about `max_chars` characters on a UTF-8 boundary;
// the start of the text when no single line matches.
std::string SearchSnippet(std::string_view text, std::string_view folded_query,
                          size_t max_chars = 160);

}  // namespace motcua::digitization
