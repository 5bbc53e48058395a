// Dot and Mermaid text for a task graph. Both formats share the layout facts
// (layers, which edges lie on the critical path); only the syntax differs.

#include "graph/graph_drawing.hpp"

#include <algorithm>
#include <limits>
#include <set>
#include <stdexcept>

namespace duban {

namespace {

constexpr TaskIndex no_task = std::numeric_limits<TaskIndex>::max();
constexpr std::string_view font = "Noto Sans CJK SC";  // has the Chinese glyphs labels need

void check_tasks(const TaskGraph& graph, std::span<const DrawnTask> tasks) {
  if (tasks.size() != graph.task_count()) {
    throw std::invalid_argument("graph drawing: one DrawnTask per task is needed");
  }
}

// next_on_path[u] == v when u -> v joins two consecutive critical tasks. The
// flags alone do not say in which order the tasks run, so they are put in
// topological order first; a shortcut edge between two critical tasks that are
// not neighbours on the path thus stays plain. A cyclic graph has no path.
std::vector<TaskIndex> critical_successors(const TaskGraph& graph, std::span<const DrawnTask> tasks) {
  std::vector<TaskIndex> next_on_path(tasks.size(), no_task);
  std::vector<TaskIndex> path;
  for (TaskIndex v : graph.topological_order().order) {
    if (tasks[v].critical) path.push_back(v);
  }
  for (std::size_t i = 1; i < path.size(); ++i) {
    const auto after = graph.dependents(path[i - 1]);
    if (std::binary_search(after.begin(), after.end(), path[i])) next_on_path[path[i - 1]] = path[i];
  }
  return next_on_path;
}

// Tasks grouped by layer, ascending index within each layer.
std::vector<std::vector<TaskIndex>> tasks_by_layer(const TaskGraph& graph) {
  const std::vector<std::uint32_t> layer = graph.layers();
  std::vector<std::vector<TaskIndex>> groups;
  for (TaskIndex v = 0; v < layer.size(); ++v) {
    if (layer[v] >= groups.size()) groups.resize(std::size_t{layer[v]} + 1);
    groups[layer[v]].push_back(v);
  }
  return groups;
}

// ---- dot ----

// Inside a dot string `\"` is a quote and `\\` a backslash; a raw newline becomes
// dot's `\n` line break so that every statement stays on one line.
std::string dot_quoted(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    if (c == '"' || c == '\\') out += '\\';
    if (c != '\r') out += c;
  }
  return out + '"';
}

void dot_header(std::string& out, std::string_view title) {
  const std::string f = dot_quoted(font);
  out += "digraph workflow {\n";
  out += "  graph [rankdir=LR, label=" + dot_quoted(title) + ", labelloc=t, fontname=" + f + "];\n";
  out += "  node [shape=box, style=rounded, fontname=" + f + "];\n";
  out += "  edge [fontname=" + f + "];\n";
}

void dot_nodes(std::string& out, std::span<const DrawnTask> tasks) {
  for (const DrawnTask& t : tasks) {
    out += "  " + dot_quoted(t.id) + " [label=" + dot_quoted(t.label + '\n' + t.id);
    if (t.critical) out += ", color=red, fontcolor=red, penwidth=2.5, style=\"rounded,bold\"";
    out += "];\n";
  }
}

void dot_ranks(std::string& out, const TaskGraph& graph, std::span<const DrawnTask> tasks) {
  for (const auto& group : tasks_by_layer(graph)) {
    out += "  {rank=same;";
    for (TaskIndex v : group) out += ' ' + dot_quoted(tasks[v].id) + ';';
    out += "}\n";
  }
}

void dot_edges(std::string& out, const TaskGraph& graph, std::span<const DrawnTask> tasks) {
  const std::vector<TaskIndex> next_on_path = critical_successors(graph, tasks);
  for (TaskIndex u = 0; u < tasks.size(); ++u) {
    for (TaskIndex v : graph.dependents(u)) {
      out += "  " + dot_quoted(tasks[u].id) + " -> " + dot_quoted(tasks[v].id);
      if (next_on_path[u] == v) out += " [color=red, penwidth=2.5, style=bold]";
      out += ";\n";
    }
  }
}

// ---- mermaid ----

bool plain_id(std::string_view id) {
  return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  });
}

