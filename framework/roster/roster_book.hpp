#pragma once
// The assignments of one roster as they stand (earlier periods from the
// store, the period being generated, or a period being changed by a swap or
// leave), with the hard rules a person must meet to take one more shift.
// The generator, swap and leave all ask the same book, so they agree.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "org/organisation.hpp"
#include "roster/roster_definition.hpp"
#include "roster/roster_slots.hpp"

namespace duban {

/// One shift as assigned.
struct Placement {
  std::string key;  ///< "2026-03-09.daily.gate"
  Date date{};
  std::string shift;  ///< shift id
  std::string post;   ///< post id
  std::int64_t start = 0;
  std::int64_t end = 0;
  std::vector<std::string> assignees;
  std::string task;    ///< task id when it comes from the store, else ""
  bool fixed = false;  ///< history: never moved by the generator's repair
};

/// Why a person cannot take a shift: the rule and the details.
struct ShiftRefusal {
  std::string rule;    ///< "leave", "availability", "overlap", "min_rest_hours", "max_per_week"
  std::string detail;  ///< "on leave 2026-03-09..2026-03-13 (出差)"
  /// True when the rule depends on other assignments: moving those could free the person.
  [[nodiscard]] bool movable() const;
};

class RosterBook {
 public:
  RosterBook(const RosterDefinition& roster, const Organisation& org);

  /// Leave recorded outside the roster file (the leave command's events).
  void add_leave(const RosterLeave& leave);
  /// Adds a placement; returns its index.
  std::size_t place(Placement placement);
  void assign(std::size_t index, const std::string& person);
  void unassign(std::size_t index, const std::string& person);

  [[nodiscard]] const std::vector<Placement>& placements() const { return placements_; }
  [[nodiscard]] const Placement& at(std::size_t index) const { return placements_[index]; }
  /// The placement with this key, if any.
  [[nodiscard]] std::optional<std::size_t> find(const std::string& key) const;

  /// The first hard rule `person` breaks by taking a shift from `start` to
  /// `end` on `date`, not counting the placement `ignore` (the one being changed).
  [[nodiscard]] std::optional<ShiftRefusal> refusal(const std::string& person, Date date,
                                                    std::int64_t start, std::int64_t end,
                                                    std::optional<std::size_t> ignore = {}) const;
  /// On leave on `date` (organisation, roster file or recorded leave).
  [[nodiscard]] std::optional<ShiftRefusal> leave_on(const std::string& person, Date date) const;
  /// Has a shift the day before or after `date` (other than `ignore`).
  [[nodiscard]] bool works_next_to(const std::string& person, Date date,
                                   std::optional<std::size_t> ignore = {}) const;
  /// Shifts of `shift` held by `person` (every period in the book).
  [[nodiscard]] int count(const std::string& person, const std::string& shift) const;
  /// All shifts held by `person`.
  [[nodiscard]] int total(const std::string& person) const;
  /// The date of the person's latest shift (days since epoch), or a very small number.
  [[nodiscard]] std::int64_t last_day(const std::string& person) const;
  /// Meets the requirement (tag or role)? Guests carry none.
  [[nodiscard]] bool meets(const std::string& person, const ShiftRequirement& need) const;

 private:
  const RosterDefinition& roster_;
  const Organisation& org_;
  std::vector<Placement> placements_;
  std::map<std::string, std::size_t> by_key_;
  std::map<std::string, std::vector<std::size_t>, std::less<>> by_person_;
  std::vector<RosterLeave> leave_;
};

}  // namespace duban
