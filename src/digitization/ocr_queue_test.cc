// SPDX-License-Identifier: Apache-2.0
#include "digitization/ocr_queue.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <map>

namespace motcua::digitization {
namespace {

// The repository as a map, with a way to wait for a file to reach a status.
class MemoryOcrRepository final : public OcrRepository {
 public:
  void AddFile(long long id, std::string sha256, OcrStatus status = OcrStatus::kNotStarted) {
    std::lock_guard lock(mu_);
    files_[id] = {FileOcr{id, "D-" + std::to_string(id), status}, std::move(sha256)};
  }

  Result<std::vector<OcrJob>> ListPending() override {
    std::lock_guard lock(mu_);
    std::vector<OcrJob> out;
    for (const auto& [id, entry] : files_) {
      if (entry.ocr.status == OcrStatus::kQueued || entry.ocr.status == OcrStatus::kRunning) {
        out.push_back({id, entry.sha256});
      }
    }
    return out;
  }
  Status SetStatus(long long file_id, OcrStatus status) override {
    return Update(file_id, [&](FileOcr& f) { f.status = status; });
  }
  Status SaveResult(long long file_id, const OcrOutcome& outcome) override {
    return Update(file_id, [&](FileOcr& f) {
      f.status = OcrStatus::kDone;
      f.text = outcome.text;
      f.fields = outcome.fields;
      f.confidence = outcome.confidence;
    });
  }
  Status SaveFailure(long long file_id, std::string_view error) override {
    return Update(file_id, [&](FileOcr& f) {
      f.status = OcrStatus::kFailed;
      f.error = std::string(error);
    });
  }
  Result<FileOcr> Get(long long file_id) override {
    std::lock_guard lock(mu_);
    auto it = files_.find(file_id);
    if (it == files_.end()) return MakeError(ErrorCode::kNotFound, "no file");
    return it->second.ocr;
  }
  Result<std::optional<OcrOutcome>> FindDone(std::string_view sha256) override {
    std::lock_guard lock(mu_);
    for (const auto& [id, entry] : files_) {
      if (entry.sha256 == sha256 && entry.ocr.status == OcrStatus::kDone) {
        return std::optional<OcrOutcome>(
            OcrOutcome{entry.ocr.text, entry.ocr.fields, entry.ocr.confidence.value_or(0)});
      }
    }
    return std::optional<OcrOutcome>();
  }
  Result<std::vector<OcrMatch>> Search(std::string_view, const std::vector<long long>&,
                                       int) override {
    return std::vector<OcrMatch>{};
  }

  // Blocks until the file has `status`; a generous bound only keeps a broken build from hanging.
  bool WaitFor(long long file_id, OcrStatus status) {
    std::unique_lock lock(mu_);
    return changed_.wait_for(lock, std::chrono::minutes(2),
                             [&] { return files_[file_id].ocr.status == status; });
  }

 private:
  struct Entry {
    FileOcr ocr;
    std::string sha256;
  };
  template <typename F>
  Status Update(long long file_id, F change) {
    {
      std::lock_guard lock(mu_);
      auto it = files_.find(file_id);
      if (it == files_.end()) return MakeError(ErrorCode::kNotFound, "no file");
      change(it->second.ocr);
    }
    changed_.notify_all();
    return Ok();
  }

