#include "graph/event_builder.h"

#include <algorithm>
#include <array>
#include <compare>
#include <cstdint>
#include <deque>
#include <functional>
#include <iterator>
#include <memory>
#include <map>
#include <numeric>
#include <optional>
#include <ranges>
#include <span>
#include <string>
#include <tuple>
#include <utility>

#include "graph/event_dating.h"
#include "graph/name_ranks.h"
#include "graph/union_find.h"

namespace akhbar {
namespace {

// In the order participants are listed. kElsewhere, a name in another
// clause of the report's sentence, is a participant unless the clause
// itself gives the entity a side (Combined).
enum class Role : uint8_t { kActor, kTarget, kParticipant, kSpeaker, kElsewhere };

std::string_view RoleName(Role role) {
  switch (role) {
    case Role::kActor: return "actor";
    case Role::kTarget: return "target";
    case Role::kParticipant: break;
    case Role::kSpeaker: return "speaker";
    case Role::kElsewhere: break;
  }
  return "participant";
}

bool InClause(const SentenceMention& mention, const SentenceTrigger& trigger) {
  return trigger.clause_start <= mention.start && mention.end <= trigger.clause_end;
}

// Who speaks of the trigger's event (قال أبليازوف إن … فروا).
bool Speaks(const SentenceMention& mention, const SentenceTrigger& trigger) {
  return trigger.speaker_start < trigger.speaker_end && trigger.speaker_start <= mention.start &&
         mention.end <= trigger.speaker_end;
}

// A speaker who acts (SentenceTrigger::speaker_acts) is the actor, and a
// source (بحسب المرصد) is the speaker of every event of its sentence. A verb's
// subject after it (دعت فرنسا وألمانيا إلى) is its actor, and the names
// before it then only take part, as does a name that says where (في
// ألماتي), and one before the trigger that a preposition governs (غارة فوق
// سوريا أدت إلى مقتل), that place nouns alone precede (شرق فرنسا), that
// belongs to what governs the trigger (أدانت فرنسا مقتل، خلال الاحتجاجات)
// or to a relative clause closed before it, and one anywhere that someone
// named is loyal to (الموالين لروسيا). Otherwise a name before the trigger
// is its actor and one after it its target, if it is at most `max_words`
// words away: further, it mostly names a place, an owner or a description
// (وفرضت الولايات المتحدة مزيدا من العقوبات فيما يتعلق بأزمة روسيا).
// Owners that one trigger's owner adjective may have joined to it by و.
constexpr size_t kMostJoinedOwners = 2;

// Whether another of the sentence's triggers stands between `mention` and
// `trigger`: the name's side is the nearer trigger's (فرض عقوبات على قطريين
// اتهمتهما واشنطن بتمويل تنظيم القاعدة: neither Washington nor al-Qaeda is
// sanctioned). Not a trigger that a verb of stance or an adjunct governs,
// which is a phrase inside the clause: in لم يظهر نزارباييف منذ بدء
// الاضطرابات وسط تكهنات تفيد بمغادرته البلاد the leaving is Nazarbayev's.
// Nor one of the trigger's type, which the sentence reports with it (اقتحم
// المحتجون مبنى واقتحموا ألماتي).
bool TriggerBetween(std::span<const SentenceTrigger> triggers, const SentenceMention& mention,
                    const SentenceTrigger& trigger) {
  const bool before = mention.end <= trigger.start;
  const uint32_t from = before ? mention.end : trigger.end;
  const uint32_t to = before ? trigger.start : mention.start;
  return std::ranges::any_of(triggers, [&](const SentenceTrigger& other) {
    return other.type != trigger.type && other.governor_end == 0 && from <= other.start &&
           other.end <= to;
  });
}

Role RoleAround(const SentenceFacts& sentence, const SentenceMention& mention,
                const SentenceTrigger& trigger, size_t max_words, bool trigger_between) {
  const bool speaks = Speaks(mention, trigger);
  if (speaks && !trigger.speaker_acts) return Role::kSpeaker;
  const bool adjective = mention.kind == MentionKind::kAdjective;
  if (mention.source && !adjective) return Role::kSpeaker;
  if (!speaks && !InClause(mention, trigger)) return Role::kElsewhere;
  // The owner adjective right after the trigger's noun, or joined by و to
  // it (العقوبات الأوروبية والأمريكية), says whose it is.
  if (adjective) {
    return mention.owner && trigger.end <= mention.start &&
                   sentence.WordsIn(trigger.end, mention.start) <= kMostJoinedOwners
               ? Role::kActor
               : Role::kParticipant;
  }
  if (speaks) return Role::kActor;
  // A relative pronoun's name that says where is no subject (المقاتلين
  // الأكراد في سوريا الذين تتهمهم الحكومة).
  if (mention.locative) return Role::kParticipant;
  const bool has_subject = trigger.subject_start < trigger.subject_end;
  if (has_subject && trigger.subject_start <= mention.start &&
      mention.end <= trigger.subject_end) {
    return Role::kActor;
  }
  const bool before = mention.end <= trigger.start;
  // Before a noun that a verb of stance or an adjunct governs (أدانت فرنسا
  // مقتل المتظاهرين، اعتقلت الشرطة خمسة خلال الاحتجاجات), names judge, ask
  // for or witness the event, or do something else; in a relative clause
  // closed before the trigger (كازاخستان التي … وخلفه توكاييف، احتجاجات)
  // they describe the name before it.
  const bool governed = mention.end <= trigger.governor_end ||
                        (trigger.relative_start <= mention.start &&
                         mention.end <= trigger.relative_end);
  // After the trigger, a subordinate clause (the end of the bytes that may
  // date it: قال في بيان إن الولايات المتحدة), the next clause (بعدما طلب
  // توكاييف، ووعد مع زعيم الكرملين) or an aside (فرضت عقوبات على روسيا، التي
  // ضمت القرم) has subjects of its own.
  const bool in_clause_after =
      !before && (mention.start >= std::min(trigger.dating_end, trigger.next_clause_start) ||
                  (trigger.aside_start <= mention.start && mention.end <= trigger.aside_end));
  if ((before && (governed || mention.after_preposition || mention.after_place_noun)) ||
      mention.patron || in_clause_after ||
      (!before && mention.start < trigger.end)) {
    return Role::kParticipant;
  }
  const size_t words = before ? sentence.WordsIn(mention.end, trigger.start)
                              : sentence.WordsIn(trigger.end, mention.start);
  if (words > max_words || trigger_between) return Role::kParticipant;
  // An agent acts in what the noun or passive before it reports (العقوبات
  // المفروضة من قبل أوروبا). An active verb has a subject of its own, and
  // the agent belongs to a noun between (ودعت الصحف إلى رفض محاولات من
  // جانب برلين), as it does to something else before the trigger.
  if (mention.agent) return before || trigger.verb ? Role::kParticipant : Role::kActor;
  if (before) return has_subject ? Role::kParticipant : Role::kActor;
  return Role::kTarget;
}

// Each entity's role, by entity (ranks in the names' order): a handful per
// sentence, kept in a sorted vector rather than a map of strings.
using Roles = std::vector<std::pair<NameRank, Role>>;

// The role of an entity named in two: a side (actor, target, speaker) wins
// over taking part without one (a place named far from the trigger in one
// report, the actor in another), and two different sides make it a
// participant.
Role Combined(Role a, Role b) {
  const auto sided = [](Role role) {
    return role == Role::kActor || role == Role::kTarget || role == Role::kSpeaker;
  };
  if (a == b) return a;
  if (!sided(a)) return sided(b) ? b : Role::kParticipant;
  return sided(b) ? Role::kParticipant : a;
}

void AddRole(Roles* roles, NameRank entity, Role role) {
  const auto it = std::ranges::lower_bound(*roles, entity, {}, &Roles::value_type::first);
  if (it == roles->end() || it->first != entity) {
    roles->insert(it, {entity, role});
  } else {
    it->second = Combined(it->second, role);
  }
}

// The catalog's type of each of the corpus's names (by NameIndex) that is
// an entity's.
using EntityTypes = std::vector<std::optional<EntityType>>;
EntityTypes EntityTypesOf(const DeduplicatedCorpus& corpus, const EntityCatalog& catalog) {
  EntityTypes types(corpus.names->size());
  for (size_t name = 0; name < types.size(); ++name) {
    if (const Entity* entity = catalog.Find(corpus.Name(static_cast<NameIndex>(name)))) {
      types[name] = entity->type;
    }
  }
  return types;
}

// What sides a report gives the names around its trigger: within
// `max_words` words, and by the trigger's type (by NameIndex) an actor and
// a target, or not, or a target only after a target link, or a noun's
// actor only where the sentence states it (events.yaml `sides`).
struct SideRules {
  size_t max_words = 0;
  std::vector<bool> gives_actor;
  std::vector<bool> gives_target;
  std::vector<bool> linked_targets;
  std::vector<bool> stated_actors;
};

SideRules SideRulesOf(const std::vector<std::string>& names, const EventRules& rules) {
  SideRules sides{rules.max_role_words(), std::vector<bool>(names.size(), true),
                  std::vector<bool>(names.size(), true), std::vector<bool>(names.size(), false),
                  std::vector<bool>(names.size(), false)};
  for (size_t name = 0; name < names.size(); ++name) {
    if (const EventType* type = rules.Find(names[name])) {
      sides.gives_actor[name] = type->gives_actor;
      sides.gives_target[name] = type->gives_target;
      sides.linked_targets[name] = type->linked_targets;
      sides.stated_actors[name] = type->stated_actors;
    }
  }
  return sides;
}

// What a name's role depends on of its entity's type.
enum class NameClass : uint8_t { kOther, kMedia, kPlace };

// The class of each name (by NameIndex). A sentence names an agency or a
// paper as the one reporting it (قال لوكالة الصحافة الفرنسية، ذكرت صحيفة
// الغارديان), not as an actor or a target of what it reports. A place or a
// country said where in the words of who speaks is where they are (قال
// للصحافيين في بكين، معارض مقيم في باريس، السفير الروسي في لبنان), not who
// speaks.
std::vector<NameClass> NameClassesOf(const EntityTypes& types) {
  std::vector<NameClass> classes(types.size(), NameClass::kOther);
  for (size_t name = 0; name < types.size(); ++name) {
    if (types[name] == EntityType::kMedia) classes[name] = NameClass::kMedia;
    if (types[name] == EntityType::kPlace || types[name] == EntityType::kCountry) {
      classes[name] = NameClass::kPlace;
    }
  }
  return classes;
}

// Appends the roles of the entities `sentence` names around `trigger`, as
// AddRole would make them (by entity, Combined), to the end of *roles:
// every report's roles side by side in one array, where an array each cost
// an allocation per report.
void AppendRolesAround(const NameRanks& ranks, const std::vector<NameClass>& classes,
                       const SideRules& sides, const CorpusSentence& sentence,
                       const SentenceTrigger& trigger, Roles* roles) {
  const size_t first = roles->size();
  for (const SentenceMention& mention : sentence.Mentions()) {
    const NameClass name_class = classes[mention.entity];
    if (name_class == NameClass::kMedia) continue;
    Role role = RoleAround(*sentence.facts, mention, trigger, sides.max_words,
                           TriggerBetween(sentence.Triggers(), mention, trigger));
    // Before a noun, only a subject is a stated actor (a relative clause's,
    // RelativeAgentOf); an agent before it belongs to another noun.
    const bool stated = trigger.verb || mention.start >= trigger.end ||
                        (trigger.subject_start <= mention.start &&
                         mention.end <= trigger.subject_end);
    if ((role == Role::kActor &&
         (!sides.gives_actor[trigger.type] || (sides.stated_actors[trigger.type] && !stated))) ||
        (role == Role::kTarget && (!sides.gives_target[trigger.type] ||
                                   (sides.linked_targets[trigger.type] &&
                                    !mention.after_target_link))) ||
        (role == Role::kSpeaker && mention.locative && name_class == NameClass::kPlace)) {
      role = Role::kParticipant;
    }
    roles->emplace_back(ranks.RankOf(mention.entity), role);
  }
  const auto added = roles->begin() + static_cast<std::ptrdiff_t>(first);
  std::sort(added, roles->end());
  auto kept = added;
  for (auto it = added; it != roles->end();) {
    Role role = it->second;
    auto same = it + 1;
    for (; same != roles->end() && same->first == it->first; ++same) {
      role = Combined(role, same->second);
    }
    *kept++ = {it->first, role == Role::kElsewhere ? Role::kParticipant : role};
    it = same;
  }
  roles->erase(kept, roles->end());
}

// One sentence (with its copies) reporting one type of event.
struct Report {
  size_t sentence = 0;  // into DeduplicatedCorpus::sentences
  const SentenceTrigger* trigger = nullptr;
  uint32_t roles_first = 0;  // its roles, in the reports' roles (RolesOf)
  uint32_t roles_count = 0;
  EventDate date;
};

std::span<const Roles::value_type> RolesOf(const Report& report, const Roles& reports_roles) {
  return std::span(reports_roles).subspan(report.roles_first, report.roles_count);
}

struct Occurrence {
  const std::string* type = nullptr;  // in the corpus's names
  std::vector<Report> reports;  // the copies that carry a trigger of the type
  Roles roles;
  // The participants named by a name, not only by an adjective: the
  // entities that can make two occurrences one event (LinkSameEvents).
  NameRankSet named;
  EventDate date;
};

// A report as the pass in corpus order finds it, keyed by its occurrence:
// the cluster, then the type in the names' order.
struct FoundReport {
  uint32_t cluster = 0;
  NameRank type = 0;
  Report report;
  // The ranks of the entities its trigger's clause or speaker names by a
  // name, in OccurrencesOf's `named`.
  uint32_t named_first = 0;
  uint32_t named_count = 0;
};

// The reports of the corpus read in the order of its sentences, which lie
// in that order in memory, and then grouped by occurrence. Read cluster
// by cluster, a copy's facts were three dependent loads from anywhere in
// the corpus: on 500 MB of template news, whose copies are most sentences,
// this pass took 25 times as long as on 100 MB.
// The triggers by which a sentence reports its types: the first of each.
void FirstOfEachType(std::span<const SentenceTrigger> triggers,
                     std::vector<const SentenceTrigger*>* first) {
  first->clear();
  for (const SentenceTrigger& trigger : triggers) {
    if (std::ranges::none_of(*first, [&](const SentenceTrigger* kept) {
          return kept->type == trigger.type;
        })) {
      first->push_back(&trigger);
    }
  }
}

// *reports_roles receives the roles of every report (RolesOf).
std::vector<Occurrence> OccurrencesOf(const DeduplicatedCorpus& corpus, const NameRanks& ranks,
                                      const std::vector<NameClass>& classes,
                                      const SideRules& sides,
                                      Roles* reports_roles) {
  std::vector<const SentenceTrigger*> reported;
  // Counted first, as the array sized by doubling held up to twice the
  // reports at the peak of the build.
  size_t report_count = 0;
  for (const CorpusSentence& sentence : corpus.sentences) {
    FirstOfEachType(sentence.Triggers(), &reported);
    report_count += reported.size();
  }
  std::vector<FoundReport> found;
  found.reserve(report_count);
  std::vector<NameRank> named;
  for (size_t s = 0; s < corpus.sentences.size(); ++s) {
    const CorpusSentence& sentence = corpus.sentences[s];
    FirstOfEachType(sentence.Triggers(), &reported);
    for (const SentenceTrigger* trigger : reported) {
      const auto named_first = static_cast<uint32_t>(named.size());
      for (const SentenceMention& mention : sentence.Mentions()) {
        if (mention.kind == MentionKind::kName &&
            classes[mention.entity] != NameClass::kMedia &&
            (InClause(mention, *trigger) || Speaks(mention, *trigger))) {
          named.push_back(ranks.RankOf(mention.entity));
        }
      }
      const auto named_count = static_cast<uint32_t>(named.size() - named_first);
      const auto roles_first = static_cast<uint32_t>(reports_roles->size());
      AppendRolesAround(ranks, classes, sides, sentence, *trigger, reports_roles);
      const auto roles_count = static_cast<uint32_t>(reports_roles->size() - roles_first);
      found.push_back(FoundReport{sentence.cluster, ranks.RankOf(trigger->type),
                                  Report{s, trigger, roles_first, roles_count,
                                         DateReport(corpus, s, *trigger)},
                                  named_first, named_count});
    }
  }
  // Each report's occurrence beside it, so that sorting reads no report;
  // the second half, the order found (of the sentences), orders the reports
  // of an occurrence as it lists them.
  std::vector<std::pair<uint64_t, uint32_t>> order(found.size());
  for (size_t f = 0; f < found.size(); ++f) {
    order[f] = {uint64_t{found[f].cluster} << 32 | found[f].type, static_cast<uint32_t>(f)};
  }
  std::ranges::sort(order);
  // Sized at once, as doubling it left up to half of it unused through the
  // peak of the build.
  size_t count = 0;
  for (size_t o = 0; o < order.size(); ++o) {
    if (o == 0 || order[o].first != order[o - 1].first) ++count;
  }
  std::vector<Occurrence> occurrences;
  occurrences.reserve(count);
  for (size_t begin = 0; begin < order.size();) {
    const FoundReport& first = found[order[begin].second];
    size_t end = begin + 1;
    while (end < order.size() && order[end].first == order[begin].first) ++end;
    Occurrence& occurrence = occurrences.emplace_back();
    occurrence.type = &corpus.Name(first.report.trigger->type);
    occurrence.date = first.report.date;
    occurrence.reports.reserve(end - begin);
    for (size_t o = begin; o < end; ++o) {
      FoundReport& report = found[order[o].second];
      for (const auto& [entity, role] : RolesOf(report.report, *reports_roles)) {
        AddRole(&occurrence.roles, entity, role);
      }
      occurrence.named.insert(occurrence.named.end(), named.begin() + report.named_first,
                              named.begin() + report.named_first + report.named_count);
      if (BetterDate(report.report.date, occurrence.date)) occurrence.date = report.report.date;
      occurrence.reports.push_back(std::move(report.report));
    }
    std::ranges::sort(occurrence.named);
    occurrence.named.erase(std::unique(occurrence.named.begin(), occurrence.named.end()),
                           occurrence.named.end());
    begin = end;
  }
  return occurrences;
}

// The days an occurrence may have happened on, for matching reports: the
// stated date, or the `within_days` days up to its publication.
std::optional<DaySpan> MatchingDays(const EventDate& date, int within_days) {
  if (!date.days) return std::nullopt;
  if (date.source != EventDateSource::kDocument) return date.days;
  return DaySpan{date.days->first.PlusDays(-within_days), date.days->last};
}

// The days each group of occurrences spans and how many of its occurrences
// name each participant, kept at its root. Joining two groups is refused
// when a report of one would begin more than `within_days` after a report
// of the other ends. Two groups of several occurrences join only through a
// participant that two or more occurrences of each name (one of a group of
// two): a place or a party named in passing by one report of a story does
// not make another story's reports its own (a truce in Yemen and Turkey's
// with the PKK, both naming Iraq once). A single occurrence joins a group
// through any participant they share, as one report naming a place in
// passing has no other way in.
class BoundedGroups {
 public:
  BoundedGroups(UnionFind* groups, size_t size)
      : groups_(*groups), bounds_(size), named_(size) {}

