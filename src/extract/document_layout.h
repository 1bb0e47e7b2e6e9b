#ifndef AKHBAR_EXTRACT_DOCUMENT_LAYOUT_H_
#define AKHBAR_EXTRACT_DOCUMENT_LAYOUT_H_

#include <string_view>

#include "extract/boilerplate.h"
#include "extract/morphology.h"
#include "extract/text_layout.h"
#include "extract/tokenizer.h"

namespace akhbar {

// Document text -> tokens, sentences and paragraphs, furniture set aside,
// and each token's readings. Sentence and paragraph numbers count only the
// text that is kept.
TextLayout LayOutDocument(std::string_view text, const Tokenizer& tokenizer,
                          const BoilerplateRules& boilerplate, const Morphology& morphology);
// The same into *layout, whose arrays are emptied and reused: a thread that
// lays out document after document allocates them once, not a growing
// series of copies per document.
void LayOutDocument(std::string_view text, const Tokenizer& tokenizer,
                    const BoilerplateRules& boilerplate, const Morphology& morphology,
                    TextLayout* layout);

}  // namespace akhbar

#endif  // AKHBAR_EXTRACT_DOCUMENT_LAYOUT_H_
