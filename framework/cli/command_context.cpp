#include <chrono>
#include <cstdlib>
#include <iostream>

#include "cli/command.hpp"
#include "diagnostics/suggest.hpp"

namespace duban::cli {

namespace fs = std::filesystem;

CommandContext::CommandContext(GlobalOptions options, std::ostream& out, std::ostream& err)
    : options_(std::move(options)), out_(out), err_(err) {}

void CommandContext::fail(const std::string& message, int code) {
  err_ << "duban: error: " << message << '\n';
  throw CommandExit{code};
}

fs::path CommandContext::workspace_root() {
  if (!options_.workspace.empty()) {
    std::error_code ec;
    if (!fs::is_regular_file(fs::path(options_.workspace) / workspace_file_name, ec)) {
      fail("--workspace " + options_.workspace + ": no duban.toml there");
    }
    return options_.workspace;
  }
  auto found = find_workspace(fs::current_path());
  if (!found)
    fail(
        "no workspace: no duban.toml in this folder or any above it (use --workspace DIR or 'duban "
        "init DIR')");
  return *found;
}

bool CommandContext::report(const Diagnostics& diagnostics) {
  for (const auto& d : diagnostics.sorted()) err_ << format_diagnostic(d) << '\n';
  return diagnostics.has_errors();
}

const Workspace& CommandContext::workspace() {
  if (workspace_) return *workspace_;
  Diagnostics diagnostics;
  auto ws = load_workspace(workspace_root(), diagnostics, workspace_load_options());
  if (report(diagnostics) || !ws) {
    err_ << "duban: " << diagnostics.error_count() << " error(s) in the workspace configuration\n";
    throw CommandExit{exit_bad_input};
  }
  workspace_ = std::move(ws);
  return *workspace_;
}

Store& CommandContext::store() {
  if (store_) return *store_;
  const Workspace& ws = workspace();
  try {
    store_ = open_store(ws.config.database_url, ws.root);
  } catch (const StoreError& e) {
    fail(e.what(), exit_failure);
  }
  return *store_;
}

std::string CommandContext::actor() {
  const std::string& who = options_.as;
  if (who.empty()) fail("who is acting? give --as PERSON (or set DUBAN_USER)");
  const Workspace& ws = workspace();
  if (!ws.org.person(who)) {
    fail("unknown person '" + who + "' (--as)" + did_you_mean(who, ws.org.person_ids()));
  }
  return who;
}

LocalDateTime CommandContext::now() {
  const UtcOffset zone = workspace_ ? workspace_->config.zone : UtcOffset{};
  if (!options_.now.empty()) {
    auto parsed = parse_iso8601(options_.now, zone);
    if (!parsed)
      fail("--now '" + options_.now +
           "' is not an ISO 8601 date or time (e.g. 2026-02-13T09:00+08:00)");
    return *parsed;
  }
  // The only place the wall clock is read: commands given --now never see it.
  const auto utc = std::chrono::floor<std::chrono::minutes>(std::chrono::system_clock::now());
  const auto local = utc + std::chrono::minutes{zone.minutes};
  const auto day = std::chrono::floor<std::chrono::days>(local);
  return {Date{day}, std::chrono::duration_cast<TimeOfDay>(local - day)};
}

std::string CommandContext::format(std::initializer_list<std::string_view> allowed) {
  if (options_.format.empty()) return std::string(*allowed.begin());
  for (auto f : allowed) {
    if (f == options_.format) return options_.format;
  }
  std::string list;
  for (auto f : allowed) list += (list.empty() ? "" : ", ") + std::string(f);
  fail("--format " + options_.format + " is not available here (use " + list + ")");
}

}  // namespace duban::cli
