// Names that say where something happens (events.yaml `locatives` and
// `place_nouns`): in اقتحام مقره في ألماتي Almaty is the place of the
// storming, neither who storms nor what is stormed.
#ifndef AKHBAR_EXTRACT_LOCATIVES_H_
#define AKHBAR_EXTRACT_LOCATIVES_H_

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/entity_catalog.h"
#include "extract/event_rules.h"
#include "extract/extraction.h"
#include "extract/morphology.h"
#include "extract/text_layout.h"
#include "extract/word_table.h"

namespace akhbar {

class LocativeFinder {
 public:
  // `catalog` says which names are places; `titles` are the phrases that
  // stand before a person's name (VerbSubjectRules::titles).
  LocativeFinder(const LocativeRules& rules, const std::vector<std::vector<std::string>>& titles,
                 const EntityCatalog& catalog, const Morphology& morphology);

  // Sets Mention::locative of each of `mentions` (in text order) that follows
  // a locative (في، لدى), directly or after place nouns (في مدينة، في غرب
  // مدينة), with only white space between the words, and of a place or a
  // country joined to such a name by و (في ألماتي وأكتاو). Sets
  // Mention::after_preposition likewise after a preposition (فوق سوريا، فوق
  // شرق أوكرانيا), of a name that carries one glued (بروسيا، للصين), and of any
  // name joined by و to such a name (إلى أميركا وفرنسا). A place that is no
  // country with a glued locative (بالرياض) is locative too. Sets Mention::agent
  // Mention::source and Mention::patron of a name right after one of the
  // rules' agent, source or patron phrases (من قبل أوروبا، بحسب المرصد،
  // الموالين لروسيا), and of a name joined by و to such a name; it is then
  // neither locative nor after a preposition. A name that opens a
  // paragraph, with one of dateline_dashes after it (نورسلطان - قاد قرار
  // …), is its dateline: where the report was filed, so locative. A name
  // right after an adjective of a country takes the adjective's marks: in
  // في العاصمة البريطانية لندن London says where. A name after a title is
  // governed by what governs the title, glued to it or right before it
  // (لوزير الخارجية سيرغي لافروف، إلى الرئيس الفرنسي، ضد الرئيس بشار الأسد،
  // على يد الرئيس): a preposition, a target link or a phrase.
  void Mark(std::string_view text, const TextLayout& layout,
            std::vector<Mention>* mentions) const;

  // Whether one of the rules' source phrases stands right before the word
  // of `sentence` at byte `start`, where a trigger starts after the letters
  // glued to it: وفق البيان، بحسب بيان، وفقا للبيان.
  bool AfterSource(std::string_view text, const TextLayout& layout, const Sentence& sentence,
                   uint32_t start) const;

  // If token `token` reads as the first word of a title or as a force noun,
  // the letters glued before that word (ل of لقوات، لوزير), empty where there
  // are none (قوات، الرئيس); otherwise nullopt.
  std::optional<std::string_view> TitleHead(const TextLayout& layout, uint32_t token) const;
  // The name among `mentions` (in text order) that the title or force noun
  // at token `head` stands before: the first name starting a word in the
  // few words after it, with only white space between them and no
  // preposition, locative or target link (لقوات التحالف على مواقع داعش
  // names no one); null if none.
  Mention* NameAfterTitleHead(std::string_view text, const TextLayout& layout, uint32_t head,
                              std::vector<Mention>* mentions) const;

 private:
  enum Kind : uint8_t {
    kLocative = 1,
    kPlaceNoun = 2,
    kPreposition = 4,
    kTargetLink = 8,
    kTitleHead = 16,  // the first word of a title, or a force noun
    kPrepositionVerb = 32,
  };
  // Whether the letters set aside before a name (`proclitic`, original
  // bytes: وب، ب of بالصين، ل of للصين) end with one of `letters`.
  static bool EndsWithOneOf(std::string_view proclitic, const std::u32string& letters);
  // Token `token` is a place noun with one of glued_locatives glued to it
  // (بمدينة، بشمال، وبمختلف): the name after it says where.
  bool GluedToPlaceNoun(const TextLayout& layout, uint32_t token) const;
  // Marks `mention`, the name that starts in token `at` of the sentence whose
  // first token is `first`, as governed through the title before it, if a
  // title heads the few words before the name and something governs it.
  void MarkAfterTitle(std::string_view text, const TextLayout& layout, uint32_t first,
                      uint32_t at, Mention* mention) const;
  // The letters of a glued preposition before a title head, if token `token`
  // is one (لوزير، للرئيس، بالرئيس); empty otherwise.
  std::string_view PrepositionGluedToTitle(const TextLayout& layout, uint32_t token) const;
  // The kinds of token `token`'s readings that split no whole word (في
  // carries proclitics: وفي، ففي).
  uint8_t KindsOf(const TextLayout& layout, uint32_t token) const;
  bool IsPlace(const Mention& mention) const;  // a place or a country
  bool IsPlaceNotCountry(const Mention& mention) const;
  bool IsPerson(const Mention& mention) const;
  // Whether the name [first, end) (tokens) opens its paragraph and a
  // dateline dash follows it.
  bool IsDateline(std::string_view text, const TextLayout& layout, const Mention& mention,
                  uint32_t first, uint32_t end) const;
  enum class Phrase : uint8_t { kNone, kAgent, kSource, kPatron };
  // The agent, source or patron phrase before the name that starts in token
  // `at` after the letters `proclitic` glued to it, in the sentence whose
  // first token is `first`: its words end with token `at` - 1, with only
  // white space between them and after them, or with the last letter of
  // `proclitic` where its last word is one letter (موالين ل).
  Phrase PhraseBefore(std::string_view text, const TextLayout& layout, uint32_t first,
                      uint32_t at, std::string_view proclitic) const;
  // The phrase words (indexes into phrase_words_) that readings of token
  // `token` splitting no whole word are, into *words; returns how many.
  using PhraseWords = std::array<uint32_t, 8>;
  size_t PhraseWordsOf(const TextLayout& layout, uint32_t token, PhraseWords* words) const;

  const EntityCatalog& catalog_;
  const Morphology& morphology_;
  std::vector<std::string> dateline_dashes_;
  WordTable<uint8_t> kinds_;  // by normalized word
  std::u32string glued_prepositions_;  // the prepositions of one letter
  std::u32string glued_locatives_;
  struct GoverningPhrase {
    std::vector<uint32_t> words;  // indexes into phrase_words_, in text order
    char32_t glued = 0;           // a last word of one letter, glued to the name
    Phrase kind = Phrase::kNone;
  };
  std::vector<GoverningPhrase> phrases_;
  WordTable<uint32_t> phrase_words_;  // the index of each phrase word, plus one
  bool has_wordless_phrase_ = false;  // a phrase of one glued letter alone
};

}  // namespace akhbar

#endif  // AKHBAR_EXTRACT_LOCATIVES_H_