  void Start(size_t occurrence, const DaySpan& days, const NameRankSet& named) {
    bounds_[occurrence] = Bounds{days.first, days.last, 1};
    for (const NameRank participant : named) named_[occurrence].emplace_back(participant, 1);
  }

  enum class Joined : uint8_t { kYes, kTooFarApart, kNoBridge };
  Joined Join(size_t a, size_t b, NameRank shared, int within_days) {
    a = groups_.Find(a);
    b = groups_.Find(b);
    if (a == b) return Joined::kYes;
    if (bounds_[a].occurrences > 1 && bounds_[b].occurrences > 1 &&
        (!Bridges(a, shared) || !Bridges(b, shared))) {
      return Joined::kNoBridge;
    }
    const Bounds joined{std::max(bounds_[a].latest_first, bounds_[b].latest_first),
                        std::min(bounds_[a].earliest_last, bounds_[b].earliest_last),
                        bounds_[a].occurrences + bounds_[b].occurrences};
    if (joined.earliest_last.PlusDays(within_days) < joined.latest_first) {
      return Joined::kTooFarApart;
    }
    groups_.Unite(a, b);
    const size_t root = groups_.Find(a);
    bounds_[root] = joined;
    named_[root] = MergedCounts(std::move(named_[a]), std::move(named_[b]));
    named_[root == a ? b : a] = {};
    return Joined::kYes;
  }

