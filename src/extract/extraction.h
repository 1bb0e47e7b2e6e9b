// The extraction stage's input (Document) and output (Extraction).
#ifndef AKHBAR_EXTRACT_EXTRACTION_H_
#define AKHBAR_EXTRACT_EXTRACTION_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/civil_date.h"
#include "extract/text_layout.h"

namespace akhbar {

enum class DateSource { kManifest, kOption, kInferred, kNone };
std::string_view DateSourceName(DateSource source);

struct Document {
  std::string id;    // file name without extension, or the JSONL id field
  std::string text;  // original bytes
  std::optional<CivilDate> date;  // publication date when known
  DateSource date_source = DateSource::kNone;
  std::vector<std::string> warnings;  // e.g. replaced ill-formed bytes
};

enum class MentionKind { kName, kAdjective };
std::string_view MentionKindName(MentionKind kind);

struct Mention {
  std::string entity;
  MentionKind kind = MentionKind::kName;
  std::string text;  // exactly the original bytes [start, end)
  uint32_t start = 0;
  uint32_t end = 0;
  uint32_t sentence = 0;
  uint32_t paragraph = 0;
};

struct SentenceRecord {
  uint32_t start = 0;
  uint32_t end = 0;
  uint32_t paragraph = 0;
  std::string text;        // original bytes
  std::string normalized;  // matching forms of its words, space separated
};

struct Extraction {
  std::string doc;
  std::optional<CivilDate> date;
  DateSource date_source = DateSource::kNone;
  uint32_t paragraphs = 0;
  std::vector<SentenceRecord> sentences;
  std::vector<Mention> mentions;
  std::vector<SkippedLine> skipped;
  std::vector<std::string> warnings;
};

}  // namespace akhbar

#endif  // AKHBAR_EXTRACT_EXTRACTION_H_
