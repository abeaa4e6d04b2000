// SPDX-License-Identifier: Apache-2.0
#include "digitization/ocr_queue.h"

#include <spdlog/spdlog.h>

#include <array>
#include <utility>

#include "common/text_fold.h"
#include "ocr/field_proposer.h"

namespace motcua::digitization {
namespace {

constexpr std::array<std::pair<OcrStatus, std::string_view>, 5> kStatusNames = {{
    {OcrStatus::kNotStarted, "not_started"},
    {OcrStatus::kQueued, "queued"},
    {OcrStatus::kRunning, "running"},
    {OcrStatus::kDone, "done"},
    {OcrStatus::kFailed, "failed"},
}};

// What the officer sees when a file could not be read. Bad files come with their own
// Vietnamese message from the inspector or the decoder; server faults get a generic one.
std::string FailureMessage(const Error& error) {
  switch (error.code) {
    case ErrorCode::kInvalidArgument:
    case ErrorCode::kPayloadTooLarge:
      return error.message;
    case ErrorCode::kUnavailable:
      return "Máy chủ chưa cài đặt bộ nhận dạng chữ tiếng Việt";
    case ErrorCode::kNotFound:
      return "Không tìm thấy tệp đã lưu";
    default:
      return "Lỗi khi nhận dạng chữ";
  }
}

void AddField(std::vector<OcrField>& out, std::string_view name,
              const std::optional<ocr::ProposedField>& field) {
  if (field) out.push_back({std::string(name), field->value, field->line});
}

std::string_view Trim(std::string_view s) {
  const size_t begin = s.find_first_not_of(" \t\r\f\n");
  if (begin == std::string_view::npos) return {};
  return s.substr(begin, s.find_last_not_of(" \t\r\f\n") - begin + 1);
}

// At most `max_chars` code points of `s`, with "…" when cut.
std::string CutUtf8(std::string_view s, size_t max_chars) {
  size_t chars = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) continue;
    if (chars++ == max_chars) return std::string(s.substr(0, i)) + "…";
  }
  return std::string(s);
}

// `s` trimmed, with every run of white space (line and page breaks too) as one space.
std::string OneLine(std::string_view s) {
  std::string out;
  for (const char c : Trim(s)) {
    const bool space = c == ' ' || c == '\n' || c == '\f' || c == '\t' || c == '\r';
    if (!space) {
      out += c;
    } else if (out.back() != ' ') {
      out += ' ';
    }
  }
  return out;
}

}  // namespace

std::string_view OcrStatusName(OcrStatus status) {
  for (const auto& [value, name] : kStatusNames) {
    if (value == status) return name;
  }
  return "not_started";
}

std::optional<OcrStatus> ParseOcrStatus(std::string_view name) {
  for (const auto& [value, known] : kStatusNames) {
    if (known == name) return value;
  }
  return std::nullopt;
}

OcrOutcome MakeOutcome(const ocr::FileText& read) {
  OcrOutcome outcome;
  outcome.text = read.Text();
  outcome.confidence = read.mean_confidence;
  const ocr::ProposedFields fields = ocr::ProposeFields(outcome.text);
  AddField(outcome.fields, "personal_number", fields.personal_number);
  AddField(outcome.fields, "full_name", fields.full_name);
  AddField(outcome.fields, "date_of_birth", fields.date_of_birth);
  AddField(outcome.fields, "document_number", fields.document_number);
  return outcome;
}

std::string SearchSnippet(std::string_view text, std::string_view folded_query, size_t max_chars) {
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find_first_of("\n\f", start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = Trim(text.substr(start, end - start));
    if (FoldForSearch(line).find(folded_query) != std::string::npos) {
      return CutUtf8(line, max_chars);
    }
    start = end + 1;
  }
  return CutUtf8(OneLine(text), max_chars);
}

OcrQueue::OcrQueue(OcrRepository& repo, blob::BlobStore& blobs, Mode mode, Recognizer recognizer)
    : repo_(repo), blobs_(blobs), mode_(mode), recognizer_(std::move(recognizer)) {
  if (!recognizer_) {
    recognizer_ = [](std::string_view bytes, std::stop_token stop) {
      return ocr::RecognizeFile(bytes, std::move(stop));
    };
  }
}

OcrQueue::~OcrQueue() { Stop(); }

Status OcrQueue::Start() {
  if (mode_ == Mode::kSynchronous) return Ok();
  MOTCUA_CHECK(!worker_.joinable());
  MOTCUA_ASSIGN_OR_RETURN(pending, repo_.ListPending());
  {
    std::lock_guard lock(mu_);
    for (OcrJob& job : pending) {
      if (queued_.insert(job.file_id).second) jobs_.push_back(std::move(job));
    }
  }
  if (!pending.empty()) spdlog::info("ocr: {} file(s) left from before", pending.size());
  worker_ = std::jthread([this](std::stop_token stop) { Work(std::move(stop)); });
  return Ok();
}

void OcrQueue::Stop() {
  if (!worker_.joinable()) return;
  worker_.request_stop();
  worker_.join();
}

Status OcrQueue::Enqueue(const ComponentFile& file) {
  MOTCUA_TRY(repo_.SetStatus(file.id, OcrStatus::kQueued));
  OcrJob job{file.id, file.sha256};
  if (mode_ == Mode::kSynchronous) {
    Run(job, {});
    return Ok();
  }
  {
    std::lock_guard lock(mu_);
    if (queued_.insert(job.file_id).second) jobs_.push_back(std::move(job));
  }
  wake_.notify_one();
  return Ok();
}

void OcrQueue::Work(std::stop_token stop) {
  while (true) {
    OcrJob job;
    {
      std::unique_lock lock(mu_);
      // The wait returns true on a stop request too when files are waiting: those stay queued
      // for the next start, rather than each being marked running and handed to a reader that
      // gives up at once while the owner waits to join.
      if (!wake_.wait(lock, stop, [this] { return !jobs_.empty(); }) || stop.stop_requested()) {
        return;
      }
      job = std::move(jobs_.front());
      jobs_.pop_front();
      queued_.erase(job.file_id);
    }
    Run(job, stop);
  }
}

void OcrQueue::Run(const OcrJob& job, std::stop_token stop) {
  if (auto running = repo_.SetStatus(job.file_id, OcrStatus::kRunning); !running) {
    spdlog::error("ocr: file {}: {}", job.file_id, running.error().message);
    return;
  }
  // The same scan attached to several dossiers (an ID card, a birth certificate) is read once.
  if (auto earlier = repo_.FindDone(job.sha256); earlier && *earlier) {
    if (auto saved = repo_.SaveResult(job.file_id, **earlier); !saved) {
      spdlog::error("ocr: file {}: {}", job.file_id, saved.error().message);
    }
    return;
  }
  auto bytes = blobs_.Get(job.sha256);
  auto read = bytes ? recognizer_(*bytes, stop) : Result<ocr::FileText>(bytes.error());
  if (!read && stop.stop_requested()) return;  // stays running; the next start reads it again
  Status saved = read ? repo_.SaveResult(job.file_id, MakeOutcome(*read))
                      : repo_.SaveFailure(job.file_id, FailureMessage(read.error()));
  if (!read) spdlog::warn("ocr: file {} failed: {}", job.file_id, read.error().message);
  if (!saved) spdlog::error("ocr: file {}: {}", job.file_id, saved.error().message);
}

}  // namespace motcua::digitization
