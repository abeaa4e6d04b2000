// SPDX-License-Identifier: Apache-2.0
// A person's name masked for public pages: enough to recognise one's own dossier, not to learn
// a stranger's name.
#pragma once

#include <string>
#include <string_view>

namespace motcua::tracking {

// Masks every word but the last (the given name, which alone identifies nobody): the word's
// initial consonant (Vietnamese digraphs and trigraphs such as "Ng", "Ngh", "Th" count as one)
// is kept and the rest becomes stars, at least two. "Nguyễn Văn An" -> "Ng*** V** An". A
// one-word name keeps its first letter only. Works on UTF-8; extra spaces are dropped.
std::string MaskPersonName(std::string_view full_name);

}  // namespace motcua::tracking
