// reliability_worker WORKSPACE_DIR TASK_ID[,TASK_ID…] ACTOR COUNT TAG
//
// A child process for the reliability tests: applies COUNT note actions
// "TAG-1" … "TAG-COUNT", each in its own write transaction, and reports each
// one on stdout only after it committed. The parent may kill it at any
// moment; every line it read names an update that must survive.
//
// Given several tasks, note i goes to task (i-1) mod n: a task's notes live
// in one JSON document that every note re-reads, so thousands on one task
// cost quadratic time; spreading them keeps the many-updates tests quick.

#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <cstring>
#include <iostream>
#include <stdexcept>
#include <string>
#include <system_error>
#include <vector>

#include "workspace/workspace.hpp"
#include "engine/engine.hpp"
#include "store/store.hpp"

namespace {

using namespace duban;

// A fixed time, never the wall clock: runs are repeatable.
constexpr const char* kNow = "2026-02-10T10:00";

struct Arguments {
  std::filesystem::path workspace;
  std::vector<std::string> tasks;
  std::string actor;
  int count = 0;
  std::string tag;
};

std::vector<std::string> split_commas(const std::string& text) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  for (std::size_t comma; (comma = text.find(',', start)) != std::string::npos; start = comma + 1) {
    parts.push_back(text.substr(start, comma - start));
  }
  parts.push_back(text.substr(start));
  return parts;
}

Arguments parse_arguments(int argc, char** argv) {
  if (argc != 6)
    throw std::invalid_argument(
        "usage: reliability_worker WORKSPACE_DIR TASK_ID[,TASK_ID...] ACTOR COUNT TAG");
  Arguments args;
  args.workspace = argv[1];
  args.tasks = split_commas(argv[2]);
  args.actor = argv[3];
  const std::string count = argv[4];
  const auto [end, error] = std::from_chars(count.data(), count.data() + count.size(), args.count);
  if (error != std::errc{} || end != count.data() + count.size() || args.count < 0) {
    throw std::invalid_argument("COUNT '" + count + "' is not a whole number");
  }
  args.tag = argv[5];
  return args;
}

std::unique_ptr<Workspace> load(const std::filesystem::path& root) {
  Diagnostics diagnostics;
  auto workspace = load_workspace(root, diagnostics);
  if (!workspace || diagnostics.has_errors()) {
    std::string text = "cannot load the workspace " + root.string();
    for (const auto& d : diagnostics.sorted()) text += "\n" + format_diagnostic(d);
    throw std::runtime_error(text);
  }
  return workspace;
}

// One write(2) per line: a line of a few bytes is written to a pipe whole
// (PIPE_BUF), so a kill never leaves the parent half a line.
void report(const std::string& line) {
  const std::string text = line + "\n";
  std::size_t done = 0;
  while (done < text.size()) {
    const ssize_t written = ::write(STDOUT_FILENO, text.data() + done, text.size() - done);
    if (written < 0) {
      if (errno == EINTR) continue;
      throw std::system_error(errno, std::generic_category(), "writing to stdout");
    }
    done += static_cast<std::size_t>(written);
  }
}

void apply_notes(const Arguments& args) {
  const auto workspace = load(args.workspace);
  const auto now = parse_iso8601(kNow, workspace->config.zone);
  if (!now) throw std::logic_error(std::string("cannot parse ") + kNow);
  auto store = open_store(workspace->config.database_url, workspace->root);
  Engine engine(workspace->definitions(), *now);
  for (int i = 1; i <= args.count; ++i) {
    ActionRequest request;
    request.action = TaskAction::note;
    request.task = args.tasks[static_cast<std::size_t>(i - 1) % args.tasks.size()];
    request.actor = args.actor;
    request.text = args.tag + "-" + std::to_string(i);
    auto writer = store->write();
    engine.act(*writer, request).value();
    writer->commit();
    report(request.text);  // only now: the parent treats the line as a promise
  }
}

}  // namespace

int main(int argc, char** argv) {
  try {
    apply_notes(parse_arguments(argc, argv));
    return 0;
  } catch (const std::exception& error) {
    std::cerr << "reliability_worker: " << error.what() << '\n';
    return 1;
  }
}