 private:
  struct Bounds {
    CivilDate latest_first;   // of any report's days
    CivilDate earliest_last;  // of any report's days
    uint32_t occurrences = 0;
  };
  // How many of a group's occurrences name each participant, by participant.
  using NamedCounts = std::vector<std::pair<NameRank, uint32_t>>;

  // Whether more than a passing name in the group of `root` is `shared`:
  // two of its occurrences name it, or one of two does.
  bool Bridges(size_t root, NameRank shared) const {
    const NamedCounts& named = named_[root];
    const auto it = std::ranges::lower_bound(named, shared, {}, &NamedCounts::value_type::first);
    return it != named.end() && it->first == shared &&
           it->second >= std::min<uint32_t>(2, bounds_[root].occurrences - 1);
  }

  static NamedCounts MergedCounts(NamedCounts a, NamedCounts b) {
    NamedCounts merged;
    merged.reserve(a.size() + b.size());
    auto x = a.begin();
    auto y = b.begin();
    while (x != a.end() || y != b.end()) {
      if (y == b.end() || (x != a.end() && x->first < y->first)) {
        merged.push_back(*x++);
      } else if (x == a.end() || y->first < x->first) {
        merged.push_back(*y++);
      } else {
        merged.emplace_back(x->first, x->second + y->second);
        ++x;
        ++y;
      }
    }
    return merged;
  }

