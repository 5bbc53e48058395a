#pragma once
// A roster definition: who (teams of people, and guests hosted by a person),
// where (posts), when (shift patterns with times) and under which rules
// (headcount, required tags or roles, leave, availability, most shifts a
// week, rest). Loaded once from TOML and immutable; generated assignments
// are kept apart (roster_generator.hpp).

#include <duban/diagnostic.hpp>
#include <map>
#include <string>
#include <vector>

#include "dates/date.hpp"
#include "org/organisation.hpp"

namespace duban {

/// Someone from outside the organisation (an invited speaker) who takes
/// shifts; the task goes to `host`, the person who receives them.
struct RosterGuest {
  std::string id;  ///< unique within the roster; assignee id is "guest:<id>"
  std::string name;
  std::string host;  ///< person id
  SourcePosition where;
};

/// A group of people who share posts. Members are resolved to assignee ids
/// in order: persons by id, guests as "guest:<id>".
struct RosterTeam {
  std::string id;
  std::string name;
  std::vector<std::string> members;  ///< ordered; for rotations this is the speaking order
  SourcePosition where;
};

struct RosterPost {
  std::string id;
  std::string name;
  std::string team;  ///< team id whose members take this post's shifts
  SourcePosition where;
};

enum class ShiftPattern {
  daily,     ///< every day
  workdays,  ///< every working day of the calendar (make-up days included)
  weekdays,  ///< the listed weekdays
  weekly,    ///< once a week, on `weekdays.front()`
};

/// What happens to a shift that falls on a day off (holiday or weekend).
enum class HolidayRule {
  skip,              ///< no shift that day
  keep,              ///< the shift takes place anyway
  previous_workday,  ///< moved to the last workday before (same ISO week only)
  next_workday,      ///< moved to the next workday (same ISO week only)
};

/// At least `count` people of a shift must carry the tag (or role).
struct ShiftRequirement {
  std::string tag;   ///< "" when the requirement is on a role
  std::string role;  ///< "" when the requirement is on a tag
  int count = 1;
  [[nodiscard]] std::string text() const;  ///< "tag section-level ×1"
};

struct RosterShift {
  std::string id;
  std::string name;
  ShiftPattern pattern = ShiftPattern::workdays;
  std::vector<unsigned> weekdays;  ///< ISO 1..7; weekdays and weekly patterns
  HolidayRule on_holiday = HolidayRule::skip;
  TimeOfDay start{9 * 60};
  TimeOfDay end{10 * 60};  ///< after start (shifts do not cross midnight)
  int headcount = 1;
  std::vector<ShiftRequirement> requirements;
  std::vector<std::string> posts;  ///< one shift per post and date
  SourcePosition where;
};

/// Leave (or any unavailability) declared in the roster itself.
struct RosterLeave {
  std::string person;  ///< assignee id
  Date from{};
  Date to{};
  std::string reason;
};

/// Only these weekdays for a person (e.g. part-time).
struct RosterAvailability {
  std::string person;
  std::vector<unsigned> weekdays;
};

enum class RosterMode {
  balanced,  ///< fewest shifts first, then longest since the last one
  rotation,  ///< fewest shifts first, then the team's member order (a speaking order)
};

struct RosterRules {
  int max_per_week = 0;                ///< most shifts of one person in an ISO week; 0 = no limit
  int min_rest_hours = 0;              ///< between the end of one shift and the next; 0 = none
  bool avoid_consecutive_days = true;  ///< soft: prefer people who did not work the day before
};

struct RosterDefinition {
  std::string id;
  std::string name;
  std::string description;
  std::string path;
  RosterMode mode = RosterMode::balanced;
  RosterRules rules;
  std::vector<std::string> managers;  ///< people who may swap and record leave ("" = anyone)
  std::vector<RosterGuest> guests;
  std::vector<RosterTeam> teams;
  std::vector<RosterPost> posts;
  std::vector<RosterShift> shifts;
  std::vector<RosterLeave> leave;
  std::vector<RosterAvailability> availability;
  SourcePosition where;

  [[nodiscard]] const RosterTeam* team(std::string_view key) const;
  [[nodiscard]] const RosterPost* post(std::string_view key) const;
  [[nodiscard]] const RosterShift* shift(std::string_view key) const;
  [[nodiscard]] const RosterGuest* guest(std::string_view key) const;
};

/// "guest:" prefix of guest assignee ids.
inline constexpr std::string_view guest_prefix = "guest:";

/// The display name of an assignee (a person's name, or a guest's).
std::string assignee_name(const RosterDefinition& roster, const Organisation& org,
                          const std::string& assignee);
/// The person a shift task goes to: the person, or a guest's host.
std::string assignee_owner(const RosterDefinition& roster, const std::string& assignee);

}  // namespace duban
