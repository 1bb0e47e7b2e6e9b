#include "graph/graph_assembly.h"

#include <boost/range/iterator_range.hpp>

#include <cassert>
#include <unordered_map>
#include <utility>

namespace akhbar {

EntityGraph AssembleGraph(std::vector<EntityVertex> entities, std::vector<EventVertex> events,
                          std::vector<GraphEdge> edges, const GraphStats& stats) {
  std::vector<std::vector<GraphEdge>> edge_lists;
  edge_lists.push_back(std::move(edges));
  return AssembleGraph(std::move(entities), std::move(events), std::move(edge_lists), stats);
}

EntityGraph AssembleGraph(std::vector<EntityVertex> entities, std::vector<EventVertex> events,
                          std::vector<std::vector<GraphEdge>> edge_lists, const GraphStats& stats) {
  EntityGraph graph;
  graph.entities = std::move(entities);
  graph.events = std::move(events);
  graph.stats = stats;
  std::unordered_map<std::string, GraphStorage::vertex_descriptor> vertex_of;
  for (size_t i = 0; i < graph.entities.size(); ++i) {
    vertex_of[graph.entities[i].id] =
        boost::add_vertex(VertexData{VertexKind::kEntity, i}, graph.graph);
  }
  for (size_t i = 0; i < graph.events.size(); ++i) {
    vertex_of[graph.events[i].id] =
        boost::add_vertex(VertexData{VertexKind::kEvent, i}, graph.graph);
  }
  for (std::vector<GraphEdge>& edges : edge_lists) {
    for (GraphEdge& edge : edges) {
      const auto source = vertex_of.find(edge.source);
      const auto target = vertex_of.find(edge.target);
      assert(source != vertex_of.end() && target != vertex_of.end());
      // Boost 1.74's add_edge copies the property it is given (evidence and
      // all); an edge added bare takes its data by move.
      const auto added = boost::add_edge(source->second, target->second, graph.graph).first;
      graph.graph[added] = std::move(edge.data);
    }
    edges = {};
  }
  return graph;
}

const std::string& VertexId(const EntityGraph& graph, GraphStorage::vertex_descriptor vertex) {
  const VertexData& data = graph.graph[vertex];
  return data.kind == VertexKind::kEntity ? graph.entities[data.index].id
                                          : graph.events[data.index].id;
}

std::vector<EdgeRef> EdgesOf(const EntityGraph& graph) {
  std::vector<EdgeRef> edges;
  for (const auto edge : boost::make_iterator_range(boost::edges(graph.graph))) {
    edges.push_back(EdgeRef{VertexId(graph, boost::source(edge, graph.graph)),
                            VertexId(graph, boost::target(edge, graph.graph)),
                            graph.graph[edge]});
  }
  return edges;
}

std::vector<GraphEdge> TakeEdges(EntityGraph* graph) {
  std::vector<GraphEdge> edges;
  for (const auto edge : boost::make_iterator_range(boost::edges(graph->graph))) {
    edges.push_back(GraphEdge{VertexId(*graph, boost::source(edge, graph->graph)),
                              VertexId(*graph, boost::target(edge, graph->graph)),
                              std::move(graph->graph[edge])});
  }
  graph->graph.clear();
  return edges;
}

}  // namespace akhbar
