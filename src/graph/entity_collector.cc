#include "graph/entity_collector.h"

#include <algorithm>
#include <compare>
#include <optional>
#include <string>
#include <utility>

#include "graph/name_ranks.h"

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
  // Sentences are read in the corpus's order, which is their order in
  // memory: read cluster by cluster, each copy was a jump across the corpus,
  // and on 500 MB of template news, whose copies are most sentences, this
  // took 11 times as long as on 100 MB.
  const NameRanks ranks(*corpus.names);
  std::vector<EntityTotals> totals(ranks.size());  // by rank; unnamed ones have no documents
  // A copy may name an entity once more or once less than the others: the
  // sentence counts with its most generous copy, found once all are read.
  struct CopyCount {
    uint32_t cluster = 0;
    NameRank entity = 0;
    uint32_t count = 0;
    auto operator<=>(const CopyCount&) const = default;
  };
  std::vector<CopyCount> copy_counts;
  NameRankSet named;
  for (const CorpusSentence& sentence : corpus.sentences) {
    named.clear();
    for (const SentenceMention& mention : sentence.Mentions()) {
      named.push_back(ranks.RankOf(mention.entity));
    }
    if (named.empty()) continue;
    std::ranges::sort(named);
    const std::optional<DaySpan> days = SentenceDays(sentence);
    const bool has_copies = corpus.clusters[sentence.cluster].size() > 1;
    for (size_t begin = 0; begin < named.size();) {
      size_t end = begin + 1;
      while (end < named.size() && named[end] == named[begin]) ++end;
      const auto count = static_cast<uint32_t>(end - begin);
      EntityTotals& entity_totals = totals[named[begin]];
      if (entity_totals.documents.empty() ||
          entity_totals.documents.back() != sentence.document_index) {
        entity_totals.documents.push_back(sentence.document_index);
      }
      Cover(&entity_totals.days, days);
      if (has_copies) {
        copy_counts.push_back(CopyCount{sentence.cluster, named[begin], count});
      } else {
        entity_totals.mentions += count;
      }
      begin = end;
    }
  }
  std::ranges::sort(copy_counts);
  for (size_t c = 0; c < copy_counts.size(); ++c) {
    const bool most_of_cluster = c + 1 == copy_counts.size() ||
                                 copy_counts[c + 1].cluster != copy_counts[c].cluster ||
                                 copy_counts[c + 1].entity != copy_counts[c].entity;
    if (most_of_cluster) totals[copy_counts[c].entity].mentions += copy_counts[c].count;
  }

  std::vector<EntityVertex> entities;
  for (NameRank rank = 0; rank < totals.size(); ++rank) {
    EntityTotals& entity_totals = totals[rank];
    if (entity_totals.documents.empty()) continue;
    EntityVertex vertex;
    vertex.id = ranks.Name(rank);
    if (const Entity* entity = catalog.Find(vertex.id)) {
      vertex.type = std::string(EntityTypeName(entity->type));
      vertex.label_en = entity->label_en;
      vertex.label_ar = entity->label_ar;
    } else {
      vertex.type = std::string(EntityTypeName(EntityType::kOther));
      vertex.label_en = vertex.label_ar = vertex.id;
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
