#include "extract/verb_subject.h"

#include <algorithm>
#include <utility>

namespace akhbar {
namespace {

constexpr std::string_view kAnd = "\u0648";  // و
constexpr std::string_view kLam = "\u0644";  // ل
constexpr std::string_view kFa = "\u0641";  // ف
// The prefix of most imperfect verbs, which few nouns start with, and with
// ة the ending of most adjectives.
constexpr std::string_view kYa = "\u064A";  // ي
constexpr std::string_view kTaMarbuta = "\u0629";  // ة
// Adjectives between a noun and the relative pronoun that describes it
// (العقوبات الاقتصادية الغربية التي).
constexpr uint32_t kMostAdjectivesBeforeRelative = 2;

// A link of one Arabic letter is glued to the word after it (بقصف).
constexpr size_t kMostGluedLinkBytes = 2;

// Words before a link of means that may hold the word of doing and its
// subject: شاركت طائرات التحالف العربي لأول مرة في قصف.
constexpr uint32_t kMostWordsBeforeMeans = 6;

// Words of a subject between a particle and its verb: أن قوات الأمن
// الكازاخية اعتقلت.
constexpr uint32_t kMostWordsAfterParticle = 3;

// Whether one of the token's readings, its proclitics set aside, is `word`.
bool ReadsAs(const TextLayout& layout, uint32_t token, std::string_view word) {
  return std::ranges::any_of(layout.ReadingsOf(token), [&](const TokenReading& reading) {
    return layout.Stem(reading) == word;
  });
}

// Whether only white space lies between tokens `from` and `to` (from < to).
bool OnlySpacesBetween(std::string_view text, const TextLayout& layout, uint32_t from,
                       uint32_t to) {
  for (uint32_t token = from + 1; token <= to; ++token) {
    if (HasPunctuation(GapBefore(text, layout, token))) return false;
  }
  return true;
}

bool EndsWithOneOf(std::string_view word, std::span<const std::string> endings) {
  return std::ranges::any_of(endings, [&](const std::string& ending) {
    return word.size() > ending.size() && word.ends_with(ending);
  });
}

}  // namespace

void VerbSubjectFinder::AddGovernors(const VerbSubjectRules& rules,
                                     WordTable<uint8_t>* governors) {
  for (const std::string& word : rules.stance_verbs) governors->Insert(word, kStanceVerb);
  for (const std::string& word : rules.adjuncts) governors->Insert(word, kAdjunct);
}

VerbSubjectFinder::VerbSubjectFinder(const VerbSubjectRules& rules,
                                     std::span<const std::string> genitive_types,
                                     const Morphology& morphology)
    : rules_(rules), genitive_types_(genitive_types.begin(), genitive_types.end()),
      morphology_(morphology) {
  for (const std::string& word : rules.stop_words) stop_words_.Insert(word, true);
  for (const std::string& word : rules.relatives) relatives_.Insert(word, true);
  for (const std::string& word : rules.subject_pronouns) subject_pronouns_.Insert(word, true);
  for (const std::string& word : rules.subject_particles) subject_particles_.Insert(word, true);
  for (const std::string& link : rules.means_links) {
    if (link.size() > kMostGluedLinkBytes) means_links_.Insert(link, true);
  }
  for (const std::string& word : rules.means_not_after) means_not_after_.Insert(word, true);
  AddGovernors(rules, &governors_);
  for (const VerbSubjectRules::TypeStanceVerbs& stance : rules.stance_verbs_for) {
    for (const std::string& type : stance.types) {
      auto governors = std::ranges::find_if(
          governors_by_type_, [&](const auto& entry) { return entry.first == type; });
      if (governors == governors_by_type_.end()) {
        governors = governors_by_type_.insert(governors_by_type_.end(), {type, {}});
        AddGovernors(rules, &governors->second);
      }
      for (const std::string& verb : stance.verbs) governors->second.Insert(verb) |= kStanceVerb;
    }
  }
}

const WordTable<uint8_t>& VerbSubjectFinder::GovernorsOf(std::string_view type) const {
  for (const auto& [governed_type, governors] : governors_by_type_) {
    if (governed_type == type) return governors;
  }
  return governors_;
}

bool VerbSubjectFinder::IsWord(const TextLayout& layout, uint32_t token,
                               const WordTable<bool>& words) {
  const std::span<const TokenReading> readings = layout.ReadingsOf(token);
  return !readings.empty() && words.FindHash(readings.front().hash) != nullptr;
}

bool VerbSubjectFinder::SubjectAfterParticle(std::string_view text, const TextLayout& layout,
                                             const Sentence& sentence, uint32_t verb) const {
  for (uint32_t words = 1;
       words <= kMostWordsAfterParticle && verb >= sentence.first_token + words + 1; ++words) {
    const uint32_t particle = verb - words - 1;
    if (HasPunctuation(GapBefore(text, layout, particle + 1)) ||
        IsWord(layout, particle + 1, stop_words_)) {
      return false;
    }
    if (morphology_.OrOfReadings(layout, particle, subject_particles_)) {
      // A verb of its own after the particle (أن يشعل المنطقة) has its
      // subject after it.
      return !layout.Normalized(layout.tokens[particle + 1]).starts_with(kYa);
    }
  }
  return false;
}

bool VerbSubjectFinder::AfterNounNotTitle(const TextLayout& layout, uint32_t verb,
                                          uint32_t token, uint32_t subject_end) const {
  if (token <= verb + 1 || !morphology_.HasArticle(layout, token - 1)) return false;
  // The subject's adjective after its title (الرئيس اليمني السابق علي
  // عبدالله صالح) is where the title is.
  const auto in_subject = [&](uint32_t at) { return layout.tokens[at].end <= subject_end; };
  const auto is = [&](uint32_t at, const std::string& word) { return ReadsAs(layout, at, word); };
  uint32_t end = token;  // of the title, before its adjectives
  while (end > verb + 1 && !in_subject(end - 1) &&
         std::ranges::any_of(rules_.title_adjectives,
                             [&](const auto& word) { return is(end - 1, word); })) {
    --end;
  }
  const auto title_ends_at = [&](uint32_t last) {
    return std::ranges::any_of(rules_.titles, [&](const std::vector<std::string>& title) {
      if (last - verb < title.size()) return false;
      const uint32_t first = last + 1 - static_cast<uint32_t>(title.size());
      for (size_t w = 0; w < title.size(); ++w) {
        if (!is(first + static_cast<uint32_t>(w), title[w])) return false;
      }
      return true;
    });
  };
  // The noun itself, or the end of a chain of nouns a title without the
  // article heads (رئيسة المفوضية، رئيس مجلس الوزراء).
  for (uint32_t last = end - 1; last > verb; --last) {
    if (in_subject(last)) return false;
    if (last + 1 != end && morphology_.HasArticle(layout, last)) return true;
    if (title_ends_at(last)) return false;
  }
  return true;
}

bool VerbSubjectFinder::StartsWithAnd(std::string_view text, const TextLayout& layout,
                                      uint32_t token) const {
  if (!text.substr(layout.tokens[token].start).starts_with(kAnd)) return false;
  return std::ranges::any_of(layout.ReadingsOf(token), [&](const TokenReading& reading) {
    return reading.proclitic != nullptr && reading.proclitic->form.starts_with(kAnd) &&
           !morphology_.SplitsWholeWord(layout, token, reading.proclitic->stripped_bytes());
  });
}

VerbSubjectFinder::Span VerbSubjectFinder::SubjectOf(std::string_view text,
                                                     const TextLayout& layout,
                                                     std::span<const Mention> mentions,
                                                     const Sentence& sentence, uint32_t verb,
                                                     Span clause, uint32_t governor_end) const {
  const auto [clause_start, clause_end] = clause;
  auto name = std::ranges::partition_point(
      mentions, [&](const Mention& mention) { return mention.end <= layout.tokens[verb].start; });
  // A name right before the verb is its subject, as is the name a relative
  // pronoun right before it stands for (كييف التي تتهم الكرملين); the names
  // after it are its objects. The relative's name, with the names joined to
  // it by و (لندن وواشنطن وباريس التي تتهم), is the subject even where a
  // preposition governs it (حليفة لروسيا التي أرسلت قوات), so it is given
  // as the subject.
  const bool after_name = name != mentions.begin() && (name - 1)->start >= clause_start;
  const uint32_t last_of_name = after_name ? TokenAt(layout, sentence, (name - 1)->end - 1) : 0;
  const bool after_word =
      verb > sentence.first_token && !HasPunctuation(GapBefore(text, layout, verb));
  if (after_word && IsWord(layout, verb - 1, subject_pronouns_)) return {};
  if (after_word && IsWord(layout, verb - 1, relatives_)) {
    if (!after_name || last_of_name + 2 != verb ||
        !OnlySpacesBetween(text, layout, last_of_name, verb)) {
      return {};
    }
    auto first = name - 1;
    while (first != mentions.begin() && (first - 1)->start >= clause_start) {
      const uint32_t joined = TokenAt(layout, sentence, first->start);
      const uint32_t last_before = TokenAt(layout, sentence, (first - 1)->end - 1);
      if (last_before + 1 != joined || !StartsWithAnd(text, layout, joined) ||
          !OnlySpacesBetween(text, layout, last_before, joined)) {
        break;
      }
      --first;
    }
    return {first->start, (name - 1)->end};
  }
  if (EndsWithOneOf(layout.Normalized(layout.tokens[verb]), rules_.plural_endings) ||
      (after_word && SubjectAfterParticle(text, layout, sentence, verb))) {
    return {};
  }
  // Unless a verb of stance has it for its subject: in أدانت فرنسا تدخل
  // روسيا عسكريا France condemns, and Russia intervenes.
  if (after_name && verb - last_of_name - 1 <= rules_.max_words_before &&
      OnlySpacesBetween(text, layout, last_of_name, verb) && (name - 1)->end > governor_end) {
    return {};
  }
  return SubjectAfter(text, layout, mentions, sentence, verb, clause_end);
}

VerbSubjectFinder::Span VerbSubjectFinder::SubjectAfter(std::string_view text,
                                                        const TextLayout& layout,
                                                        std::span<const Mention> mentions,
                                                        const Sentence& sentence, uint32_t verb,
                                                        uint32_t clause_end) const {
  auto name = std::ranges::partition_point(
      mentions, [&](const Mention& mention) { return mention.end <= layout.tokens[verb].start; });
  Span subject;
  bool named = false;      // a name, not only an adjective (القوات الروسية)
  bool and_since = false;  // a و since the subject's last name
  bool after_title = false;  // that name is an adjective: الرئيس الفرنسي
  size_t words = 0;          // since the verb, or the subject's last name
  for (uint32_t token = verb + 1; token < sentence.end_token; ++token) {
    const Token& word = layout.tokens[token];
    if (word.end > clause_end || HasPunctuation(GapBefore(text, layout, token))) break;
    if (StartsWithAnd(text, layout, token)) and_since = true;
    if (name != mentions.end() && name->start < word.end) {
      // A title joins only the name right after it (الرئيس الفرنسي إيمانويل
      // ماكرون); two words on, a name is an object (حث الرئيس الأميركي باراك
      // أوباما بريطانيا).
      const bool joins = subject.end == 0 || and_since || (after_title && words <= 1);
      if (name->end > clause_end || !joins) break;
      const bool adjective = name->kind == MentionKind::kAdjective;
      // A name glued to ل after the noun is its owner, who acts through it
      // (دعت الأمانة العامة لمجلس التعاون).
      const bool owner = name->start > word.start &&
                         text.substr(word.start, name->start - word.start).ends_with(kLam);
      const bool after_noun =
          !owner && AfterNounNotTitle(layout, verb, token, subject.end);
      if (after_noun && !adjective) break;
      if (subject.end == 0) subject.start = name->start;
      subject.end = name->end;
      after_title = adjective && !after_noun;
      named = named || !adjective;
      and_since = false;
      words = 0;
      token = TokenAt(layout, sentence, name->end - 1);
      ++name;
      continue;
    }
    if (IsWord(layout, token, stop_words_) || ++words > rules_.max_words) break;
  }
  return named ? subject : Span{};
}

uint32_t VerbSubjectFinder::MeansStart(std::string_view text, const TextLayout& layout,
                                       const EventMention& event) const {
  if (event.verb ||
      std::ranges::find(rules_.means_types, event.type) == rules_.means_types.end()) {
    return 0;
  }
  const Sentence& sentence = layout.sentences[event.sentence];
  const uint32_t trigger = TokenAt(layout, sentence, event.start);
  if (trigger >= sentence.end_token) return 0;
  const Token& word = layout.tokens[trigger];
  // The letters glued before the noun, the conjunction before them aside
  // (وبقصف).
  std::string_view glued = text.substr(word.start, event.start - word.start);
  if (glued.starts_with(kAnd) || glued.starts_with(kFa)) glued.remove_prefix(kAnd.size());
  const bool glued_link = std::ranges::any_of(rules_.means_links, [&](const std::string& link) {
    return link.size() <= kMostGluedLinkBytes && glued.starts_with(link);
  });
  uint32_t link = trigger;
  if (!glued_link) {
    if (!glued.empty() || trigger == sentence.first_token ||
        HasPunctuation(GapBefore(text, layout, trigger)) ||
        !morphology_.OrOfReadings(layout, trigger - 1, means_links_)) {
      return 0;
    }
    link = trigger - 1;
  }
  // The word of doing mostly stands before its subject (قامت روسيا بقصف،
  // تورط إيران في التفجير).
  for (uint32_t after = link;
       after > sentence.first_token && link - after < kMostWordsBeforeMeans &&
       !HasPunctuation(GapBefore(text, layout, after));
       --after) {
    if (morphology_.OrOfReadings(layout, after - 1, means_not_after_)) return 0;
  }
  return layout.tokens[link].start > sentence.start ? layout.tokens[link].start : 0;
}

uint32_t VerbSubjectFinder::GovernorEnd(std::string_view text, const TextLayout& layout,
                                        std::span<const Mention> mentions,
                                        const EventMention& event, Span clause,
                                        uint32_t previous_end) const {
  const Sentence& sentence = layout.sentences[event.sentence];
  const uint32_t trigger = TokenAt(layout, sentence, event.start);
  const WordTable<uint8_t>& governors = GovernorsOf(event.type);
  // A link of means right before the noun governs the names before it,
  // unless a verb of stance does: in اتهمت أنقرة الأكراد بقصف the Kurds
  // shell.
  const uint32_t means = MeansStart(text, layout, event);
  for (uint32_t word = trigger; word-- > sentence.first_token;) {
    const Token& token = layout.tokens[word];
    if (token.start < clause.start) break;
    const uint8_t kind = morphology_.OrOfReadings(layout, word, governors);
    // An adjunct holds the first trigger after it: in منذ بدء الاضطرابات
    // وسط تكهنات تفيد بمغادرته the leaving is not the unrest's.
    if (kind == 0 || (kind == kAdjunct && previous_end > token.start)) continue;
    if (kind & kStanceVerb) {
      // The subject is sought before the trigger: a name after it is the
      // noun's.
      const Span subject =
          SubjectOf(text, layout, mentions, sentence, word, {clause.start, event.start});
      return std::max(subject.end, token.end);
    }
    if (means != 0) return means;
    return token.start > sentence.start ? token.start : 0;
  }
  return means;
}

VerbSubjectFinder::Span VerbSubjectFinder::RelativeClauseBefore(std::string_view text,
                                                                const TextLayout& layout,
                                                                const EventMention& event,
                                                                Span clause) const {
  const Sentence& sentence = layout.sentences[event.sentence];
  const uint32_t trigger = TokenAt(layout, sentence, event.start);
  if (trigger >= sentence.end_token) return {};
  // The token after the first punctuation mark that follows the pronoun:
  // a comma closes the clause (… وخلفه توكاييف، احتجاجات), and so does any
  // mark before it (a quotation mark, a full stop inside a quotation).
  uint32_t mark = 0;
  for (uint32_t token = trigger;
       token > sentence.first_token && layout.tokens[token - 1].start >= clause.start; --token) {
    if (HasPunctuation(GapBefore(text, layout, token))) mark = token;
    if (mark != 0 && morphology_.OrOfReadings(layout, token - 1, relatives_)) {
      return {layout.tokens[token - 1].start, layout.tokens[mark - 1].end};
    }
  }
  return {};
}

bool VerbSubjectFinder::CarriesObjectPronoun(std::string_view text, const TextLayout& layout,
                                             uint32_t token, std::string_view type) const {
  const Token& word = layout.tokens[token];
  // The original letters: the matching form writes ة as ه.
  const std::string_view original = text.substr(word.start, word.end - word.start);
  const std::string_view normalized = layout.Normalized(word);
  for (const std::string& pronoun : rules_.object_pronouns) {
    if (!original.ends_with(pronoun) || normalized.size() <= pronoun.size() + 2 ||
        !normalized.ends_with(pronoun)) {
      continue;
    }
    // A preposition with a pronoun (منه، ضده، تجاهها) is no verb.
    const std::string_view stem = normalized.substr(0, normalized.size() - pronoun.size());
    if (stop_words_.Find(stem) != nullptr || stop_words_.Find(normalized) != nullptr) {
      return false;
    }
    const uint8_t* kind = GovernorsOf(type).Find(stem);
    return kind == nullptr || (*kind & kStanceVerb) == 0;
  }
  return false;
}

VerbSubjectFinder::Span VerbSubjectFinder::RelativeAgentOf(std::string_view text,
                                                           const TextLayout& layout,
                                                           std::span<const Mention> mentions,
                                                           const EventMention& event,
                                                           Span clause) const {
  const Sentence& sentence = layout.sentences[event.sentence];
  const bool definite = morphology_.HasArticle(layout, TokenAt(layout, sentence, event.end - 1));
  for (uint32_t token = TokenAt(layout, sentence, event.end), words = 0;
       token + 1 < sentence.end_token && layout.tokens[token + 1].end <= clause.end; ++token) {
    if (layout.tokens[token].start < event.end ||
        HasPunctuation(GapBefore(text, layout, token))) {
      return {};
    }
    // A noun without the article takes its clause without a relative
    // pronoun (عقوبات فرضتها الولايات المتحدة، دعوة وجهتها سلطنة عمان). A
    // word that starts with و or ل is no such verb, but a conjunction or a
    // preposition before a noun that has a pronoun (ومواقفها، لسكانها).
    const Token& word = layout.tokens[token];
    const std::string_view original = text.substr(word.start, word.end - word.start);
    if (!definite && !original.starts_with(kAnd) && !original.starts_with(kLam) &&
        CarriesObjectPronoun(text, layout, token, event.type)) {
      return SubjectAfter(text, layout, mentions, sentence, token, clause.end);
    }
    if (definite && IsWord(layout, token, relatives_)) {
      const uint32_t verb = token + 1;
      if (HasPunctuation(GapBefore(text, layout, verb)) ||
          !CarriesObjectPronoun(text, layout, verb, event.type)) {
        return {};
      }
      return SubjectAfter(text, layout, mentions, sentence, verb, clause.end);
    }
    // Adjectives of the noun agree with it in the article (العقوبات
    // الاقتصادية الغربية التي); a name would be what the clause describes.
    // Without the article, only a word ending in ي or ة is taken for one
    // (غارات جوية شنتها، هجمات عنيفة): others are prepositions (حول، لدى)
    // and the nouns they govern.
    const auto name = std::ranges::partition_point(
        mentions, [&](const Mention& mention) { return mention.end <= word.start; });
    const bool named = name != mentions.end() && name->start < word.end;
    const bool adjective =
        definite ? morphology_.HasArticle(layout, token)
                 : !morphology_.HasArticle(layout, token) &&
                       (original.ends_with(kYa) || original.ends_with(kTaMarbuta));
    if (named || !adjective || ++words > kMostAdjectivesBeforeRelative) {
      return {};
    }
  }
  return {};
}

VerbSubjectFinder::Span VerbSubjectFinder::GenitiveSubjectOf(std::string_view text,
                                                             const TextLayout& layout,
                                                             std::span<const Mention> mentions,
                                                             const EventMention& event,
                                                             Span clause) const {
  if (std::ranges::find(genitive_types_, event.type) == genitive_types_.end()) return {};
  const Sentence& sentence = layout.sentences[event.sentence];
  const uint32_t last = TokenAt(layout, sentence, event.end - 1);
  if (last + 1 >= sentence.end_token || morphology_.HasArticle(layout, last)) return {};
  if (!StartsTitle(layout, sentence, last + 1)) return {};
  return SubjectAfter(text, layout, mentions, sentence, last, clause.end);
}

bool VerbSubjectFinder::StartsTitle(const TextLayout& layout, const Sentence& sentence,
                                    uint32_t token) const {
  return std::ranges::any_of(rules_.titles, [&](const std::vector<std::string>& title) {
    if (sentence.end_token - token < title.size()) return false;
    for (size_t w = 0; w < title.size(); ++w) {
      if (!ReadsAs(layout, token + static_cast<uint32_t>(w), title[w])) return false;
    }
    return true;
  });
}

VerbSubjectFinder::Span VerbSubjectFinder::RelativeAsideAfter(std::string_view text,
                                                              const TextLayout& layout,
                                                              const EventMention& event,
                                                              Span clause) const {
  const Sentence& sentence = layout.sentences[event.sentence];
  uint32_t token = TokenAt(layout, sentence, event.end);
  while (token < sentence.end_token && layout.tokens[token].start < event.end) ++token;
  // Right after the trigger, the clause describes the trigger itself.
  for (++token; token < sentence.end_token && layout.tokens[token].end <= clause.end; ++token) {
    if (!HasPunctuation(GapBefore(text, layout, token)) ||
        !morphology_.OrOfReadings(layout, token, relatives_)) {
      continue;
    }
    uint32_t last = token;
    while (last + 1 < sentence.end_token && layout.tokens[last + 1].end <= clause.end &&
           !HasPunctuation(GapBefore(text, layout, last + 1))) {
      ++last;
    }
    return {layout.tokens[token].start, layout.tokens[last].end};
  }
  return {};
}

void VerbSubjectFinder::Find(std::string_view text, const TextLayout& layout,
                             std::span<const Mention> mentions,
                             std::vector<EventMention>* events) const {
  uint32_t previous_end = 0;  // of the trigger before, in the same sentence
  uint32_t previous_sentence = 0;
  for (EventMention& event : *events) {
    if (event.sentence != previous_sentence) previous_end = 0;
    previous_sentence = event.sentence;
    const uint32_t before = std::exchange(previous_end, event.end);
    const Sentence& sentence = layout.sentences[event.sentence];
    const Span clause = event.speech
                            ? Span{event.speech->clause_start, event.speech->clause_end}
                            : Span{sentence.start, sentence.end};
    const auto [aside_start, aside_end] = RelativeAsideAfter(text, layout, event, clause);
    event.aside_start = aside_start;
    event.aside_end = aside_end;
    // Who speaks is the subject of a verb where they act (أعلنت الشرطة
    // أنها اعتقلت), so the names after it are its objects.
    if (event.speech && event.speech->speaker_acts) continue;
    const auto [relative_start, relative_end] = RelativeClauseBefore(text, layout, event, clause);
    event.relative_start = relative_start;
    event.relative_end = relative_end;
    const uint32_t governor_end =
        governors_.size() == 0 && governors_by_type_.empty() && rules_.means_types.empty()
            ? 0
            : GovernorEnd(text, layout, mentions, event, clause, before);
    // A verb with no subject after it may have one before the verb of
    // stance (دعت فرنسا إلى … وطالبت ب), so the stance's names stay its
    // actors.
    if (!event.verb) {
      event.governor_end = governor_end;
      Span agent = rules_.object_pronouns.empty()
                       ? Span{}
                       : RelativeAgentOf(text, layout, mentions, event, clause);
      if (agent.end == 0) agent = GenitiveSubjectOf(text, layout, mentions, event, clause);
      event.subject_start = agent.start;
      event.subject_end = agent.end;
      continue;
    }
    // In the pluperfect the subject stands between the auxiliary and its
    // particle (وكانت الشرطة قد اعتقلت أبليازوف): the names after are objects.
    if (event.pluperfect) continue;
    const uint32_t verb = TokenAt(layout, sentence, event.start);
    if (verb >= sentence.end_token) continue;
    // A name in the next clause (قتلوا حينما سقطت مقاتلة سورية) is its
    // subject, not the verb's.
    const Span own_clause{clause.start, event.next_clause_start == 0
                                            ? clause.end
                                            : std::min(clause.end, event.next_clause_start)};
    const auto [start, end] =
        SubjectOf(text, layout, mentions, sentence, verb, own_clause, governor_end);
    event.subject_start = start;
    event.subject_end = end;
  }
}

}  // namespace akhbar
