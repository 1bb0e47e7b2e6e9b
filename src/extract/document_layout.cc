#include "extract/document_layout.h"

namespace akhbar {

TextLayout LayOutDocument(std::string_view text, const Tokenizer& tokenizer,
                          const BoilerplateRules& boilerplate, const Morphology& morphology) {
  TextLayout layout;
  LayOutDocument(text, tokenizer, boilerplate, morphology, &layout);
  return layout;
}

void LayOutDocument(std::string_view text, const Tokenizer& tokenizer,
                    const BoilerplateRules& boilerplate, const Morphology& morphology,
                    TextLayout* reused) {
  TextLayout& layout = *reused;
  layout.normalized.clear();
  layout.tokens.clear();
  layout.sentences.clear();
  layout.skipped.clear();
  layout.paragraphs = 0;
  const std::vector<Line> lines = tokenizer.SplitLines(text, &layout.normalized);
  const std::vector<std::string> furniture =
      boilerplate.Classify(lines, layout.normalized);
  for (size_t i = 0; i < lines.size(); ++i) {
    const Line& line = lines[i];
    if (line.tokens.empty()) continue;
    if (!furniture[i].empty()) {
      layout.skipped.push_back(SkippedLine{line.start, line.end, furniture[i]});
      continue;
    }
    const uint32_t paragraph = layout.paragraphs++;
    const uint32_t token_base = static_cast<uint32_t>(layout.tokens.size());
    const uint32_t sentence_base = static_cast<uint32_t>(layout.sentences.size());
    for (Token token : line.tokens) {
      token.sentence += sentence_base;
      layout.tokens.push_back(token);
    }
    for (Sentence sentence : line.sentences) {
      sentence.paragraph = paragraph;
      sentence.first_token += token_base;
      sentence.end_token += token_base;
      layout.sentences.push_back(sentence);
    }
  }
  morphology.AddReadings(&layout);
}

}  // namespace akhbar
