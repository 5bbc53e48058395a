#pragma once
// A workflow definition as loaded from TOML: immutable after loading.
// Strings that may hold `{{…}}` placeholders are kept as written and
// rendered when a run is planned.

#include <toml++/toml.h>
#include <duban/diagnostic.hpp>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "dates/date.hpp"
#include "dates/period.hpp"
#include "workflow/deadline_policy.hpp"

namespace duban {

/// When runs are created. `none` means runs are only planned by hand.
struct Recurrence {
  enum class Every { none, day, week, month, quarter, year };
  Every every = Every::none;
  unsigned weekday = 1;  ///< week: the ISO weekday the run opens (1 = Monday)
  int day = 0;           ///< month/quarter/year: day of the (first) month the run opens, 0 = unset
  int workday = 0;       ///< month/quarter/year: the Nth workday of the period the run opens
  unsigned month = 1;    ///< year: the month the run opens
  bool workdays_only = true;  ///< day: only on workdays
  SourcePosition where;

  /// The period kind runs of this recurrence cover; nullopt for `none`.
  [[nodiscard]] std::optional<PeriodKind> period_kind() const;
};

/// A value the administrator may pass when planning (`--param id=value`).
struct Parameter {
  std::string id;
  std::string type = "string";  ///< string, integer, date, person or bool
  std::string description;
  std::optional<std::string> default_value;
  SourcePosition where;
};

/// What a task template is repeated over.
struct FanOut {
  enum class Over { none, units, teams, people, list };
  Over over = Over::none;
  std::string filter;  ///< units: a unit kind; teams/people: a tag; list: the list's name
  std::string text;    ///< as written, for messages and pairing
  SourcePosition where;
};

/// When a task is due.
struct DueRule {
  enum class Anchor { none, period_start, period_end, weekday, nth_workday, after, date };
  Anchor anchor = Anchor::none;
  unsigned weekday = 0;           ///< weekday: ISO weekday within the period's first week
  int nth = 0;                    ///< nth_workday: 1-based; negative counts from the end
  std::string after;              ///< after: the template id of a dependency
  int amount = 0;                 ///< period_start/end, after: how many
  bool in_workdays = true;        ///< amount counts workdays (else calendar days)
  std::string date_text;          ///< date: a date or a placeholder such as {{item.deadline}}
  std::optional<TimeOfDay> time;  ///< the time of day; the workspace's end of day if unset
  SourcePosition where;
};

/// An item of a list given in the workflow: its fields (a plain string item
/// has the single field "" holding its text).
struct ListItem {
  std::map<std::string, std::string> fields;
  SourcePosition where;
};

struct TaskTemplate {
  std::string id;
  std::string title;                ///< may hold placeholders
  std::vector<std::string> owners;  ///< owner expressions, may hold placeholders
  std::vector<std::string> depends_on;
  DueRule due;
  std::string policy;  ///< "" = the workflow's policy
  std::string task_class = "ordinary";
  std::vector<std::string> checklist;
  std::vector<std::string> evidence;
  std::vector<std::string> tags;
  double weight = 1.0;
  int duration = 1;  ///< workdays of work, for the critical path
  std::string kind = "human";
  /// An automatic kind's `params` table as written (for positions), and
  /// the same as JSON for the kind's execute function.
  std::shared_ptr<const toml::table> params_table;
  nlohmann::json params;
  FanOut for_each;
  std::string description;
  SourcePosition where;
  std::map<std::string, SourcePosition> key_positions;  ///< where each key's value is

  [[nodiscard]] SourcePosition position(const std::string& key) const;
};

struct WorkflowDefinition {
  std::string id;
  std::string name;
  int version = 1;
  std::string description;
  Recurrence recurrence;
  std::string policy;  ///< default policy of its tasks
  std::vector<Parameter> parameters;
  PolicySet local_policies;  ///< `[policy.ID]` tables of this file
  std::map<std::string, std::vector<ListItem>> lists;
  std::vector<TaskTemplate> tasks;
  /// Task id → position in `tasks` (the first, when an id is repeated).
  std::map<std::string, std::size_t, std::less<>> task_index;
  std::string path;
  SourcePosition where;
  std::map<std::string, SourcePosition> key_positions;

  [[nodiscard]] const TaskTemplate* task(std::string_view id) const;
  [[nodiscard]] std::vector<std::string> task_ids() const;
  [[nodiscard]] SourcePosition position(const std::string& key) const;
};

}  // namespace duban
