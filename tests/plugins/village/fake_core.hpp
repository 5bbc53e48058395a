#pragma once
// An in-memory stand-in for the core, as the SDK describes it: it registers
// a plugin's extensions, keeps records and tasks, and fires task_completed
// hooks when a task is closed. It lets the plugin's commands, kinds, hooks and
// section be tested through the SDK contract alone, without the plugin host.
// (The end-to-end tests run the real binary; this is the fast, exact layer.)

#include <algorithm>
#include <duban/sdk.hpp>
#include <map>
#include <set>
#include <sstream>
#include <stdexcept>

namespace duban::village::test {

using nlohmann::json;

class FakeRecords final : public sdk::Records {
 public:
  /// Like the core: refuses an unknown type and fills in schema defaults.
  sdk::Record put(const std::string& type, const std::string& id, json data) override {
    if (!types->contains(type)) throw std::invalid_argument("unknown record type " + type);
    for (const auto& field : types->at(type).schema.fields) {
      if (!data.contains(field.name) && !field.default_value.is_null()) {
        data[field.name] = field.default_value;
      }
      if (field.required && !data.contains(field.name)) {
        throw std::invalid_argument(type + ": missing field " + field.name);
      }
    }
    auto& record = store_[type][id];
    record = {type, id, std::move(data), record.created_at, "", record.version + 1};
    return record;
  }
  std::optional<sdk::Record> get(const std::string& type, const std::string& id) override {
    const auto t = store_.find(type);
    if (t == store_.end() || !t->second.contains(id)) return std::nullopt;
    return t->second.at(id);
  }
  std::vector<sdk::Record> find(const sdk::RecordQuery& query) override {
    std::vector<sdk::Record> found;
    for (const auto& [id, record] : store_[query.type]) {
      bool match = true;
      for (const auto& [field, value] : query.equals) {
        const auto it = record.data.find(field);
        const bool listed = it != record.data.end() && it->is_array() &&
                            std::find(it->begin(), it->end(), value) != it->end();
        match = match && it != record.data.end() && (*it == value || listed);
      }
      if (match) found.push_back(record);
      if (query.limit && found.size() == query.limit) break;
    }
    return found;
  }

  const std::map<std::string, sdk::RecordType>* types = nullptr;

 private:
  std::map<std::string, std::map<std::string, sdk::Record>> store_;
};

class FakeLogger final : public sdk::Logger {
 public:
  void info(const std::string& m) override { lines.push_back("info: " + m); }
  void warn(const std::string& m) override { lines.push_back("warn: " + m); }
  void error(const std::string& m) override { lines.push_back("error: " + m); }
  std::vector<std::string> lines;
};

inline sdk::PersonView person_view(std::string id, std::string name) {
  sdk::PersonView person;
  person.id = std::move(id);
  person.name = std::move(name);
  return person;
}

/// The fake core: Registry and Context at once.
class FakeCore final : public sdk::Registry, public sdk::Context {
 public:
  FakeCore() { store.types = &types; }
  FakeCore(const FakeCore&) = delete;
  FakeCore& operator=(const FakeCore&) = delete;

  // ---- Registry
  void config(sdk::Schema schema) override { config_schema = std::move(schema); }
  void add_task_kind(sdk::TaskKind kind) override { kinds[kind.name] = std::move(kind); }
  void add_record_type(sdk::RecordType type) override { types[type.name] = std::move(type); }
  void add_hook(sdk::Hook hook) override { hooks.push_back(std::move(hook)); }
  void add_section(sdk::SectionProvider section) override {
    sections.push_back(std::move(section));
  }
  void add_command(sdk::Command command) override { commands[command.name] = std::move(command); }

