#pragma once
/// @file
/// How plugins see runs, tasks and people: plain values copied out of the
/// core's state, and the description of a task a plugin wants created.
/// Times are local "YYYY-MM-DDTHH:MM", dates "YYYY-MM-DD".

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace duban::sdk {

/// A run: one instance of a workflow for a period (or an ad-hoc name).
struct RunView {
  std::string id;        ///< "weekly-planning/2026-W07"
  std::string workflow;  ///< workflow id, or a plugin's ad-hoc workflow name
  std::string period;    ///< "2026-W07", "2026-03", or an ad-hoc name
  std::string title;     ///< shown to people
};

/// A task as it stands now.
struct TaskView {
  std::string id;                   ///< "RUN/KEY", what `duban task … ID` accepts
  std::string run;                  ///< its run's id
  std::string workflow;             ///< its run's workflow
  std::string key;                  ///< unique within the run
  std::string title;                ///< shown to people
  std::string unit;                 ///< the accountable owner's unit
  std::vector<std::string> owners;  ///< person ids, accountable first
  std::string state;    ///< pending, ready, acknowledged, in_progress, done, blocked, returned,
                        ///< cancelled, failed
  std::string light;    ///< green, yellow, red; "" when closed
  std::string start;    ///< when it is handed over
  std::string due;      ///< current due time (after an approved extension)
  std::string done_at;  ///< when it was closed ("" while open)
  std::string policy;   ///< deadline policy id
  std::string kind;     ///< "human" or a plugin's automatic kind
  std::vector<std::string> tags;        ///< tags from the template
  std::vector<std::string> depends_on;  ///< task ids
  int escalation_level = 0;             ///< escalation steps taken
  int chases = 0;                       ///< 催办 received
  nlohmann::json params;  ///< an automatic kind's parameters (checked against its schema)
  nlohmann::json detail;  ///< description, notes, evidence, reasons (see docs/json-output.md)
};

/// A task a plugin asks the core to create (from a hook or a command).
/// The core fills in the unit from the first owner, milestones from the
/// policy and the calendar, and records a task.created event.
struct NewTask {
  std::string key;                      ///< unique within the run: "rectify-0007"
  std::string title;                    ///< shown to people
  std::vector<std::string> owners;      ///< person ids (at least one; all must exist)
  std::string start;                    ///< hand-over time; "" means now
  std::string due;                      ///< due time or date (a date means the workday end)
  std::string policy;                   ///< deadline policy id; "" means the workspace default
  std::string kind = "human";           ///< "human", or an automatic kind (its params are checked)
  nlohmann::json params;                ///< parameters of an automatic kind
  std::vector<std::string> depends_on;  ///< ids of tasks in the same run
  std::vector<std::string> tags;        ///< free tags, e.g. the area or household id
  std::string description;              ///< longer text, kept in the task's detail
};

/// Which tasks a plugin wants to read. Empty fields do not filter.
struct TaskFilter {
  std::string run;         ///< tasks of this run
  std::string workflow;    ///< tasks of this workflow
  std::string owner;       ///< tasks this person owns
  std::string unit;        ///< tasks of this unit
  std::string tag;         ///< tasks carrying this tag
  std::string due_from;    ///< due at or after ("YYYY-MM-DD" or a time)
  std::string due_to;      ///< due before
  bool open_only = false;  ///< not done, not cancelled
};

/// A person of the organisation.
struct PersonView {
  std::string id;                  ///< "liu-xiaoyan"
  std::string name;                ///< "刘晓燕"
  std::string unit;                ///< unit id
  std::string title;               ///< job title
  std::vector<std::string> roles;  ///< role ids
  std::vector<std::string> tags;   ///< e.g. party-member
  std::string reports_to;          ///< the person they report to ("" at the top)
};

/// A team of the organisation (people with a leader, across units).
struct TeamView {
  std::string id;                    ///< team id
  std::string name;                  ///< shown to people
  std::string leader;                ///< person id
  std::vector<std::string> members;  ///< person ids
};

}  // namespace duban::sdk
