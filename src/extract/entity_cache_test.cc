#include "extract/entity_cache.h"

#include <gtest/gtest.h>

#include <fstream>

#include "tests/test_support.h"

namespace akhbar {
namespace {

class EntityCacheTest : public ::testing::Test {
 protected:
  void SetUp() override {
    rules_ = testing::MakeTempDir("cached-rules");
    cache_ = testing::MakeTempDir("entity-cache");
  }

  std::filesystem::path Write(const std::string& name, const std::string& content) {
    const auto path = rules_ / name;
    std::ofstream(path) << content;
    return path;
  }

  StatusOr<EntityCatalog> Load(const std::vector<std::filesystem::path>& files) {
    StatusOr<EntityCatalog> catalog = EntityCatalog::LoadFiles(files, cache_);
    if (catalog.ok()) catalog->WaitForCachedCopies();
    return catalog;
  }

  size_t CachedCopies() const {
    size_t copies = 0;
    for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(cache_)) {
      ++copies;
    }
    return copies;
  }

  std::filesystem::path rules_;
  std::filesystem::path cache_;
};

std::vector<std::string> NamesOf(const EntityCatalog& catalog, std::string_view id) {
  const Entity* entity = catalog.Find(id);
  return entity ? entity->names : std::vector<std::string>{};
}

TEST_F(EntityCacheTest, ASecondLoadReadsTheCopyAndGivesTheSameEntities) {
  const auto path = Write("people.yaml",
                          "- {id: tokayev, type: person, label: {en: Tokayev}, "
                          "names: [توكاييف, توكايف], adjectives: [توكاييفي], titles: [«قاسم»], "
                          "short_names: [قاسم], not_in: [جامعة توكاييف]}\n");
  StatusOr<EntityCatalog> first = Load({path});
  ASSERT_TRUE(first.ok()) << first.status().message();
  EXPECT_EQ(CachedCopies(), 1u);
  const std::optional<std::vector<Entity>> copy =
      ReadCachedEntities(cache_, path, testing::ReadFileOrDie(path));
  ASSERT_TRUE(copy.has_value());
  ASSERT_EQ(copy->size(), 1u);
  const Entity& entity = copy->front();
  const Entity& parsed = first->entities().front();
  EXPECT_EQ(entity.id, parsed.id);
  EXPECT_EQ(entity.type, EntityType::kPerson);
  EXPECT_EQ(entity.label_en, "Tokayev");
  EXPECT_EQ(entity.label_ar, parsed.label_ar);
  EXPECT_EQ(entity.names, (std::vector<std::string>{"توكاييف", "توكايف"}));
  EXPECT_EQ(entity.adjectives, parsed.adjectives);
  EXPECT_EQ(entity.titles, (std::vector<std::string>{"«قاسم»"}));
  EXPECT_EQ(entity.short_names, (std::vector<std::string>{"قاسم"}));
  EXPECT_EQ(entity.not_in, (std::vector<std::string>{"جامعة توكاييف"}));
  EXPECT_EQ(entity.defined_at, parsed.defined_at);
}

TEST_F(EntityCacheTest, EveryTypeReadsBackFromTheCopy) {
  // The type is stored as its number: the last one (media) must read back,
  // not be taken for a damaged copy.
  const auto path = Write("outlets.yaml",
                          "- {id: reuters, type: media, names: [رويترز]}\n"
                          "- {id: other_thing, type: other, names: [شيء]}\n");
  ASSERT_TRUE(Load({path}).ok());
  const std::optional<std::vector<Entity>> copy =
      ReadCachedEntities(cache_, path, testing::ReadFileOrDie(path));
  ASSERT_TRUE(copy.has_value());
  ASSERT_EQ(copy->size(), 2u);
  EXPECT_EQ(copy->front().type, EntityType::kMedia);
  EXPECT_EQ(copy->back().type, EntityType::kOther);
}

TEST_F(EntityCacheTest, AnEditedFileIsReadAgainAndReplacesItsCopy) {
  const auto path = Write("people.yaml", "- {id: tokayev, type: person, names: [توكاييف]}\n");
  ASSERT_TRUE(Load({path}).ok());
  Write("people.yaml", "- {id: tokayev, type: person, names: [توكاييف, قاسم جومارت توكاييف]}\n");
  StatusOr<EntityCatalog> edited = Load({path});
  ASSERT_TRUE(edited.ok()) << edited.status().message();
  EXPECT_EQ(NamesOf(*edited, "tokayev").size(), 2u);
  EXPECT_EQ(CachedCopies(), 1u);
}

TEST_F(EntityCacheTest, ADamagedCopyIsIgnored) {
  const auto path = Write("people.yaml", "- {id: tokayev, type: person, names: [توكاييف]}\n");
  ASSERT_TRUE(Load({path}).ok());
  for (const auto& entry : std::filesystem::directory_iterator(cache_)) {
    std::filesystem::resize_file(entry.path(), std::filesystem::file_size(entry.path()) - 5);
  }
  StatusOr<EntityCatalog> again = Load({path});
  ASSERT_TRUE(again.ok()) << again.status().message();
  EXPECT_EQ(NamesOf(*again, "tokayev"), (std::vector<std::string>{"توكاييف"}));
}

TEST_F(EntityCacheTest, ADamagedEntityCountIsIgnored) {
  const auto path = Write("people.yaml", "- {id: tokayev, type: person, names: [توكاييف]}\n");
  ASSERT_TRUE(Load({path}).ok());
  // The copy: a header line, the path and the bytes (each a varint size and
  // its bytes), then the number of entities.
  const auto varint_size = [](size_t value) {
    size_t size = 1;
    for (; value >= 0x80; value >>= 7) ++size;
    return size;
  };
  const std::string bytes = testing::ReadFileOrDie(path);
  const size_t count_at = std::string("akhbar entities 2\n").size() +
                          varint_size(path.string().size()) + path.string().size() +
                          varint_size(bytes.size()) + bytes.size();
  for (const auto& entry : std::filesystem::directory_iterator(cache_)) {
    std::fstream copy(entry.path(), std::ios::in | std::ios::out | std::ios::binary);
    copy.seekp(static_cast<std::streamoff>(count_at));
    copy.write("\xff\xff\xff\xff\xff\xff\xff\x0f", 8);
  }
  EXPECT_FALSE(ReadCachedEntities(cache_, path, bytes).has_value());
  StatusOr<EntityCatalog> again = Load({path});
  ASSERT_TRUE(again.ok()) << again.status().message();
  EXPECT_EQ(NamesOf(*again, "tokayev"), (std::vector<std::string>{"توكاييف"}));
}

TEST_F(EntityCacheTest, RuleErrorsAreTheSameWithCopies) {
  const auto first = Write("a.yaml", "- {id: putin, type: person, names: [بوتين]}\n");
  const auto second = Write("b.yaml", "- {id: lavrov, type: person, names: [لافروف]}\n"
                                      "- {id: putin, type: person, names: [فلاديمير بوتين]}\n");
  const StatusOr<EntityCatalog> parsed = EntityCatalog::LoadFiles({first, second});
  ASSERT_FALSE(parsed.ok());
  ASSERT_TRUE(Load({first}).ok());
  ASSERT_TRUE(Load({second}).ok());  // each file alone is valid, and now cached
  const StatusOr<EntityCatalog> cached = Load({first, second});
  ASSERT_FALSE(cached.ok());
  EXPECT_EQ(cached.status().message(), parsed.status().message());
  EXPECT_NE(parsed.status().message().find("b.yaml:2:"), std::string::npos)
      << parsed.status().message();
  // A file that does not load is never cached.
  const auto bad = Write("c.yaml", "- {id: x, type: planet, names: [س]}\n");
  EXPECT_FALSE(Load({bad}).ok());
  EXPECT_FALSE(ReadCachedEntities(cache_, bad, testing::ReadFileOrDie(bad)).has_value());
}

// The copies are written on another thread; a catalog that is not waited
// for still leaves them when it ends.
TEST_F(EntityCacheTest, ACatalogLeavesItsCopiesWrittenWhenItEnds) {
  const auto path = Write("people.yaml", "- {id: tokayev, type: person, names: [توكاييف]}\n");
  {
    const StatusOr<EntityCatalog> catalog = EntityCatalog::LoadFiles({path}, cache_);
    ASSERT_TRUE(catalog.ok()) << catalog.status().message();
  }
  EXPECT_EQ(CachedCopies(), 1u);
  const std::optional<std::vector<Entity>> copy =
      ReadCachedEntities(cache_, path, testing::ReadFileOrDie(path));
  ASSERT_TRUE(copy.has_value());
  EXPECT_EQ(copy->front().id, "tokayev");
}

TEST_F(EntityCacheTest, FilesReadBeforeABrokenOneAreStillCopied) {
  const auto good = Write("a.yaml", "- {id: putin, type: person, names: [بوتين]}\n");
  const auto bad = Write("b.yaml", "- {id: x, type: planet, names: [س]}\n");
  EXPECT_FALSE(Load({good, bad}).ok());
  EXPECT_TRUE(ReadCachedEntities(cache_, good, testing::ReadFileOrDie(good)).has_value());
  EXPECT_FALSE(ReadCachedEntities(cache_, bad, testing::ReadFileOrDie(bad)).has_value());
}

}  // namespace
}  // namespace akhbar
