#include "extract/event_rules.h"

#include <gtest/gtest.h>

#include <fstream>

#include "tests/test_support.h"

namespace akhbar {
namespace {

StatusOr<EventRules> Parse(const std::string& content) {
  const auto path = testing::MakeTempDir("events") / "events.yaml";
  std::ofstream(path) << content;
  StatusOr<YamlFile> file = LoadYamlFile(path);
  if (!file.ok()) return file.status();
  return EventRules::FromYaml(*file, testing::RepoRules().tokenizer());
}

std::string Words(const TriggerPattern& pattern) {
  std::string out;
  for (const TriggerWord& word : pattern.words) {
    if (!out.empty()) out += ' ';
    out += word.kind == TriggerWordKind::kGap ? "…" : word.normalized;
    if (word.kind == TriggerWordKind::kPrefix) out += '*';
  }
  return out;
}

TEST(EventRulesTest, RepositoryRulesHaveTheIssueTypes) {
  const EventRules& rules = testing::RepoRules().events();
  for (const char* id : {"protest", "military_deployment", "intervention", "resignation",
                         "handover", "shooting_order", "arrest", "killing",
                         "state_of_emergency", "storming", "flight", "accusation", "appeal",
                         "sanctions", "statement"}) {
    EXPECT_NE(rules.Find(id), nullptr) << id;
  }
  EXPECT_EQ(rules.Find("protest")->cameo, "14");
  EXPECT_EQ(rules.Find("military_deployment")->label_ar, "نشر قوات");
}

TEST(EventRulesTest, PatternsAreNormalizedAndSuffixesExpanded) {
  StatusOr<EventRules> rules = Parse(
      "max_gap: 2\n"
      "types:\n"
      "  - id: resignation\n"
      "    label: {en: Resignation, ar: استقالة}\n"
      "    same_event_within_days: 2\n"
      "    triggers:\n"
      "      - استقال*\n"
      "      - {trigger: إقال, suffixes: [ة, ته]}\n"
      "      - سلّم … الرئاسة\n");
  ASSERT_TRUE(rules.ok()) << rules.status().message();
  EXPECT_EQ(rules->max_gap(), 2u);
  ASSERT_EQ(rules->patterns().size(), 4u);
  EXPECT_EQ(Words(rules->patterns()[0]), "استقال*");
  EXPECT_EQ(Words(rules->patterns()[1]), "اقاله");  // ة folds to ه
  EXPECT_EQ(Words(rules->patterns()[2]), "اقالته");
  EXPECT_EQ(Words(rules->patterns()[3]), "سلم … الرئاسه");
  EXPECT_EQ(rules->types()[0].same_event_within_days, 2);
  EXPECT_EQ(rules->types()[0].cameo, "");
  EXPECT_TRUE(rules->types()[0].same_event_through.empty());
}

TEST(EventRulesTest, SameEventThroughListsEntityTypes) {
  StatusOr<EventRules> rules = Parse(
      "types:\n"
      "  - id: flight\n"
      "    same_event_within_days: 2\n"
      "    same_event_through: [person, place]\n"
      "    triggers: [فرار]\n");
  ASSERT_TRUE(rules.ok()) << rules.status().message();
  EXPECT_EQ(rules->types()[0].same_event_through,
            (std::vector<EntityType>{EntityType::kPerson, EntityType::kPlace}));
}

TEST(EventRulesTest, BecomesNamesAnotherTypeAndTheWordsThatConvert) {
  StatusOr<EventRules> rules = Parse(
      "types:\n"
      "  - id: shooting\n"
      "    becomes:\n"
      "      - {type: shooting_order, after: [أمرت, السماح], within: 8}\n"
      "    triggers: [إطلاق النار]\n"
      "  - id: shooting_order\n"
      "    triggers: [أوامر … إطلاق النار]\n");
  ASSERT_TRUE(rules.ok()) << rules.status().message();
  ASSERT_EQ(rules->types()[0].becomes.size(), 1u);
  const TypeConversion& conversion = rules->types()[0].becomes[0];
  EXPECT_EQ(conversion.type, 1u);
  EXPECT_EQ(conversion.after, (std::vector<std::string>{"امرت", "السماح"}));
  EXPECT_EQ(conversion.within, 8u);
  EXPECT_TRUE(rules->types()[1].becomes.empty());
}

TEST(EventRulesTest, SidesSayWhichRolesATypeGives) {
  StatusOr<EventRules> rules = Parse(
      "types:\n"
      "  - id: flight\n    sides: [actor]\n    triggers: [فرار]\n"
      "  - id: arrest\n    triggers: [اعتقال]\n"
      "  - id: killing\n    sides: [stated_actor, target]\n    triggers: [مقتل]\n"
      "  - id: statement\n    sides: [actor, linked_target]\n    triggers: [بيان]\n"
      "target_links: [ضد, بشأن]\n");
  ASSERT_TRUE(rules.ok()) << rules.status().message();
  EXPECT_TRUE(rules->types()[0].gives_actor);
  EXPECT_FALSE(rules->types()[0].gives_target);
  EXPECT_TRUE(rules->types()[1].gives_actor);
  EXPECT_TRUE(rules->types()[1].gives_target);
  EXPECT_FALSE(rules->types()[1].linked_targets);
  EXPECT_FALSE(rules->types()[1].stated_actors);
  EXPECT_TRUE(rules->types()[2].gives_actor);
  EXPECT_TRUE(rules->types()[2].stated_actors);
  EXPECT_TRUE(rules->types()[3].gives_target);
  EXPECT_TRUE(rules->types()[3].linked_targets);
  EXPECT_EQ(rules->locatives().target_links, (std::vector<std::string>{"ضد", "بشان"}));
}

TEST(EventRulesTest, ObjectLinksAreNormalizedWords) {
  StatusOr<EventRules> rules = Parse(
      "types:\n"
      "  - id: appeal\n    object_links: [إلى, ب]\n    triggers: [دعوة]\n"
      "  - id: arrest\n    triggers: [اعتقال]\n");
  ASSERT_TRUE(rules.ok()) << rules.status().message();
  EXPECT_EQ(rules->types()[0].object_links, (std::vector<std::string>{"الي", "ب"}));
  EXPECT_TRUE(rules->types()[1].object_links.empty());
}

TEST(EventRulesTest, ReportedSpeechIsNormalizedWords) {
  StatusOr<EventRules> rules = Parse(
      "types:\n  - id: a\n    triggers: [x]\n"
      "reported_speech:\n  verbs: [قالَ, أكّد]\n  continuing: [مضيفاً]\n"
      "  openers: [إنّ, أنه]\n  subject_openers: [أنها]\n  not_openers_after: [بعد]\n"
      "  max_words: 8\n  max_words_before: 3\n");
  ASSERT_TRUE(rules.ok()) << rules.status().message();
  const ReportedSpeechRules& speech = rules->reported_speech();
  EXPECT_EQ(speech.verbs, (std::vector<std::string>{"قال", "اكد"}));
  EXPECT_EQ(speech.continuing, (std::vector<std::string>{"مضيفا"}));
  EXPECT_EQ(speech.openers, (std::vector<std::string>{"ان", "انه"}));
  EXPECT_EQ(speech.not_openers_after, (std::vector<std::string>{"بعد"}));
  EXPECT_EQ(speech.subject_openers, (std::vector<std::string>{"انها"}));
  EXPECT_EQ(speech.max_words, 8u);
  EXPECT_EQ(speech.max_words_before, 3u);
  EXPECT_TRUE(Parse("types:\n  - id: a\n    triggers: [x]\n")->reported_speech().verbs.empty());
  EXPECT_FALSE(testing::RepoRules().events().reported_speech().verbs.empty());
}

TEST(EventRulesTest, VerbsAreTriggersThatTakeASubjectAfterThem) {
  StatusOr<EventRules> rules = Parse(
      "types:\n  - id: a\n    triggers: [دعوة]\n    verbs: [دعا, {trigger: حث, suffixes: [\"\", ت]}]\n"
      "  - id: b\n    verbs: [اتهم*]\n"
      "verb_subjects:\n  max_words: 2\n  max_words_before: 0\n  stop_words: [إلى, على]\n"
      "  relatives: [التي]\n  subject_pronouns: [من]\n  object_pronouns: [ها]\n"
      "  subject_particles: [إن, أن]\n  stance_verbs: [أدانت, تشهد]\n"
      "  means_types: [a]\n  means_links: [في, ب]\n  means_not_after: [قامت]\n"
      "  adjuncts: [خلال]\n  stance_verbs_for:\n    - {types: [b], verbs: [أعلنت, إعلان]}\n");
  ASSERT_TRUE(rules.ok()) << rules.status().message();
  std::vector<std::pair<std::string, bool>> patterns;
  for (const TriggerPattern& pattern : rules->patterns()) {
    patterns.emplace_back(pattern.words.front().normalized, pattern.verb);
  }
  EXPECT_EQ(patterns, (std::vector<std::pair<std::string, bool>>{
                          {"دعوه", false}, {"دعا", true}, {"حث", true}, {"حثت", true},
                          {"اتهم", true}}));
  const VerbSubjectRules& subjects = rules->verb_subjects();
  EXPECT_EQ(subjects.max_words, 2u);
  EXPECT_EQ(subjects.max_words_before, 0u);
  EXPECT_EQ(subjects.stop_words, (std::vector<std::string>{"الي", "علي"}));
  EXPECT_EQ(subjects.relatives, (std::vector<std::string>{"التي"}));
  EXPECT_EQ(subjects.subject_pronouns, (std::vector<std::string>{"من"}));
  EXPECT_EQ(subjects.subject_particles, (std::vector<std::string>{"ان", "ان"}));
  EXPECT_EQ(subjects.means_types, (std::vector<std::string>{"a"}));
  EXPECT_EQ(subjects.means_links, (std::vector<std::string>{"في", "ب"}));
  EXPECT_EQ(subjects.means_not_after, (std::vector<std::string>{"قامت"}));
  EXPECT_EQ(subjects.object_pronouns, (std::vector<std::string>{"ها"}));
  EXPECT_EQ(subjects.stance_verbs, (std::vector<std::string>{"ادانت", "تشهد"}));
  EXPECT_EQ(subjects.adjuncts, (std::vector<std::string>{"خلال"}));
  ASSERT_EQ(subjects.stance_verbs_for.size(), 1u);
  EXPECT_EQ(subjects.stance_verbs_for[0].types, (std::vector<std::string>{"b"}));
  EXPECT_EQ(subjects.stance_verbs_for[0].verbs, (std::vector<std::string>{"اعلنت", "اعلان"}));
  EXPECT_FALSE(testing::RepoRules().events().verb_subjects().stop_words.empty());
  EXPECT_FALSE(testing::RepoRules().events().verb_subjects().stance_verbs.empty());
}

TEST(EventRulesTest, GluedLocativesAreOneLetterEach) {
  const StatusOr<EventRules> rules =
      Parse("types:\n  - id: a\n    triggers: [x]\nglued_locatives: [ب]\n");
  ASSERT_TRUE(rules.ok()) << rules.status().message();
  EXPECT_EQ(rules->locatives().glued_locatives, (std::vector<std::string>{"ب"}));
  const StatusOr<EventRules> word =
      Parse("types:\n  - id: a\n    triggers: [x]\nglued_locatives: [ب, في]\n");
  ASSERT_FALSE(word.ok());
  EXPECT_NE(word.status().message().find(
                "events.yaml:4:23: 'glued_locatives' entries must be one letter"),
            std::string::npos)
      << word.status().message();
  EXPECT_EQ(testing::RepoRules().events().locatives().glued_locatives,
            (std::vector<std::string>{"ب"}));
}

TEST(EventRulesTest, LocativesPlaceNounsAndPrepositionsAreNormalizedWords) {
  StatusOr<EventRules> rules = Parse(
      "types:\n  - id: a\n    triggers: [x]\nlocatives: [في, لدى]\nplace_nouns: [مدينة]\n"
      "prepositions: [إلى, ب]\nmax_role_words: 5\n");
  ASSERT_TRUE(rules.ok()) << rules.status().message();
  EXPECT_EQ(rules->locatives().locatives, (std::vector<std::string>{"في", "لدي"}));
  EXPECT_EQ(rules->locatives().place_nouns, (std::vector<std::string>{"مدينه"}));
  EXPECT_EQ(rules->locatives().prepositions, (std::vector<std::string>{"الي", "ب"}));
  const StatusOr<EventRules> empty =
      Parse("types:\n  - id: a\n    triggers: [x]\nprepositions: [إلى, \"\"]\n");
  ASSERT_FALSE(empty.ok());
  EXPECT_NE(empty.status().message().find("events.yaml:4:"), std::string::npos)
      << empty.status().message();
  EXPECT_EQ(rules->max_role_words(), 5u);
  EXPECT_FALSE(Parse("types:\n  - id: a\n    triggers: [x]\nmax_role_words: -2\n").ok());
}

TEST(EventRulesTest, AgentsAndSourcesArePhrasesOfNormalizedWords) {
  StatusOr<EventRules> rules = Parse(
      "types:\n  - id: a\n    triggers: [x]\nagents: [من قبل, على يد]\nsources: [بحسب]\n");
  ASSERT_TRUE(rules.ok()) << rules.status().message();
  EXPECT_EQ(rules->locatives().agents,
            (std::vector<std::vector<std::string>>{{"من", "قبل"}, {"علي", "يد"}}));
  EXPECT_EQ(rules->locatives().sources, (std::vector<std::vector<std::string>>{{"بحسب"}}));
  const StatusOr<EventRules> empty =
      Parse("types:\n  - id: a\n    triggers: [x]\nsources: [حسب, \"\"]\n");
  ASSERT_FALSE(empty.ok());
  EXPECT_NE(empty.status().message().find("events.yaml:4:19: a source must have words"),
            std::string::npos)
      << empty.status().message();
  EXPECT_FALSE(Parse("types:\n  - id: a\n    triggers: [x]\nagents: من قبل\n").ok());
}

TEST(EventRulesTest, DatelineDashesAreMarksAsWritten) {
  StatusOr<EventRules> rules =
      Parse("types:\n  - id: a\n    triggers: [x]\ndateline_dashes: [\"-\", \"–\"]\n");
  ASSERT_TRUE(rules.ok()) << rules.status().message();
  EXPECT_EQ(rules->locatives().dateline_dashes, (std::vector<std::string>{"-", "–"}));
  const StatusOr<EventRules> number =
      Parse("types:\n  - id: a\n    triggers: [x]\ndateline_dashes: [\"-\", 5]\n");
  ASSERT_FALSE(number.ok());
  EXPECT_NE(number.status().message().find("events.yaml:4:24: 'dateline_dashes' entries must"),
            std::string::npos)
      << number.status().message();
}

TEST(EventRulesTest, SubordinatorsAreNormalizedWords) {
  StatusOr<EventRules> rules = Parse(
      "types:\n  - id: a\n    triggers: [x]\n"
      "subordinators: {words: [أن, لكي], not_after: [قبل], adverbial: [بعدما, إذ],\n"
      "                marks: [،, \";\"], conjunctions: [و], aside_pronouns: [هو]}\n");
  ASSERT_TRUE(rules.ok()) << rules.status().message();
  EXPECT_EQ(rules->subordinators().words, (std::vector<std::string>{"ان", "لكي"}));
  EXPECT_EQ(rules->subordinators().not_after, (std::vector<std::string>{"قبل"}));
  EXPECT_EQ(rules->subordinators().adverbial, (std::vector<std::string>{"بعدما", "اذ"}));
  EXPECT_EQ(rules->subordinators().marks, (std::vector<std::string>{"،", ";"}));
  EXPECT_EQ(rules->subordinators().conjunctions, (std::vector<std::string>{"و"}));
  EXPECT_EQ(rules->subordinators().aside_pronouns, (std::vector<std::string>{"هو"}));
  EXPECT_FALSE(testing::RepoRules().events().subordinators().words.empty());
  const StatusOr<EventRules> list =
      Parse("types:\n  - id: a\n    triggers: [x]\nsubordinators: [أن]\n");
  ASSERT_FALSE(list.ok());
  EXPECT_NE(list.status().message().find("events.yaml:4:16: 'subordinators' must be a mapping"),
            std::string::npos)
      << list.status().message();
  const StatusOr<EventRules> unknown =
      Parse("types:\n  - id: a\n    triggers: [x]\nsubordinators: {word: [أن]}\n");
  ASSERT_FALSE(unknown.ok());
  EXPECT_NE(unknown.status().message().find("word"), std::string::npos)
      << unknown.status().message();
  const StatusOr<EventRules> phrase = Parse(
      "types:\n  - id: a\n    triggers: [x]\nsubordinators: {words: [أن], adverbial: [بعد ما]}\n");
  ASSERT_FALSE(phrase.ok());
  EXPECT_NE(phrase.status().message().find("events.yaml:4:"), std::string::npos)
      << phrase.status().message();
  const StatusOr<EventRules> empty_mark = Parse(
      "types:\n  - id: a\n    triggers: [x]\nsubordinators: {words: [أن], marks: [\"\"]}\n");
  ASSERT_FALSE(empty_mark.ok());
  EXPECT_NE(empty_mark.status().message().find("events.yaml:4:40: 'marks' entries must not be"),
            std::string::npos)
      << empty_mark.status().message();
}

TEST(EventRulesTest, PluperfectHasAuxiliariesParticlesAndAWordCount) {
  StatusOr<EventRules> rules = Parse(
      "types:\n  - id: a\n    triggers: [x]\n"
      "pluperfect: {auxiliaries: [كان, كانت], particles: [قد], max_words: 3}\n");
  ASSERT_TRUE(rules.ok()) << rules.status().message();
  EXPECT_EQ(rules->pluperfect().auxiliaries, (std::vector<std::string>{"كان", "كانت"}));
  EXPECT_EQ(rules->pluperfect().particles, (std::vector<std::string>{"قد"}));
  EXPECT_EQ(rules->pluperfect().max_words, 3u);
  EXPECT_FALSE(testing::RepoRules().events().pluperfect().auxiliaries.empty());
  for (const auto& [content, expected] : std::vector<std::pair<std::string, std::string>>{
           {"pluperfect: [كان]\n", "events.yaml:4:13: 'pluperfect' must be a mapping"},
           {"pluperfect: {auxiliaries: [كان]}\n",
            "events.yaml:4:13: 'pluperfect' needs 'auxiliaries' and 'particles'"},
           {"pluperfect: {auxiliaries: [كان], particles: [قد], max_words: 0}\n",
            "events.yaml:4:67: max_words must be a whole number from 1 to 40"},
           {"pluperfect: {auxiliaries: [كان], particles: [قد الذي]}\n",
            "events.yaml:4:49: a particle must be one word"},
           {"pluperfect: {auxiliaries: [كان], particles: [قد], max_words_before: 2}\n",
            "unknown key 'max_words_before'"},
       }) {
    const StatusOr<EventRules> bad = Parse("types:\n  - id: a\n    triggers: [x]\n" + content);
    ASSERT_FALSE(bad.ok()) << content;
    EXPECT_NE(bad.status().message().find(expected), std::string::npos)
        << bad.status().message();
  }
}

TEST(EventRulesTest, OwnerAdjectivesHaveEndingsAndTypesOfTheFile) {
  StatusOr<EventRules> rules = Parse(
      "types:\n  - id: a\n    triggers: [x]\n"
      "owner_adjectives: {endings: [ي, ية], not_after_types: [a], genitive_types: [a],\n"
      "                   actor_genitive_types: [a], genitive_links: [لـ], object_markers: [ل]}\n");
  ASSERT_TRUE(rules.ok()) << rules.status().message();
  EXPECT_EQ(rules->owner_adjectives().actor_genitive_types, (std::vector<std::string>{"a"}));
  EXPECT_EQ(rules->owner_adjectives().endings, (std::vector<std::string>{"ي", "يه"}));
  EXPECT_EQ(rules->owner_adjectives().not_after_types, (std::vector<std::string>{"a"}));
  EXPECT_EQ(rules->owner_adjectives().genitive_types, (std::vector<std::string>{"a"}));
  EXPECT_EQ(rules->owner_adjectives().genitive_links, (std::vector<std::string>{"ل"}));
  EXPECT_EQ(rules->owner_adjectives().object_markers, (std::vector<std::string>{"ل"}));
  const StatusOr<EventRules> unknown = Parse(
      "types:\n  - id: a\n    triggers: [x]\n"
      "owner_adjectives: {endings: [ي], not_after_types: [killing]}\n");
  ASSERT_FALSE(unknown.ok());
  EXPECT_NE(unknown.status().message().find("events.yaml:4:53: not an event type of this file"),
            std::string::npos)
      << unknown.status().message();
  const StatusOr<EventRules> unknown_actor = Parse(
      "types:\n  - id: a\n    triggers: [x]\n"
      "owner_adjectives: {endings: [ي], actor_genitive_types: [attack]}\n");
  ASSERT_FALSE(unknown_actor.ok());
  EXPECT_NE(
      unknown_actor.status().message().find("events.yaml:4:58: not an event type of this file"),
      std::string::npos)
      << unknown_actor.status().message();
}

TEST(EventRulesTest, NounReportsHaveALinkAndVerbs) {
  const std::string speech =
      "types:\n  - id: a\n    triggers: [x]\nreported_speech:\n  verbs: [قال]\n"
      "  openers: [أن]\n  noun_reports:\n";
  StatusOr<EventRules> rules = Parse(speech + "    - {link: ب, verbs: [أفاد, أفادت]}\n");
  ASSERT_TRUE(rules.ok()) << rules.status().message();
  ASSERT_EQ(rules->reported_speech().noun_reports.size(), 1u);
  EXPECT_EQ(rules->reported_speech().noun_reports[0].link, "ب");
  EXPECT_EQ(rules->reported_speech().noun_reports[0].verbs,
            (std::vector<std::string>{"افاد", "افادت"}));
  const StatusOr<EventRules> two_words =
      Parse(speech + "    - {link: عن طريق, verbs: [أفاد]}\n");
  ASSERT_FALSE(two_words.ok());
  EXPECT_NE(two_words.status().message().find(
                "events.yaml:8:14: a noun report's link must be one word"),
            std::string::npos)
      << two_words.status().message();
  std::string many = speech;
  for (size_t report = 0; report <= kMaxNounReports; ++report) {
    many += "    - {link: ب, verbs: [أفاد]}\n";
  }
  const StatusOr<EventRules> too_many = Parse(many);
  ASSERT_FALSE(too_many.ok());
  EXPECT_NE(too_many.status().message().find("at most 32 noun reports"), std::string::npos)
      << too_many.status().message();
}

TEST(EventRulesTest, AttributionsArePhrases) {
  const std::string speech =
      "types:\n  - id: a\n    triggers: [x]\nreported_speech:\n  verbs: [قال]\n"
      "  openers: [أن]\n";
  StatusOr<EventRules> rules = Parse(speech + "  attributions: [حسبما, بحسب ما]\n");
  ASSERT_TRUE(rules.ok()) << rules.status().message();
  EXPECT_EQ(rules->reported_speech().attributions,
            (std::vector<std::vector<std::string>>{{"حسبما"}, {"بحسب", "ما"}}));
  const StatusOr<EventRules> empty = Parse(speech + "  attributions: [حسبما, \"\"]\n");
  ASSERT_FALSE(empty.ok());
  EXPECT_NE(empty.status().message().find("events.yaml:7:30: an attribution must have words"),
            std::string::npos)
      << empty.status().message();
  std::string many = speech + "  attributions:\n";
  for (size_t phrase = 0; phrase <= kMaxAttributions; ++phrase) many += "    - حسبما\n";
  const StatusOr<EventRules> too_many = Parse(many);
  ASSERT_FALSE(too_many.ok());
  EXPECT_NE(too_many.status().message().find("events.yaml:40:7: at most 32 attributions"),
            std::string::npos)
      << too_many.status().message();
}

TEST(EventRulesTest, ATriggerMaySayItTakesNoArticleAndStartsAClause) {
  StatusOr<EventRules> rules = Parse(
      "types:\n  - id: a\n    verbs:\n      - {trigger: قتل, article: false, "
      "clause_start: [قد, الذي]}\n");
  ASSERT_TRUE(rules.ok()) << rules.status().message();
  ASSERT_EQ(rules->patterns().size(), 1u);
  EXPECT_FALSE(rules->patterns()[0].takes_article);
  EXPECT_TRUE(rules->patterns()[0].clause_start);
  EXPECT_EQ(rules->patterns()[0].after, (std::vector<std::string>{"قد", "الذي"}));
  const StatusOr<EventRules> bad =
      Parse("types:\n  - id: a\n    verbs:\n      - {trigger: قتل, article: maybe}\n");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("events.yaml:4:36: 'article' must be true or false"),
            std::string::npos)
      << bad.status().message();
}

TEST(EventRulesTest, NegationsAreNormalizedWords) {
  StatusOr<EventRules> rules =
      Parse("types:\n  - id: a\n    triggers: [x]\nnegations: [لم, ليسَت]\n");
  ASSERT_TRUE(rules.ok()) << rules.status().message();
  EXPECT_EQ(rules->negations(), (std::vector<std::string>{"لم", "ليست"}));
  EXPECT_TRUE(Parse("types:\n  - id: a\n    triggers: [x]\n")->negations().empty());
  rules = Parse("types:\n  - id: a\n    triggers: [x]\n"
                "negated_quantifiers: {words: [أي, أية], within: 2}\n");
  ASSERT_TRUE(rules.ok()) << rules.status().message();
  EXPECT_EQ(rules->negated_quantifiers().words, (std::vector<std::string>{"اي", "ايه"}));
  EXPECT_EQ(rules->negated_quantifiers().within, 2u);
}

TEST(EventRulesTest, ErrorsNameFileLineAndColumn) {
  StatusOr<EventRules> rules = Parse(
      "types:\n"
      "  - id: a\n"
      "    triggers: [احتجاج]\n"
      "  - id: b\n"
      "    triggers: [احتجاج]\n");
  ASSERT_FALSE(rules.ok());
  EXPECT_NE(rules.status().message().find("events.yaml:5:16: trigger 'احتجاج' is already "
                                          "defined at "),
            std::string::npos)
      << rules.status().message();
  EXPECT_EQ(rules.status().code(), StatusCode::kRuleError);
}

TEST(EventRulesTest, RejectsMalformedEntries) {
  const std::pair<const char*, const char*> cases[] = {
      {"types:\n  - id: a\n    triggers: []\n", "has no triggers"},
      {"types:\n  - id: A\n    triggers: [x]\n", "id must be"},
      {"types:\n  - id: a\n    trigers: [x]\n", "unknown key 'trigers'"},
      {"types:\n  - id: a\n    triggers: [… احتجاج]\n", "a gap (…) must follow a word"},
      {"types:\n  - id: a\n    triggers: [احتجاج …]\n", "must be followed by a word"},
      {"types:\n  - id: a\n    triggers: [اح*تج]\n", "* may only end a word"},
      {"types:\n  - id: a\n    triggers: [{trigger: احتج*, suffixes: [ات]}]\n",
       "suffixes need a first word without *"},
      {"types:\n  - id: a\n    cameo: 14\n    triggers: [x]\n", ""},
      {"types:\n  - id: a\n    cameo: \"1a\"\n    triggers: [x]\n", "cameo must be"},
      {"types:\n  - id: a\n    same_event_within_days: -1\n    triggers: [x]\n",
       "same_event_within_days must be"},
      {"types:\n  - id: a\n    same_event_through: [person]\n    triggers: [x]\n",
       "events.yaml:3:25: same_event_through needs same_event_within_days"},
      {"types:\n  - id: a\n    same_event_within_days: 2\n    same_event_through: [planet]\n"
       "    triggers: [x]\n",
       "events.yaml:4:26: unknown entity type 'planet' in same_event_through (known: person, "
       "organization, media, place, country or other)"},
      {"types:\n  - id: a\n    same_event_within_days: 2\n    same_event_through: person\n"
       "    triggers: [x]\n",
       "same_event_through must be a list of entity types"},
      {"types:\n  - id: a\n    becomes: b\n    triggers: [x]\n",
       "events.yaml:3:14: 'becomes' must be a list of {type, after, within}"},
      {"types:\n  - id: a\n    becomes: [{type: b, after: [y]}]\n    triggers: [x]\n",
       "events.yaml:3:15: a becomes entry must be {type, after, within}"},
      {"types:\n  - id: a\n    becomes: [{type: b, after: [y], within: 3}]\n"
       "    triggers: [x]\n",
       "events.yaml:3:22: not an event type of this file"},
      {"types:\n  - id: a\n    becomes: [{type: a, after: [y], within: 3}]\n"
       "    triggers: [x]\n",
       "events.yaml:3:22: an event type cannot become itself"},
      {"types:\n  - id: a\n    becomes: [{type: b, after: [y z], within: 3}]\n"
       "    triggers: [x]\n  - id: b\n    triggers: [w]\n",
       "events.yaml:3:33: a word of becomes must be one word"},
      {"types:\n  - id: a\n    becomes: [{type: b, after: [], within: 3}]\n"
       "    triggers: [x]\n  - id: b\n    triggers: [w]\n",
       "'after' needs words"},
      {"types:\n  - id: a\n    becomes: [{type: b, after: [y], within: 0}]\n"
       "    triggers: [x]\n  - id: b\n    triggers: [w]\n",
       "within must be a whole number from 1 to 40"},
      {"types:\n  - id: a\n    becomes: [{type: b, after: [y], within: 2, near: 1}]\n"
       "    triggers: [x]\n  - id: b\n    triggers: [w]\n",
       "unknown key 'near'"},
      {"types:\n  - id: a\n    triggers: [x]\nowner_adjectives:\n  endings: [ي]\n"
       "  genitive_types: [statement]\n",
       "events.yaml:6:20: not an event type of this file"},
      {"types:\n  - id: a\n    triggers: [x]\nowner_adjectives:\n  endings: [ي]\n"
       "  genitive_types: [a]\n  genitive_links: [لل]\n",
       "events.yaml:7:20: a genitive link must be one letter"},
      {"types:\n  - id: a\n    triggers: [x]\nowner_adjectives:\n  endings: [ي]\n"
       "  object_markers: [لل]\n",
       "events.yaml:6:20: an object marker must be one letter"},
      {"types:\n  - id: a\n    object_links: إلى\n    triggers: [x]\n",
       "events.yaml:3:19: 'object_links' must be a list of words"},
      {"types:\n  - id: a\n    sides: actor\n    triggers: [x]\n",
       "events.yaml:3:12: sides must be a list: [actor, target]"},
      {"types:\n  - id: a\n    sides: [actor, victim]\n    triggers: [x]\n",
       "events.yaml:3:20: a side is actor, stated_actor, target or linked_target"},
      {"types:\n  - id: a\n    triggers: [x]\ntarget_links: [ضد, عن طريق]\n",
       "events.yaml:4:22: a target link must be one word"},
      {"max_gap: 99\ntypes: []\n", "max_gap must be"},
      {"types: []\nnegated_quantifiers: [أي]\n",
       "events.yaml:2:22: 'negated_quantifiers' must be a mapping with 'words'"},
      {"types: []\nnegated_quantifiers: {words: [أي], within: -1}\n",
       "events.yaml:2:46: within must be a whole number from 0 to 40"},
      {"types:\n  - id: a\n    triggers: [x]\n  - id: a\n    triggers: [y]\n",
       "duplicate id 'a'"},
      {"- a\n", "must be a mapping"},
      {"types:\n  - id: a\n    triggers: [دعوة]\nnot_triggers: [{x: y}]\n",
       "a not_trigger must be a phrase"},
      // A mapping iterated as a list once threw out of the loader (rules_fuzzer).
      {"types:\n  - id: a\n    triggers: [دعوة]\nnot_triggers:\n  x:\n  - دعوة\n",
       "events.yaml:5:3: 'not_triggers' must be a list of phrases"},
      {"types:\n  - id: a\n    triggers: [دعوة]\nnot_triggers: [دعوة]\n",
       "'دعوه' is already defined at "},
      {"types:\n  - id: a\n    triggers: [x]\nnegations: لم\n",
       "'negations' must be a list of words"},
      {"types:\n  - id: a\n    triggers: [x]\nnegations: [لم, من دون]\n",
       "events.yaml:4:19: a negation must be one word"},
      {"types:\n  - id: a\n    triggers: [x]\nreported_speech: [قال]\n",
       "'reported_speech' must be a mapping"},
      {"types:\n  - id: a\n    triggers: [x]\nreported_speech:\n  verbs: [قال]\n",
       "'reported_speech' needs 'verbs' and 'openers'"},
      {"types:\n  - id: a\n    triggers: [x]\nreported_speech:\n  verbs: [قال, قال ان]\n"
       "  openers: [ان]\n",
       "events.yaml:5:19: a reporting verb must be one word"},
      {"types:\n  - id: a\n    triggers: [x]\nreported_speech:\n  verbs: [قال]\n"
       "  openers: [ان]\n  max_words: 0\n",
       "max_words must be a whole number from 1 to 40"},
      {"types:\n  - id: a\n    triggers: [x]\nreported_speech:\n  verbs: [قال]\n"
       "  openers: [ان]\n  speakers: [x]\n",
       "speakers"},
      {"types:\n  - id: a\n    verbs: []\n", "has no triggers"},
      {"types:\n  - id: a\n    verbs: دعا\n", "'triggers' and 'verbs' must be lists"},
      {"types:\n  - id: a\n    triggers: [دعا]\n    verbs: [دعا]\n",
       "events.yaml:4:13: trigger 'دعا' is already defined at "},
      {"types:\n  - id: a\n    triggers: [x]\nverb_subjects: [الي]\n",
       "'verb_subjects' must be a mapping"},
      {"types:\n  - id: a\n    triggers: [x]\nverb_subjects:\n  stop_words: [الى, في ذلك]\n",
       "events.yaml:5:24: a stop word must be one word"},
      {"types:\n  - id: a\n    triggers: [x]\nverb_subjects:\n  adjuncts: [خلال, في أثناء]\n",
       "events.yaml:5:24: an adjunct link must be one word"},
      {"types:\n  - id: a\n    triggers: [x]\nverb_subjects:\n  stance_verbs_for: {a: b}\n",
       "events.yaml:5:21: 'stance_verbs_for' must be a list of {types, verbs}"},
      {"types:\n  - id: a\n    triggers: [x]\nverb_subjects:\n  stance_verbs_for:\n"
       "    - {types: [a]}\n",
       "events.yaml:6:7: a stance_verbs_for entry must be {types, verbs}"},
      {"types:\n  - id: a\n    triggers: [x]\nverb_subjects:\n  stance_verbs_for:\n"
       "    - {types: [killing], verbs: [أعلن]}\n",
       "events.yaml:6:16: not an event type of this file"},
      {"types:\n  - id: a\n    triggers: [x]\nverb_subjects:\n  stance_verbs_for:\n"
       "    - {types: a, verbs: [أعلن]}\n",
       "events.yaml:6:15: 'types' must be a list of event type ids"},
      {"types:\n  - id: a\n    triggers: [x]\nverb_subjects:\n  stance_verbs_for:\n"
       "    - {types: [a], verbs: [أعلن], kind: x}\n",
       "unknown key 'kind'"},
      {"types:\n  - id: a\n    triggers: [x]\nverb_subjects:\n  max_words: -1\n",
       "max_words must be a whole number from 0 to 40"},
      {"types:\n  - id: a\n    triggers: [x]\nverb_subjects:\n  subjects: [x]\n",
       "unknown key 'subjects'"},
  };
  for (const auto& [content, expected] : cases) {
    StatusOr<EventRules> rules = Parse(content);
    if (std::string(expected).empty()) {
      EXPECT_TRUE(rules.ok()) << content;  // an unquoted number is still a string
      continue;
    }
    ASSERT_FALSE(rules.ok()) << content;
    EXPECT_NE(rules.status().message().find(expected), std::string::npos)
        << rules.status().message();
    EXPECT_NE(rules.status().message().find("events.yaml:"), std::string::npos);
  }
}

}  // namespace
}  // namespace akhbar
