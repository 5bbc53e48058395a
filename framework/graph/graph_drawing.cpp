// Graphviz dot text for a task graph.

#include <string>

#include "graph/drawing_layout.hpp"
#include "graph/graph_drawing.hpp"

namespace duban {

namespace {

constexpr std::string_view font = "Noto Sans CJK SC";  // has the Chinese glyphs labels need

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
  for (const auto& group : drawing::tasks_by_layer(graph)) {
    out += "  {rank=same;";
    for (TaskIndex v : group) out += ' ' + dot_quoted(tasks[v].id) + ';';
    out += "}\n";
  }
}

void dot_edges(std::string& out, const TaskGraph& graph, std::span<const DrawnTask> tasks) {
  const std::vector<TaskIndex> next_on_path = drawing::critical_successors(graph, tasks);
  for (TaskIndex u = 0; u < tasks.size(); ++u) {
    for (TaskIndex v : graph.dependents(u)) {
      out += "  " + dot_quoted(tasks[u].id) + " -> " + dot_quoted(tasks[v].id);
      if (next_on_path[u] == v) out += " [color=red, penwidth=2.5, style=bold]";
      out += ";\n";
    }
  }
}

}  // namespace

std::string to_dot(const TaskGraph& graph, std::span<const DrawnTask> tasks, std::string_view title) {
  drawing::check_tasks(graph, tasks);
  std::string out;
  dot_header(out, title);
  dot_nodes(out, tasks);
  dot_ranks(out, graph, tasks);
  dot_edges(out, graph, tasks);
  return out + "}\n";
}

}  // namespace duban