// Words Mermaid reads as syntax where a node id is expected ("end" closes a subgraph).
bool reserved_word(std::string_view id) {
  static const std::set<std::string, std::less<>> words{"end",  "graph",     "flowchart", "subgraph", "style",
                                                        "classdef", "class", "click",     "linkstyle", "direction",
                                                        "default",  "call",  "href",      "callback"};
  std::string lower(id);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; });
  return words.contains(lower);
}

// Ids that are already plain, unreserved and unique are kept (readable output);
// every other task i becomes "n<i>", with '_' appended while that name is taken.
std::vector<std::string> mermaid_ids(std::span<const DrawnTask> tasks) {
  std::vector<std::string> ids(tasks.size());
  std::set<std::string, std::less<>> used;
  for (std::size_t i = 0; i < tasks.size(); ++i) {
    const std::string& id = tasks[i].id;
    if (plain_id(id) && !reserved_word(id) && used.insert(id).second) ids[i] = id;
  }
  for (std::size_t i = 0; i < tasks.size(); ++i) {
    if (!ids[i].empty()) continue;
    std::string name = "n" + std::to_string(i);
    while (!used.insert(name).second) name += '_';
    ids[i] = name;
  }
  return ids;
}

// Mermaid entity codes: '#' first, so that user text cannot forge an entity;
// '<' and '>' so that labels are never read as HTML; '`' would start markdown.
std::string mermaid_text(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '#': out += "#35;"; break;
      case '"': out += "#quot;"; break;
      case '<': out += "#lt;"; break;
      case '>': out += "#gt;"; break;
      case '`': out += "#96;"; break;
      case '\n': out += "<br/>"; break;
      case '\r': break;
      default: out += c;
    }
  }
  return out;
}

// The title goes in the front matter, as a YAML double-quoted string.
void mermaid_header(std::string& out, std::string_view title) {
  out += "---\ntitle: \"";
  for (char c : title) {
    if (c == '"' || c == '\\') out += '\\';
    out += (c == '\n' || c == '\r') ? ' ' : c;
  }
  out += "\"\n---\nflowchart LR\n";
}

// Returns the numbers of the highlighted links, in the order Mermaid counts them.
std::vector<std::size_t> mermaid_edges(std::string& out, const TaskGraph& graph, std::span<const DrawnTask> tasks,
                                       const std::vector<std::string>& ids) {
  const std::vector<TaskIndex> next_on_path = critical_successors(graph, tasks);
  std::vector<std::size_t> highlighted;
  std::size_t link = 0;
  for (TaskIndex u = 0; u < tasks.size(); ++u) {
    for (TaskIndex v : graph.dependents(u)) {
      out += "  " + ids[u] + " --> " + ids[v] + '\n';
      if (next_on_path[u] == v) highlighted.push_back(link);
      ++link;
    }
  }
  return highlighted;
}

void mermaid_styles(std::string& out, std::span<const DrawnTask> tasks, const std::vector<std::string>& ids,
                    const std::vector<std::size_t>& highlighted) {
  out += "  classDef critical stroke:#d00000,stroke-width:3px,color:#d00000\n";
  std::string members;
  for (std::size_t i = 0; i < tasks.size(); ++i) {
    if (tasks[i].critical) members += (members.empty() ? "" : ",") + ids[i];
  }
  if (!members.empty()) out += "  class " + members + " critical\n";
  std::string links;
  for (std::size_t link : highlighted) links += (links.empty() ? "" : ",") + std::to_string(link);
  if (!links.empty()) out += "  linkStyle " + links + " stroke:#d00000,stroke-width:3px\n";
}

}  // namespace

std::string to_dot(const TaskGraph& graph, std::span<const DrawnTask> tasks, std::string_view title) {
  check_tasks(graph, tasks);
  std::string out;
  dot_header(out, title);
  dot_nodes(out, tasks);
  dot_ranks(out, graph, tasks);
  dot_edges(out, graph, tasks);
  return out + "}\n";
}

std::string to_mermaid(const TaskGraph& graph, std::span<const DrawnTask> tasks, std::string_view title) {
  check_tasks(graph, tasks);
  const std::vector<std::string> ids = mermaid_ids(tasks);
  std::string out;
  mermaid_header(out, title);
  for (std::size_t i = 0; i < tasks.size(); ++i) {
    out += "  " + ids[i] + "[\"" + mermaid_text(tasks[i].label) + "<br/>" + mermaid_text(tasks[i].id) + "\"]\n";
  }
  const std::vector<std::size_t> highlighted = mermaid_edges(out, graph, tasks, ids);
  mermaid_styles(out, tasks, ids, highlighted);
  return out;
}

}  // namespace duban