  // ---- Context
  [[nodiscard]] std::string now() const override { return clock; }
  [[nodiscard]] std::string actor() const override { return acting; }
  [[nodiscard]] const json& config() const override { return settings; }
  sdk::Records& records() override { return store; }
  sdk::Logger& log() override { return logger; }
  std::vector<sdk::TaskView> tasks(const sdk::TaskFilter& f) override {
    std::vector<sdk::TaskView> found;
    for (const auto& [id, t] : all_tasks) {
      const auto has = [](const std::vector<std::string>& list, const std::string& v) {
        return v.empty() || std::find(list.begin(), list.end(), v) != list.end();
      };
      if ((!f.run.empty() && t.run != f.run) || !has(t.owners, f.owner) || !has(t.tags, f.tag) ||
          (f.open_only && (t.state == "done" || t.state == "cancelled"))) {
        continue;
      }
      found.push_back(t);
    }
    return found;
  }
  std::optional<sdk::TaskView> task(const std::string& id) override {
    if (!all_tasks.contains(id)) return std::nullopt;
    return all_tasks.at(id);
  }
  sdk::RunView ensure_run(const std::string& workflow, const std::string& period,
                          const std::string& title) override {
    return {workflow + "/" + period, workflow, period, title};
  }
  sdk::TaskView create_task(const std::string& run, const sdk::NewTask& n) override {
    for (const auto& owner : n.owners) {
      if (!person(owner)) throw std::invalid_argument("unknown person '" + owner + "'");
    }
    sdk::TaskView t;
    t.id = run + "/" + n.key;
    if (all_tasks.contains(t.id)) throw std::invalid_argument("duplicate key " + n.key);
    t.run = run;
    t.key = n.key;
    t.title = n.title;
    t.owners = n.owners;
    t.state = "ready";
    t.start = n.start.empty() ? clock : n.start;
    t.due = n.due;
    t.kind = n.kind;
    t.tags = n.tags;
    t.detail = json::object();
    all_tasks[t.id] = t;
    return t;
  }
  sdk::TaskView complete_task(const std::string& id, const json& evidence) override {
    auto& t = all_tasks.at(id);
    t.state = "done";
    t.done_at = clock;
    t.detail["evidence"] = evidence;
    fire(sdk::HookEvent::task_completed, t);
    return all_tasks.at(id);
  }
  [[nodiscard]] std::optional<sdk::PersonView> person(const std::string& id) const override {
    for (const auto& p : staff) {
      if (p.id == id) return p;
    }
    return std::nullopt;
  }
  [[nodiscard]] std::vector<sdk::PersonView> people() const override { return staff; }
  [[nodiscard]] std::optional<sdk::TeamView> team(const std::string&) const override {
    return std::nullopt;
  }
  [[nodiscard]] std::vector<sdk::TeamView> teams() const override { return {}; }
  [[nodiscard]] bool is_workday(const std::string& date) const override {
    return !weekend.contains(date);
  }
  [[nodiscard]] std::string add_workdays(const std::string& date, int days) const override {
    // Only used to step back one day over the (few) weekend dates tests name.
    const int day = std::stoi(date.substr(8, 2)) + days;
    return date.substr(0, 8) + (day < 10 ? "0" : "") + std::to_string(day);
  }

  // ---- test helpers
  /// Runs `duban village NAME ARGS… --opt value…` as `person`; returns the output.
  std::string run(const std::string& name, std::map<std::string, std::string> options,
                  std::vector<std::string> arguments = {}, const std::string& as = "",
                  const std::string& format = "table") {
    acting = as;
    std::ostringstream out;
    const sdk::CommandInput input{std::move(options), std::move(arguments), format};
    last_exit = commands.at(name).run(input, *this, out);
    acting.clear();
    return out.str();
  }
  /// A person closes a task (as `duban task done ID --reason R` would).
  void person_closes(const std::string& id, const std::string& reason) {
    auto& t = all_tasks.at(id);
    t.detail["reasons"].push_back({{"state", "done"}, {"reason", reason}});
    complete_task(id, nullptr);
  }
  void fire(sdk::HookEvent event, const sdk::TaskView& t) {
    sdk::HookData data;
    data.event = event;
    data.task = t;
    for (const auto& hook : hooks) {
      if (hook.event == event) hook.run(data, *this);
    }
  }

  sdk::Schema config_schema;
  std::map<std::string, sdk::TaskKind> kinds;
  std::map<std::string, sdk::RecordType> types;
  std::vector<sdk::Hook> hooks;
  std::vector<sdk::SectionProvider> sections;
  std::map<std::string, sdk::Command> commands;

  std::string clock = "2026-03-02T09:00";
  std::string acting;
  json settings = json::object();
  FakeRecords store;
  FakeLogger logger;
  std::map<std::string, sdk::TaskView> all_tasks;
  std::vector<sdk::PersonView> staff{
      person_view("zhang-jianguo", "张建国"), person_view("li-wenhua", "李文华"),
      person_view("feng-jun", "冯军"), person_view("cao-ying", "曹颖")};
  std::set<std::string> weekend{"2026-03-28", "2026-03-29"};
  int last_exit = -1;
};

}  // namespace duban::village::test
