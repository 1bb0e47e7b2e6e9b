#include "extract/extraction_json.h"

namespace akhbar {

nlohmann::json ExtractionToJson(const Extraction& extraction) {
  nlohmann::json out;
  out["doc"] = extraction.doc;
  out["date"] = extraction.date ? nlohmann::json(extraction.date->ToIso())
                                : nlohmann::json(nullptr);
  out["date_source"] = DateSourceName(extraction.date_source);
  out["sentences"] = extraction.sentences.size();
  out["paragraphs"] = extraction.paragraphs;
  nlohmann::json mentions = nlohmann::json::array();
  for (const Mention& mention : extraction.mentions) {
    mentions.push_back({{"entity", mention.entity},
                        {"kind", MentionKindName(mention.kind)},
                        {"text", mention.text},
                        {"start", mention.start},
                        {"end", mention.end},
                        {"sentence", mention.sentence},
                        {"paragraph", mention.paragraph}});
  }
  out["mentions"] = std::move(mentions);
  nlohmann::json sentences = nlohmann::json::array();
  for (const SentenceRecord& sentence : extraction.sentences) {
    sentences.push_back({{"start", sentence.start},
                         {"end", sentence.end},
                         {"paragraph", sentence.paragraph},
                         {"text", sentence.text}});
  }
  out["sentence_list"] = std::move(sentences);
  nlohmann::json skipped = nlohmann::json::array();
  for (const SkippedLine& line : extraction.skipped) {
    skipped.push_back({{"start", line.start}, {"end", line.end}, {"rule", line.rule}});
  }
  out["skipped"] = std::move(skipped);
  out["warnings"] = extraction.warnings;
  return out;
}

std::string ExtractionToJsonLine(const Extraction& extraction) {
  return ExtractionToJson(extraction)
      .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace akhbar
