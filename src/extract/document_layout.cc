#include "extract/document_layout.h"

#include <optional>
#include <string>

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
  size_t last_text = lines.size();
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!lines[i].tokens.empty() && furniture[i].empty()) last_text = i;
  }
  std::optional<BoilerplateRules::Tags> tags;
  if (last_text < lines.size()) {
    tags = boilerplate.TrailingTags(lines[last_text], layout.normalized);
  }
  for (size_t i = 0; i < lines.size(); ++i) {
    const Line& line = lines[i];
    if (line.tokens.empty()) continue;
    if (!furniture[i].empty()) {
      layout.skipped.push_back(SkippedLine{line.start, line.end, furniture[i]});
      continue;
    }
    // The text ends before its tags.
    const size_t end_token = i == last_text && tags ? tags->first_token : line.tokens.size();
    if (end_token < line.tokens.size()) {
      layout.skipped.push_back(
          SkippedLine{line.tokens[end_token].start, line.end, std::string(tags->rule)});
      if (end_token == 0) continue;
    }
    const uint32_t paragraph = layout.paragraphs++;
    const uint32_t token_base = static_cast<uint32_t>(layout.tokens.size());
    const uint32_t sentence_base = static_cast<uint32_t>(layout.sentences.size());
    for (size_t t = 0; t < end_token; ++t) {
      Token token = line.tokens[t];
      token.sentence += sentence_base;
      layout.tokens.push_back(token);
    }
    for (Sentence sentence : line.sentences) {
      if (sentence.first_token >= end_token) break;
      if (sentence.end_token > end_token) {
        sentence.end_token = static_cast<uint32_t>(end_token);
        sentence.end = line.tokens[end_token - 1].end;
      }
      sentence.paragraph = paragraph;
      sentence.first_token += token_base;
      sentence.end_token += token_base;
      layout.sentences.push_back(sentence);
    }
  }
  morphology.AddReadings(&layout);
}

}  // namespace akhbar
