#include "extract/extractor.h"

#include "extract/document_layout.h"

namespace akhbar {

std::string_view DateSourceName(DateSource source) {
  switch (source) {
    case DateSource::kManifest: return "manifest";
    case DateSource::kOption: return "option";
    case DateSource::kInferred: return "inferred";
    case DateSource::kNone: return "none";
  }
  return "none";
}

std::string_view MentionKindName(MentionKind kind) {
  return kind == MentionKind::kName ? "name" : "adjective";
}

Extraction Extractor::Extract(const Document& document) const {
  const std::string_view text = document.text;
  const TextLayout layout =
      LayOutDocument(text, rules_.tokenizer(), rules_.boilerplate());
  Extraction extraction;
  extraction.doc = document.id;
  extraction.date = document.date;
  extraction.date_source = document.date ? document.date_source : DateSource::kNone;
  extraction.paragraphs = layout.paragraphs;
  extraction.warnings = document.warnings;
  extraction.skipped = layout.skipped;
  extraction.sentences.reserve(layout.sentences.size());
  for (const Sentence& sentence : layout.sentences) {
    SentenceRecord record;
    record.start = sentence.start;
    record.end = sentence.end;
    record.paragraph = sentence.paragraph;
    record.text = std::string(text.substr(sentence.start, sentence.end - sentence.start));
    for (uint32_t t = sentence.first_token; t < sentence.end_token; ++t) {
      if (!record.normalized.empty()) record.normalized.push_back(' ');
      record.normalized += layout.Normalized(layout.tokens[t]);
    }
    extraction.sentences.push_back(std::move(record));
  }
  extraction.mentions = rules_.entity_matcher().FindMentions(text, layout);
  return extraction;
}

}  // namespace akhbar
