// SPDX-License-Identifier: Apache-2.0
#include "documents/image_pages.h"

#include <algorithm>

namespace motcua::documents {
namespace {

struct PixaDeleter {
  void operator()(PIXA* pixa) const { pixaDestroy(&pixa); }
};
using PixaPtr = std::unique_ptr<PIXA, PixaDeleter>;

}  // namespace

Result<std::vector<PixPtr>> DecodeImagePages(std::string_view bytes, blob::FileKind kind) {
  const auto* data = reinterpret_cast<const l_uint8*>(bytes.data());
  std::vector<PixPtr> pages;
  if (kind == blob::FileKind::kTiff) {
    PixaPtr pixa(pixaReadMemMultipageTiff(data, bytes.size()));
    const int count = pixa ? pixaGetCount(pixa.get()) : 0;
    for (int i = 0; i < count; ++i) pages.emplace_back(pixaGetPix(pixa.get(), i, L_COPY));
  } else {
    pages.emplace_back(pixReadMem(data, bytes.size()));
  }
  if (pages.empty() ||
      std::any_of(pages.begin(), pages.end(), [](const PixPtr& p) { return !p; })) {
    return MakeError(ErrorCode::kInvalidArgument, "Không đọc được ảnh", "file");
  }
  return pages;
}

}  // namespace motcua::documents
