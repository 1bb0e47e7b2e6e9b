#include "graph/graph_metrics.h"

#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/connected_components.hpp>
#include <boost/range/iterator_range.hpp>

#include <vector>

namespace akhbar {

void ComputeMetrics(EntityGraph* graph) {
  using CoMentionGraph =
      boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
  const size_t count = graph->entities.size();
  CoMentionGraph co_mentions(count);
  for (EntityVertex& entity : graph->entities) {
    entity.degree = 0;
    entity.weighted_degree = 0;
  }
  for (const auto edge : boost::make_iterator_range(boost::edges(graph->graph))) {
    const EdgeData& data = graph->graph[edge];
    const size_t a = graph->graph[boost::source(edge, graph->graph)].index;
    const size_t b = graph->graph[boost::target(edge, graph->graph)].index;
    boost::add_edge(a, b, co_mentions);
    for (const size_t end : {a, b}) {
      ++graph->entities[end].degree;
      graph->entities[end].weighted_degree += data.weight;
    }
  }

  std::vector<double> centrality(count, 0.0);
  boost::brandes_betweenness_centrality(
      co_mentions, boost::centrality_map(boost::make_iterator_property_map(
                       centrality.begin(), boost::get(boost::vertex_index, co_mentions))));
  // Boost counts the shortest paths of each unordered pair once (the star's
  // centre gets 3 for its 3 pairs of leaves); networkx normalizes an
  // undirected graph's values by the (n-1)(n-2)/2 pairs of other vertices.
  const double pairs = count > 2 ? static_cast<double>((count - 1) * (count - 2)) / 2 : 0.0;

  std::vector<int> component(count, 0);
  if (count > 0) {
    boost::connected_components(
        co_mentions, boost::make_iterator_property_map(
                         component.begin(), boost::get(boost::vertex_index, co_mentions)));
  }
  for (size_t i = 0; i < count; ++i) {
    graph->entities[i].betweenness = pairs > 0 ? centrality[i] / pairs : 0.0;
    graph->entities[i].component = static_cast<uint32_t>(component[i]);
  }
}

}  // namespace akhbar
