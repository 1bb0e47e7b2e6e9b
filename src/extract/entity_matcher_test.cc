#include "extract/entity_matcher.h"

#include <gtest/gtest.h>

#include <fstream>

#include "extract/document_layout.h"
#include "extract/extractor.h"
#include "tests/test_support.h"

namespace akhbar {
namespace {

std::vector<Mention> Find(const std::string& text) {
  Document document;
  document.id = "test";
  document.text = text;
  return Extractor(testing::RepoRules()).Extract(document).mentions;
}

std::string Summary(const std::string& text) {
  std::string out;
  for (const Mention& m : Find(text)) {
    if (!out.empty()) out += " | ";
    out += m.entity + ":" + m.text;
    if (m.kind == MentionKind::kAdjective) out += ":adj";
  }
  return out;
}

TEST(EntityMatcherTest, EverySingleProcliticIsStripped) {
  EXPECT_EQ(Summary("ونزارباييف"), "nazarbayev:نزارباييف");
  EXPECT_EQ(Summary("فنزارباييف"), "nazarbayev:نزارباييف");
  EXPECT_EQ(Summary("بكازاخستان"), "kazakhstan:كازاخستان");
  EXPECT_EQ(Summary("لنزارباييف"), "nazarbayev:نزارباييف");
  EXPECT_EQ(Summary("كنزارباييف"), "nazarbayev:نزارباييف");
}

TEST(EntityMatcherTest, ProcliticChainsAndTheArticle) {
  EXPECT_EQ(Summary("وبكازاخستان"), "kazakhstan:كازاخستان");
  EXPECT_EQ(Summary("ولكازاخستان"), "kazakhstan:كازاخستان");
  EXPECT_EQ(Summary("فبكازاخستان"), "kazakhstan:كازاخستان");
  EXPECT_EQ(Summary("والقرم"), "crimea:القرم");
  EXPECT_EQ(Summary("بالقرم"), "crimea:القرم");
  EXPECT_EQ(Summary("وبالقرم"), "crimea:القرم");
  EXPECT_EQ(Summary("فالقرم"), "crimea:القرم");
  EXPECT_EQ(Summary("كالقرم"), "crimea:القرم");
}

TEST(EntityMatcherTest, LamBeforeTheArticleContracts) {
  EXPECT_EQ(Summary("للقرم"), "crimea:لقرم");
  EXPECT_EQ(Summary("وللصين"), "china:لصين");
  EXPECT_EQ(Summary("فللصين"), "china:لصين");
}

// Found on SaudiNewsNet: لصين ("two thieves"), فصين ("two lobes"), the
// footballer خوان ماتا and the restaurant تشوتو ماتي were China and Almaty
// when a name written with the article matched without it.
TEST(EntityMatcherTest, ANameWrittenWithTheArticleNeedsItInTheText) {
  EXPECT_EQ(Summary("الصين"), "china:الصين");
  EXPECT_EQ(Summary("ألماتي وبألماتي"), "almaty:ألماتي | almaty:ألماتي");
  EXPECT_EQ(Summary("صين"), "");
  EXPECT_EQ(Summary("لصين"), "");
  EXPECT_EQ(Summary("فصين"), "");
  EXPECT_EQ(Summary("قرم"), "");
  EXPECT_EQ(Summary("خوان ماتا"), "");
  EXPECT_EQ(Summary("تشوتو ماتي"), "");
  EXPECT_EQ(Summary("الكازاخستان"), "kazakhstan:الكازاخستان");  // written without it
}

// rules/arabic.yaml's whole_words: بروس is Bruce, not ب + روس (Russians),
// though a proclitic before it is still set aside.
TEST(EntityMatcherTest, AWholeWordIsNoProcliticAndAName) {
  EXPECT_EQ(Summary("فيلم بروس لي"), "");
  EXPECT_EQ(Summary("وبروس ويليس"), "");
  EXPECT_EQ(Summary("محطة كينغز كروس"), "");
  EXPECT_EQ(Summary("جنود روس وبروسيا"), "russia:روس:adj | russia:روسيا");
}

// Found on SaudiNewsNet: هوفمان was Kenneth, Alan and Jens Hoffman, and
// شي the Gulf's "thing" (أهم شي، كل شي), where no other name of the
// entity was in the document.
TEST(EntityMatcherTest, AShortNameCountsWhereTheDocumentNamesTheEntityOtherwise) {
  EXPECT_EQ(Summary("أهم شي أن يفوز الفريق"), "");
  EXPECT_EQ(Summary("وقال شي إن الصين شريك"), "china:الصين");
  EXPECT_EQ(Summary("وقال شي إن بلاده شريك. ووصل شي جينبينغ أمس"),
            "xi_jinping:شي | xi_jinping:شي جينبينغ");
  EXPECT_EQ(Summary("وكتب كينيث هوفمان المحلل"), "");
  EXPECT_EQ(Summary("كريستيان هوفمان. وقالت هوفمان"),
            "christiane_hoffmann:كريستيان هوفمان | christiane_hoffmann:هوفمان");
}

TEST(EntityMatcherTest, LettersOfTheNameAreNeverStripped) {
  EXPECT_EQ(Summary("بوتين"), "putin:بوتين");
  EXPECT_EQ(Summary("وبوتين"), "putin:بوتين");
  EXPECT_EQ(Summary("باريس"), "paris:باريس");
  EXPECT_EQ(Summary("واشنطن"), "washington:واشنطن");
  EXPECT_EQ(Summary("فرنسا"), "france:فرنسا");
}

TEST(EntityMatcherTest, LongestMatchWins) {
  EXPECT_EQ(Summary("نور سلطان نزارباييف"), "nazarbayev:نور سلطان نزارباييف");
  EXPECT_EQ(Summary("نظام نورسلطان نزارباييف"), "nazarbayev:نورسلطان نزارباييف");
  EXPECT_EQ(Summary("نورسلطان - قاد القرار"), "nur_sultan_city:نورسلطان");
  EXPECT_EQ(Summary("وزارة الدفاع الروسية"), "russian_defence_ministry:وزارة الدفاع الروسية");
  EXPECT_EQ(Summary("بولاية جورجيا"), "georgia_us_state:ولاية جورجيا");
  EXPECT_EQ(Summary("رئيس جورجيا"), "georgia:جورجيا");
  EXPECT_EQ(Summary("دول أمريكا اللاتينية"), "latin_america:أمريكا اللاتينية");
  EXPECT_EQ(Summary("وقال المرصد السوري لحقوق الإنسان"),
            "syrian_observatory_for_human_rights:المرصد السوري لحقوق الإنسان");
  EXPECT_EQ(Summary("نادي باريس سان جيرمان"), "paris_saint_germain:باريس سان جيرمان");
  EXPECT_EQ(Summary("وقالت صحيفة واشنطن بوست"), "washington_post:صحيفة واشنطن بوست");
  EXPECT_EQ(Summary("في بحر الصين الجنوبي"), "south_china_sea:بحر الصين الجنوبي");
  EXPECT_EQ(Summary("رفع البنك المركزي الأوروبي الفائدة"),
            "european_central_bank:البنك المركزي الأوروبي");
}

TEST(EntityMatcherTest, MultiWordNamesTolerateWhitespaceButNotPunctuation) {
  EXPECT_EQ(Summary("قاسم   جومارت\u00A0توكاييف"), "tokayev:قاسم   جومارت\u00A0توكاييف");
  EXPECT_EQ(Summary("منظمة معاهدة الأمن الجماعي"), "csto:منظمة معاهدة الأمن الجماعي");
  EXPECT_EQ(Summary("ألما، آتا"), "");
  EXPECT_EQ(Summary("ألما-آتا"), "almaty:ألما-آتا");
  EXPECT_EQ(Summary("Nur-Sultan"), "nur_sultan_city:Nur-Sultan");
}

TEST(EntityMatcherTest, SpellingVariantsAndLatinAcronym) {
  EXPECT_EQ(Summary("أبلياسوف ألبيازوف ابلياسوف"),
            "ablyazov:أبلياسوف | ablyazov:ألبيازوف | ablyazov:ابلياسوف");
  EXPECT_EQ(Summary("توقاييف توكاي"), "tokayev:توقاييف | tokayev:توكاي");
  EXPECT_EQ(Summary("(CSTO) csto"), "csto:CSTO | csto:csto");
  EXPECT_EQ(Summary("الماتي ألما آتا"), "almaty:الماتي | almaty:ألما آتا");
}

TEST(EntityMatcherTest, AdjectivesAreInflected) {
  EXPECT_EQ(Summary("الرئيس الروسي"), "russia:الروسي:adj");
  EXPECT_EQ(Summary("القوات الروسية"), "russia:الروسية:adj");
  EXPECT_EQ(Summary("الكازاخستانيين"), "kazakhstan:الكازاخستانيين:adj");
  EXPECT_EQ(Summary("جاسوسًا أمريكيًا"), "united_states:أمريكيًا:adj");
}

TEST(EntityMatcherTest, MentionTextEqualsTheOriginalBytes) {
  const std::string text = "وَمُخْتَارُ أَبْلْيَازُوف وصل إلى بكازاخستان";
  for (const Mention& mention : Find(text)) {
    EXPECT_EQ(text.substr(mention.start, mention.end - mention.start), mention.text);
  }
  const std::vector<Mention> mentions = Find(text);
  ASSERT_FALSE(mentions.empty());
  EXPECT_EQ(mentions[0].text, "مُخْتَارُ أَبْلْيَازُوف");
}

TEST(EntityMatcherTest, DiacriticsAndTatweelDoNotBlockMatching) {
  EXPECT_EQ(Summary("تُوكَايِيف"), "tokayev:تُوكَايِيف");
  EXPECT_EQ(Summary("تـوكـاييف"), "tokayev:تـوكـاييف");
}

TEST(EntityMatcherTest, AQuotedTitleIsTheNewspaperAndTheWordsUnquotedTheRegion) {
  EXPECT_EQ(Summary("وقال لـ«الشرق الأوسط» إن الوضع في الشرق الأوسط خطير"),
            "asharq_al_awsat:الشرق الأوسط | middle_east:الشرق الأوسط");
  EXPECT_EQ(Summary("أبلغ \"الشرق الأوسط\" و“الشرق الأوسط”"),
            "asharq_al_awsat:الشرق الأوسط | asharq_al_awsat:الشرق الأوسط");
  // A quotation mark on one side only, or around more words, quotes no title.
  EXPECT_EQ(Summary("«الشرق الأوسط الجديد»"), "middle_east:الشرق الأوسط");
  EXPECT_EQ(Summary("«الشرق الأوسط"), "middle_east:الشرق الأوسط");
  EXPECT_EQ(Summary("صحيفة الشرق الأوسط"), "asharq_al_awsat:صحيفة الشرق الأوسط");
  // The agencies as the papers cite them.
  EXPECT_EQ(Summary("وبحسب «الفرنسية» فإن الشرطة الفرنسية"),
            "afp:الفرنسية | france:الفرنسية:adj");
}

StatusOr<std::unique_ptr<RuleSet>> RulesWith(const std::string& name, const std::string& yaml) {
  const std::filesystem::path path = testing::MakeTempDir(name) / "extra.yaml";
  std::ofstream(path) << yaml;
  return RuleSet::Load(testing::RulesDir(), {path});
}

TEST(EntityMatcherTest, ATitleAloneCountsOnlyBetweenQuotationMarks) {
  StatusOr<std::unique_ptr<RuleSet>> rules =
      RulesWith("title_alone", "- {id: al_hayat, type: organization, titles: [الحياة]}\n");
  ASSERT_TRUE(rules.ok()) << rules.status().message();
  Document document;
  document.text = "وقال لـ«الحياة» إن الحياة في موسكو صعبة";
  const std::vector<Mention> mentions = Extractor(**rules).Extract(document).mentions;
  ASSERT_EQ(mentions.size(), 2u);
  EXPECT_EQ(mentions[0].entity, "al_hayat");
  EXPECT_EQ(mentions[0].text, "الحياة");
  EXPECT_EQ(mentions[0].start, document.text.find("الحياة"));
  EXPECT_EQ(mentions[1].entity, "moscow");
}

TEST(EntityMatcherTest, ATitleOfTwoEntitiesIsAConflict) {
  StatusOr<std::unique_ptr<RuleSet>> rules =
      RulesWith("title_conflict",
                "- {id: al_hayat, type: organization, titles: [الحياة]}\n"
                "- {id: hayat_tv, type: organization, titles: [الحياة]}\n");
  ASSERT_TRUE(rules.ok()) << rules.status().message();
  const std::vector<NameConflict>& conflicts = (*rules)->entity_matcher().conflicts();
  ASSERT_FALSE(conflicts.empty());  // one per spelling: with the article and without
  EXPECT_EQ(conflicts[0].normalized_name, "الحياه");  // normalized: ة as ه
  EXPECT_EQ(conflicts[0].kept_entity, "al_hayat");
  EXPECT_EQ(conflicts[0].dropped_entity, "hayat_tv");
}

// سورية is Syria and a form of سوري: with the article it is the adjective.
// A name written with the article (السعودية) stays the name with it, but
// for right after a word with the article it agrees with (الشركة السعودية:
// on SaudiNewsNet 5,719 of its 21,241 mentions).
TEST(EntityMatcherTest, ANameThatIsAlsoAnAdjectiveIsTheAdjectiveWithTheArticle) {
  EXPECT_EQ(Summary("زار سورية"), "syria:سورية");
  EXPECT_EQ(Summary("القوات السورية"), "syria:السورية:adj");
  EXPECT_EQ(Summary("والسورية"), "syria:السورية:adj");
  StatusOr<std::unique_ptr<RuleSet>> rules = RulesWith(
      "name_with_article",
      "- {id: saudi_arabia, type: country, names: [السعودية], adjectives: [سعودي]}\n");
  ASSERT_TRUE(rules.ok()) << rules.status().message();
  const auto kinds = [&](const std::string& text) {
    Document document;
    document.text = text;
    std::string found;
    for (const Mention& mention : Extractor(**rules).Extract(document).mentions) {
      found += mention.entity + (mention.kind == MentionKind::kAdjective ? ":adj " : " ");
    }
    return found;
  };
  EXPECT_EQ(kinds("زار السعودية والتقى مسؤولين في الشركة السعودية"),
            "saudi_arabia saudi_arabia:adj ");
  // Not glued to a proclitic, nor after punctuation, nor after a name.
  EXPECT_EQ(kinds("هيئة كبار العلماء بالسعودية. الإمارات والسعودية. القوات، السعودية"),
            "saudi_arabia saudi_arabia saudi_arabia ");
  EXPECT_EQ(kinds("دعت السعودية السعودية"), "saudi_arabia saudi_arabia ");
}

TEST(EntityMatcherTest, ACurrencysAdjectiveIsNoMentionOfItsCountry) {
  EXPECT_EQ(Summary("بلغت 27 مليون دولار أمريكي"), "");
  EXPECT_EQ(Summary("ربط الريال بالدولار الأميركي"), "");
  EXPECT_EQ(Summary("تراجع الروبل الروسي"), "");
  EXPECT_EQ(Summary("بيعت بـ82 دولارا أميركيا"), "");
  // Only the word right before counts, and a name stays a name.
  EXPECT_EQ(Summary("قال الوزير الأمريكي إن الدولار قوي"), "united_states:الأمريكي:adj");
  EXPECT_EQ(Summary("الدولار، الأمريكي"), "united_states:الأمريكي:adj");
  EXPECT_EQ(Summary("دولار روسيا"), "russia:روسيا");
}

TEST(EntityMatcherTest, ANameAfterBinIsAFathersInsideAnothersName) {
  EXPECT_EQ(Summary("التقى عمر بن توكاييف"), "");
  EXPECT_EQ(Summary("التقى عمر وتوكاييف"), "tokayev:توكاييف");
  // Only a name: بن is coffee too (بن روسي).
  EXPECT_EQ(Summary("بن روسي"), "russia:روسي:adj");
}

TEST(EntityMatcherTest, ANisbaThatEndsAKunyaIsTheMansName) {
  EXPECT_EQ(Summary("وقتل القياديان أبو حمزة الفرنسي وأبو عمر الشيشاني"), "");
  EXPECT_EQ(Summary("استهدفت الغارة أبا خالد السوري"), "");
  // Not after a list, nor a plural, nor one glued to a conjunction.
  EXPECT_EQ(Summary("بين أبي والرئيس الفرنسي"), "france:الفرنسي:adj");
  EXPECT_EQ(Summary("فينصح أبو غسان السوريين"), "syria:السوريين:adj");
  EXPECT_EQ(Summary("بين أبو سهمين والفرنسي"), "france:الفرنسي:adj");
}

// صلاة المغرب is the sunset prayer; المغرب العربي, the Maghreb, is a name
// of its own, which wins over Morocco's not_in in whichever order the two
// are listed.
TEST(EntityMatcherTest, APhraseOfNotInTakesItsWordsAndNamesNothing) {
  const auto dir = testing::MakeTempDir("not_in");
  const auto path = dir / "maghreb.yaml";
  std::ofstream(path)
      << "- {id: maghreb_first, type: place, names: [بلاد المغرب]}\n"
         "- id: morocco\n  type: country\n  names: [المغرب]\n  adjectives: [مغربي]\n"
         "  not_in: [صلاة المغرب, أذان المغرب, بلاد المغرب, المغرب العربي, أكلات مغربية]\n"
         "- {id: maghreb, type: place, names: [المغرب العربي]}\n";
  StatusOr<EntityCatalog> catalog = EntityCatalog::LoadFiles({path});
  ASSERT_TRUE(catalog.ok()) << catalog.status().message();
  const RuleSet& rules = testing::RepoRules();
  const EntityMatcher matcher(*catalog, rules.morphology(), rules.tokenizer());
  EXPECT_TRUE(matcher.conflicts().empty());
  const auto found = [&](const std::string& text) {
    const TextLayout layout =
        LayOutDocument(text, rules.tokenizer(), rules.boilerplate(), rules.morphology());
    std::string summary;
    for (const Mention& mention : matcher.FindMentions(text, layout)) {
      summary += mention.entity + ":" + mention.text + " ";
    }
    return summary;
  };
  EXPECT_EQ(found("وبعد صلاة المغرب استقبل وفد المغرب"), "morocco:المغرب ");
  EXPECT_EQ(found("قبيل أذان المغرب ولصلاة المغرب"), "");
  EXPECT_EQ(found("دول المغرب العربي وبلاد المغرب"),
            "maghreb:المغرب العربي maghreb_first:بلاد المغرب ");
  EXPECT_EQ(found("أكلات مغربية وشاي مغربي"), "morocco:مغربي ");
}

// A made-up word of four letters per number, distinct for every number.
std::string MadeUpWord(size_t number) {
  static const char* const kLetters[] = {"ب", "ت", "ث", "ج", "ح", "خ", "د", "ذ", "ر", "ز",
                                         "س", "ش", "ص", "ض", "ط", "ظ", "ع", "غ", "ق", "م"};
  std::string word;
  for (int place = 0; place < 4; ++place, number /= 20) word += kLetters[number % 20];
  return word;
}

// Enough two-word names that the trie's edge table outgrows the cache, the
// size at which the matcher prefetches edges ahead of the matching.
TEST(EntityMatcherTest, LargeNameListsMatchAsSmallOnesDo) {
  constexpr size_t kNames = 40000;
  const auto dir = testing::MakeTempDir("many_names");
  const auto path = dir / "many.yaml";
  {
    std::ofstream yaml(path);
    for (size_t n = 0; n < kNames; ++n) {
      yaml << "- {id: e" << n << ", type: other, names: ['" << MadeUpWord(n) << " "
           << MadeUpWord(n + 1) << "']}\n";
    }
    // A three-word name whose first two words are another name: the longest wins.
    yaml << "- {id: long, type: other, names: ['" << MadeUpWord(7) << " " << MadeUpWord(8)
         << " " << MadeUpWord(1)
         << "']}\n";
  }
  StatusOr<EntityCatalog> catalog = EntityCatalog::LoadFiles({path});
  ASSERT_TRUE(catalog.ok()) << catalog.status().message();
  const RuleSet& rules = testing::RepoRules();
  const EntityMatcher matcher(*catalog, rules.morphology(), rules.tokenizer());
  const std::string text = "و" + MadeUpWord(5) + " " + MadeUpWord(6) + " ثم " + MadeUpWord(7) +
                           " " + MadeUpWord(8) + " " + MadeUpWord(1) + " و" + MadeUpWord(39999) +
                           " " + MadeUpWord(40000) + "، " + MadeUpWord(3) + "، " + MadeUpWord(4);
  const TextLayout layout =
      LayOutDocument(text, rules.tokenizer(), rules.boilerplate(), rules.morphology());
  std::string found;
  for (const Mention& mention : matcher.FindMentions(text, layout)) {
    EXPECT_EQ(text.substr(mention.start, mention.end - mention.start), mention.text);
    found += mention.entity + " ";
  }
  EXPECT_EQ(found, "e5 long e39999 ");
}

}  // namespace
}  // namespace akhbar
