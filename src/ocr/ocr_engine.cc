// SPDX-License-Identifier: Apache-2.0
#include "ocr/ocr_engine.h"

#include <leptonica/allheaders.h>
#include <tesseract/baseapi.h>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <mutex>
#include <vector>

#include "blob/file_inspector.h"
#include "documents/image_pages.h"

namespace motcua::ocr {
namespace {

struct TessDeleter {
  void operator()(tesseract::TessBaseAPI* api) const {
    api->End();
    delete api;
  }
};
using documents::PixPtr;
using TessPtr = std::unique_ptr<tesseract::TessBaseAPI, TessDeleter>;

// Loading the model takes a noticeable fraction of a page's recognition time, so initialised
// engines are kept; more than a few idle ones would only hold memory (each holds the model).
class EnginePool {
 public:
  Result<TessPtr> Acquire() {
    {
      std::lock_guard lock(mu_);
      if (!idle_.empty()) {
        TessPtr api = std::move(idle_.back());
        idle_.pop_back();
        return api;
      }
    }
    return NewEngine();
  }

  void Release(TessPtr api) {
    api->Clear();
    std::lock_guard lock(mu_);
    if (idle_.size() < kMaxIdle) idle_.push_back(std::move(api));
  }

 private:
  static Result<TessPtr> NewEngine() {
    TessPtr api(new tesseract::TessBaseAPI());
    if (api->Init(nullptr, "vie", tesseract::OEM_LSTM_ONLY) != 0) {
      return MakeError(ErrorCode::kUnavailable,
                       "Tesseract's Vietnamese model (tesseract-ocr-vie) is not installed");
    }
    api->SetPageSegMode(tesseract::PSM_AUTO);
    // Tesseract prints progress notes ("Estimating resolution as 300") to stderr per page;
    // failures reach the caller through return codes instead.
    api->SetVariable("debug_file", "/dev/null");
    return api;
  }

  static constexpr size_t kMaxIdle = 2;
  std::mutex mu_;
  std::vector<TessPtr> idle_;  // guarded by mu_
};

// Never destroyed. The OCR queue's worker holds an engine while it reads a file and hands it
// back here afterwards, and a process may exit while that worker is still reading: libFuzzer
// exits without stopping the App, and a static first used after the harness registered its
// clean-up is destroyed before the clean-up stops the worker. A pool torn down under the worker
// would be used after free. Its idle engines are therefore never ended either: Tesseract's own
// dictionary cache (a function-local static of libtesseract) finds them still holding their
// dictionaries when it is destroyed at exit and leaves those allocated, reachable from here.
EnginePool& Pool() {
  static auto* const pool = new EnginePool;
  return *pool;
}

struct PageText {
  std::string text;
  int confidence;  // 0..100
};

Result<PageText> RecognizePage(tesseract::TessBaseAPI& api, PIX* page) {
  api.SetImage(page);
  if (api.Recognize(nullptr) != 0) {
    return MakeError(ErrorCode::kInternal, "Tesseract failed to recognise a page");
  }
  const std::unique_ptr<char[]> text(api.GetUTF8Text());
  return PageText{text ? std::string(text.get()) : std::string(), api.MeanTextConf()};
}

}  // namespace

Result<OcrResult> RecognizeImage(std::string_view image_bytes) {
  MOTCUA_ASSIGN_OR_RETURN(inspected, blob::InspectFile(image_bytes));
  if (inspected.kind == blob::FileKind::kPdf) {
    return MakeError(ErrorCode::kFailedPrecondition, "PDF OCR not yet supported", "file");
  }
  // A few kilobytes of PNG can declare gigapixels; an A3 page at 600 dpi is about 70.
  constexpr int64_t kMaxPixels = 150'000'000;
  if (int64_t{inspected.width} * inspected.height > kMaxPixels) {
    return MakeError(ErrorCode::kInvalidArgument, "Ảnh quá lớn để nhận dạng chữ", "file");
  }
  MOTCUA_ASSIGN_OR_RETURN(pages, documents::DecodeImagePages(image_bytes, inspected.kind));
  MOTCUA_ASSIGN_OR_RETURN(api, Pool().Acquire());
  OcrResult result{{}, 0.0, static_cast<int>(pages.size())};
  for (size_t i = 0; i < pages.size(); ++i) {
    auto page = RecognizePage(*api, pages[i].get());
    if (!page) {
      Pool().Release(std::move(api));
      return page.error();
    }
    if (i > 0) result.text += '\f';
    result.text += page->text;
    result.mean_confidence += page->confidence / 100.0 / static_cast<double>(pages.size());
  }
  Pool().Release(std::move(api));
  return result;
}

}  // namespace motcua::ocr
