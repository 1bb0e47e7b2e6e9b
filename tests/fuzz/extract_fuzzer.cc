// libFuzzer target: any bytes -> Document -> Extraction, with the offset
// invariants every output promises.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "extract/document_reader.h"
#include "extract/extractor.h"
#include "extract/rule_set.h"
#include "tests/fuzz/repository_rules.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  auto document = akhbar::DocumentFromBytes("fuzz", bytes, "fuzz", {.lenient = true});
  if (!document.ok()) return 0;
  // Lenient reading overwrites ill-formed bytes in place, never moving one.
  if (document->text.size() != bytes.size()) std::abort();
  bytes = document->text;
  const akhbar::Extraction extraction = akhbar::Extractor(RepositoryRules()).Extract(*document);
  for (const akhbar::Mention& mention : extraction.mentions) {
    if (mention.start >= mention.end || mention.end > bytes.size() ||
        bytes.compare(mention.start, mention.end - mention.start, mention.text) != 0 ||
        mention.sentence >= extraction.sentences.size()) {
      std::abort();
    }
  }
  for (const akhbar::DateExpression& date : extraction.dates) {
    if (date.start >= date.end || date.end > bytes.size() ||
        bytes.compare(date.start, date.end - date.start, date.text) != 0) {
      std::abort();
    }
  }
  for (const akhbar::SentenceRecord& sentence : extraction.sentences) {
    if (sentence.start > sentence.end || sentence.end > bytes.size()) std::abort();
  }
  // A trigger lies in its clause, and the clause and the speaker in the
  // sentence, the speaker's text being its bytes; a verb's subject lies in
  // its sentence, after the verb or (a relative pronoun's name) before it,
  // and a noun's (its relative clause's) after it; an aside lies after the
  // trigger in its sentence.
  for (const akhbar::EventMention& event : extraction.events) {
    if (event.start >= event.end || event.sentence >= extraction.sentences.size() ||
        bytes.compare(event.start, event.end - event.start, event.trigger) != 0) {
      std::abort();
    }
    const akhbar::SentenceRecord& sentence = extraction.sentences[event.sentence];
    if (event.subject_end != 0 &&
        (event.subject_start >= event.subject_end || event.subject_start < sentence.start ||
         event.subject_end > sentence.end ||
         (event.subject_start < event.start && event.subject_end > event.start) ||
         (!event.verb && event.subject_start < event.end))) {
      std::abort();
    }
    if (event.aside_end != 0 &&
        (event.aside_start < event.end || event.aside_start >= event.aside_end ||
         event.aside_end > sentence.end)) {
      std::abort();
    }
    if (!event.speech) continue;
    const akhbar::ReportedSpeech& speech = *event.speech;
    if (speech.clause_start < sentence.start || speech.clause_start > event.start ||
        event.end > speech.clause_end || speech.clause_end > sentence.end ||
        speech.speaker_start > speech.speaker_end ||
        (speech.speaker_start < speech.speaker_end &&
         (speech.speaker_start < sentence.start || speech.speaker_end > sentence.end)) ||
        bytes.compare(speech.speaker_start, speech.speaker_end - speech.speaker_start,
                      speech.speaker) != 0) {
      std::abort();
    }
  }
  return 0;
}
