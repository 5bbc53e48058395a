#pragma once
// The team lead's view of a day or a week: what was due, what is done and
// on time, what is late, red or yellow, by unit and by person, and what
// comes next. Built from the store through the due-date index (the period's
// rows only), with lights assessed live at "now".

#include <map>
#include <optional>
#include <string>
#include <vector>

#include <duban/extensions.hpp>
#include "dates/period.hpp"
#include "plan/definitions.hpp"

#include "engine/lights.hpp"
#include "engine/rule.hpp"
#include "store/store.hpp"

namespace duban {

struct StatusFilter {
  std::string unit;
  std::string person;
  std::string workflow;
  std::string tag;
};

struct StatusCounts {
  int due = 0;           ///< due in the period (cancelled tasks left out)
  int done = 0;          ///< of those, closed
  int done_on_time = 0;  ///< closed by their (possibly extended) due time
  int overdue = 0;       ///< open and past due
  int red = 0;  ///< open tasks by light (those due in the period and older ones still open)
  int yellow = 0;
  int green = 0;
  [[nodiscard]] double closure_rate() const {
    return due == 0 ? 0.0 : static_cast<double>(done) / due;
  }
  [[nodiscard]] double on_time_rate() const {
    return due == 0 ? 0.0 : static_cast<double>(done_on_time) / due;
  }
};

struct StatusItem {
  Task task;
  LightAssessment light;
};

struct StatusReport {
  Period period;
  LocalDateTime now;  ///< the time lights were assessed at
  StatusCounts totals;
  std::map<std::string, StatusCounts> by_unit;    ///< unit id →
  std::map<std::string, StatusCounts> by_person;  ///< person id → (each owner counts the task)
  std::vector<StatusItem> red;                    ///< worst first
  std::vector<StatusItem> yellow;
  std::vector<StatusItem> done;      ///< closed within the period
  std::vector<StatusItem> due_next;  ///< open, due in the next period
  /// The period's timeline: run id → day ("YYYY-MM-DD") → counts of its
  /// tasks due that day (due, done, done_on_time, overdue; no lights).
  std::map<std::string, std::map<std::string, StatusCounts>> by_run_day;
};

/// One plugin's section of the report, or why it could not be built.
struct PluginSection {
  std::string plugin;
  std::string id;
  sdk::ReportSection section;
  std::string error;  ///< "" when built
};

/// Every plugin section for the period, each built in a guard: a section
/// that throws is shown as its error, the rest of the report stands.
std::vector<PluginSection> build_plugin_sections(const Definitions& definitions, Store& store,
                                                 const Period& period, LocalDateTime now,
                                                 const StatusFilter& filter);

/// The period a status asks for: a week ("YYYY-Www") or a day
/// ("YYYY-MM-DD"); a given but empty value means the one holding `today`,
/// and neither means today. Refused naming the bad value.
Checked<Period> status_period(const std::optional<std::string>& day,
                              const std::optional<std::string>& week, Date today);

StatusReport build_status(const Definitions& definitions, Store& store, const Period& period,
                          LocalDateTime now, const StatusFilter& filter);

}  // namespace duban
