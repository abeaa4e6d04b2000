// SPDX-License-Identifier: Apache-2.0
// The code of a digitized document. The provincial plans write `<identifier>.<document-type
// code>`; the national guidance may refine it, so the format is configuration, and the national
// warehouse's own code is kept in a separate field by the caller.
#pragma once

#include <string>
#include <string_view>

#include "common/result.h"

namespace motcua::digitization {

// A format with the placeholders {id} (the owner's personal number or tax code), {type} (the
// document-type code) and optionally {seq} (a sequence, for owners with several documents of a
// type). Default: "{id}.{type}", with ".{seq}" appended from the second document of a type on.
class DocumentCodeFormat {
 public:
  // kInvalidArgument when {id} or {type} is missing, or an unknown {placeholder} appears.
  static Result<DocumentCodeFormat> Parse(std::string_view pattern);
  static DocumentCodeFormat Default();

  // `seq` counts from 1. When the pattern has no {seq}, seq > 1 appends ".<seq>" so that codes
  // stay unique. kInvalidArgument for an empty id or a type code outside [A-Z0-9_-]{1,20}.
  Result<std::string> Format(std::string_view id, std::string_view type_code, int seq) const;
  const std::string& pattern() const { return pattern_; }

 private:
  explicit DocumentCodeFormat(std::string pattern) : pattern_(std::move(pattern)) {}
  std::string pattern_;
};

}  // namespace motcua::digitization
