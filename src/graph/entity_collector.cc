#include "graph/entity_collector.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <utility>

namespace akhbar {
namespace {

struct EntityTotals {
  uint32_t mentions = 0;
  DocumentIndexes documents;  // with repeats until the vertex is made
  std::optional<DaySpan> days;
};

}  // namespace

std::vector<EntityVertex> CollectEntities(const DeduplicatedCorpus& corpus,
                                          const EntityCatalog& catalog,
                                          size_t max_documents) {
  std::map<std::string, EntityTotals> totals;
  for (size_t c = 0; c < corpus.clusters.size(); ++c) {
    // A copy may name an entity once more or once less than the others:
    // the sentence counts with its most generous copy.
    std::map<std::string, uint32_t> most_in_cluster;
    for (const size_t s : corpus.clusters[c]) {
      const CorpusSentence& sentence = corpus.sentences[s];
      std::map<std::string, uint32_t> in_sentence;
      for (const SentenceMention& mention : sentence.Mentions()) {
        ++in_sentence[corpus.Name(mention.entity)];
      }
      const std::optional<DaySpan> days = SentenceDays(sentence);
      for (const auto& [entity, count] : in_sentence) {
        uint32_t& most = most_in_cluster[entity];
        most = std::max(most, count);
        EntityTotals& entity_totals = totals[entity];
        if (entity_totals.documents.empty() ||
            entity_totals.documents.back() != sentence.document_index) {
          entity_totals.documents.push_back(sentence.document_index);
        }
        Cover(&entity_totals.days, days);
      }
    }
    for (const auto& [entity, count] : most_in_cluster) totals[entity].mentions += count;
  }

  std::vector<EntityVertex> entities;
  for (auto& [id, entity_totals] : totals) {
    EntityVertex vertex;
    vertex.id = id;
    if (const Entity* entity = catalog.Find(id)) {
      vertex.type = std::string(EntityTypeName(entity->type));
      vertex.label_en = entity->label_en;
      vertex.label_ar = entity->label_ar;
    } else {
      vertex.type = std::string(EntityTypeName(EntityType::kOther));
      vertex.label_en = vertex.label_ar = id;
    }
    vertex.mentions = entity_totals.mentions;
    SortUnique(&entity_totals.documents);
    DocumentList documents =
        ListDocuments(corpus, std::move(entity_totals.documents), max_documents);
    vertex.documents = std::move(documents.ids);
    vertex.document_count = documents.count;
    if (entity_totals.days) {
      vertex.first_seen = entity_totals.days->first;
      vertex.last_seen = entity_totals.days->last;
    }
    entities.push_back(std::move(vertex));
  }
  return entities;
}

}  // namespace akhbar
