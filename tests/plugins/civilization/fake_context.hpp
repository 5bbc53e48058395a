#pragma once
// An in-memory Context: records, tasks, a small organisation and a
// Monday-to-Friday calendar, so the plugin's task kinds, hooks, commands and
// section run in-process without the core.

#include <duban/sdk.hpp>
#include <map>
#include <stdexcept>

#include "dates.hpp"

namespace civilization::test {

class FakeRecords : public duban::sdk::Records {
 public:
  duban::sdk::Record put(const std::string& type, const std::string& id,
                         nlohmann::json data) override {
    auto& r = store_[type][id];
    r = {type, id, std::move(data), r.created_at, "", r.version + 1};
    return r;
  }
  std::optional<duban::sdk::Record> get(const std::string& type, const std::string& id) override {
    const auto t = store_.find(type);
    if (t == store_.end() || !t->second.count(id)) return std::nullopt;
    return t->second.at(id);
  }
  std::vector<duban::sdk::Record> find(const duban::sdk::RecordQuery& query) override {
    std::vector<duban::sdk::Record> found;
    for (const auto& [id, r] : store_[query.type]) {
      bool match = true;
      for (const auto& [field, value] : query.equals)
        match = match && r.data.value(field, nlohmann::json()) == value;
      if (match) found.push_back(r);
      if (query.limit && found.size() == query.limit) break;
    }
    return found;
  }

 private:
  std::map<std::string, std::map<std::string, duban::sdk::Record>> store_;
};

class FakeLogger : public duban::sdk::Logger {
 public:
  void info(const std::string& m) override { lines.push_back("info: " + m); }
  void warn(const std::string& m) override { lines.push_back("warn: " + m); }
  void error(const std::string& m) override { lines.push_back("error: " + m); }
  std::vector<std::string> lines;
};

class FakeContext : public duban::sdk::Context {
 public:
  FakeContext() {
    teams_ = {{"road-team", "路长路段党员志愿服务队", "yang-fan", {"zhu-peng", "guo-tao"}},
              {"compound-team", "无主楼院党员志愿服务队", "zheng-wei", {"ma-li"}}};
    for (const char* id :
         {"yang-fan", "zhu-peng", "guo-tao", "zheng-wei", "ma-li", "wang-zhiqiang", "li-wenhua"}) {
      people_.push_back({id, std::string("name-") + id, "unit", "", {}, {}, ""});
    }
  }

  std::string now_ = "2026-03-02T08:00";
  std::string actor_;
  nlohmann::json config_ = nlohmann::json::object();
  FakeRecords records_;
  FakeLogger log_;
  std::map<std::string, duban::sdk::TaskView> tasks_;

  [[nodiscard]] std::string now() const override { return now_; }
  [[nodiscard]] std::string actor() const override { return actor_; }
  [[nodiscard]] const nlohmann::json& config() const override { return config_; }
  duban::sdk::Records& records() override { return records_; }
  duban::sdk::Logger& log() override { return log_; }

  std::vector<duban::sdk::TaskView> tasks(const duban::sdk::TaskFilter& f) override {
    std::vector<duban::sdk::TaskView> found;
    for (const auto& [id, t] : tasks_) {
      if (!f.run.empty() && t.run != f.run) continue;
      if (!f.tag.empty() && std::find(t.tags.begin(), t.tags.end(), f.tag) == t.tags.end())
        continue;
      if (!f.due_from.empty() && t.due < f.due_from) continue;
      if (!f.due_to.empty() && t.due >= f.due_to) continue;
      found.push_back(t);
    }
    return found;
  }
  std::optional<duban::sdk::TaskView> task(const std::string& id) override {
    if (!tasks_.count(id)) return std::nullopt;
    return tasks_.at(id);
  }
  duban::sdk::RunView ensure_run(const std::string& workflow, const std::string& period,
                                 const std::string& title) override {
    return {workflow + "/" + period, workflow, period, title};
  }
  duban::sdk::TaskView create_task(const std::string& run, const duban::sdk::NewTask& n) override {
    const std::string id = run + "/" + n.key;
    if (tasks_.count(id)) throw std::invalid_argument("duplicate key " + n.key);
    for (const auto& o : n.owners) {
      if (!person(o)) throw std::invalid_argument("unknown owner " + o);
    }
    duban::sdk::TaskView t;
    t.id = id;
    t.run = run;
    t.workflow = run.substr(0, run.find('/'));
    t.key = n.key;
    t.title = n.title;
    t.owners = n.owners;
    t.state = "ready";
    t.start = n.start.empty() ? now_ : n.start;
    t.due = n.due.size() == 10 ? n.due + "T17:30" : n.due;
    t.kind = n.kind;
    t.tags = n.tags;
    t.detail = {{"description", n.description}};
    return tasks_[id] = t;
  }
  duban::sdk::TaskView complete_task(const std::string& id, const nlohmann::json&) override {
    auto& t = tasks_.at(id);
    t.state = "done";
    t.done_at = now_;
    return t;
  }
  [[nodiscard]] std::optional<duban::sdk::PersonView> person(const std::string& id) const override {
    for (const auto& p : people_) {
      if (p.id == id) return p;
    }
    return std::nullopt;
  }
  [[nodiscard]] std::vector<duban::sdk::PersonView> people() const override { return people_; }
  [[nodiscard]] std::optional<duban::sdk::TeamView> team(const std::string& id) const override {
    for (const auto& t : teams_) {
      if (t.id == id) return t;
    }
    return std::nullopt;
  }
  [[nodiscard]] std::vector<duban::sdk::TeamView> teams() const override { return teams_; }
  [[nodiscard]] bool is_workday(const std::string& date) const override {
    return days_between(week_monday(date), date) < 5;
  }
  [[nodiscard]] std::string add_workdays(const std::string& date, int days) const override {
    std::string day = date;
    const int step = days < 0 ? -1 : 1;
    for (int left = days < 0 ? -days : days; left > 0;) {
      day = add_days(day, step);
      if (is_workday(day)) --left;
    }
    return day;
  }

 private:
  std::vector<duban::sdk::PersonView> people_;
  std::vector<duban::sdk::TeamView> teams_;
};

}  // namespace civilization::test