  std::mutex mu_;
  std::condition_variable changed_;
  std::map<long long, Entry> files_;  // GUARDED_BY(mu_)
};

// Stands in for Tesseract: the bytes are the text.
Result<ocr::FileText> EchoRecognizer(std::string_view bytes, std::stop_token) {
  if (bytes == "unreadable") {
    return MakeError(ErrorCode::kInvalidArgument, "Không đọc được ảnh", "file");
  }
  ocr::FileText text;
  text.pages = {std::string(bytes)};
  text.ocr_pages = {0};
  text.mean_confidence = 0.9;
  return text;
}

constexpr char kScanText[] =
    "GIẤY KHAI SINH\nHọ và tên: Trần Văn Bình\nNgày, tháng, năm sinh: 03/02/1985\n"
    "Số định danh cá nhân: 001085001234\n";

ComponentFile Stored(MemoryOcrRepository& repo, blob::BlobStore& blobs, long long id,
                     std::string_view bytes) {
  ComponentFile file;
  file.id = id;
  file.sha256 = blobs.Put(bytes).value();
  repo.AddFile(id, file.sha256);
  return file;
}

TEST(OcrQueue, SynchronousModeStoresTextAndProposals) {
  MemoryOcrRepository repo;
  blob::MemoryBlobStore blobs;
  OcrQueue queue(repo, blobs, OcrQueue::Mode::kSynchronous, EchoRecognizer);
  ASSERT_TRUE(queue.Start().has_value());
  ASSERT_TRUE(queue.Enqueue(Stored(repo, blobs, 1, kScanText)).has_value());

  const FileOcr done = repo.Get(1).value();
  EXPECT_EQ(done.status, OcrStatus::kDone);
  EXPECT_EQ(done.text, kScanText);
  EXPECT_EQ(done.confidence, 0.9);
  std::map<std::string, std::string> fields;
  for (const OcrField& f : done.fields) fields[f.name] = f.value;
  EXPECT_EQ(fields["full_name"], "Trần Văn Bình");
  EXPECT_EQ(fields["date_of_birth"], "1985-02-03");
  EXPECT_EQ(fields["personal_number"], "001085001234");
  EXPECT_EQ(fields.count("document_number"), 0u);
}

TEST(OcrQueue, TheSameBytesAreReadOnce) {
  MemoryOcrRepository repo;
  blob::MemoryBlobStore blobs;
  int reads = 0;
  auto counting = [&](std::string_view bytes, std::stop_token stop) {
    ++reads;
    return EchoRecognizer(bytes, stop);
  };
  OcrQueue queue(repo, blobs, OcrQueue::Mode::kSynchronous, counting);
  ASSERT_TRUE(queue.Enqueue(Stored(repo, blobs, 1, kScanText)).has_value());
  ASSERT_TRUE(queue.Enqueue(Stored(repo, blobs, 2, kScanText)).has_value());
  EXPECT_EQ(reads, 1);
  EXPECT_EQ(repo.Get(2)->status, OcrStatus::kDone);
  EXPECT_EQ(repo.Get(2)->text, kScanText);
  EXPECT_EQ(repo.Get(2)->fields.size(), repo.Get(1)->fields.size());
  // A failed read is not reused: other bytes, or a later model, may do better.
  ASSERT_TRUE(queue.Enqueue(Stored(repo, blobs, 3, "unreadable")).has_value());
  ASSERT_TRUE(queue.Enqueue(Stored(repo, blobs, 4, "unreadable")).has_value());
  EXPECT_EQ(reads, 3);
}

TEST(OcrQueue, AFileThatCannotBeReadIsMarkedFailedWithAReason) {
  MemoryOcrRepository repo;
  blob::MemoryBlobStore blobs;
  OcrQueue queue(repo, blobs, OcrQueue::Mode::kSynchronous, EchoRecognizer);
  ASSERT_TRUE(queue.Enqueue(Stored(repo, blobs, 1, "unreadable")).has_value());
  EXPECT_EQ(repo.Get(1)->status, OcrStatus::kFailed);
  EXPECT_EQ(repo.Get(1)->error, "Không đọc được ảnh");

  // A record whose blob is missing fails too, without a server fault.
  ComponentFile lost = Stored(repo, blobs, 2, "x");
  lost.sha256 = std::string(64, 'a');
  ASSERT_TRUE(queue.Enqueue(lost).has_value());
  EXPECT_EQ(repo.Get(2)->status, OcrStatus::kFailed);
  EXPECT_EQ(repo.Get(2)->error, "Không tìm thấy tệp đã lưu");

  // The repository's own errors are returned.
  ComponentFile unknown;
  unknown.id = 99;
  EXPECT_EQ(queue.Enqueue(unknown).error().code, ErrorCode::kNotFound);
}

TEST(OcrQueue, BackgroundWorkerPicksUpLeftoversAndNewFiles) {
  MemoryOcrRepository repo;
  blob::MemoryBlobStore blobs;
  // Left by an earlier process: one queued, one interrupted while running.
  repo.AddFile(1, blobs.Put("Họ và tên: Lê Văn Tám").value(), OcrStatus::kQueued);
  repo.AddFile(2, blobs.Put("Số: 125/QĐ-UBND").value(), OcrStatus::kRunning);
  OcrQueue queue(repo, blobs, OcrQueue::Mode::kBackground, EchoRecognizer);
  ASSERT_TRUE(queue.Start().has_value());
  ASSERT_TRUE(queue.Enqueue(Stored(repo, blobs, 3, kScanText)).has_value());

  ASSERT_TRUE(repo.WaitFor(1, OcrStatus::kDone));
  ASSERT_TRUE(repo.WaitFor(2, OcrStatus::kDone));
  ASSERT_TRUE(repo.WaitFor(3, OcrStatus::kDone));
  EXPECT_EQ(repo.Get(2)->fields.at(0).name, "document_number");
  EXPECT_EQ(repo.Get(2)->fields.at(0).value, "125");
  queue.Stop();
  queue.Stop();
}

TEST(OcrQueue, StopLeavesTheFileBeingReadForTheNextStart) {
  MemoryOcrRepository repo;
  blob::MemoryBlobStore blobs;
  std::atomic<bool> started = false;
  auto slow = [&](std::string_view, std::stop_token stop) -> Result<ocr::FileText> {
    started = true;
    started.notify_all();
    // A long document: reads "pages" until asked to stop.
    while (!stop.stop_requested()) std::this_thread::yield();
    return MakeError(ErrorCode::kUnavailable, "stopped");
  };
  {
    OcrQueue queue(repo, blobs, OcrQueue::Mode::kBackground, slow);
    ASSERT_TRUE(queue.Start().has_value());
    ASSERT_TRUE(queue.Enqueue(Stored(repo, blobs, 1, kScanText)).has_value());
    started.wait(false);
  }  // the destructor stops the worker
  EXPECT_EQ(repo.Get(1)->status, OcrStatus::kRunning);
  EXPECT_EQ(repo.ListPending()->size(), 1u);

  OcrQueue again(repo, blobs, OcrQueue::Mode::kBackground, EchoRecognizer);
  ASSERT_TRUE(again.Start().has_value());
  ASSERT_TRUE(repo.WaitFor(1, OcrStatus::kDone));
}

TEST(OcrQueue, DestroyingTheQueueReadsNothingMoreOfWhatIsQueued) {
  MemoryOcrRepository repo;
  blob::MemoryBlobStore blobs;
  std::atomic<int> calls = 0;
  auto slow = [&](std::string_view, std::stop_token stop) -> Result<ocr::FileText> {
    ++calls;
    calls.notify_all();
    while (!stop.stop_requested()) std::this_thread::yield();
    return MakeError(ErrorCode::kUnavailable, "stopped");
  };
  {
    OcrQueue queue(repo, blobs, OcrQueue::Mode::kBackground, slow);
    ASSERT_TRUE(queue.Start().has_value());
    for (long long id = 1; id <= 3; ++id) {
      ASSERT_TRUE(queue.Enqueue(Stored(repo, blobs, id, "scan " + std::to_string(id))).has_value());
    }
    calls.wait(0);
  }  // the worker is joined here, with the first file being read and two waiting
  EXPECT_EQ(calls.load(), 1);
  EXPECT_EQ(repo.Get(1)->status, OcrStatus::kRunning);
  EXPECT_EQ(repo.Get(2)->status, OcrStatus::kQueued);
  EXPECT_EQ(repo.Get(3)->status, OcrStatus::kQueued);
  EXPECT_EQ(repo.ListPending()->size(), 3u);
}

// What the worker reads a file's text with (the field proposer, the search folding) must still
// work while a process exits without stopping the queue, as libFuzzer does: statics first used
// after an exit handler was registered are destroyed before that handler runs, so the handler
// below, registered before anything was read, stands for a worker still reading at exit.
bool ReadsTheScan() {
  const OcrOutcome outcome = MakeOutcome({{kScanText}, {0}, 0.9});
  return outcome.fields.size() == 3 && outcome.fields[0].value == "001085001234";
}

void ReadAgainAtExit() { std::_Exit(ReadsTheScan() ? 0 : 1); }

void ReadThenExit() {
  std::atexit(ReadAgainAtExit);
  std::exit(ReadsTheScan() ? 0 : 2);
}

TEST(OcrQueueDeathTest, WhatTheWorkerReadsWithOutlivesTheProcessStatics) {
  // A fresh process, so that the statics are first used after the handler is registered.
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  EXPECT_EXIT(ReadThenExit(), ::testing::ExitedWithCode(0), "");
}

TEST(OcrStatus, NamesRoundTrip) {
  for (auto s : {OcrStatus::kNotStarted, OcrStatus::kQueued, OcrStatus::kRunning, OcrStatus::kDone,
                 OcrStatus::kFailed}) {
    EXPECT_EQ(ParseOcrStatus(OcrStatusName(s)), s);
  }
  EXPECT_EQ(OcrStatusName(OcrStatus::kNotStarted), "not_started");
  EXPECT_FALSE(ParseOcrStatus("finished").has_value());
}

TEST(SearchSnippet, TheMatchingLineWithItsDiacritics) {
  const std::string text = "GIẤY KHAI SINH\n\n  Họ và tên: Trần Văn Bình  \nNơi sinh: Hà Nội\n";
  EXPECT_EQ(SearchSnippet(text, "tran van"), "Họ và tên: Trần Văn Bình");
  EXPECT_EQ(SearchSnippet(text, "ha noi", 5), "Nơi s…");
  // Across a line break: the start of the text, on one line.
  EXPECT_EQ(SearchSnippet(text, "sinh ho va", 20), "GIẤY KHAI SINH Họ và…");
}

}  // namespace
}  // namespace motcua::digitization
