// Mermaid flowchart text for a task graph.

#include <algorithm>
#include <set>
#include <string>

#include "graph/drawing_layout.hpp"
#include "graph/graph_drawing.hpp"

namespace duban {

namespace {

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
  const std::vector<TaskIndex> next_on_path = drawing::critical_successors(graph, tasks);
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

std::string to_mermaid(const TaskGraph& graph, std::span<const DrawnTask> tasks, std::string_view title) {
  drawing::check_tasks(graph, tasks);
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
