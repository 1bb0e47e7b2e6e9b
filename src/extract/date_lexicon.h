// The words of rules/dates.yaml as a phrase table over normalized tokens. A
// phrase is found at a token under every proclitic reading of its first word
// (والأحد، وفي، للعام), as the entity matcher reads names.
#ifndef AKHBAR_EXTRACT_DATE_LEXICON_H_
#define AKHBAR_EXTRACT_DATE_LEXICON_H_

#include <algorithm>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/date_spec.h"
#include "extract/morphology.h"
#include "extract/text_layout.h"
#include "extract/word_table.h"

namespace akhbar {

enum class DateWordRole : uint8_t {
  kGregorianMonth,       // value: 1..12
  kHijriMonth,           // value: 1..12
  kWeekday,              // value: 0 = Sunday
  kWeekdayPrefix,        // يوم
  kPreviousWord,         // الماضي
  kBeforePreviousWord,   // قبل الماضي
  kNextWord,             // المقبل
  kAfterNextWord,        // بعد المقبل
  kCurrentWord,          // الحالي
  kYearCue,              // في، منذ
  kYearNoun,             // عام
  kGregorianEra,         // م
  kHijriEra,             // هـ
  kBeforeCommonEra,      // قبل الميلاد
  kCountedNoun,          // جندي
  kDurationUnit,         // عاما
  kQuantityCue,          // لمدة
  kNotCounted,           // أيضا
  kRelative,             // value: offset in `unit`
  kAnaphoric,            // value: offset in `unit` from the date mentioned last
  kVague,                // label: TIMEX3 value
  kDecade,               // value: 0..90
  kCenturyNoun,          // القرن
  kCenturyNumberPrefix,  // الـ in "القرن الـ20"
  kCentury,              // value: ordinal
  kRelativeCentury,      // value: offset
  kRangeOpener,          // value: range group
  kRangeConnector,       // value: range group
  kFutureCue,            // المقرر
  kPastCue,              // كانت: a month alone after it has passed
  kNotFutureWord,        // سيطر: starts like a verb after the future particle, is none
  kNotWeekdayAfter,      // بين (الاثنين): "between the two", no weekday
  kNotRelativeAfter,     // مثل هذا (اليوم): no relative word after it
  kNotRelativeBefore,    // (اليوم) الوطني: no relative word before it
  kNotTodayAfter,        // برميل في (اليوم): a day as a unit, not today
  kOrdinalDay,           // value: 1..31, السادس (من أغسطس)
  kDayNumberPrefix,      // الـ in "الـ12 من مارس"
  kOrdinalDayLink,       // من
  kMonthNoun,            // شهر
  kMonthNeedingNoun,     // صفر: a month alone only after a month noun
  kPeriodPart,           // نهاية in "حتى نهاية العام"
  kBarePeriod,           // العام in "حتى نهاية العام"; `unit`
  kOrdinalDayAfter,      // اليوم: an ordinal after it is still a day
  kWeekdayDateLink,      // الموافق in "الاثنين الموافق 10 يناير"
  kDateNameNoun,         // مدينة in "مدينة 6 أكتوبر": the date after it is a name
  kPastEventNoun,        // أحداث in "أحداث 11 سبتمبر": the date after it has passed
  kRecurrence,           // من كل عام in "18 مايو من كل عام": the date before it recurs
  kListJoin,             // إلى in "من 25 يوليو إلى غاية 2 سبتمبر من كل عام"
  kAgoWord,              // قبل in "قبل يومين"
  kSinceWord,            // منذ in "منذ يومين": ago, or the start of what lasts since
  kSinceFiller,          // مطلع in "منذ مطلع عام 2011": the date is still a since date
  kAgoUnit,              // value: the count it says alone (0: a number must say it); `unit`
  kCardinal,             // value: ثلاثة = 3
  kAgoObjectLink,        // من in "قبل يومين من القمة": a span before something else
  kAgoFiller,            // فقط in "قبل يومين فقط من القمة"
  kTimeZone,             // بتوقيت in "(2059 بتوقيت جرينتش)": the number is a time of day
};

// Roles as bits (1 << role).
using DateRoleSet = uint64_t;
constexpr DateRoleSet RoleBit(DateWordRole role) {
  return DateRoleSet{1} << static_cast<unsigned>(role);
}

struct DateWord {
  DateWordRole role = DateWordRole::kYearCue;
  int value = 0;                   // as the role says
  TimeUnit unit = TimeUnit::kDay;  // kRelative, kAnaphoric
  std::string label;               // kVague
};

struct LexiconMatch {
  const DateWord* word = nullptr;
  uint32_t tokens = 0;        // tokens the phrase covers
  size_t stripped_bytes = 0;  // normalized proclitic bytes outside the phrase
};

// A phrase whose first word matches a token under one reading.
struct PhraseStart {
  uint32_t phrase = 0;
  uint32_t stripped_bytes = 0;
};

class DateLexicon {
 public:
  explicit DateLexicon(const Morphology& morphology);

