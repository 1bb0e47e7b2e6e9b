#ifndef AKHBAR_EXTRACT_DOCUMENT_LAYOUT_H_
#define AKHBAR_EXTRACT_DOCUMENT_LAYOUT_H_

#include <string_view>

#include "extract/boilerplate.h"
#include "extract/text_layout.h"
#include "extract/tokenizer.h"

namespace akhbar {

// Document text -> tokens, sentences and paragraphs, furniture set aside.
// Sentence and paragraph numbers count only the text that is kept.
TextLayout LayOutDocument(std::string_view text, const Tokenizer& tokenizer,
                          const BoilerplateRules& boilerplate);

}  // namespace akhbar

#endif  // AKHBAR_EXTRACT_DOCUMENT_LAYOUT_H_
