// Frames of reported speech (rules/events.yaml reported_speech): in
// قال أبليازوف إن نزارباييف وعائلته فروا the verb قال, its speaker أبليازوف
// and the opener إن frame the clause that reports the flight.
#ifndef AKHBAR_EXTRACT_REPORTED_SPEECH_H_
#define AKHBAR_EXTRACT_REPORTED_SPEECH_H_

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "extract/event_rules.h"
#include "extract/extraction.h"
#include "extract/morphology.h"
#include "extract/text_layout.h"
#include "extract/word_table.h"

namespace akhbar {

// Byte offsets into the document.
struct SpeechFrame {
  uint32_t verb_start = 0;  // or the start of the attribution before it
  // Where the reported clause begins; in an attribution, where the words
  // after it begin, which it does not report.
  uint32_t clause_start = 0;
  // Who speaks: this frame's verb and the words before its opener (or
  // before one of speaker_ends_before), or the frame's before it when the
  // speech goes on (مضيفا أن، وأضاف أن).
  uint32_t speaker_start = 0;
  uint32_t speaker_end = 0;
  // Where the quotation the clause opened with closes (the end of its last
  // word), 0 if none closes in the sentence with a mark that ends a clause
  // after it: after it the narrative goes on (قال أبليازوف "…"، وحض الغرب).
  uint32_t quote_end = 0;
  // The end of the narrative's second word: who spoke is the subject of a
  // trigger that starts before it.
  uint32_t acting_end = 0;
  // The first verb of speech within max_words after quote_end (مشيرا إلى
  // مقتل): from there the speaker speaks again. 0 if none.
  uint32_t speech_goes_on = 0;
  // The start of the word right after a subject opener (أنها), 0 if none: a
  // trigger there has the speaker for its subject.
  uint32_t subject_word_start = 0;
  // The verb comes after what it reports, behind one of the attributions
  // (…، حسبما أفادت السلطات المحلية): it speaks of the events before it.
  bool attribution = false;
};

class SpeechFrameFinder {
 public:
  SpeechFrameFinder(const ReportedSpeechRules& rules, const Morphology& morphology);

  // Gives each of `events` whose sentence reported speech divides its
  // clause and speaker (EventMention::speech). `mentions` (in text order)
  // are names, whose words open nothing: بان كي مون is no بأن.
  void Divide(std::string_view text, const TextLayout& layout, std::span<const Mention> mentions,
              std::vector<EventMention>* events) const;

  // The frames of `sentence`, in text order, into *frames; `names` are the
  // sentence's mentions.
  void Find(std::string_view text, const TextLayout& layout, const Sentence& sentence,
            std::span<const Mention> names, std::vector<SpeechFrame>* frames) const;

  // How `frames` (of `sentence`) divide it around the trigger [start, end):
  // unset when they leave the trigger the whole sentence and no speaker.
  static std::optional<ReportedSpeech> Around(std::string_view text, const Sentence& sentence,
                                              const std::vector<SpeechFrame>& frames,
                                              uint32_t start, uint32_t end);

 private:
  enum Role : uint8_t {
    kVerb = 1,
    kContinuing = 2,
    kOpener = 4,
    kSubjectOpener = 8,
    kNotOpenerAfter = 16,
    kEndsSpeaker = 32,
  };

  // The roles of the token's readings that split no whole word (verbs carry
  // proclitics: وقال), or of the word itself (openers: لأن is no أن).
  uint8_t RolesOf(const TextLayout& layout, uint32_t token, bool with_proclitics) const;
  // The token at which the clause of the verb at `verb` opens, and whether
  // an opening mark (a quotation mark or a colon) opened it before that
  // token rather than the token itself; unset when none does in time.
  struct Opening {
    uint32_t token = 0;
    bool by_mark = false;
  };
  std::optional<Opening> OpeningAfter(std::string_view text, const TextLayout& layout,
                                      const Sentence& sentence, std::span<const Mention> names,
                                      uint32_t verb) const;
  // The frame of a reporting verb whose report is the trigger itself, a
  // noun after one of the noun links (أفاد المرصد السوري بمقتل 12، أعلنت
  // الوزارة عن اعتقال), with words between the verb and the link and no
  // punctuation mark or opener: its speaker is those words. It starts at
  // the link, so that it frames the trigger even where the verb frames a
  // clause further on.
  // A continuing verb (، مشيرا إلى) speaks with the speaker of the last of
  // `frames` (the sentence's) before it.
  std::optional<SpeechFrame> NounReportFrame(std::string_view text, const TextLayout& layout,
                                             const Sentence& sentence,
                                             std::span<const SpeechFrame> frames,
                                             const EventMention& event) const;

  // The frame of the verb at token `verb`, within its sentence, if one of
  // the attributions ends right before it: its speaker is the verb and the
  // words after it, up to a punctuation mark, another verb or an opener and
  // at most max_words_before of them.
  std::optional<SpeechFrame> AttributionFrame(std::string_view text, const TextLayout& layout,
                                              const Sentence& sentence, uint32_t verb) const;

  const ReportedSpeechRules& rules_;
  const Morphology& morphology_;
  WordTable<uint8_t> roles_;  // by normalized word
  // By normalized word: bits of the attributions it is the first word of.
  WordTable<uint32_t> attribution_starts_;
  // By normalized word: bits of the noun reports whose verb it is.
  WordTable<uint32_t> noun_report_verbs_;
};

}  // namespace akhbar

#endif  // AKHBAR_EXTRACT_REPORTED_SPEECH_H_
