#include "extract/date_parser.h"

#include <algorithm>
#include <cassert>
#include <optional>
#include <string>

#include "extract/date_sentence.h"

namespace akhbar {
namespace {

using Role = DateWordRole;

bool Contains(const std::vector<std::string>& list, std::string_view item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

// An expression recognised at a token: what it says and where it ends.
struct Piece {
  DateSpec spec;
  uint32_t end_token = 0;
  uint32_t end_byte = 0;
  size_t stripped_bytes = 0;  // proclitic glued to the first token
};

// One end of a range, or a whole point date.
struct PointParse {
  DatePoint point;
  std::optional<int> bare_number;  // a number with nothing else: a day or a year
  size_t bare_digits = 0;          // 0 for an ordinal in words, a day
  uint32_t end_token = 0;
  uint32_t end_byte = 0;
  size_t stripped_bytes = 0;
  std::vector<std::string> flags;
};

struct MonthMatch {
  LexiconMatch match;
  DateCalendar calendar = DateCalendar::kGregorian;
};

struct WeekdayHead {
  unsigned weekday = 0;
  uint32_t end_token = 0;
  size_t stripped_bytes = 0;
};

// A day before its month: "6 يناير", "السادس من أغسطس", "الـ12 من مارس".
struct DayBeforeMonth {
  unsigned day = 0;
  uint32_t month_at = 0;
  size_t stripped_bytes = 0;
  bool in_words = false;  // an ordinal, or digits after الـ
  bool linked = false;    // by من
};

struct EraSuffix {
  std::optional<DateCalendar> calendar;
  bool before_common_era = false;
  uint32_t end_token = 0;
};

struct NamedWeekday {
  unsigned weekday = 0;
  uint32_t end_token = 0;
  uint32_t end_byte = 0;
};

struct CenturyTail {
  std::optional<int> century;
  std::optional<int> offset;
  uint32_t end_token = 0;
  size_t stripped_bytes = 0;
};

class SentenceDateParser {
 public:
  SentenceDateParser(const DateRules& rules, const ArabicNormalizer& normalizer,
                     std::string_view text, const TextLayout& layout,
                     const PhraseStartIndex& starts, const Sentence& sentence)
      : rules_(rules), sentence_(rules, normalizer, text, layout, starts, sentence) {}

  std::vector<FoundDate> Parse() const {
    std::vector<FoundDate> found;
    for (uint32_t at = sentence_.first(); at < sentence_.end();) {
      std::optional<FoundDate> date = ParseAt(at);
      if (!date) {
        ++at;
        continue;
      }
      at = date->end_token;
      if (Recurs(*date)) {
        // "يومي الخميس والجمعة من كل أسبوع", "من 25 يوليو إلى غاية الثاني من
        // سبتمبر من كل عام": the days listed with it recur too.
        uint32_t list_start = date->first_token;
        while (!found.empty() && Open(found.back().spec) &&
               JoinedInList(found.back().end_token, list_start)) {
          list_start = found.back().first_token;
          found.pop_back();
        }
        continue;
      }
      if (NamesSomething(*date)) continue;
      ShareDirectionWithList(*date, &found);
      FollowListAhead(found, &*date);
      std::vector<FoundDate> listed = DaysListedBefore(*date, found);
      if (!listed.empty() && NamesSomething(listed.back())) continue;
      found.insert(found.end(), std::make_move_iterator(listed.rbegin()),
                   std::make_move_iterator(listed.rend()));
      found.push_back(std::move(*date));
    }
    const auto before_common_era = [](const FoundDate& date) {
      return date.spec.point.before_common_era || date.spec.range_end.before_common_era;
    };
    if (std::ranges::any_of(found, before_common_era)) {
      for (FoundDate& date : found) {
        date.spec.point.two_digit_year = false;
        date.spec.range_end.two_digit_year = false;
      }
    }
    return found;
  }

 private:
  // The roles the parsers below look for at a date's first token (besides
  // numbers). A token with none, most of a text, is passed over at once.
  static constexpr DateSentence::RoleSet kOpeningRoles = DateSentence::Roles(
      {Role::kRangeOpener, Role::kWeekdayPrefix, Role::kWeekday, Role::kGregorianMonth,
       Role::kHijriMonth, Role::kYearNoun, Role::kDecade, Role::kCenturyNoun, Role::kRelative,
       Role::kAnaphoric, Role::kVague, Role::kOrdinalDay, Role::kDayNumberPrefix,
       Role::kAgoWord, Role::kSinceWord, Role::kBarePeriod});

  std::optional<FoundDate> ParseAt(uint32_t at) const {
    if (!sentence_.MayStartDate(at, kOpeningRoles)) {
      assert(!ParseAnyAt(at) && "a parser starts with a role missing from kOpeningRoles");
      return std::nullopt;
    }
    return ParseAnyAt(at);
  }

  std::optional<FoundDate> ParseAnyAt(uint32_t at) const {
    using Parser = std::optional<Piece> (SentenceDateParser::*)(uint32_t) const;
    for (const Parser parser :
         {&SentenceDateParser::ParseRange, &SentenceDateParser::ParseAgo,
          &SentenceDateParser::ParsePointDate,
          &SentenceDateParser::ParseYear, &SentenceDateParser::ParseDecade,
          &SentenceDateParser::ParseCentury, &SentenceDateParser::ParseDayOfRelativeMonth,
          &SentenceDateParser::ParseRelative, &SentenceDateParser::ParseWeekday,
          &SentenceDateParser::ParseBarePeriod}) {
      std::optional<Piece> piece = (this->*parser)(at);
      if (!piece) continue;
      FoundDate date;
      date.first_token = at;
      date.end_token = piece->end_token;
      date.start = sentence_.OffsetAfterProclitic(sentence_.Tok(at), piece->stripped_bytes);
      date.stripped_bytes = piece->stripped_bytes;
      date.end = piece->end_byte;
      date.spec = std::move(piece->spec);
      const bool future = sentence_.InFutureContext(at);
      if (future) {
        date.spec.flags.push_back("future_context");
        date.spec.ahead = date.spec.form == DateForm::kWeekday;
      }
      // "أدنى مستوياته منذ 30 يناير", "المفقودة منذ 8 مارس 2014", "منذ
      // مطلع عام 2011": a since date is when a state began (see ParseAgo).
      // Without its year it is the last one before the text: on the real
      // corpus the nearest was a January to come for 13 of 120 such dates
      // in August. One with a direction ("منذ يناير الماضي") says which it
      // is already.
      if (date.spec.form == DateForm::kPoint &&
          sentence_.PrecededBy(at, Role::kSinceWord, Role::kSinceFiller)) {
        date.spec.flags.push_back("since");
        date.spec.point.not_after_anchor =
            date.spec.point.direction == DateDirection::kNearest && !date.spec.point.year_offset;
      }
      if (date.spec.form == DateForm::kPoint && sentence_.PrecededBy(at, Role::kPastEventNoun)) {
        date.spec.point.passed =
            date.spec.point.direction == DateDirection::kNearest && !date.spec.point.year_offset;
      }
      // "ستجرى الانتخابات في مارس" is the next March; "منذ مارس", "أحداث
      // مارس" and "وكانت صدامات مماثلة جرت في نوفمبر" the last.
      if (date.spec.point.months_ahead) {
        if (date.spec.point.not_after_anchor || date.spec.point.passed ||
            (!future && sentence_.InPastContext(at))) {
          date.spec.point.months_ahead = 0;
        } else if (future) {
          date.spec.point.months_ahead = rules_.month_alone_months_ahead_in_future();
        }
      }
      return date;
    }
    return std::nullopt;
  }

  // "مدينة 6 أكتوبر", "شارع 26 يوليو", "ثورة 25 يناير": a day or month
  // without a year after one of date_name_nouns names a place or an event
  // of some year the text does not give. Its tokens are passed over whole,
  // or the month alone would be read next.
  bool NamesSomething(const FoundDate& date) const {
    return date.spec.form == DateForm::kPoint && !date.spec.point.year &&
           date.spec.point.direction == DateDirection::kNearest &&
           sentence_.PrecededBy(date.first_token, Role::kDateNameNoun);
  }

  // "18 مايو من كل عام", "يوم الجمعة من كل أسبوع", "في هذا اليوم من كل عام":
  // a day that comes back every year or week is no day of its own. One with
  // its year ("18 مايو 2015 من كل عام" is not said) or a direction
  // ("الجمعة المقبل") is a day whatever follows.
  bool Recurs(const FoundDate& date) const {
    if (!Open(date.spec) || date.end_token >= sentence_.end()) return false;
    return ContinuesDate(date.end_token) && sentence_.Word(date.end_token, Role::kRecurrence);
  }
  static bool Open(const DateSpec& spec) {
    return (spec.form == DateForm::kPoint && !spec.point.year && !spec.point.year_offset &&
            spec.point.direction == DateDirection::kNearest) ||
           (spec.form == DateForm::kWeekday && spec.direction == DateDirection::kNearest) ||
           (spec.form == DateForm::kRelative && spec.unit == TimeUnit::kDay && spec.offset == 0);
  }
  // "يومي الخميس والجمعة الماضيين", "الأحد والاثنين المقبلين": the
  // direction after the last weekday of a list is that of every weekday in
  // it.
  void ShareDirectionWithList(const FoundDate& last, std::vector<FoundDate>* found) const {
    if (last.spec.form != DateForm::kWeekday || last.spec.direction == DateDirection::kNearest) {
      return;
    }
    uint32_t list_start = last.first_token;
    for (auto earlier = found->rbegin(); earlier != found->rend(); ++earlier) {
      if (earlier->spec.form != DateForm::kWeekday ||
          earlier->spec.direction != DateDirection::kNearest ||
          !JoinedInList(earlier->end_token, list_start)) {
        return;
      }
      earlier->spec.direction = last.spec.direction;
      list_start = earlier->first_token;
    }
  }
  // "سيكون في باريس يوم الاثنين أو الثلاثاء": a weekday listed after one
  // that a future cue puts ahead is ahead too, however far the cue.
  void FollowListAhead(const std::vector<FoundDate>& found, FoundDate* date) const {
    if (found.empty() || date->spec.form != DateForm::kWeekday || date->spec.ahead ||
        date->spec.direction != DateDirection::kNearest) {
      return;
    }
    const FoundDate& earlier = found.back();
    if (!earlier.spec.ahead || !JoinedInList(earlier.end_token, date->first_token)) return;
    date->spec.ahead = true;
    date->spec.flags.push_back("future_context");
  }
  // The one-word item of a list before the item at `at`, joined to it by
  // one of day_list_joins: glued to it ("و14", whose proclitic is
  // `stripped_bytes` long) or a word of its own ("و 14", "أو 23"), with
  // only white space between them. None before token `from`.
  std::optional<uint32_t> ListedBefore(uint32_t at, size_t stripped_bytes, uint32_t from) const {
    const bool glued = stripped_bytes > 0;
    const uint32_t words_before = glued ? 1 : 2;
    if (at < from + words_before || !sentence_.Adjacent(at) ||
        !Contains(rules_.day_list_joins(), glued ? sentence_.NormalizedPrefix(at, stripped_bytes)
                                                 : sentence_.NormalizedWord(at - 1))) {
      return std::nullopt;
    }
    const uint32_t item_at = at - words_before;
    if (!sentence_.Adjacent(item_at + 1)) return std::nullopt;
    return item_at;
  }

  // "يومي 7 و14 أكتوبر", "في 22 أو 23 أغسطس", "10 و11 و12 شوال": the days
  // listed before a day of a month, joined by day_list_joins, are days of
  // that month; the last listed first.
  std::vector<FoundDate> DaysListedBefore(const FoundDate& date,
                                          const std::vector<FoundDate>& found) const {
    std::vector<FoundDate> listed;
    if (date.spec.form != DateForm::kPoint || !date.spec.point.day || !date.spec.point.month) {
      return listed;
    }
    const uint32_t free_from = found.empty() ? sentence_.first() : found.back().end_token;
    uint32_t next = date.first_token;
    size_t next_stripped = date.stripped_bytes;
    unsigned next_day = *date.spec.point.day;
    while (true) {
      const std::optional<uint32_t> listed_at = ListedBefore(next, next_stripped, free_from);
      if (!listed_at) break;
      const uint32_t number_at = *listed_at;
      const std::optional<PointParse> day = ParsePoint(number_at, true);
      if (!day || !day->bare_number || day->bare_digits == 0 || day->bare_digits > 2 ||
          *day->bare_number < 1 || static_cast<unsigned>(*day->bare_number) >= next_day ||
          day->end_token != number_at + 1) {
        break;
      }
      FoundDate& item = listed.emplace_back();
      item.first_token = number_at;
      item.end_token = number_at + 1;
      item.start = sentence_.OffsetAfterProclitic(sentence_.Tok(number_at), day->stripped_bytes);
      item.end = day->end_byte;
      item.stripped_bytes = day->stripped_bytes;
      item.spec = date.spec;
      item.spec.point.day = static_cast<unsigned>(*day->bare_number);
      next = number_at;
      next_stripped = day->stripped_bytes;
      next_day = *item.spec.point.day;
    }
    return listed;
  }
  // Token `at` comes right after the date `point`, which may end with the
  // ")" of its month's other name ("من 25 تموز (يوليو) إلى").
  bool Follows(const PointParse& point, uint32_t at) const {
    return sentence_.Adjacent(at) || (at < sentence_.end() && sentence_.Gap(at) == ")" &&
                                      point.end_byte > sentence_.Tok(at - 1).end);
  }
  // Only white space, or the ")" of "18 مايو (أيار)", before token `at`.
  bool ContinuesDate(uint32_t at) const {
    const std::string_view gap = sentence_.Gap(at);
    return gap.empty() || gap == ")";
  }
  // Between the date that ends before token `from` and the one at `to`
  // stand only date_list_joins (none: "والجمعة", "والتاسع من آب").
  bool JoinedInList(uint32_t from, uint32_t to) const {
    uint32_t at = from;
    while (at < to) {
      if (!ContinuesDate(at)) return false;
      const std::optional<LexiconMatch> join = sentence_.WordBefore(at, to, Role::kListJoin);
      if (!join) return false;
      at += join->tokens;
    }
    return at == to && ContinuesDate(to);
  }

  // --- Expressions -------------------------------------------------------

  // "بين 2005 و2009", "من 5 إلى 7 يناير", "بين الأول والثالث من مارس",
  // "19-20 نوفمبر", "1989-2019".
  std::optional<Piece> ParseRange(uint32_t at) const {
    if (const std::optional<LexiconMatch> opener = sentence_.Word(at, Role::kRangeOpener)) {
      uint32_t start_at = at + opener->tokens;
      if (!sentence_.Adjacent(start_at)) return std::nullopt;
      // "بين عامي 2005 و2009"
      if (const std::optional<LexiconMatch> noun = sentence_.Word(start_at, Role::kYearNoun);
          noun && noun->stripped_bytes == 0 && sentence_.Adjacent(start_at + noun->tokens)) {
        start_at += noun->tokens;
      }
      const std::optional<PointParse> start = ParsePoint(start_at, true);
      if (!start || start->stripped_bytes > 0) return std::nullopt;
      uint32_t next = start->end_token;
      if (!Follows(*start, next)) return std::nullopt;
      const int group = opener->word->value;
      const std::optional<LexiconMatch> connector = sentence_.Word(next, Role::kRangeConnector);
      if (connector) {
        if (connector->word->value != group) return std::nullopt;
        next += connector->tokens;
        if (!sentence_.Adjacent(next)) return std::nullopt;
      }
      // Without a connector of its own, the second date carries it as its
      // proclitic, and carries nothing else: "والثالث", "ومارس".
      const auto connected = [&](size_t stripped_bytes) {
        const std::string_view proclitic = sentence_.NormalizedPrefix(next, stripped_bytes);
        return connector ? proclitic.empty() : Contains(rules_.range_connectors(group), proclitic);
      };
      if (std::optional<Piece> days = DaysOfRelativeMonth(*start, next);
          days && connected(days->stripped_bytes)) {
        days->stripped_bytes = opener->stripped_bytes;
        return days;
      }
      // "بين عام 1958 وعام 1976", "من عام 2010 إلى عام 2014": the second year
      // has its noun too, which carries the proclitic.
      if (const std::optional<LexiconMatch> noun = sentence_.Word(next, Role::kYearNoun);
          noun && connected(noun->stripped_bytes) && sentence_.Adjacent(next + noun->tokens)) {
        const std::optional<PointParse> finish = ParsePoint(next + noun->tokens, true);
        if (!finish || finish->stripped_bytes > 0 || !finish->bare_number) return std::nullopt;
        return CombineRange(*start, *finish, opener->stripped_bytes);
      }
      const std::optional<PointParse> finish = ParsePoint(next, true);
      if (!finish || !connected(finish->stripped_bytes)) return std::nullopt;
      return CombineRange(*start, *finish, opener->stripped_bytes);
    }
    const std::optional<PointParse> start = ParsePoint(at, true);
    if (!start || start->end_token >= sentence_.end()) return std::nullopt;
    if (std::optional<Piece> days = DaysBeforeConnector(at, *start)) return days;
    if (!Contains(rules_.range_dashes(), sentence_.Gap(start->end_token))) return std::nullopt;
    const std::optional<PointParse> finish = ParsePoint(start->end_token, true);
    if (!finish || finish->stripped_bytes > 0) return std::nullopt;
    return CombineRange(*start, *finish, start->stripped_bytes);
  }

  // "(5 إلى 15 أغسطس", "الموافق 4 إلى 6 أغسطس", "ما بين 3 إلى 5 فبراير":
  // without an opener of its own, a day at `at` and a connector of ranges
  // before a day of a month. Not a connector that joins a list of days
  // (يومي 7 و14 أكتوبر: two days), nor the month of a date in digits
  // (من 23 / 4 إلى 26 / 6 / 1436هـ).
  std::optional<Piece> DaysBeforeConnector(uint32_t at, const PointParse& start) const {
    if (!start.bare_number || start.bare_digits == 0 || start.bare_digits > 2 ||
        Contains(rules_.numeric_date_separators(), sentence_.Gap(at))) {
      return std::nullopt;
    }
    const uint32_t connector_at = start.end_token;
    const std::optional<LexiconMatch> connector =
        sentence_.Word(connector_at, Role::kRangeConnector);
    if (!connector || connector->stripped_bytes > 0 || !sentence_.Adjacent(connector_at) ||
        !sentence_.Adjacent(connector_at + connector->tokens) ||
        (connector->tokens == 1 &&
         Contains(rules_.day_list_joins(), sentence_.NormalizedWord(connector_at)))) {
      return std::nullopt;
    }
    const std::optional<PointParse> finish = ParsePoint(connector_at + connector->tokens, false);
    if (!finish || finish->stripped_bytes > 0 || !finish->point.day) return std::nullopt;
    return CombineRange(start, *finish, start.stripped_bytes);
  }

  // "بين الخامس والسادس من الشهر المقبل": a first day, as a bare number,
  // and the last one's relative month at `at`.
  std::optional<Piece> DaysOfRelativeMonth(const PointParse& first, uint32_t at) const {
    if (!first.bare_number || first.bare_digits > 2 || *first.bare_number < 1) return std::nullopt;
    std::optional<Piece> last = ParseDayOfRelativeMonth(at);
    if (!last || *last->spec.day_of_month <= static_cast<unsigned>(*first.bare_number)) {
      return std::nullopt;
    }
    last->spec.first_day_of_month = static_cast<unsigned>(*first.bare_number);
    last->spec.flags.insert(last->spec.flags.begin(), first.flags.begin(), first.flags.end());
    return last;
  }

  std::optional<Piece> CombineRange(const PointParse& start, const PointParse& finish,
                                    size_t stripped_bytes) const {
    DateSpec spec;
    spec.form = DateForm::kRange;
    if (finish.bare_number) {
      // Two bare numbers are two years: "بين 2005 و2009".
      if (!start.bare_number || start.bare_digits != 4 || finish.bare_digits != 4 ||
          !rules_.gregorian_years().Contains(*start.bare_number) ||
          !rules_.gregorian_years().Contains(*finish.bare_number) ||
          *start.bare_number >= *finish.bare_number ||
          sentence_.CountsSomething(finish.end_token)) {
        return std::nullopt;
      }
      spec.point.year = start.bare_number;
      spec.range_end.year = finish.bare_number;
    } else if (start.bare_number) {
      spec.range_end = finish.point;
      spec.point.calendar = finish.point.calendar;
      if (finish.point.day && start.bare_digits <= 2 && *start.bare_number >= 1 &&
          *start.bare_number < static_cast<int>(*finish.point.day)) {
        spec.point.day = static_cast<unsigned>(*start.bare_number);
      } else if (finish.point.year && start.bare_digits == 4 &&
                 finish.point.calendar == DateCalendar::kGregorian &&
                 rules_.gregorian_years().Contains(*start.bare_number)) {
        spec.point.year = start.bare_number;
      } else {
        return std::nullopt;
      }
    } else {
      if (start.point.calendar != finish.point.calendar ||
          (!start.point.day && !start.point.year && !finish.point.month)) {
        return std::nullopt;
      }
      spec.point = start.point;
      spec.range_end = finish.point;
    }
    spec.flags = start.flags;
    spec.flags.insert(spec.flags.end(), finish.flags.begin(), finish.flags.end());
    return Piece{std::move(spec), finish.end_token, finish.end_byte, stripped_bytes};
  }

  // "يوم الاثنين، 10 يناير 2022", "الاثنين الموافق 10/1/2022", "6 كانون
  // الثاني/يناير", "يناير 2022", "رمضان 1443", "مارس المقبل", "10/1/2022".
  std::optional<Piece> ParsePointDate(uint32_t at) const {
    uint32_t point_at = at;
    const std::optional<WeekdayHead> head = ParseWeekdayHead(at);
    if (head) {
      point_at = head->end_token;
      if (point_at >= sentence_.end() ||
          (!sentence_.Gap(point_at).empty() &&
           !Contains(rules_.weekday_date_separators(), sentence_.Gap(point_at)))) {
        return std::nullopt;
      }
      if (const std::optional<LexiconMatch> link = sentence_.Word(point_at, Role::kWeekdayDateLink);
          link && link->stripped_bytes == 0 && sentence_.Adjacent(point_at + link->tokens)) {
        point_at += link->tokens;
      }
    }
    std::optional<PointParse> point = ParsePoint(point_at, false);
    if (!point) return std::nullopt;
    size_t stripped_bytes = point->stripped_bytes;
    if (head) {
      if (!point->point.day || point->stripped_bytes > 0) return std::nullopt;
      point->point.stated_weekday = head->weekday;
      stripped_bytes = head->stripped_bytes;
    }
    DateSpec spec;
    spec.point = point->point;
    spec.flags = std::move(point->flags);
    return Piece{std::move(spec), point->end_token, point->end_byte, stripped_bytes};
  }

  // "عام 2016", "في 2019", "2002م", "1443هـ"; not "2030 جنديًا" nor
  // "لمدة 2000 عام".
  std::optional<Piece> ParseYear(uint32_t at) const {
    uint32_t number_at = at;
    size_t stripped_bytes = 0;
    const std::optional<LexiconMatch> noun = sentence_.Word(at, Role::kYearNoun);
    if (noun) {
      number_at = at + noun->tokens;
      stripped_bytes = noun->stripped_bytes;
      if (!sentence_.Adjacent(number_at)) return std::nullopt;
    }
    const std::optional<int> year = sentence_.Number(number_at);
    if (!year || sentence_.PartOfLargerNumber(number_at, true)) return std::nullopt;
    const size_t digits = sentence_.Digits(number_at);
    uint32_t next = number_at + 1;
    DateSpec spec;
    bool has_era = false;
    if (sentence_.Adjacent(next)) {
      if (const std::optional<LexiconMatch> era = sentence_.Word(next, Role::kHijriEra);
          era && era->stripped_bytes == 0) {
        spec.point.calendar = DateCalendar::kHijri;
        has_era = true;
        next += era->tokens;
      } else if (const std::optional<LexiconMatch> era = sentence_.Word(next, Role::kGregorianEra);
                 era && era->stripped_bytes == 0) {
        has_era = true;
        next += era->tokens;
      } else if (const std::optional<LexiconMatch> era =
                     sentence_.Word(next, Role::kBeforeCommonEra);
                 era && era->stripped_bytes == 0) {
        spec.point.before_common_era = true;
        has_era = true;
        next += era->tokens;
      }
    }
    if (has_era) {
      if (*year < 1 || sentence_.RaisedToPower(next - 1)) return std::nullopt;
      // "بطول 600م", "الساعة 10م": metres and hours, unless a year noun says.
      const bool unit_like_era =
          next == number_at + 2 &&
          Contains(rules_.unit_like_era_suffixes(), sentence_.NormalizedWord(number_at + 1));
      if (!noun && digits < 4 && unit_like_era) return std::nullopt;
      spec.point.two_digit_year = digits == 2 && unit_like_era &&
                                  spec.point.calendar == DateCalendar::kGregorian &&
                                  !spec.point.before_common_era;
    } else {
      const bool plausible =
          noun ? digits >= 3 : (digits == 4 && rules_.gregorian_years().Contains(*year));
      if (!plausible) {
        return std::nullopt;
      }
      if (sentence_.HasAmountSign(number_at) ||
          sentence_.PrecededBy(number_at, Role::kQuantityCue) || sentence_.CountedNounAt(next) ||
          (!noun && sentence_.Word(next, Role::kTimeZone))) {
        return std::nullopt;
      }
      const bool cued = noun || sentence_.PrecededBy(at, Role::kYearCue);
      if (!cued && sentence_.LooksCounted(next)) return std::nullopt;
      if (!rules_.gregorian_years().Contains(*year) && rules_.hijri_years().Contains(*year)) {
        spec.point.calendar = DateCalendar::kHijri;
        spec.point.hijri_by_span = true;
      }
    }
    spec.point.year = *year;
    return Piece{std::move(spec), next, sentence_.Tok(next - 1).end, stripped_bytes};
  }

  // "التسعينيات", "تسعينيات القرن الماضي".
  std::optional<Piece> ParseDecade(uint32_t at) const {
    const std::optional<LexiconMatch> decade = sentence_.Word(at, Role::kDecade);
    if (!decade) return std::nullopt;
    DateSpec spec;
    spec.form = DateForm::kDecade;
    spec.decade = decade->word->value;
    uint32_t next = at + decade->tokens;
    if (const std::optional<CenturyTail> century =
            sentence_.Adjacent(next) ? ParseCenturyTail(next) : std::nullopt;
        century && century->stripped_bytes == 0) {
      spec.century = century->century;
      spec.century_offset = century->offset;
      next = century->end_token;
    }
    return Piece{std::move(spec), next, sentence_.Tok(next - 1).end, decade->stripped_bytes};
  }

  // "القرن العشرين", "القرن الـ19", "القرن الماضي".
  std::optional<Piece> ParseCentury(uint32_t at) const {
    const std::optional<CenturyTail> century = ParseCenturyTail(at);
    if (!century) return std::nullopt;
    DateSpec spec;
    spec.form = DateForm::kCentury;
    spec.century = century->century;
    spec.century_offset = century->offset;
    return Piece{std::move(spec), century->end_token, sentence_.Tok(century->end_token - 1).end,
                 century->stripped_bytes};
  }

  // "أمس", "يوم أمس", "الأسبوع الماضي", "مؤخرا"; "ذلك اليوم", "في اليوم التالي".
  std::optional<Piece> ParseRelative(uint32_t at) const {
    DateSpec spec;
    uint32_t word_at = at;
    size_t stripped_bytes = 0;
    if (const std::optional<LexiconMatch> prefix = sentence_.Word(at, Role::kWeekdayPrefix);
        prefix && sentence_.Adjacent(at + prefix->tokens)) {
      const std::optional<LexiconMatch> relative =
          sentence_.Word(at + prefix->tokens, Role::kRelative);
      if (relative && relative->stripped_bytes == 0 && relative->word->unit == TimeUnit::kDay) {
        word_at = at + prefix->tokens;
        stripped_bytes = prefix->stripped_bytes;
      }
    }
    std::optional<LexiconMatch> relative = sentence_.Word(word_at, Role::kRelative);
    spec.form = DateForm::kRelative;
    // "اليوم التالي" refers back where its first word alone is today.
    if (word_at == at) {
      if (const std::optional<LexiconMatch> anaphoric = sentence_.Word(at, Role::kAnaphoric);
          anaphoric && (!relative || anaphoric->tokens > relative->tokens)) {
        // "أعلن ذلك الأسبوع الماضي" is "announced that last week": a date that
        // starts inside the phrase and runs past it is the reading, unless
        // it only names the day's weekday ("ذلك اليوم (الخميس)").
        const uint32_t end = at + anaphoric->tokens;
        for (uint32_t inside = at + 1; inside < end; ++inside) {
          if (const std::optional<FoundDate> longer = ParseAt(inside);
              longer && longer->end_token > end && !longer->spec.named_weekday) {
            return std::nullopt;
          }
        }
        relative = anaphoric;
        spec.form = DateForm::kAnaphoric;
      }
    }
    if (relative) {
      const uint32_t next = word_at + relative->tokens;
      // A bare noun (اليوم) takes an adjective or a clause that makes it
      // another day; after a phrase (هذا العام الذي) they describe that day.
      const bool bare_noun = relative->tokens == 1;
      // Quoted alone it is a title: لـ«اليوم» is the newspaper Al-Yaum.
      // After one of not_today_after a bare today is a day as a unit (10
      // ساعات في اليوم) or "nowadays" (شباب اليوم).
      const bool bare_today = bare_noun && word_at == at && spec.form == DateForm::kRelative &&
                              relative->word->unit == TimeUnit::kDay &&
                              relative->word->value == 0;
      if (sentence_.PrecededBy(at, Role::kNotRelativeAfter) ||
          (bare_noun && sentence_.Adjacent(next) &&
           sentence_.Word(next, Role::kNotRelativeBefore)) ||
          (bare_noun && word_at == at &&
           sentence_.Quoted(at, relative->stripped_bytes)) ||
          (bare_today && sentence_.PrecededBy(at, Role::kNotTodayAfter))) {
        return std::nullopt;
      }
      spec.unit = relative->word->unit;
      spec.offset = relative->word->value;
      if (word_at == at) stripped_bytes = relative->stripped_bytes;
      if (spec.unit == TimeUnit::kDay) {
        if (const std::optional<NamedWeekday> weekday = NamedWeekdayAfter(next)) {
          spec.named_weekday = weekday->weekday;
          return Piece{std::move(spec), weekday->end_token, weekday->end_byte, stripped_bytes};
        }
        if (spec.form == DateForm::kRelative) {
          if (std::optional<Piece> corrected = CorrectedDayAfter(next)) {
            corrected->stripped_bytes = stripped_bytes;
            return corrected;
          }
        }
      }
      return Piece{std::move(spec), next, sentence_.Tok(next - 1).end, stripped_bytes};
    }
    if (const std::optional<LexiconMatch> vague = sentence_.Word(at, Role::kVague)) {
      spec.form = DateForm::kVague;
      spec.vague_value = vague->word->label;
      const uint32_t next = at + vague->tokens;
      return Piece{std::move(spec), next, sentence_.Tok(next - 1).end, vague->stripped_bytes};
    }
    return std::nullopt;
  }

  // "اليوم (أمس)", "اليوم (أمس الخميس)": a day of a wire's copy that the
  // paper, printed a day later, corrects between parentheses. The day is
  // the correction's.
  std::optional<Piece> CorrectedDayAfter(uint32_t at) const {
    if (at >= sentence_.end() || sentence_.Gap(at) != "(") return std::nullopt;
    const std::optional<LexiconMatch> day = sentence_.Word(at, Role::kRelative);
    if (!day || day->stripped_bytes > 0 || day->word->unit != TimeUnit::kDay) return std::nullopt;
    DateSpec spec;
    spec.form = DateForm::kRelative;
    spec.unit = TimeUnit::kDay;
    spec.offset = day->word->value;
    uint32_t end_token = at + day->tokens;
    // Its weekday is the paper's too, not the day the text was written,
    // which a weekday beside a relative word says: it is only read over.
    if (const std::optional<NamedWeekday> weekday = NamedWeekdayAfter(end_token);
        weekday && sentence_.Gap(end_token).empty()) {
      end_token = weekday->end_token;
    }
    const std::optional<uint32_t> closing = sentence_.ClosingParenthesisAfter(end_token - 1);
    if (!closing) return std::nullopt;
    return Piece{std::move(spec), end_token, *closing, 0};
  }

  // "قبل يومين", "قبل ثلاثة أيام", "قبل 15 عاما", "قبل نحو عامين": that many
  // days, weeks, months or years before the document date. Not "قبل أيام"
  // (how many is not said), nor a span before something else: "قبل عام
  // 2010", "قبل يوم الجمعة", "قبل يوم الانتخابات", "قبل يومين من القمة".
  // After a since word ("منذ يومين") the same day, flagged `since`: it may
  // be the start of what has lasted until the document date.
  std::optional<Piece> ParseAgo(uint32_t at) const {
    std::optional<LexiconMatch> ago = sentence_.Word(at, Role::kAgoWord);
    const bool since = !ago;
    if (since) ago = sentence_.Word(at, Role::kSinceWord);
    if (!ago) return std::nullopt;
    uint32_t next = at + ago->tokens;
    if (!sentence_.Adjacent(next)) return std::nullopt;
    DateSpec spec;
    spec.form = DateForm::kRelative;
    if (since) spec.flags.push_back("since");
    if (const std::optional<LexiconMatch> about = sentence_.Word(next, Role::kQuantityCue);
        about && about->stripped_bytes == 0 && sentence_.Adjacent(next + about->tokens)) {
      next += about->tokens;
      spec.flags.push_back("approximate");
    }
    std::optional<int> count;
    if (const std::optional<LexiconMatch> cardinal = sentence_.Word(next, Role::kCardinal);
        cardinal && cardinal->stripped_bytes == 0) {
      count = cardinal->word->value;
      next += cardinal->tokens;
    } else if (const std::optional<int> number = sentence_.Number(next, 3);
               number && !sentence_.PartOfLargerNumber(next)) {
      count = *number;
      next += 1;
    }
    if (count && !sentence_.Adjacent(next)) return std::nullopt;
    const std::optional<LexiconMatch> unit = sentence_.Word(next, Role::kAgoUnit);
    if (!unit || unit->stripped_bytes > 0) return std::nullopt;
    if (!count) count = unit->word->value;
    if (*count < 1) return std::nullopt;
    next += unit->tokens;
    if (NamesWhatItIsBefore(next)) return std::nullopt;
    spec.unit = unit->word->unit;
    spec.offset = -*count;
    return Piece{std::move(spec), next, sentence_.Tok(next - 1).end, ago->stripped_bytes};
  }
  // A span followed by what it is before: a number, a day or month name, a
  // relative day ("منذ يوم أمس"), a noun with the article, or one of
  // ago_object_links (after ago_fillers: "قبل يومين فقط من القمة").
  bool NamesWhatItIsBefore(uint32_t at) const {
    if (!sentence_.Adjacent(at)) return false;
    if (const std::optional<LexiconMatch> filler = sentence_.Word(at, Role::kAgoFiller);
        filler && sentence_.Adjacent(at + filler->tokens) &&
        sentence_.Word(at + filler->tokens, Role::kAgoObjectLink)) {
      return true;
    }
    return sentence_.Number(at) || sentence_.HasArticle(at) || FindMonth(at) ||
           sentence_.Word(at, Role::kWeekday) || sentence_.Word(at, Role::kRelative) ||
           sentence_.Word(at, Role::kAgoObjectLink);
  }

  // "الخميس", "يوم الجمعة", "الأحد الماضي", "السبت المقبل".
  std::optional<Piece> ParseWeekday(uint32_t at) const {
    const std::optional<WeekdayHead> head = ParseWeekdayHead(at);
    if (!head) return std::nullopt;
    DateSpec spec;
    spec.form = DateForm::kWeekday;
    spec.weekday = head->weekday;
    uint32_t next = head->end_token;
    if (const auto direction = ParseDirection(next);
        direction && direction->first != DateDirection::kCurrent) {
      spec.direction = direction->first;
      next = direction->second;
    }
    // "أيام الأحد والاثنين والثلاثاء المقبلة": a direction makes it a day.
    if (spec.direction == DateDirection::kNearest && NoDay(at, *head)) return std::nullopt;
    return Piece{std::move(spec), next, sentence_.Tok(next - 1).end, head->stripped_bytes};
  }

  // "بين الاثنين" is "between the two", "كلا الاثنين" "both", "أيام الأحد"
  // every Sunday: a weekday right after one of not_weekday_after, without
  // يوم, is no day; after a range opener it is one when a second weekday
  // follows ("بين الجمعة والأحد"). Nor are the weekdays listed after such a
  // one, joined by day_list_joins ("أيام الأحد والاثنين والثلاثاء").
  bool NoDay(uint32_t at, const WeekdayHead& head) const {
    if (head.end_token == at + 1 && sentence_.PrecededBy(at, Role::kNotWeekdayAfter)) {
      return !(sentence_.PrecededBy(at, Role::kRangeOpener) &&
               sentence_.Adjacent(head.end_token) &&
               sentence_.Word(head.end_token, Role::kWeekday));
    }
    const std::optional<uint32_t> earlier_at =
        ListedBefore(at, head.stripped_bytes, sentence_.first());
    if (!earlier_at) return false;
    const std::optional<WeekdayHead> earlier = ParseWeekdayHead(*earlier_at);
    return earlier && earlier->end_token == *earlier_at + 1 && NoDay(*earlier_at, *earlier);
  }

  // --- Parts ---------------------------------------------------------------

  std::optional<PointParse> ParsePoint(uint32_t at, bool allow_partial) const {
    if (at >= sentence_.end()) return std::nullopt;
    if (std::optional<PointParse> numeric = ParseNumericDate(at)) return numeric;
    PointParse parse;
    uint32_t month_at = at;
    const std::optional<DayBeforeMonth> day = ParseDayBeforeMonth(at);
    if (day) {
      parse.point.day = day->day;
      month_at = day->month_at;
    }
    const std::optional<MonthMatch> month = FindMonth(month_at);
    if (!month) {
      if (!allow_partial) return std::nullopt;
      // "من السادس إلى الحادي والعشرين من أبريل"
      if (const std::optional<LexiconMatch> ordinal = sentence_.Word(at, Role::kOrdinalDay);
          ordinal && ordinal->stripped_bytes == 0) {
        parse.bare_number = ordinal->word->value;
        parse.end_token = at + ordinal->tokens;
        parse.end_byte = sentence_.Tok(parse.end_token - 1).end;
        return parse;
      }
      const std::optional<int> number = sentence_.Number(at);
      if (!number || sentence_.PartOfLargerNumber(at)) return std::nullopt;
      parse.bare_number = number;
      parse.bare_digits = sentence_.Digits(at);
      parse.end_token = at + 1;
      parse.end_byte = sentence_.Tok(at).end;
      return parse;
    }
    if (day && month->match.stripped_bytes > 0) return std::nullopt;
    parse.stripped_bytes = day ? day->stripped_bytes : month->match.stripped_bytes;
    parse.point.calendar = month->calendar;
    parse.point.month = static_cast<unsigned>(month->match.word->value);
    uint32_t next = month_at + month->match.tokens;
    parse.end_byte = sentence_.Tok(next - 1).end;
    bool closing_parenthesis = false;
    bool named_twice = false;
    // "مايو أيار الماضي", "يوليو تموز": the same month in two naming systems,
    // side by side with no separator.
    if (sentence_.Adjacent(next)) {
      if (const std::optional<MonthMatch> same = FindMonth(next);
          same && same->calendar == month->calendar && same->match.stripped_bytes == 0 &&
          same->match.word->value == month->match.word->value) {
        next += same->match.tokens;
        parse.end_byte = sentence_.Tok(next - 1).end;
        named_twice = true;
      }
    }
    if (next < sentence_.end() && Contains(rules_.month_pair_separators(), sentence_.Gap(next))) {
      const std::string_view separator = sentence_.Gap(next);
      if (const std::optional<MonthMatch> paired = FindMonth(next);
          paired && paired->calendar == month->calendar && paired->match.stripped_bytes == 0) {
        if (paired->match.word->value != month->match.word->value) {
          parse.flags.push_back("month_pair_mismatch");
        }
        next += paired->match.tokens;
        parse.end_byte = sentence_.Tok(next - 1).end;
        named_twice = true;
        if (separator == "(") {
          const std::optional<uint32_t> closing = sentence_.ClosingParenthesisAfter(next - 1);
          if (closing) parse.end_byte = *closing;
          closing_parenthesis = closing.has_value();
        }
      }
    }
    // "مايو (أيار) 2015", "مايو (أيار) الماضي": what continues the date may
    // follow the pair's closing parenthesis.
    const bool after_parenthesis =
        closing_parenthesis && next < sentence_.end() && sentence_.Gap(next) == ")";
    const bool year_follows =
        next < sentence_.end() && (sentence_.Gap(next).empty() || after_parenthesis);
    if (year_follows) {
      if (const std::optional<int> year = sentence_.Number(next);
          year && sentence_.Digits(next) >= 3 && !sentence_.PartOfLargerNumber(next)) {
        const EraSuffix era = ParseEraSuffix(next + 1);
        const bool fits = month->calendar == DateCalendar::kHijri
                              ? era.calendar == DateCalendar::kHijri ||
                                    (!era.calendar && rules_.hijri_years().Contains(*year))
                              : era.calendar != DateCalendar::kHijri;
        if (fits) {
          parse.point.year = *year;
          parse.point.before_common_era = era.before_common_era;
          next = era.end_token;
          parse.end_byte = sentence_.Tok(next - 1).end;
        }
      }
    }
    if (!parse.point.year) {
      if (const std::optional<Piece> year =
              YearNounAfter(next, month->calendar, after_parenthesis)) {
        parse.point.year = year->spec.point.year;
        parse.point.before_common_era = year->spec.point.before_common_era;
        next = year->end_token;
        parse.end_byte = year->end_byte;
      } else if (const std::optional<Piece> year = RelativeYearAfter(next, after_parenthesis)) {
        parse.point.year_offset = year->spec.offset;
        parse.point.year_anaphoric = year->spec.form == DateForm::kAnaphoric;
        next = year->end_token;
        parse.end_byte = year->end_byte;
      } else if (const auto direction = ParseDirection(next, after_parenthesis)) {
        parse.point.direction = direction->first;
        next = direction->second;
        parse.end_byte = sentence_.Tok(next - 1).end;
      }
    }
    if (!parse.point.day && !parse.point.year && !parse.point.year_offset &&
        parse.point.direction == DateDirection::kNearest && !allow_partial) {
      if (!MonthAloneIsDate(at, month->match, named_twice)) return std::nullopt;
      parse.point.months_ahead = rules_.month_alone_months_ahead();
    }
    parse.end_token = next;
    return parse;
  }

  // A month name alone may be a verb ("مارس") or a name ("رجب طيب"): it is
  // a month named twice ("يونيو حزيران"), right after a month noun ("شهر
  // مارس") or, unless month_alone_needs_noun lists it, after a year cue
  // ("في مارس", "مطلع يونيو"). Not with a proclitic: "في باب" is no
  // August.
  bool MonthAloneIsDate(uint32_t at, const LexiconMatch& month, bool named_twice) const {
    if (named_twice) return true;
    if (month.stripped_bytes > 0) return false;
    if (sentence_.PrecededBy(at, Role::kMonthNoun)) return true;
    return !sentence_.Word(at, Role::kMonthNeedingNoun) &&
           sentence_.PrecededBy(at, Role::kYearCue);
  }

  // "منذ بداية العام", "حتى نهاية الشهر": a bare period noun after one of
  // period_parts. What follows it without punctuation may say another
  // period: an adjective (العام الدراسي), a year (العام 2014) or a number.
  std::optional<Piece> ParseBarePeriod(uint32_t at) const {
    const std::optional<LexiconMatch> period = sentence_.Word(at, Role::kBarePeriod);
    if (!period || period->stripped_bytes > 0 || !sentence_.PrecededBy(at, Role::kPeriodPart)) {
      return std::nullopt;
    }
    const uint32_t next = at + period->tokens;
    if (sentence_.Adjacent(next) && (sentence_.HasArticle(next) || sentence_.Number(next))) {
      return std::nullopt;
    }
    DateSpec spec;
    spec.form = DateForm::kRelative;
    spec.unit = period->word->unit;
    spec.sentence_period = true;
    return Piece{std::move(spec), next, sentence_.Tok(next - 1).end, 0};
  }

  // "6 يناير", "12 من مارس", "السادس من شهر أغسطس", "الـ12 من مارس": a day
  // that a month follows.
  std::optional<DayBeforeMonth> ParseDayBeforeMonth(uint32_t at) const {
    const std::optional<DayBeforeMonth> day = ParseDayAndLink(at);
    if (!day || (day->in_words && !day->linked) || !FindMonth(day->month_at) ||
        AdjectiveOfWordBefore(at, *day)) {
      return std::nullopt;
    }
    return day;
  }

  // A day, then من (and شهر): where its month should start. Digits may do
  // without the link ("6 يناير").
  std::optional<DayBeforeMonth> ParseDayAndLink(uint32_t at) const {
    DayBeforeMonth found;
    uint32_t next = at;
    if (const std::optional<LexiconMatch> ordinal = sentence_.Word(at, Role::kOrdinalDay)) {
      found.day = static_cast<unsigned>(ordinal->word->value);
      found.stripped_bytes = ordinal->stripped_bytes;
      found.in_words = true;
      next = at + ordinal->tokens;
    } else {
      uint32_t number_at = at;
      if (const std::optional<LexiconMatch> prefix = sentence_.Word(at, Role::kDayNumberPrefix);
          prefix && sentence_.Adjacent(at + prefix->tokens)) {
        number_at = at + prefix->tokens;
        found.stripped_bytes = prefix->stripped_bytes;
        found.in_words = true;
      }
      const std::optional<int> number = sentence_.Number(number_at, 2);
      if (!number || *number < 1 || *number > 31 || sentence_.PartOfLargerNumber(number_at)) {
        return std::nullopt;
      }
      found.day = static_cast<unsigned>(*number);
      next = number_at + 1;
    }
    if (!sentence_.Adjacent(next)) return std::nullopt;
    if (const std::optional<LexiconMatch> link = sentence_.Word(next, Role::kOrdinalDayLink);
        link && link->stripped_bytes == 0 && sentence_.Adjacent(next + link->tokens)) {
      next += link->tokens;
      found.linked = true;
      if (const std::optional<LexiconMatch> noun = sentence_.Word(next, Role::kMonthNoun);
          noun && noun->stripped_bytes == 0 && sentence_.Adjacent(next + noun->tokens)) {
        next += noun->tokens;
      }
    }
    found.month_at = next;
    return found;
  }

  // Where the year of a month that ends before token `at` would start: past
  // من, which may be left out ("يوليو عام 2009", "يناير العام الماضي").
  std::optional<uint32_t> PastYearLink(uint32_t at, bool after_parenthesis) const {
    if (!after_parenthesis && !sentence_.Adjacent(at)) return std::nullopt;
    const std::optional<LexiconMatch> link = sentence_.Word(at, Role::kOrdinalDayLink);
    if (!link) return at;
    if (link->stripped_bytes > 0 || !sentence_.Adjacent(at + link->tokens)) return std::nullopt;
    return at + link->tokens;
  }

  // "من عام 2014", "عام 2009", "من العام 1436هـ", "من 2014", "لعام 1436هـ"
  // right after a month (at `at`) of `calendar`: the year it is of.
  std::optional<Piece> YearNounAfter(uint32_t at, DateCalendar calendar,
                                     bool after_parenthesis) const {
    const std::optional<uint32_t> year_at = PastYearLink(at, after_parenthesis);
    if (!year_at) return std::nullopt;
    const uint32_t noun_at = *year_at;
    const std::optional<LexiconMatch> noun = sentence_.Word(noun_at, Role::kYearNoun);
    const bool linked = noun_at != at;
    if (noun ? noun->stripped_bytes > 0 && (linked || !OfYear(noun_at, *noun)) : !linked) {
      return std::nullopt;
    }
    std::optional<Piece> year = ParseYear(noun_at);
    if (!year || !year->spec.point.year) return std::nullopt;
    const bool hijri_era = year->spec.point.calendar == DateCalendar::kHijri;
    const bool fits = calendar == DateCalendar::kHijri
                          ? hijri_era || rules_.hijri_years().Contains(*year->spec.point.year)
                          : !hijri_era;
    if (!fits) return std::nullopt;
    return year;
  }

  // "رمضان لعام 1436هـ": the preposition ل glued to a year noun links it
  // to the month as من would.
  bool OfYear(uint32_t at, const LexiconMatch& noun) const {
    static constexpr std::string_view kOf = "ل";
    return noun.stripped_bytes == kOf.size() && sentence_.NormalizedWord(at).starts_with(kOf);
  }

  // "من العام الماضي", "من هذا العام", "من العام نفسه" right after a month
  // (at `at`): the year it is of.
  std::optional<Piece> RelativeYearAfter(uint32_t at, bool after_parenthesis) const {
    const std::optional<uint32_t> year_at = PastYearLink(at, after_parenthesis);
    if (!year_at) return std::nullopt;
    std::optional<Piece> year = ParseRelative(*year_at);
    if (!year || year->stripped_bytes > 0 || year->spec.unit != TimeUnit::kYear ||
        (year->spec.form != DateForm::kRelative && year->spec.form != DateForm::kAnaphoric)) {
      return std::nullopt;
    }
    return year;
  }

  // "السادس من الشهر الجاري", "5 من الشهر الحالي", "العاشر من الشهر نفسه".
  std::optional<Piece> ParseDayOfRelativeMonth(uint32_t at) const {
    const std::optional<DayBeforeMonth> day = ParseDayAndLink(at);
    if (!day || !day->linked || AdjectiveOfWordBefore(at, *day)) return std::nullopt;
    std::optional<Piece> month = ParseRelative(day->month_at);
    if (!month || month->stripped_bytes > 0 || month->spec.unit != TimeUnit::kMonth ||
        (month->spec.form != DateForm::kRelative && month->spec.form != DateForm::kAnaphoric)) {
      return std::nullopt;
    }
    month->spec.day_of_month = day->day;
    month->stripped_bytes = day->stripped_bytes;
    return month;
  }

  // "الأسبوع الأول (من مارس)": an ordinal after a word with the article
  // describes it, unless that word is a date word or one of ordinal_day_after
  // or weekday_date_links.
  bool AdjectiveOfWordBefore(uint32_t at, const DayBeforeMonth& day) const {
    if (!day.in_words || day.stripped_bytes > 0 || !sentence_.Adjacent(at) ||
        !sentence_.HasArticle(at - 1)) {
      return false;
    }
    for (const Role role : {Role::kWeekday, Role::kPreviousWord, Role::kNextWord,
                            Role::kOrdinalDayAfter, Role::kWeekdayDateLink}) {
      if (sentence_.PrecededBy(at, role)) return false;
    }
    return true;
  }

  // "10/1/2022" (day first), "2022-01-10", "6 / 10 / 1436هـ"; "19/6/1436" too
  // is Hijri, its year being in the Hijri span.
  std::optional<PointParse> ParseNumericDate(uint32_t at) const {
    if (at + 2 >= sentence_.end() || sentence_.Tok(at).kind != TokenKind::kDigits)
      return std::nullopt;
    const std::string_view separator = sentence_.Gap(at + 1);
    if (!(Contains(rules_.numeric_date_separators(), separator) || Dash(separator)) ||
        !SameSeparator(separator, sentence_.Gap(at + 2))) {
      return std::nullopt;
    }
    const std::optional<int> first = sentence_.Number(at);
    const std::optional<int> month = sentence_.Number(at + 1, 2);
    const std::optional<int> last = sentence_.Number(at + 2);
    if (!first || !month || !last) return std::nullopt;
    const bool year_first = sentence_.Digits(at) == 4;
    if (!year_first && (sentence_.Digits(at) > 2 || sentence_.Digits(at + 2) != 4))
      return std::nullopt;
    if (year_first && sentence_.Digits(at + 2) > 2) return std::nullopt;
    const uint32_t next = at + 3;
    // "1/10/1/2022" or "10/1/2022/5" are something else; in "8 - 15 / 10 /
    // 1436هـ" the 8 opens a range of days.
    const auto joined_digits = [&](uint32_t left, uint32_t right) {
      if (left < sentence_.first() || right >= sentence_.end() ||
          sentence_.Tok(left).kind != TokenKind::kDigits ||
          sentence_.Tok(right).kind != TokenKind::kDigits) {
        return false;
      }
      return SameSeparator(separator, sentence_.Gap(right)) ||
             Contains(rules_.number_joiners(), sentence_.RawGap(right));
    };
    if ((at > sentence_.first() && joined_digits(at - 1, at)) || joined_digits(next - 1, next) ||
        *month < 1 || *month > 12) {
      return std::nullopt;
    }
    PointParse parse;
    parse.point.year = year_first ? *first : *last;
    parse.point.month = static_cast<unsigned>(*month);
    parse.point.day = static_cast<unsigned>(year_first ? *last : *first);
    const EraSuffix era = ParseEraSuffix(next);
    parse.point.calendar = era.calendar.value_or(rules_.hijri_years().Contains(*parse.point.year)
                                                     ? DateCalendar::kHijri
                                                     : DateCalendar::kGregorian);
    parse.point.before_common_era = era.before_common_era;
    parse.end_token = era.end_token;
    parse.end_byte = sentence_.Tok(era.end_token - 1).end;
    return parse;
  }

  bool Dash(std::string_view gap) const { return Contains(rules_.range_dashes(), gap); }
  // "10/1/2022", and dashes of either length: "4 – 9 - 1436هـ".
  bool SameSeparator(std::string_view first, std::string_view second) const {
    return first == second || (Dash(first) && Dash(second));
  }

  // "هـ", "م", "قبل الميلاد" right after a date that ends at token `at` - 1.
  EraSuffix ParseEraSuffix(uint32_t at) const {
    if (!sentence_.Adjacent(at)) {
      return EraSuffix{.calendar = std::nullopt, .before_common_era = false, .end_token = at};
    }
    for (const auto& [role, calendar] :
         {std::pair{Role::kHijriEra, DateCalendar::kHijri},
          std::pair{Role::kGregorianEra, DateCalendar::kGregorian},
          std::pair{Role::kBeforeCommonEra, DateCalendar::kGregorian}}) {
      if (const std::optional<LexiconMatch> suffix = sentence_.Word(at, role);
          suffix && suffix->stripped_bytes == 0 &&
          !sentence_.RaisedToPower(at + suffix->tokens - 1)) {
        return EraSuffix{calendar, role == Role::kBeforeCommonEra, at + suffix->tokens};
      }
    }
    return EraSuffix{.calendar = std::nullopt, .before_common_era = false, .end_token = at};
  }

  std::optional<MonthMatch> FindMonth(uint32_t at) const {
    if (const std::optional<LexiconMatch> month = sentence_.Word(at, Role::kGregorianMonth)) {
      return MonthMatch{*month, DateCalendar::kGregorian};
    }
    if (const std::optional<LexiconMatch> month = sentence_.Word(at, Role::kHijriMonth)) {
      return MonthMatch{*month, DateCalendar::kHijri};
    }
    return std::nullopt;
  }

  // "الاثنين" or "يوم الاثنين".
  std::optional<WeekdayHead> ParseWeekdayHead(uint32_t at) const {
    if (const std::optional<LexiconMatch> prefix = sentence_.Word(at, Role::kWeekdayPrefix);
        prefix && sentence_.Adjacent(at + prefix->tokens)) {
      const uint32_t weekday_at = at + prefix->tokens;
      if (const std::optional<LexiconMatch> weekday = sentence_.Word(weekday_at, Role::kWeekday);
          weekday && weekday->stripped_bytes == 0) {
        return WeekdayHead{static_cast<unsigned>(weekday->word->value),
                           weekday_at + weekday->tokens, prefix->stripped_bytes};
      }
    }
    if (const std::optional<LexiconMatch> weekday = sentence_.Word(at, Role::kWeekday)) {
      return WeekdayHead{static_cast<unsigned>(weekday->word->value), at + weekday->tokens,
                         weekday->stripped_bytes};
    }
    return std::nullopt;
  }

  // "أمس الأحد", "اليوم، الاثنين،", "اليوم (الاثنين)", "اليوم «الأربعاء»";
  // not a weekday with a direction of its own (الأحد الماضي) nor one that
  // heads a date.
  std::optional<NamedWeekday> NamedWeekdayAfter(uint32_t at) const {
    if (at >= sentence_.end()) return std::nullopt;
    const std::string_view gap = sentence_.Gap(at);
    const bool in_parentheses = gap == "(";
    const std::optional<uint32_t> closing_quote = sentence_.ClosingQuoteAfter(at);
    if (!gap.empty() && !in_parentheses && !closing_quote &&
        !Contains(rules_.weekday_date_separators(), gap)) {
      return std::nullopt;
    }
    const std::optional<WeekdayHead> head = ParseWeekdayHead(at);
    if (!head || head->stripped_bytes > 0 || ParseDirection(head->end_token) ||
        ParsePointDate(at) || (closing_quote && head->end_token != at + 1)) {
      return std::nullopt;
    }
    NamedWeekday named{head->weekday, head->end_token, sentence_.Tok(head->end_token - 1).end};
    if (closing_quote) named.end_byte = *closing_quote;
    if (in_parentheses) {
      const std::optional<uint32_t> closing =
          sentence_.ClosingParenthesisAfter(head->end_token - 1);
      if (!closing) return std::nullopt;
      named.end_byte = *closing;
    }
    return named;
  }

  // "الماضي", "قبل الماضي" or "المقبل" right after a weekday or a month, or
  // "الحالي" after a month.
  // `after_parenthesis`: token `at` follows the ")" that closes a month pair.
  std::optional<std::pair<DateDirection, uint32_t>> ParseDirection(
      uint32_t at, bool after_parenthesis = false) const {
    if (!after_parenthesis && !sentence_.Adjacent(at)) return std::nullopt;
    for (const auto& [role, direction] :
         {std::pair{Role::kPreviousWord, DateDirection::kPrevious},
          std::pair{Role::kBeforePreviousWord, DateDirection::kBeforePrevious},
          std::pair{Role::kNextWord, DateDirection::kNext},
          std::pair{Role::kAfterNextWord, DateDirection::kAfterNext},
          std::pair{Role::kCurrentWord, DateDirection::kCurrent}}) {
      if (const std::optional<LexiconMatch> word = sentence_.Word(at, role);
          word && word->stripped_bytes == 0) {
        return std::pair{direction, at + word->tokens};
      }
    }
    return std::nullopt;
  }

  std::optional<CenturyTail> ParseCenturyTail(uint32_t at) const {
    const std::optional<LexiconMatch> noun = sentence_.Word(at, Role::kCenturyNoun);
    if (!noun) return std::nullopt;
    CenturyTail tail;
    tail.stripped_bytes = noun->stripped_bytes;
    const uint32_t next = at + noun->tokens;
    if (!sentence_.Adjacent(next)) return std::nullopt;
    if (const std::optional<LexiconMatch> ordinal = sentence_.Word(next, Role::kCentury);
        ordinal && ordinal->stripped_bytes == 0) {
      tail.century = ordinal->word->value;
      tail.end_token = next + ordinal->tokens;
      return tail;
    }
    if (const std::optional<LexiconMatch> relative = sentence_.Word(next, Role::kRelativeCentury);
        relative && relative->stripped_bytes == 0) {
      tail.offset = relative->word->value;
      tail.end_token = next + relative->tokens;
      return tail;
    }
    uint32_t number_at = next;
    if (const std::optional<LexiconMatch> prefix = sentence_.Word(next, Role::kCenturyNumberPrefix);
        prefix && prefix->stripped_bytes == 0) {
      number_at = next + prefix->tokens;
      if (!sentence_.Adjacent(number_at)) return std::nullopt;
    }
    const std::optional<int> number = sentence_.Number(number_at, 2);
    if (!number || *number < 1) return std::nullopt;
    tail.century = *number;
    tail.end_token = number_at + 1;
    return tail;
  }

  const DateRules& rules_;
  DateSentence sentence_;
};

}  // namespace

std::vector<FoundDate> ParseSentenceDates(const DateRules& rules,
                                          const ArabicNormalizer& normalizer, std::string_view text,
                                          const TextLayout& layout, const PhraseStartIndex& starts,
                                          const Sentence& sentence) {
  return SentenceDateParser(rules, normalizer, text, layout, starts, sentence).Parse();
}

}  // namespace akhbar
