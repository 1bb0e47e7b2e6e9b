// Entity vertices: who is named in the corpus, how often, where and when.
#ifndef AKHBAR_GRAPH_ENTITY_COLLECTOR_H_
#define AKHBAR_GRAPH_ENTITY_COLLECTOR_H_

#include <vector>

#include "extract/entity_catalog.h"
#include "graph/deduplicated_corpus.h"
#include "graph/entity_graph.h"

namespace akhbar {

// Every entity mentioned, sorted by id. `mentions` counts a repeated
// sentence once; `documents` and the days seen include every copy. Labels
// and types come from the catalog (an id it lacks becomes type "other").
// Metrics are left for graph_metrics.h. All documents are counted, the
// first `max_documents` listed.
std::vector<EntityVertex> CollectEntities(const DeduplicatedCorpus& corpus,
                                          const EntityCatalog& catalog,
                                          size_t max_documents);

}  // namespace akhbar

#endif  // AKHBAR_GRAPH_ENTITY_COLLECTOR_H_
