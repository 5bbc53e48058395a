#pragma once
// The keys of the message catalogue: one enumerator per piece of user
// interface text. A key that is misspelt does not compile, and every
// catalogue must give every key a text (checked when a catalogue compiles
// and by tests/messages). Keys name what the text is, not where it is shown,
// so that a word used by the CLI and the web pages alike has one key; a word
// that reads the same in Chinese but differently in English (办结 as a
// count, an action or a state) has one key per meaning.

#include <cstddef>
#include <cstdint>

namespace duban {

enum class Msg : std::uint16_t {
  // --- words of tables and pages -------------------------------------------
  task,              ///< a column: the task's title
  owners,            ///< the people responsible
  due,               ///< the due time
  milestone,         ///< a column: one milestone of a deadline policy
  status,            ///< a column: the state of a task, a plugin, a score
  light,             ///< a column: the traffic light
  unit,              ///< a column: a unit of the organisation
  time,              ///< when an event happened
  who,               ///< who did it
  event,             ///< what happened
  reason,            ///< why
  object,            ///< what an event is about
  note,              ///< a free explanation
  depends_on,        ///< the tasks a task waits for
  layer,             ///< a task's layer in a drawing
  duration,          ///< a template's working days
  critical,          ///< on the critical path
  date,              ///< a calendar date
  weekday,           ///< a day of the week
  shift,             ///< a roster shift
  post,              ///< a roster post
  people,            ///< the people on a shift
  plugin,            ///< a plugin's name
  version,           ///< a plugin's version
  extension_count,   ///< how many extensions a plugin adds
  path,              ///< a file's path
  person_name,       ///< a person's name
  label_name,        ///< the name of a thing (a workflow, a row of a CSV)
  password_set_at,   ///< when a password was set
  set_by,            ///< who set it
  administrator,     ///< a person who administers the workspace
  list_separator,    ///< between the items of a list of names
  clause_separator,  ///< between the parts of one explanation

  // --- states of a task (TaskState) ------------------------------------------
  state_pending,
  state_ready,
  state_acknowledged,
  state_in_progress,
  state_done,
  state_blocked,
  state_returned,
  state_cancelled,
  state_failed,

  // --- what people do to a task (TaskAction) ---------------------------------
  action_ack,
  action_start,
  action_done,
  action_block,
  action_return,
  action_cancel,
  action_reassign,
  action_note,
  action_chase,
  action_extend,
  action_approve,

  // --- lights ----------------------------------------------------------------
  light_red,
  light_yellow,
  light_green,
  milestone_deadline,  ///< the due time itself, when it passed with every milestone met

  // --- counts of a status report -------------------------------------------------
  count_due,
  count_done,
  count_on_time,
  count_done_on_time,
  count_overdue,
  count_red,
  count_yellow,
  count_green,
  closure_rate,
  on_time_rate,
  totals,
  by_unit,
  by_person,

  // --- days of the week, Monday first (weekday_key) ----------------------------
  weekday_1,
  weekday_2,
  weekday_3,
  weekday_4,
  weekday_5,
  weekday_6,
  weekday_7,
  weekday_short_1,  ///< one or two columns wide: the head of a month's grid
  weekday_short_2,
  weekday_short_3,
  weekday_short_4,
  weekday_short_5,
  weekday_short_6,
  weekday_short_7,

  // --- the status report (duban status) ------------------------------------------
  report_title,  ///< {0} workspace, {1} report, {2} period, {3}–{4} dates, {5} now
  day_report,
  week_report,
  done_in_period,
  due_next_period,
  days_late,
  chases,
  more_not_listed,  ///< {0} rows not shown
  section_heading,  ///< {0} a plugin section's title
  section_failed,   ///< {0} plugin, {1} its error
  nothing,          ///< an empty table
  csv_section,      ///< the CSV column naming a plugin section
  csv_level,        ///< the CSV column saying totals, unit or person
  csv_person,       ///< a person's row

  // --- tasks, calendars, plugins and accounts on the command line ----------------
  show_original_due,  ///< {0} the due time before an extension
  plugin_loaded,
  plugin_not_loaded,  ///< {0} why
  new_password_prompt,
  password_again_prompt,
  calendar_holiday_mark,  ///< one or two columns wide
  calendar_makeup_mark,   ///< one or two columns wide
  calendar_legend,
  calendar_makeup_day,  ///< {0} the holiday a make-up workday belongs to

