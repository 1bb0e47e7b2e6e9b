// Whose a trigger's noun is (events.yaml `owner_adjectives`): in العقوبات
// الأمريكية على روسيا the United States imposes the sanctions, though its
// adjective stands after the trigger, where a name would be the target; in
// تصريحات المالكي al-Maliki made the statements.
#ifndef AKHBAR_EXTRACT_OWNER_ADJECTIVES_H_
#define AKHBAR_EXTRACT_OWNER_ADJECTIVES_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "extract/entity_catalog.h"
#include "extract/event_rules.h"
#include "extract/extraction.h"
#include "extract/locatives.h"
#include "extract/morphology.h"
#include "extract/text_layout.h"

namespace akhbar {

class OwnerAdjectiveFinder {
 public:
  // `catalog` says which names are places and media, which make no
  // statement; `locatives` which words head a title or are force nouns.
  OwnerAdjectiveFinder(const OwnerAdjectiveRules& rules, const EntityCatalog& catalog,
                       const LocativeFinder& locatives, const Morphology& morphology);

  // Sets Mention::owner of each adjective among `mentions` (in text order)
  // whose word comes right after the last word of one of `events`, with
  // only white space between, ends with one of the rules' endings and has
  // the article exactly where that word has it (العقوبات الأمريكية، قوات
  // روسية), and of each such adjective joined to an owner by و (الأوروبية
  // والأمريكية). Not after the events of the rules' not_after_types.
  // And sets Mention::agent of each name that is the genitive of the noun of
  // one of the rules' genitive_types: right after it, with nothing or one
  // of genitive_links before it in its word (تصريحات المالكي، بيان للأمم
  // المتحدة), or after a title or a force noun that is (غارات مقاتلات
  // التحالف، هجوم لعناصر تنظيم داعش، بيان لوزير الخارجية سيرغي لافروف), and
  // with a genitive link also after adjectives of the noun that end in one
  // of the rules' endings (غارة جوية للتحالف، هجوم انتحاري لتنظيم داعش).
  // A place's or a medium's name is none (بيان القاهرة is a
  // declaration made there, تصريح لوكالة الصحافة الفرنسية one given to it).
  // A name right after such a noun with the article is what the noun does
  // something to (انتقد البيان روسيا): it gets Mention::after_target_link.
  // After the noun, without the article, of any other type, a name that a
  // name with one of object_markers glued to it follows did what the noun
  // names (اتهامات المالكي للسعودية): it is an agent too.
  void Mark(std::string_view text, const TextLayout& layout,
            const std::vector<EventMention>& events, std::vector<Mention>* mentions) const;

 private:
  void MarkAdjectives(std::string_view text, const TextLayout& layout,
                      const std::vector<EventMention>& events,
                      std::vector<Mention>* mentions) const;
  void MarkGenitives(std::string_view text, const TextLayout& layout,
                     const std::vector<EventMention>& events,
                     std::vector<Mention>* mentions) const;
  // The mention of `kind` among `mentions` that lies in token `token`.
  static Mention* MentionIn(const TextLayout& layout, uint32_t token, MentionKind kind,
                            std::vector<Mention>* mentions);
  bool SingularForm(const TextLayout& layout, uint32_t token) const;
  // The name the noun ending at token `last` governs through adjectives of
  // the noun or through a title or a force noun, where the words say it is
  // the noun's genitive (see Mark); null if none.
  Mention* GenitiveBeyond(std::string_view text, const TextLayout& layout, uint32_t last,
                          std::vector<Mention>* mentions) const;
  // `letters`, glued before a word, are one of genitive_links, with or
  // without the article's ل after it (لوزير، للرئيس).
  bool IsGenitiveLink(std::string_view letters) const;
  // The word right after `name`, with only white space between, is a name
  // with one of object_markers glued to it (للسعودية). Not any word: ل
  // before a verbal noun says what for (دعوة المنظمة للتدخل).
  bool ObjectFollows(std::string_view text, const TextLayout& layout, const Mention& name,
                     std::vector<Mention>* mentions) const;

  const OwnerAdjectiveRules& rules_;
  const EntityCatalog& catalog_;
  const LocativeFinder& locatives_;
  const Morphology& morphology_;
};

}  // namespace akhbar

#endif  // AKHBAR_EXTRACT_OWNER_ADJECTIVES_H_