  UnionFind& groups_;
  std::vector<Bounds> bounds_;      // valid at roots
  std::vector<NamedCounts> named_;  // valid at roots
};

// Occurrences of a type are one event when they name a participant in common
// (Occurrence::named) and their days meet, directly or through others, and
// no two of them are more than `within_days` apart (one's days begin at most
// that long after the other's end). Days that only chain are not enough:
// Monday's report meets Tuesday's, which meets Wednesday's, and on a real
// corpus a place named in some report every day chained a hundred unrelated
// reports of flight, weeks apart, into one event. For one participant, in
// order of first day, an occurrence joins the one reaching furthest so far
// if their days meet and the bounds allow; if their days are too far apart,
// it starts the chain anew. The participants named most often go first, so
// that a story's reports have gathered around who it is about before a
// participant named in passing is asked to join two groups (BoundedGroups).
// The order is total, so the events are the same in every run. Comparing
// every pair whose days meet cost the square of the reports on a busy day.
// Only participants of the type's same_event_through kinds join
// (`types_by_rank`, the entities' types by NameRank).
void LinkSameEvents(const std::vector<Occurrence>& occurrences, const EventRules& rules,
                    const EntityTypes& types_by_rank, UnionFind* groups) {
  struct Dated {
    NameRank participant = 0;
    DaySpan days;
    size_t occurrence = 0;
  };
  BoundedGroups bounded(groups, occurrences.size());
  NameRankSet through;
  for (const EventType& type : rules.types()) {
    if (!type.same_event_within_days) continue;
    const int within_days = *type.same_event_within_days;
    const auto joins = [&](NameRank participant) {
      return type.same_event_through.empty() ||
             (types_by_rank[participant] &&
              std::ranges::find(type.same_event_through, *types_by_rank[participant]) !=
                  type.same_event_through.end());
    };
    std::vector<Dated> dated;
    for (size_t i = 0; i < occurrences.size(); ++i) {
      if (*occurrences[i].type != type.id) continue;
      const auto days = MatchingDays(occurrences[i].date, within_days);
      if (!days) continue;
      through.clear();
      std::ranges::copy_if(occurrences[i].named, std::back_inserter(through), joins);
      bounded.Start(i, *days, through);
      for (const NameRank participant : through) {
        dated.push_back(Dated{participant, *days, i});
      }
    }
    std::sort(dated.begin(), dated.end(), [](const Dated& a, const Dated& b) {
      return std::tie(a.participant, a.days.first, a.days.last, a.occurrence) <
             std::tie(b.participant, b.days.first, b.days.last, b.occurrence);
    });
    // Each participant's run of `dated`, most named first.
    struct Run {
      size_t begin = 0;
      size_t end = 0;
    };
    std::vector<Run> runs;
    for (size_t begin = 0; begin < dated.size();) {
      size_t end = begin + 1;
      while (end < dated.size() && dated[end].participant == dated[begin].participant) ++end;
      runs.push_back(Run{begin, end});
      begin = end;
    }
    std::ranges::stable_sort(runs, std::greater<>(),
                             [](const Run& run) { return run.end - run.begin; });
    for (const Run& run : runs) {
      const Dated* furthest = &dated[run.begin];
      for (size_t next_at = run.begin + 1; next_at < run.end; ++next_at) {
        const Dated& next = dated[next_at];
        const auto joined =
            furthest->days.last < next.days.first
                ? BoundedGroups::Joined::kTooFarApart
                : bounded.Join(furthest->occurrence, next.occurrence, next.participant,
                               within_days);
        if (joined == BoundedGroups::Joined::kTooFarApart ||
            (joined == BoundedGroups::Joined::kYes && furthest->days.last < next.days.last)) {
          furthest = &next;
        }
      }
    }
  }
}

// A participant's role in one report: which participant, and the report's
// cluster and document.
struct Play {
  uint32_t participant = 0;
  uint32_t cluster = 0;
  uint32_t document = 0;
  auto operator<=>(const Play&) const = default;
};

// The weights and documents of the participants of `event`, made of
// `reports`, whose roles are `participants`. Each report's roles are read
// once, in one pass: looking each participant up in every report, with a
// tree of clusters per participant, was a tenth of collecting the events of
// 500 MB of template news.
void AddParticipations(const DeduplicatedCorpus& corpus, const Roles& participants,
                       const std::vector<const Report*>& reports, const Roles& reports_roles,
                       size_t max_documents, std::vector<Play>* plays, EventVertex* event) {
  std::vector<std::pair<NameRank, uint32_t>> participant_of;  // by entity
  participant_of.reserve(participants.size());
  for (size_t p = 0; p < participants.size(); ++p) {
    participant_of.emplace_back(participants[p].first, static_cast<uint32_t>(p));
  }
  std::ranges::sort(participant_of);
  plays->clear();
  for (const Report* report : reports) {
    const CorpusSentence& sentence = corpus.sentences[report->sentence];
    for (const auto& [entity, role] : RolesOf(*report, reports_roles)) {
      const auto it = std::ranges::lower_bound(participant_of, entity, {},
                                               &std::pair<NameRank, uint32_t>::first);
      if (it == participant_of.end() || it->first != entity) continue;
      plays->push_back(Play{it->second, sentence.cluster, sentence.document_index});
    }
  }
  std::ranges::sort(*plays);
  auto play = plays->begin();
  for (size_t p = 0; p < participants.size(); ++p) {
    uint32_t clusters = 0;
    DocumentIndexes documents;
    for (; play != plays->end() && play->participant == p; ++play) {
      if (documents.empty() || play[-1].cluster != play->cluster) ++clusters;
      documents.push_back(play->document);
    }
    SortUnique(&documents);
    DocumentList listed = ListDocuments(corpus, std::move(documents), max_documents);
    EventParticipant& participant = event->participants[p];
    participant.weight = clusters;
    participant.document_count = listed.count;
    participant.documents = std::move(listed.ids);
  }
}

// The reports of a group of occurrences, in corpus order.
std::vector<const Report*> ReportsOf(const std::vector<Occurrence*>& group) {
  std::vector<const Report*> reports;
  for (const Occurrence* occurrence : group) {
    for (const Report& report : occurrence->reports) reports.push_back(&report);
  }
  std::sort(reports.begin(), reports.end(),
            [](const Report* a, const Report* b) { return a->sentence < b->sentence; });
  return reports;
}

// Actors, then targets, then other participants, each in the names' order.
// An entity takes the side most of the event's sentences give it: one
// sentence read wrong does not undo the others (in the samples, Russia
// sends troops in two reports of the CSTO's deployment, and is the target
// of one and among its speakers in another). A tie between two sides leaves
// it a participant, and so does no side at all.
Roles ParticipantsOf(const std::vector<Occurrence*>& group) {
  using Votes = std::array<uint32_t, 4>;  // by Role, kElsewhere never counted
  std::vector<std::pair<NameRank, Votes>> votes;
  for (const Occurrence* occurrence : group) {
    for (const auto& [entity, role] : occurrence->roles) {
      auto it = std::ranges::lower_bound(votes, entity, {}, &std::pair<NameRank, Votes>::first);
      if (it == votes.end() || it->first != entity) it = votes.insert(it, {entity, Votes{}});
      ++it->second[static_cast<size_t>(role)];
    }
  }
  Roles participants;
  participants.reserve(votes.size());
  for (const auto& [entity, count] : votes) {
    Role role = Role::kParticipant;
    uint32_t most = 0;
    for (const Role side : {Role::kActor, Role::kTarget, Role::kSpeaker}) {
      const uint32_t of_side = count[static_cast<size_t>(side)];
      if (of_side > most) {
        role = side;
        most = of_side;
      } else if (of_side == most && most > 0) {
        role = Role::kParticipant;
      }
    }
    participants.emplace_back(entity, role);
  }
  std::stable_sort(participants.begin(), participants.end(),
                   [](const auto& a, const auto& b) { return a.second < b.second; });
  return participants;
}

// An event type's id and labels, kept once (EventSet::strings) and viewed by
// every event of the type.
struct TypeLabels {
  std::string_view type;
  std::string_view label_en;
  std::string_view label_ar;
  std::string_view cameo;
};

// The strings events share, each kept once on first use: the labels of each
// event type met and the id of each entity that takes part in an event.
class SharedEventStrings {
 public:
  SharedEventStrings(const EventRules& rules, const NameRanks& ranks)
      : rules_(rules),
        ranks_(ranks),
        strings_(std::make_shared<std::deque<std::string>>()),
        entity_ids_(ranks.size()) {}

