#include "extract/pluperfect.h"

#include <algorithm>

namespace akhbar {
namespace {

// A particle this many words before the trigger still makes it pluperfect:
// the trigger is the verb (قد اعتقلت) or its object (قد فرضت عقوبات).
constexpr uint32_t kMostWordsAfterParticle = 2;

}  // namespace

PluperfectFinder::PluperfectFinder(const PluperfectRules& rules, const Morphology& morphology)
    : morphology_(morphology), max_words_(rules.max_words) {
  for (const std::string& word : rules.auxiliaries) auxiliaries_.Insert(word, true);
  for (const std::string& word : rules.particles) particles_.Insert(word, true);
}

bool PluperfectFinder::IsPluperfect(const TextLayout& layout, const Sentence& sentence,
                                    uint32_t particle) const {
  // The particle stands alone: وقد and فقد open clauses of their own (لما
  // كان الصديق رقيق الحال فقد جاءت الدعوة).
  const bool bare = std::ranges::any_of(layout.ReadingsOf(particle), [&](const auto& reading) {
    return reading.proclitic == nullptr && particles_.FindHash(reading.hash) != nullptr;
  });
  if (!bare) return false;
  const uint32_t first = particle - std::min<uint32_t>(particle - sentence.first_token,
                                                       static_cast<uint32_t>(max_words_) + 1);
  for (uint32_t word = particle; word-- > first;) {
    if (morphology_.OrOfReadings(layout, word, auxiliaries_)) return true;
  }
  return false;
}

void PluperfectFinder::Find(const TextLayout& layout, std::vector<EventMention>* events) const {
  if (auxiliaries_.size() == 0) return;
  for (EventMention& event : *events) {
    const Sentence& sentence = layout.sentences[event.sentence];
    const uint32_t trigger = TokenAt(layout, sentence, event.start);
    if (trigger >= sentence.end_token) continue;
    for (uint32_t before = 1; before <= kMostWordsAfterParticle; ++before) {
      if (trigger < sentence.first_token + before) break;
      if (IsPluperfect(layout, sentence, trigger - before)) {
        event.pluperfect = true;
        break;
      }
    }
  }
}

}  // namespace akhbar
