#include "extract/reported_speech.h"

#include <algorithm>
#include <utility>

#include "extract/utf8.h"

namespace akhbar {
namespace {

// A quotation mark closed again within this many words quotes a name
// (صحيفة «الغارديان»، حزب "نور وطن"), not what was said.
constexpr uint32_t kQuotedNameWords = 4;

bool IsWhiteSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// How a straight quotation mark, which looks the same at both ends, stands
// in `gap` (between two words): touching the next word only it opens
// (قال "إن), touching the word before only it closes (قتل"، وحض).
enum class StraightMark { kNone, kOpens, kCloses, kUnknown };

StraightMark StraightMarkIn(std::string_view gap) {
  const size_t at = gap.find('"');
  if (at == std::string_view::npos) return StraightMark::kNone;
  if (gap.find('"', at + 1) != std::string_view::npos) return StraightMark::kUnknown;
  const bool space_before = std::ranges::any_of(gap.substr(0, at), IsWhiteSpace);
  const bool space_after = std::ranges::any_of(gap.substr(at + 1), IsWhiteSpace);
  if (space_before == space_after) return StraightMark::kUnknown;
  return space_before ? StraightMark::kOpens : StraightMark::kCloses;
}

// How many quotations the marks in `gap` open (“ « and a straight mark
// touching the next word) less how many they close (any other mark).
int QuotationsOpened(std::string_view gap) {
  if (!HasQuotationMark(gap)) return 0;
  int opened = 0;
  for (size_t at = 0; at < gap.size(); ++at) {
    const std::string_view rest = gap.substr(at);
    if (rest.starts_with("\u201C") || rest.starts_with("\u00AB")) ++opened;
    if (rest.starts_with("\u201D") || rest.starts_with("\u00BB")) --opened;
  }
  const StraightMark straight = StraightMarkIn(gap);
  if (straight == StraightMark::kOpens) ++opened;
  if (straight == StraightMark::kCloses || straight == StraightMark::kUnknown) --opened;
  // Marks that cancel out (”، “) close: what follows opens anew.
  return opened == 0 ? -1 : opened;
}

// The token right after the mark that closes a quotation opened before
// token `opened`, or the sentence's end when it closes after the last
// word; unset when it stays open for longer than a name. Quotations inside
// it (قال "إن عناصر "داعش" فروا) nest.
std::optional<uint32_t> QuotedNameEnd(std::string_view text, const TextLayout& layout,
                                      const Sentence& sentence, uint32_t opened) {
  int depth = 1;
  for (uint32_t token = opened + 1; token <= opened + kQuotedNameWords; ++token) {
    if (token == sentence.end_token) {
      const uint32_t from = layout.tokens[token - 1].end;
      if (HasQuotationMark(text.substr(from, sentence.end - from))) return token;
      return std::nullopt;
    }
    depth += QuotationsOpened(GapBefore(text, layout, token));
    if (depth <= 0) return token;
  }
  return std::nullopt;
}

// Quotations longer than this are not followed to their end, so that a
// sentence of megabytes costs no square of its words.
constexpr uint32_t kMaxQuotationWords = 400;

// Whether `gap`, after a quotation's closing mark, holds a mark that ends
// a clause: after »، or ”. the narrative goes on, after » أعدت the
// reported clause does (إن «اللجنة الشبابية» أعدت قوائم).
bool EndsClause(std::string_view gap) {
  for (const std::string_view mark : {"\u060C", ",", "\u061B", ";", ".", ":"}) {
    if (gap.find(mark) != std::string_view::npos) return true;
  }
  return false;
}

// The end of the last word of a quotation that opens before token `first`
// and closes before the sentence's last word and within
// kMaxQuotationWords, followed by a mark that ends a clause; 0 if it does
// not. Quotations inside it («داعش») nest. “ and « close with their own
// marks; a straight one is told by the side it touches, and where that is
// unclear (a lone " between spaces) no closing is known.
uint32_t QuotationEnd(std::string_view text, const TextLayout& layout, const Sentence& sentence,
                      uint32_t first) {
  if (first >= sentence.end_token || first == sentence.first_token) return 0;
  const std::string_view opened = GapBefore(text, layout, first);
  const bool curly = opened.find("\u201C") != std::string_view::npos;
  const bool guillemet = opened.find("\u00AB") != std::string_view::npos;
  if (!curly && !guillemet && StraightMarkIn(opened) == StraightMark::kNone) return 0;
  const std::string_view open = curly ? "\u201C" : "\u00AB";
  const std::string_view close = curly ? "\u201D" : "\u00BB";
  int depth = 1;
  const uint32_t last = std::min(sentence.end_token, first + kMaxQuotationWords);
  for (uint32_t token = first + 1; token < last; ++token) {
    const std::string_view gap = GapBefore(text, layout, token);
    if (!curly && !guillemet) {
      switch (StraightMarkIn(gap)) {
        case StraightMark::kNone: continue;
        case StraightMark::kOpens: ++depth; continue;
        case StraightMark::kCloses:
          if (--depth == 0) return EndsClause(gap) ? layout.tokens[token - 1].end : 0;
          continue;
        case StraightMark::kUnknown: return 0;
      }
    }
    for (size_t at = 0; at < gap.size(); ++at) {
      if (gap.substr(at).starts_with(open)) ++depth;
      if (gap.substr(at).starts_with(close) && --depth == 0) {
        return EndsClause(gap) ? layout.tokens[token - 1].end : 0;
      }
    }
  }
  return 0;
}

// The one of `names` (in text order, not overlapping) that token `token`
// lies in, if any.
const Mention* NameHolding(std::span<const Mention> names, const Token& token) {
  const auto after = std::ranges::partition_point(
      names, [&](const Mention& name) { return name.start <= token.start; });
  if (after == names.begin() || token.end > (after - 1)->end) return nullptr;
  return &*(after - 1);
}

bool InName(std::span<const Mention> names, const Token& token) {
  return NameHolding(names, token) != nullptr;
}

}  // namespace

SpeechFrameFinder::SpeechFrameFinder(const ReportedSpeechRules& rules, const Morphology& morphology)
    : rules_(rules), morphology_(morphology) {
  for (const auto& [words, role] :
       {std::pair{&rules.verbs, kVerb}, std::pair{&rules.continuing, kContinuing},
        std::pair{&rules.openers, kOpener},
        std::pair{&rules.subject_openers, static_cast<Role>(kOpener | kSubjectOpener)},
        std::pair{&rules.not_openers_after, kNotOpenerAfter},
        std::pair{&rules.speaker_ends_before, kEndsSpeaker}}) {
    for (const std::string& word : *words) roles_.Insert(word) |= role;
  }
  for (size_t report = 0; report < rules.noun_reports.size(); ++report) {
    for (const std::string& verb : rules.noun_reports[report].verbs) {
      noun_report_verbs_.Insert(verb) |= uint32_t{1} << report;
    }
  }
  for (size_t phrase = 0; phrase < rules.attributions.size(); ++phrase) {
    attribution_starts_.Insert(rules.attributions[phrase].front()) |= uint32_t{1} << phrase;
  }
}

uint8_t SpeechFrameFinder::RolesOf(const TextLayout& layout, uint32_t token,
                                   bool with_proclitics) const {
  uint8_t roles = 0;
  for (const TokenReading& reading : layout.ReadingsOf(token)) {
    const size_t stripped = reading.proclitic ? reading.proclitic->stripped_bytes() : 0;
    if (stripped > 0 && !with_proclitics) break;  // the word itself comes first
    const uint8_t* found = roles_.FindHash(reading.hash);
    if (found && (stripped == 0 || !morphology_.SplitsWholeWord(layout, token, stripped))) {
      roles |= *found;
    }
  }
  return roles;
}

std::optional<SpeechFrameFinder::Opening> SpeechFrameFinder::OpeningAfter(
    std::string_view text, const TextLayout& layout, const Sentence& sentence,
    std::span<const Mention> names, uint32_t verb) const {
  // A name counts as one word: the opener is as far in وقال قاسم جومارت
  // توكاييف … إن as in وقال توكاييف … إن.
  uint32_t name_words = 0;  // the words of names after their first
  for (uint32_t token = verb + 1; token < sentence.end_token; ++token) {
    const Mention* name = NameHolding(names, layout.tokens[token]);
    if (name != nullptr && name->start < layout.tokens[token].start) ++name_words;
    if (token - verb - name_words > rules_.max_words) break;
    const std::string_view gap = GapBefore(text, layout, token);
    if (gap.find(':') != std::string_view::npos) return Opening{token, true};
    if (HasQuotationMark(gap)) {
      const std::optional<uint32_t> name_end = QuotedNameEnd(text, layout, sentence, token);
      if (!name_end) return Opening{token, true};
      token = *name_end;  // the mark after the name opens nothing, a colon does
      if (token == sentence.end_token) break;
      if (GapBefore(text, layout, token).find(':') != std::string_view::npos) {
        return Opening{token, true};
      }
    }
    if ((RolesOf(layout, token, false) & kOpener) &&
        !(RolesOf(layout, token - 1, true) & kNotOpenerAfter) &&
        !InName(names, layout.tokens[token])) {
      return Opening{token, false};
    }
    // A verb of its own starts a frame of its own; a continuing one goes on
    // with this (يقول المصدر مشيرا إلى أن).
    if ((RolesOf(layout, token, true) & kVerb) && !InName(names, layout.tokens[token])) break;
  }
  return std::nullopt;
}

void SpeechFrameFinder::Divide(std::string_view text, const TextLayout& layout,
                               std::span<const Mention> mentions,
                               std::vector<EventMention>* events) const {
  std::vector<SpeechFrame> frames;
  auto names = mentions.begin();
  for (auto first = events->begin(); first != events->end();) {
    const uint32_t index = first->sentence;
    const auto last = std::find_if(
        first, events->end(), [&](const EventMention& event) { return event.sentence != index; });
    while (names != mentions.end() && names->sentence < index) ++names;
    auto names_end = names;
    while (names_end != mentions.end() && names_end->sentence == index) ++names_end;
    const Sentence& sentence = layout.sentences[index];
    Find(text, layout, sentence, std::span(names, names_end), &frames);
    for (auto event = first; event != last; ++event) {
      if (std::optional<SpeechFrame> frame =
              NounReportFrame(text, layout, sentence, frames, *event)) {
        frames.insert(std::ranges::upper_bound(frames, frame->verb_start, {},
                                               &SpeechFrame::verb_start),
                      *frame);
      }
    }
    for (auto event = first; event != last && !frames.empty(); ++event) {
      event->speech = Around(text, sentence, frames, event->start, event->end);
    }
    first = last;
  }
}

std::optional<SpeechFrame> SpeechFrameFinder::NounReportFrame(
    std::string_view text, const TextLayout& layout, const Sentence& sentence,
    std::span<const SpeechFrame> frames, const EventMention& event) const {
  const uint32_t trigger = TokenAt(layout, sentence, event.start);
  if (trigger <= sentence.first_token || trigger >= sentence.end_token) return std::nullopt;
  const Token& word = layout.tokens[trigger];
  // The letters set aside before the trigger (ب، وب), or the word before it.
  const std::string_view glued = text.substr(word.start, event.start - word.start);
  const std::string_view before =
      word.follows_space ? layout.Normalized(layout.tokens[trigger - 1]) : std::string_view();
  uint32_t reports = 0;  // the noun reports whose link is there, as bits
  bool link_glued = false;
  for (size_t report = 0; report < rules_.noun_reports.size(); ++report) {
    const std::string& link = rules_.noun_reports[report].link;
    if (rules_.noun_reports[report].glued && glued.ends_with(link)) {
      link_glued = true;
      reports |= uint32_t{1} << report;
    } else if (before == link) {
      reports |= uint32_t{1} << report;
    }
  }
  if (reports == 0) return std::nullopt;
  const uint32_t link = link_glued ? trigger : trigger - 1;
  const uint32_t first = link - std::min(link - sentence.first_token,
                                         static_cast<uint32_t>(rules_.max_words));
  for (uint32_t verb = link; verb-- > first;) {
    if (HasPunctuation(GapBefore(text, layout, verb + 1))) return std::nullopt;
    if (RolesOf(layout, verb, true) & kOpener) return std::nullopt;
    if ((morphology_.OrOfReadings(layout, verb, noun_report_verbs_) & reports) == 0) continue;
    const uint32_t clause_start = link_glued ? word.start : layout.tokens[link].end;
    // A continuing verb (، مشيرا إلى هجمات) goes on with the speaker of the
    // frame before it, as it does before a clause.
    if (RolesOf(layout, verb, true) & kContinuing) {
      const auto before = std::ranges::partition_point(frames, [&](const SpeechFrame& frame) {
        return frame.verb_start < layout.tokens[verb].start;
      });
      if (before == frames.begin() || (before - 1)->attribution) return std::nullopt;
      return SpeechFrame{layout.tokens[link].start, clause_start, (before - 1)->speaker_start,
                         (before - 1)->speaker_end, 0, 0, 0, 0};
    }
    if (verb + 1 == link) return std::nullopt;  // no one named between
    return SpeechFrame{layout.tokens[link].start, clause_start, layout.tokens[verb].start,
                       layout.tokens[link - 1].end, 0, 0, 0, 0};
  }
  return std::nullopt;
}

std::optional<SpeechFrame> SpeechFrameFinder::AttributionFrame(std::string_view text,
                                                               const TextLayout& layout,
                                                               const Sentence& sentence,
                                                               uint32_t verb) const {
  std::optional<uint32_t> first;  // the attribution's first token
  for (size_t phrase = 0; phrase < rules_.attributions.size() && !first; ++phrase) {
    const std::vector<std::string>& words = rules_.attributions[phrase];
    if (verb - sentence.first_token < words.size()) continue;
    const auto start = verb - static_cast<uint32_t>(words.size());
    bool matches = (morphology_.OrOfReadings(layout, start, attribution_starts_) >> phrase) & 1;
    for (uint32_t word = 1; matches && word < words.size(); ++word) {
      matches = layout.Normalized(layout.tokens[start + word]) == words[word];
    }
    for (uint32_t token = start + 1; matches && token <= verb; ++token) {
      matches = !HasPunctuation(GapBefore(text, layout, token));
    }
    if (matches) first = start;
  }
  if (!first) return std::nullopt;
  // The speaker's last token: its words after the verb are as many as
  // may name a speaker before one.
  uint32_t last = verb;
  while (last + 1 < sentence.end_token && last - verb < rules_.max_words_before &&
         !HasPunctuation(GapBefore(text, layout, last + 1)) &&
         !(RolesOf(layout, last + 1, true) & (kVerb | kContinuing | kOpener))) {
    ++last;
  }
  SpeechFrame frame;
  frame.verb_start = layout.tokens[*first].start;
  frame.speaker_start = layout.tokens[verb].start;
  frame.speaker_end = layout.tokens[last].end;
  frame.clause_start = frame.speaker_end;
  frame.attribution = true;
  return frame;
}

void SpeechFrameFinder::Find(std::string_view text, const TextLayout& layout,
                             const Sentence& sentence, std::span<const Mention> names,
                             std::vector<SpeechFrame>* frames) const {
  frames->clear();
  uint32_t token = sentence.first_token;
  uint32_t clause_first = token;  // where the last clause opened
  while (token < sentence.end_token) {
    // A name's words are no verbs: كيري is no ك + يرى.
    uint8_t roles = RolesOf(layout, token, true);
    if (roles != 0 && InName(names, layout.tokens[token])) roles = 0;
    // A continuing verb follows a comma or starts the sentence: right after
    // a noun it is an adjective (عقوبات مشددة، معلومات مؤكدة).
    const bool frames_here =
        (roles & kVerb) ||
        ((roles & kContinuing) &&
         (token == sentence.first_token || HasPunctuation(GapBefore(text, layout, token))));
    const std::optional<Opening> opening =
        frames_here ? OpeningAfter(text, layout, sentence, names, token) : std::nullopt;
    // A verb that opens no clause may follow what it reports (حسبما أفاد).
    const std::optional<SpeechFrame> attribution =
        !opening && (roles & kVerb) ? AttributionFrame(text, layout, sentence, token)
                                    : std::nullopt;
    if (attribution) {
      frames->push_back(*attribution);
      while (token < sentence.end_token &&
             layout.tokens[token].start < attribution->clause_start) {
        ++token;
      }
      clause_first = token;
      continue;
    }
    if (!opening) {
      ++token;
      continue;
    }
    const Token& verb = layout.tokens[token];
    const Token& opener = layout.tokens[opening->token];
    SpeechFrame frame{verb.start, opening->by_mark ? opener.start : opener.end, verb.start,
                      layout.tokens[opening->token - 1].end, 0, 0, 0, 0};
    // A frame with no words between its verb and its opener names no
    // speaker there. A continuing verb (مضيفا أن) and a verb joined by a
    // conjunction (وأضاف أن) go on with the speaker before, or, first in
    // the sentence, with its subject: its first max_words_before words
    // (وأبليازوف هو وزير سابق …، ورأى أن). Any other verb follows its
    // subject: the words right before it, back to where the last clause
    // opened (مكسيم سوشكوف، قال إن; قال الوزير إن توكاييف أكد أن).
    const bool names_no_one = (roles & kContinuing) || opening->token == token + 1;
    const bool goes_on = (roles & kContinuing) || !(RolesOf(layout, token, false) & kVerb);
    const auto subject_words = static_cast<uint32_t>(rules_.max_words_before);
    if (names_no_one && goes_on && !frames->empty()) {
      frame.speaker_start = frames->back().speaker_start;
      frame.speaker_end = frames->back().speaker_end;
    } else if (names_no_one && goes_on && token > sentence.first_token) {
      const uint32_t words = std::min(token - sentence.first_token, subject_words);
      frame.speaker_start = layout.tokens[sentence.first_token].start;
      frame.speaker_end = layout.tokens[sentence.first_token + words - 1].end;
    } else if (names_no_one) {
      const uint32_t words = std::min(token - clause_first, subject_words);
      frame.speaker_start = layout.tokens[token - words].start;
    }
    // Whom the speaker spoke with (قال لافروف في مؤتمر مع كيري إن) and the
    // names of a relative clause (قائد القوات التي تقودها روسيا) speak not.
    for (uint32_t word = token + 1; word < opening->token && !names_no_one; ++word) {
      if (RolesOf(layout, word, false) & kEndsSpeaker) {
        frame.speaker_end = layout.tokens[word - 1].end;
        break;
      }
    }
    const uint32_t first_word = opening->by_mark ? opening->token : opening->token + 1;
    frame.quote_end = QuotationEnd(text, layout, sentence, first_word);
    // A verb of speech within max_words after the quotation takes it up
    // again (»، مشيرا إلى مقتل).
    uint32_t after = first_word;
    while (frame.quote_end != 0 && after < sentence.end_token &&
           layout.tokens[after].start <= frame.quote_end) {
      ++after;
    }
    // The narrative's first two words: a trigger there has who spoke for
    // its subject (»، ودعا الحكومة; »، كما حث), one further on had
    // another (»، مشيدا بسرعة … منع وقوع المزيد من القتلى).
    if (frame.quote_end != 0 && after < sentence.end_token) {
      frame.acting_end = layout.tokens[std::min(after + 1, sentence.end_token - 1)].end;
    }
    for (const uint32_t stop = std::min<uint32_t>(
             sentence.end_token, after + static_cast<uint32_t>(rules_.max_words));
         frame.quote_end != 0 && after < stop; ++after) {
      if (RolesOf(layout, after, true) & (kVerb | kContinuing)) {
        frame.speech_goes_on = layout.tokens[after].start;
        break;
      }
    }
    if (!opening->by_mark && first_word < sentence.end_token &&
        (RolesOf(layout, opening->token, false) & kSubjectOpener)) {
      frame.subject_word_start = layout.tokens[first_word].start;
    }
    frames->push_back(frame);
    token = first_word;
    clause_first = token;
  }
}

std::optional<ReportedSpeech> SpeechFrameFinder::Around(std::string_view text,
                                                        const Sentence& sentence,
                                                        const std::vector<SpeechFrame>& frames,
                                                        uint32_t start, uint32_t end) {
  ReportedSpeech speech{sentence.start, sentence.end, 0, 0, {}, false};
  // Frames lie in text order: the last to start by the trigger's start
  // frames it, and the first to start after its end closes its clause.
  const auto after = std::ranges::partition_point(
      frames, [&](const SpeechFrame& frame) { return frame.verb_start <= start; });
  const auto next = std::ranges::partition_point(
      frames, [&](const SpeechFrame& frame) { return frame.verb_start < end; });
  if (next != frames.end()) speech.clause_end = next->verb_start;
  if (after != frames.begin()) {
    const SpeechFrame& frame = *(after - 1);
    // A trigger among the words that frame a clause (قال في بيان إن) is
    // the frame's own event, of which no one else speaks.
    // What follows an attribution (its clause_start) is no report of it.
    const bool past_words = frame.clause_start <= start;
    const bool reported = past_words && !frame.attribution;
    const bool quote_closed = reported && frame.quote_end != 0 && frame.quote_end <= start;
    const bool speech_goes_on = frame.speech_goes_on != 0 && frame.speech_goes_on <= start;
    speech.clause_start = quote_closed ? frame.quote_end
                          : past_words ? frame.clause_start
                                       : frame.verb_start;
    speech.speaker_start = reported ? frame.speaker_start : 0;
    speech.speaker_end = reported ? frame.speaker_end : 0;
    speech.speaker_acts =
        (quote_closed && !speech_goes_on && start < frame.acting_end) ||
        (reported && frame.subject_word_start == start);
  }
  // An attribution after the trigger (…، حسبما أفادت السلطات) names who
  // speaks of it, where no frame before reports it.
  if (next != frames.end() && next->attribution && speech.speaker_start == speech.speaker_end) {
    speech.speaker_start = next->speaker_start;
    speech.speaker_end = next->speaker_end;
  }
  if (speech.speaker_start == speech.speaker_end) speech.speaker_acts = false;
  if (speech.clause_start == sentence.start && speech.clause_end == sentence.end &&
      speech.speaker_start == speech.speaker_end) {
    return std::nullopt;
  }
  speech.speaker =
      std::string(text.substr(speech.speaker_start, speech.speaker_end - speech.speaker_start));
  return speech;
}

}  // namespace akhbar