  // --- the score sheet (duban score) ------------------------------------------
  score_missing,
  score_not_entered,
  score_rate_counts,      ///< {0} numerator, {1} denominator
  score_missing_entries,  ///< {0} the inputs not entered
  score_above_cap,        ///< {0} the cap
  score_below_zero,
  score_group_capped,  ///< {0} sum, {1} cap
  score_group_cap,     ///< {0} cap
  score_complete,
  score_incomplete,  ///< {0} the inputs not entered
  score_total,
  score_people,
  score_complete_count,
  score_points,
  score_item,
  score_inputs,
  score_formula,
  score_computed,
  score_bonus_line,      ///< {0} a bonus line's name
  score_deduction_line,  ///< {0} a deduction line's name
  score_subtotal,        ///< {0} the group's name
  score_incomplete_footnote,
  score_by_unit,  ///< {0} how a unit's score is formed
  score_unit_sum,
  score_unit_average,
  score_person_heading,  ///< {0} person, {1} unit, {2} total
  score_incomplete_suffix,
  score_unit_total,
  score_unit_mean,
  score_unit_complete,  ///< {0} complete sheets, {1} people
  score_entered,        ///< {0} week, {1} person, {2} input, {3} value, {4} its unit
  score_sheet_name,     ///< the sheet's name when scoring.toml gives none
  score_bonus,          ///< the bonus group's name when scoring.toml gives none
  score_deduction,      ///< the deduction group's name when scoring.toml gives none

  // --- task metrics of a week (score/week_metrics) --------------------------------
  metric_milestones_due,
  metric_milestones_met,
  metric_milestone_rate,
  metric_chases,
  metric_extensions_requested,
  metric_extensions_approved,
  metric_escalations,

  // --- the web pages' frame -------------------------------------------------------
  app_name,
  nav_today,
  nav_week,
  nav_workflows,
  nav_sections,
  administrator_suffix,
  log_out,
  back_to_today,
  error_bad_request,
  error_log_in_first,
  error_forbidden,
  error_not_found,
  error_method,
  error_conflict,
  error_too_large,
  error_invalid,
  error_too_many,
  error_server,

  // --- today and the week ------------------------------------------------------------
  today_lead,  ///< {0} person, {1} unit
  today_my_unit,
  today_mine,
  today_mine_empty,
  today_unit,
  today_unit_empty,
  today_led,
  item_count,  ///< {0} how many
  all_units,
  filter,
  week_heading,
  week_span,   ///< {0} week, {1}–{2} dates, {3} now
  week_title,  ///< {0} week
  previous_week,
  next_week,
  no_red,
  no_yellow,
  week_runs,
  week_due_next,
  week_due_next_empty,
  week_done,
  week_done_empty,
  timeline_empty,
  run,
  timeline_slot,    ///< {0} done, {1} due
  more_line,        ///< {0} rows not shown
  days_late_badge,  ///< {0} days

  // --- a task's page ------------------------------------------------------------------
  event_task_created,
  event_task_ready,
  event_task_acknowledged,
  event_task_started,
  event_task_done,
  event_task_blocked,
  event_task_returned,
  event_task_cancelled,
  event_task_reassigned,
  event_task_noted,
  event_task_chased,
  event_extension_requested,
  event_extension_approved,
  event_light_changed,
  event_task_escalated,
  event_task_overdue,
  event_task_failed,
  event_task_completed_automatically,
  actor_system,
  reassigned_to,    ///< {0} the new owners
  extension_until,  ///< {0} the asked due time
  detail_separator,
  milestone_not_yet,
  milestone_met_on_time,
  milestone_met_late,
  milestone_missed,
  no_milestones,
  due_at,
  met_at,
  workflow,
  chase_count,  ///< {0} how many
  closed_at,
  extension_request,
  extension_awaiting,  ///< {0} the asked due time
  page_original_due,   ///< {0} the due time before an extension
  placeholder_reason_required,
  placeholder_extension_reason,
  placeholder_progress,
  placeholder_note_optional,
  no_actions,
  heading_actions,
  heading_milestones,
  heading_history,
  action_done_notice,  ///< {0} the action
  action_refused,      ///< {0} the action, {1} why

  // --- workflows and plugin sections -------------------------------------------------
  recurrence_day,
  recurrence_week,
  recurrence_month,
  recurrence_quarter,
  recurrence_year,
  recurrence_none,
  recurrence,
  duration_workdays,
  no_runs,
  period,
  created_at,
  created_by,
  task_count,
  open_count,
  plan_period_placeholder,
  create_run,
  task_templates,
  graph_heading,
  graph_hint,
  runs,
  run_created_tasks,  ///< {0} how many tasks
  run_exists,
  no_run_in_period,
  runs_created,           ///< {0} the runs
  plan_refused,           ///< {0} why
  section_plugin_failed,  ///< {0} why
  no_section_plugins,

  // --- logging in -----------------------------------------------------------------------
  log_in,
  login_person,
  login_password,
  login_hint,    ///< {0} the command that sets a password
  login_locked,  ///< {0} minutes
  login_wrong,

  count_  ///< not a key: how many there are
};

inline constexpr std::size_t kMessageCount = static_cast<std::size_t>(Msg::count_);

/// The name of ISO weekday 1..7 (Monday first): weekday_1 … weekday_7.
constexpr Msg weekday_key(unsigned iso_day) {
  return static_cast<Msg>(static_cast<unsigned>(Msg::weekday_1) + iso_day - 1);
}
/// The short name of ISO weekday 1..7, for the head of a month's grid.
constexpr Msg weekday_short_key(unsigned iso_day) {
  return static_cast<Msg>(static_cast<unsigned>(Msg::weekday_short_1) + iso_day - 1);
}

}  // namespace duban
