#include "extract/locatives.h"

#include <algorithm>
#include <array>

#include "extract/utf8.h"

namespace akhbar {
namespace {

// Place nouns between a locative and its name: في شمال غرب كازاخستان.
constexpr int kMaxPlaceNouns = 2;

// Words from a title's first to the name after it: لرئيس مجلس الوزراء
// العراقي حيدر العبادي.
constexpr uint32_t kMaxTitleWords = 4;

constexpr std::string_view kAnd = "\u0648";  // و

// The Arabic letters of `text` (hamza to ya), without the marks and tatweel
// a writer may put between them.
std::u32string ArabicLetters(std::string_view text) {
  std::u32string letters;
  for (size_t pos = 0; pos < text.size();) {
    char32_t code_point = 0;
    const int length = DecodeUtf8(text, pos, &code_point);
    if (length == 0) return letters;
    if (code_point >= U'\u0621' && code_point <= U'\u064A' && code_point != U'\u0640') {
      letters.push_back(code_point);
    }
    pos += static_cast<size_t>(length);
  }
  return letters;
}

}  // namespace

LocativeFinder::LocativeFinder(const LocativeRules& rules,
                               const std::vector<std::vector<std::string>>& titles,
                               const EntityCatalog& catalog, const Morphology& morphology)
    : catalog_(catalog), morphology_(morphology), dateline_dashes_(rules.dateline_dashes) {
  for (const std::string& word : rules.locatives) kinds_.Insert(word) |= kLocative;
  for (const std::string& word : rules.preposition_verbs) kinds_.Insert(word) |= kPrepositionVerb;
  for (const std::vector<std::string>& title : titles) {
    if (!title.empty()) kinds_.Insert(title.front()) |= kTitleHead;
  }
  for (const std::string& noun : rules.force_nouns) kinds_.Insert(noun) |= kTitleHead;
  for (const std::string& word : rules.place_nouns) kinds_.Insert(word) |= kPlaceNoun;
  for (const std::string& word : rules.prepositions) {
    kinds_.Insert(word) |= kPreposition;
    if (const std::u32string letters = ArabicLetters(word); letters.size() == 1) {
      glued_prepositions_ += letters;
    }
  }
  for (const std::string& word : rules.target_links) kinds_.Insert(word) |= kTargetLink;
  for (const std::string& letter : rules.glued_locatives) {
    glued_locatives_ += ArabicLetters(letter);
  }
  for (const auto& [phrases, kind] :
       {std::pair{&rules.agents, Phrase::kAgent}, std::pair{&rules.sources, Phrase::kSource},
        std::pair{&rules.patrons, Phrase::kPatron}}) {
    for (const std::vector<std::string>& phrase : *phrases) {
      GoverningPhrase& governing = phrases_.emplace_back();
      governing.kind = kind;
      for (const std::string& word : phrase) {
        if (const std::u32string letters = ArabicLetters(word);
            &word == &phrase.back() && letters.size() == 1) {
          governing.glued = letters[0];
          continue;
        }
        uint32_t& index = phrase_words_.Insert(word);
        if (index == 0) index = static_cast<uint32_t>(phrase_words_.size());
        governing.words.push_back(index - 1);
      }
      has_wordless_phrase_ = has_wordless_phrase_ || governing.words.empty();
    }
  }
}

size_t LocativeFinder::PhraseWordsOf(const TextLayout& layout, uint32_t token,
                                     PhraseWords* words) const {
  size_t count = 0;
  for (const TokenReading& reading : layout.ReadingsOf(token)) {
    const uint32_t* found = phrase_words_.FindHash(reading.hash);
    const size_t stripped = reading.proclitic ? reading.proclitic->stripped_bytes() : 0;
    if (found && count < words->size() &&
        (stripped == 0 || !morphology_.SplitsWholeWord(layout, token, stripped))) {
      (*words)[count++] = *found - 1;
    }
  }
  return count;
}

LocativeFinder::Phrase LocativeFinder::PhraseBefore(std::string_view text,
                                                    const TextLayout& layout, uint32_t first,
                                                    uint32_t at,
                                                    std::string_view proclitic) const {
  // The phrase words the word before the name reads as: mostly none, and
  // then no phrase needs looking at, however many the rules list.
  PhraseWords last_words;
  const size_t last_count = at > first && !HasPunctuation(GapBefore(text, layout, at))
                                ? PhraseWordsOf(layout, at - 1, &last_words)
                                : 0;
  if (last_count == 0 && !has_wordless_phrase_) return Phrase::kNone;
  const auto reads = [](const PhraseWords& words, size_t count, uint32_t word) {
    return std::find(words.begin(), words.begin() + count, word) != words.begin() + count;
  };
  const std::u32string glued = proclitic.empty() ? std::u32string() : ArabicLetters(proclitic);
  for (const GoverningPhrase& phrase : phrases_) {
    if (phrase.glued != 0 && (glued.empty() || glued.back() != phrase.glued)) continue;
    if (phrase.words.empty()) return phrase.kind;
    if (!reads(last_words, last_count, phrase.words.back()) ||
        at < first + phrase.words.size()) {
      continue;
    }
    const uint32_t start = at - static_cast<uint32_t>(phrase.words.size());
    bool found = true;
    for (uint32_t t = start; found && t + 1 < at; ++t) {
      PhraseWords words;
      found = !HasPunctuation(GapBefore(text, layout, t + 1)) &&
              reads(words, PhraseWordsOf(layout, t, &words), phrase.words[t - start]);
    }
    if (found) return phrase.kind;
  }
  return Phrase::kNone;
}

bool LocativeFinder::AfterSource(std::string_view text, const TextLayout& layout,
                                 const Sentence& sentence, uint32_t start) const {
  if (phrases_.empty()) return false;
  const uint32_t at = TokenAt(layout, sentence, start);
  if (at >= sentence.end_token || layout.tokens[at].start > start) return false;
  const std::string_view proclitic = text.substr(layout.tokens[at].start,
                                                 start - layout.tokens[at].start);
  return PhraseBefore(text, layout, sentence.first_token, at, proclitic) == Phrase::kSource;
}

bool LocativeFinder::EndsWithOneOf(std::string_view proclitic, const std::u32string& letters) {
  const std::u32string glued = ArabicLetters(proclitic);
  return !glued.empty() && letters.find(glued.back()) != std::u32string::npos;
}

bool LocativeFinder::IsPlace(const Mention& mention) const {
  const Entity* entity = catalog_.Find(mention.entity);
  return entity != nullptr &&
         (entity->type == EntityType::kPlace || entity->type == EntityType::kCountry);
}

bool LocativeFinder::IsPlaceNotCountry(const Mention& mention) const {
  const Entity* entity = catalog_.Find(mention.entity);
  return entity != nullptr && entity->type == EntityType::kPlace;
}

bool LocativeFinder::IsPerson(const Mention& mention) const {
  const Entity* entity = catalog_.Find(mention.entity);
  return entity != nullptr && entity->type == EntityType::kPerson;
}

bool LocativeFinder::IsDateline(std::string_view text, const TextLayout& layout,
                                const Mention& mention, uint32_t first, uint32_t end) const {
  const Sentence& sentence = layout.sentences[mention.sentence];
  const bool opens_paragraph = mention.sentence == 0 ||
                               layout.sentences[mention.sentence - 1].paragraph !=
                                   sentence.paragraph;
  if (!opens_paragraph || first != sentence.first_token || end >= sentence.end_token) return false;
  const std::string_view gap = GapBefore(text, layout, end);
  return std::ranges::any_of(dateline_dashes_, [&](const std::string& dash) {
    return gap.find(dash) != std::string_view::npos;
  });
}

bool LocativeFinder::GluedToPlaceNoun(const TextLayout& layout, uint32_t token) const {
  return std::ranges::any_of(layout.ReadingsOf(token), [&](const TokenReading& reading) {
    if (reading.proclitic == nullptr) return false;
    const size_t stripped = reading.proclitic->stripped_bytes();
    const uint8_t* kinds = kinds_.FindHash(reading.hash);
    return kinds != nullptr && (*kinds & kPlaceNoun) != 0 &&
           EndsWithOneOf(std::string_view(reading.proclitic->form).substr(0, stripped),
                         glued_locatives_) &&
           !morphology_.SplitsWholeWord(layout, token, stripped);
  });
}

std::string_view LocativeFinder::PrepositionGluedToTitle(const TextLayout& layout,
                                                         uint32_t token) const {
  for (const TokenReading& reading : layout.ReadingsOf(token)) {
    if (reading.proclitic == nullptr) continue;
    const size_t stripped = reading.proclitic->stripped_bytes();
    const uint8_t* kinds = kinds_.FindHash(reading.hash);
    const std::string_view letters = std::string_view(reading.proclitic->form).substr(0, stripped);
    if (kinds != nullptr && (*kinds & kTitleHead) != 0 &&
        EndsWithOneOf(letters, glued_prepositions_) &&
        !morphology_.SplitsWholeWord(layout, token, stripped)) {
      return letters;
    }
  }
  return {};
}

std::optional<std::string_view> LocativeFinder::TitleHead(const TextLayout& layout,
                                                          uint32_t token) const {
  std::optional<std::string_view> glued;
  for (const TokenReading& reading : layout.ReadingsOf(token)) {
    const uint8_t* kinds = kinds_.FindHash(reading.hash);
    if (kinds == nullptr || (*kinds & kTitleHead) == 0) continue;
    if (reading.proclitic == nullptr) return std::string_view();
    const size_t stripped = reading.proclitic->stripped_bytes();
    if (!glued && !morphology_.SplitsWholeWord(layout, token, stripped)) {
      glued = std::string_view(reading.proclitic->form).substr(0, stripped);
    }
  }
  return glued;
}

Mention* LocativeFinder::NameAfterTitleHead(std::string_view text, const TextLayout& layout,
                                            uint32_t head, std::vector<Mention>* mentions) const {
  const auto name_in = [&](const Token& word) -> Mention* {
    for (auto it = std::ranges::lower_bound(*mentions, word.start, {}, &Mention::start);
         it != mentions->end() && it->start < word.end; ++it) {
      if (it->kind == MentionKind::kName) return &*it;
    }
    return nullptr;
  };
  const uint32_t sentence = layout.tokens[head].sentence;
  for (uint32_t token = head + 1; token <= head + kMaxTitleWords && token < layout.tokens.size() &&
                                  layout.tokens[token].sentence == sentence &&
                                  !HasPunctuation(GapBefore(text, layout, token));
       ++token) {
    const Token& word = layout.tokens[token];
    if (Mention* name = name_in(word)) return name->start == word.start ? name : nullptr;
    if ((KindsOf(layout, token) & (kLocative | kPreposition | kTargetLink)) != 0) return nullptr;
  }
  return nullptr;
}

void LocativeFinder::MarkAfterTitle(std::string_view text, const TextLayout& layout,
                                    uint32_t first, uint32_t at, Mention* mention) const {
  const auto take = [&](Phrase phrase) {
    mention->patron = phrase == Phrase::kPatron;
    mention->source = phrase == Phrase::kSource;
    mention->agent = phrase == Phrase::kAgent;
  };
  for (uint32_t head = at; head > first && at - head < kMaxTitleWords;) {
    if (HasPunctuation(GapBefore(text, layout, head))) return;
    --head;
    if (const std::string_view glued = PrepositionGluedToTitle(layout, head); !glued.empty()) {
      const Phrase phrase = PhraseBefore(text, layout, first, head, glued);
      take(phrase);
      mention->after_preposition = phrase == Phrase::kNone;
      return;
    }
    if ((KindsOf(layout, head) & kTitleHead) == 0) continue;
    if (const Phrase phrase = PhraseBefore(text, layout, first, head, {});
        phrase != Phrase::kNone) {
      take(phrase);
      return;
    }
    if (head == first || HasPunctuation(GapBefore(text, layout, head))) continue;
    const uint8_t governing = KindsOf(layout, head - 1);
    if ((governing & kPrepositionVerb) == 0 && (governing & (kPreposition | kTargetLink))) {
      mention->after_preposition = (governing & kPreposition) != 0;
      mention->after_target_link = (governing & kTargetLink) != 0;
      return;
    }
  }
}

uint8_t LocativeFinder::KindsOf(const TextLayout& layout, uint32_t token) const {
  return morphology_.OrOfReadings(layout, token, kinds_);
}

void LocativeFinder::Mark(std::string_view text, const TextLayout& layout,
                          std::vector<Mention>* mentions) const {
  if (kinds_.size() == 0 && phrases_.empty() && dateline_dashes_.empty() &&
      glued_locatives_.empty()) {
    return;
  }
  const auto index = [&](auto it) { return static_cast<uint32_t>(it - layout.tokens.begin()); };
  auto token = layout.tokens.begin();
  const Mention* previous = nullptr;
  uint32_t after_previous = 0;  // the token after the previous mention's last
  for (Mention& mention : *mentions) {
    token = std::partition_point(token, layout.tokens.end(),
                                 [&](const Token& t) { return t.end <= mention.start; });
    if (token == layout.tokens.end()) break;
    uint32_t at = index(token);
    const bool adjacent = previous != nullptr && after_previous == at &&
                          !HasPunctuation(GapBefore(text, layout, at));
    const bool joined = adjacent && text.substr(token->start).starts_with(kAnd);
    // A name right after an adjective is what the adjective's noun names
    // (في العاصمة البريطانية لندن): it says where as the adjective does.
    const bool apposed = adjacent && previous->kind == MentionKind::kAdjective &&
                         mention.kind == MentionKind::kName && token->start == mention.start;
    // A place joined by و to a place where (في ألماتي وأكتاو) says where too.
    const bool joined_where = joined && previous->locative && IsPlace(mention);
    const bool joined_object = joined && previous->after_preposition;
    const bool joined_agent = joined && previous->agent;
    const bool joined_source = joined && previous->source;
    const bool joined_patron = joined && previous->patron;
    // ضد السعودية والإمارات: both are what the event is against.
    const bool joined_target = joined && previous->after_target_link;
    const bool previous_locative = apposed && previous->locative;
    const bool previous_object = apposed && previous->after_preposition;
    const bool previous_place = apposed && previous->after_place_noun;
    const bool previous_target = apposed && previous->after_target_link;
    previous = &mention;
    after_previous = index(std::partition_point(
        token, layout.tokens.end(), [&](const Token& t) { return t.start < mention.end; }));
    const uint32_t first = layout.sentences[mention.sentence].first_token;
    // The letters glued to the name (ب of بروسيا، لل of للصين), if any.
    const std::string_view proclitic = token->start < mention.start
                                           ? text.substr(token->start, mention.start - token->start)
                                           : std::string_view();
    const Phrase phrase = PhraseBefore(text, layout, first, at, proclitic);
    mention.agent = joined_agent || phrase == Phrase::kAgent;
    mention.source = joined_source || phrase == Phrase::kSource;
    mention.patron = joined_patron || phrase == Phrase::kPatron;
    if (mention.agent || mention.source || mention.patron) continue;
    if (apposed &&
        (previous_locative || previous_object || previous_place || previous_target)) {
      mention.locative = previous_locative;
      mention.after_preposition = previous_object;
      mention.after_place_noun = previous_place;
      mention.after_target_link = previous_target;
      continue;
    }
    // A dateline is a bare name: وروسيا - التي تملك حق النقض is a dash of
    // the sentence's, and أميركي- صيني a pair of adjectives.
    if (proclitic.empty() && mention.kind == MentionKind::kName &&
        !dateline_dashes_.empty() && IsDateline(text, layout, mention, at, after_previous)) {
      mention.locative = true;
      continue;
    }
    // Another proclitic glued to a country's name says nothing of where: ب
    // is "in" as often as it marks an object (نددت بروسيا). A city or a
    // region is seldom what a verb governs, and ب before it says where
    // (اجتماع بالرياض، القتلى بعدن). Either way the name is no subject.
    mention.after_target_link = joined_target;
    if (!proclitic.empty()) {
      mention.locative = joined_where || (EndsWithOneOf(proclitic, glued_locatives_) &&
                                          IsPlaceNotCountry(mention));
      mention.after_preposition =
          joined_object || EndsWithOneOf(proclitic, glued_prepositions_);
      continue;
    }
    for (int nouns = 0; at > first && !HasPunctuation(GapBefore(text, layout, at)); ++nouns) {
      const uint8_t kinds = KindsOf(layout, --at);
      if (kinds & kTargetLink) mention.after_target_link = true;
      if (kinds & kLocative) {
        mention.locative = true;
        break;
      }
      if ((kinds & kPrepositionVerb) && nouns == 0 && IsPerson(mention)) break;
      if (kinds & kPreposition) {
        mention.after_preposition = true;
        break;
      }
      if (!(kinds & kPlaceNoun) || nouns == kMaxPlaceNouns) break;
      mention.after_place_noun = true;  // unless a locative or preposition comes first
      if (GluedToPlaceNoun(layout, at)) {
        mention.locative = true;
        break;
      }
    }
    if (mention.locative || mention.after_preposition) mention.after_place_noun = false;
    if (mention.kind == MentionKind::kName && !mention.locative && !mention.after_preposition &&
        !mention.after_target_link && !mention.after_place_noun) {
      MarkAfterTitle(text, layout, first, index(token), &mention);
    }
  }
}

}  // namespace akhbar
