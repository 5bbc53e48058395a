#include "model/task_state.hpp"

#include <array>

namespace duban {

namespace {
constexpr std::array<std::string_view, 9> state_names{"pending",     "ready",     "acknowledged",
                                                      "in_progress", "done",      "blocked",
                                                      "returned",    "cancelled", "failed"};
constexpr std::array<Msg, 9> state_labels{
    Msg::state_pending,     Msg::state_ready,     Msg::state_acknowledged,
    Msg::state_in_progress, Msg::state_done,      Msg::state_blocked,
    Msg::state_returned,    Msg::state_cancelled, Msg::state_failed};
constexpr std::array<std::string_view, 11> action_names{"ack",    "start",  "done",     "block",
                                                        "return", "cancel", "reassign", "note",
                                                        "chase",  "extend", "approve"};
constexpr std::array<Msg, 11> action_labels{
    Msg::action_ack,    Msg::action_start,  Msg::action_done,     Msg::action_block,
    Msg::action_return, Msg::action_cancel, Msg::action_reassign, Msg::action_note,
    Msg::action_chase,  Msg::action_extend, Msg::action_approve};
constexpr std::array<TaskAction, 11> every_action{
    TaskAction::ack,     TaskAction::start,  TaskAction::done,     TaskAction::block,
    TaskAction::return_, TaskAction::cancel, TaskAction::reassign, TaskAction::note,
    TaskAction::chase,   TaskAction::extend, TaskAction::approve};
constexpr std::array<TaskState, 9> all_states{
    TaskState::pending,     TaskState::ready,     TaskState::acknowledged,
    TaskState::in_progress, TaskState::done,      TaskState::blocked,
    TaskState::returned,    TaskState::cancelled, TaskState::failed};

// A failed automatic task is handed to people: they can take it up like a
// ready one (start, finish by hand, return, reassign).
bool working(TaskState s) {
  return s == TaskState::ready || s == TaskState::acknowledged || s == TaskState::in_progress ||
         s == TaskState::failed;
}
}  // namespace

std::string_view state_name(TaskState state) {
  return state_names.at(static_cast<std::size_t>(state));
}
Msg state_label(TaskState state) {
  return state_labels.at(static_cast<std::size_t>(state));
}

std::optional<TaskState> parse_state(std::string_view name) {
  for (std::size_t i = 0; i < state_names.size(); ++i) {
    if (state_names[i] == name) return static_cast<TaskState>(i);
  }
  return std::nullopt;
}

bool is_open(TaskState state) {
  return state != TaskState::done && state != TaskState::cancelled;
}

std::string_view action_name(TaskAction action) {
  return action_names.at(static_cast<std::size_t>(action));
}

Msg action_label(TaskAction action) {
  return action_labels.at(static_cast<std::size_t>(action));
}

std::span<const TaskAction> all_actions() {
  return every_action;
}

std::optional<TaskAction> parse_action(std::string_view name) {
  for (std::size_t i = 0; i < action_names.size(); ++i) {
    if (action_names[i] == name) return static_cast<TaskAction>(i);
  }
  return std::nullopt;
}

std::optional<TaskState> next_state(TaskAction action, TaskState from) {
  switch (action) {
    case TaskAction::ack:
      if (from == TaskState::ready) return TaskState::acknowledged;
      return std::nullopt;
    case TaskAction::start:
      // Starting also resumes a blocked task.
      if (working(from) || from == TaskState::blocked) return TaskState::in_progress;
      return std::nullopt;
    case TaskAction::done:
      if (working(from) || from == TaskState::blocked) return TaskState::done;
      return std::nullopt;
    case TaskAction::block:
      if (working(from)) return TaskState::blocked;
      return std::nullopt;
    case TaskAction::return_:
      if (working(from)) return TaskState::returned;
      return std::nullopt;
    case TaskAction::reassign:
      // A returned task goes to its new owner ready to be acknowledged.
      if (from == TaskState::returned) return TaskState::ready;
      if (is_open(from)) return from;
      return std::nullopt;
    case TaskAction::cancel:
    case TaskAction::note:
    case TaskAction::chase:
    case TaskAction::extend:
    case TaskAction::approve:
      if (!is_open(from)) return action == TaskAction::note ? std::optional(from) : std::nullopt;
      return action == TaskAction::cancel ? TaskState::cancelled : from;
  }
  return std::nullopt;
}

std::vector<TaskState> states_allowing(TaskAction action) {
  std::vector<TaskState> out;
  for (TaskState s : all_states) {
    if (next_state(action, s)) out.push_back(s);
  }
  return out;
}

}  // namespace duban