  // `words` are normalized, the article kept as written in the rules.
  void Add(const std::vector<std::string>& words, DateWord word);

  // False when no phrase starts with `reading`: one bit of a table, inline,
  // since it is asked for every reading of every token and most often says
  // no.
  bool MayStartWith(const TokenReading& reading) const {
    return TableFor(reading).MayContain(reading.hash);
  }
  // Whether `reading` starts a weekday's name, as AppendStartsWith would
  // find it: a few compares, to pass over a sentence that names no weekday.
  bool StartsWeekday(const TokenReading& reading) const {
    if (((weekday_hash_bits_ >> (reading.hash & 63)) & 1) == 0) return false;
    const std::vector<uint64_t>& hashes =
        ArticleStripped(reading) ? weekday_hashes_without_article_ : weekday_hashes_;
    return std::ranges::find(hashes, reading.hash) != hashes.end();
  }
  // Appends the phrases that start with `reading`; returns their roles. A
  // parser looks them up once per token and then filters them by role.
  DateRoleSet AppendStartsWith(const TokenReading& reading,
                               std::vector<PhraseStart>* starts) const;

  const DateWord& WordOf(const PhraseStart& start) const { return phrases_[start.phrase].word; }

  // The longest of `starts` (phrases starting at token `at`) with `role`
  // whose words all lie before token `end`; on a tie, the reading that
  // strips the least.
  std::optional<LexiconMatch> Longest(const TextLayout& layout, uint32_t at, uint32_t end,
                                      std::span<const PhraseStart> starts,
                                      DateWordRole role) const;

 private:
  struct Phrase {
    std::vector<std::string> rest;  // the words after the first
    DateWord word;
  };
  // The phrases a word starts, with their roles beside them: most tokens
  // that start a phrase start only short ones the parser never asks about,
  // and reading each phrase for its role was a cache miss apiece.
  struct Starts {
    std::vector<uint32_t> phrases;
    DateRoleSet roles = 0;
  };
  using PhraseTable = WordTable<Starts>;

  // A reading that strips وال or لل is keyed without the article.
  static bool ArticleStripped(const TokenReading& reading) {
    return reading.proclitic != nullptr && reading.proclitic->kept_bytes != 0;
  }
  const PhraseTable& TableFor(const TokenReading& reading) const {
    return ArticleStripped(reading) ? by_first_word_without_article_ : by_first_word_;
  }

  std::vector<Phrase> phrases_;
  PhraseTable by_first_word_;
  // Phrases whose first word has the article, keyed without it: a reading
  // that strips وال or لل leaves the bare stem.
  PhraseTable by_first_word_without_article_;
  // The hashes of weekday phrases' first words, kept as the two tables key them.
  std::vector<uint64_t> weekday_hashes_;
  std::vector<uint64_t> weekday_hashes_without_article_;
  uint64_t weekday_hash_bits_ = 0;  // bit (hash & 63) of each, to say no at once
  const Morphology* morphology_;
};

// The phrases starting at every token of a document, found once for all its
// sentences (per sentence, the two arrays were two allocations each), or of
// the sentences `chosen` marks by index when it is given.
class PhraseStartIndex {
 public:
  PhraseStartIndex(const DateLexicon& lexicon, const TextLayout& layout,
                   const std::vector<bool>* chosen = nullptr);

  // The phrases starting at token `at`.
  std::span<const PhraseStart> At(uint32_t at) const {
    return std::span<const PhraseStart>(starts_).subspan(first_start_[at],
                                                         first_start_[at + 1] - first_start_[at]);
  }
  // The roles of the phrases starting at token `at`. The parser asks for a
  // role at a token many times over (is it a month, a weekday, a cue...),
  // and nearly always no phrase there has it: one test of a bit answers
  // without reading the phrases.
  DateRoleSet RolesAt(uint32_t at) const { return roles_[at]; }

 private:
  std::vector<PhraseStart> starts_;
  std::vector<uint32_t> first_start_;  // per token, then one past the last
  std::vector<DateRoleSet> roles_;     // per token
};

}  // namespace akhbar

#endif  // AKHBAR_EXTRACT_DATE_LEXICON_H_