  const TypeLabels& Of(const std::string& type_id) {
    const auto [it, inserted] = labels_.try_emplace(type_id);
    if (!inserted) return it->second;
    TypeLabels& labels = it->second;
    labels.type = Keep(type_id);
    if (const EventType* type = rules_.Find(type_id)) {
      labels.label_en = Keep(type->label_en);
      labels.label_ar = Keep(type->label_ar);
      labels.cameo = Keep(type->cameo);
    } else {
      labels.label_en = labels.label_ar = labels.type;
    }
    return labels;
  }
  std::string_view EntityId(NameRank entity) {
    std::string_view& id = entity_ids_[entity];
    if (id.empty()) id = Keep(ranks_.Name(entity));
    return id;
  }
  std::shared_ptr<const void> strings() const { return strings_; }

 private:
  std::string_view Keep(std::string_view text) { return strings_->emplace_back(text); }

  const EventRules& rules_;
  const NameRanks& ranks_;
  std::shared_ptr<std::deque<std::string>> strings_;
  std::map<std::string, TypeLabels, std::less<>> labels_;
  std::vector<std::string_view> entity_ids_;  // by rank
};

EventVertex MakeEvent(const DeduplicatedCorpus& corpus, SharedEventStrings* strings,
                      const TypeLabels& labels, const std::vector<Occurrence*>& group,
                      const std::vector<const Report*>& reports, const Roles& participants) {
  EventDate date = group.front()->date;
  for (const Occurrence* occurrence : group) {
    if (BetterDate(occurrence->date, date)) date = occurrence->date;
  }
  const CorpusSentence& first = corpus.sentences[reports.front()->sentence];

  EventVertex event;
  event.id = "event:" + std::string(labels.type) + ":" + *first.doc + ":" +
             std::to_string(first.facts->index);
  event.type = labels.type;
  event.label_en = labels.label_en;
  event.label_ar = labels.label_ar;
  event.cameo = labels.cameo;
  event.date_value = DateValue(corpus, date);
  event.date_source = EventDateSourceName(date.source);
  event.date_text = DateText(corpus, date);
  if (date.days) {
    event.earliest = date.days->first;
    event.latest = date.days->last;
  }
  if (date.expression != nullptr) {
    event.granularity = date.expression->granularity;
    event.vague = date.expression->vague;
  }
  // Sized at once: grown one by one, a million events' lists kept a third
  // of their room unused.
  event.sources.reserve(reports.size());
  event.participants.reserve(participants.size());
  for (const Report* report : reports) {
    const CorpusSentence& sentence = corpus.sentences[report->sentence];
    EvidenceRef source = EvidenceOf(sentence);
    source.trigger = sentence.facts->Bytes(report->trigger->start, report->trigger->end);
    source.trigger_start = report->trigger->start;
    source.trigger_end = report->trigger->end;
    if (report->sentence == date.sentence) {
      event.trigger = source.trigger;
      event.evidence = source.text;
    }
    event.sources.push_back(std::move(source));
  }
  for (const auto& [entity, role] : participants) {
    event.participants.emplace_back().entity = strings->EntityId(entity);
    event.participants.back().role = RoleName(role);
  }
  return event;
}

// The positions of `records` in the order `less` sorts them: from[i] is the
// record that goes to i.
template <typename Record, typename Less>
std::vector<size_t> SortedPositions(const std::vector<Record>& records, Less less) {
  std::vector<size_t> from(records.size());
  std::iota(from.begin(), from.end(), size_t{0});
  std::sort(from.begin(), from.end(),
            [&](size_t a, size_t b) { return less(records[a], records[b]); });
  return from;
}

// Moves each record once, in place, along the permutation's cycles: sorting
// records that hold strings and lists moves them many times over, and a
// sorted copy would hold them twice at the peak of the build.
template <typename Record>
void Permute(std::vector<Record>* records, std::vector<size_t> from) {
  for (size_t start = 0; start < from.size(); ++start) {
    if (from[start] == start) continue;
    Record first = std::move((*records)[start]);
    size_t at = start;
    while (from[at] != start) {
      const size_t next = from[at];
      (*records)[at] = std::move((*records)[next]);
      from[at] = at;
      at = next;
    }
    (*records)[at] = std::move(first);
    from[at] = at;
  }
}

}  // namespace

EventSet CollectEvents(const DeduplicatedCorpus& corpus, const EventRules& rules,
                       const EntityCatalog& catalog, size_t max_documents) {
  const NameRanks ranks(*corpus.names);
  const EntityTypes types = EntityTypesOf(corpus, catalog);
  Roles reports_roles;
  std::vector<Occurrence> occurrences =
      OccurrencesOf(corpus, ranks, NameClassesOf(types), SideRulesOf(*corpus.names, rules),
                    &reports_roles);
  EntityTypes types_by_rank(types.size());
  for (size_t name = 0; name < types.size(); ++name) {
    types_by_rank[ranks.RankOf(static_cast<NameIndex>(name))] = types[name];
  }
  UnionFind groups(occurrences.size());
  LinkSameEvents(occurrences, rules, types_by_rank, &groups);
  // The occurrences by group (its root), in order within each: sorted
  // pairs, where a map of vectors cost a node and an array per event.
  std::vector<std::pair<size_t, size_t>> by_group(occurrences.size());
  for (size_t i = 0; i < occurrences.size(); ++i) by_group[i] = {groups.Find(i), i};
  std::ranges::sort(by_group);
  EventSet set;
  SharedEventStrings strings(rules, ranks);
  set.events.reserve(static_cast<size_t>(std::ranges::count_if(
      by_group, [](const std::pair<size_t, size_t>& member) { return member.first == member.second; })));
  std::vector<Occurrence*> group;
  std::vector<Play> plays;
  for (size_t begin = 0; begin < by_group.size();) {
    group.clear();
    size_t end = begin;
    for (; end < by_group.size() && by_group[end].first == by_group[begin].first; ++end) {
      group.push_back(&occurrences[by_group[end].second]);
    }
    begin = end;
    const std::vector<const Report*> reports = ReportsOf(group);
    const Roles participants = ParticipantsOf(group);
    set.events.push_back(MakeEvent(corpus, &strings, strings.Of(*group.front()->type), group,
                                   reports, participants));
    AddParticipations(corpus, participants, reports, reports_roles, max_documents, &plays,
                      &set.events.back());
    // The reports have served: freeing them as the events grow keeps the
    // two from both being whole at the peak of the build.
    for (Occurrence* occurrence : group) *occurrence = Occurrence();
  }
  set.strings = strings.strings();
  // Ids are unique: any sort gives one order.
  Permute(&set.events, SortedPositions(set.events, [](const EventVertex& a, const EventVertex& b) {
            return a.id < b.id;
          }));
  return set;
}

}  // namespace akhbar
