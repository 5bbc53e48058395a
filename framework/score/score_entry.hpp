#pragma once
// Entering a manual score input: a write, so it is an event in the
// hash-chained log ("score.entered") and the current value is kept in the
// store's score_entries, both in the caller's transaction.

#include <string>
#include <vector>

#include "engine/rule.hpp"
#include "org/organisation.hpp"
#include "score/scoring_rules.hpp"
#include "store/store.hpp"

namespace duban {

/// The current value of one manually entered score input (a person's
/// attendance for a week, say). Kept as a record of the core type
/// core_record::score_entry, folded from the "score.entered" events: the
/// latest entry for (week, person, item) wins; earlier ones stay in the log.
struct ScoreEntryRecord {
  std::string id;          ///< "2026-W10/liu-xiaoyan/attendance"
  std::string week;        ///< "2026-W10"
  std::string person;      ///< whose score
  std::string item;        ///< the manual input's id in the scoring rules
  double value = 0;        ///< as entered, within the input's range
  std::string entered_at;  ///< the entering command's time
  std::string entered_by;  ///< person id of who entered it
  std::string reason;      ///< why, as the enterer said it ("" if none)
  friend bool operator==(const ScoreEntryRecord&, const ScoreEntryRecord&) = default;
};

/// The manual score entries of one week ("2026-W10"), or of every week for
/// "", ordered by id.
std::vector<ScoreEntryRecord> score_entries(Store& store, const std::string& week);

struct ScoreEntryRequest {
  std::string week;    ///< "2026-W10"
  std::string person;  ///< whose score
  std::string item;    ///< a manual input's id
  double value = 0;
  std::string actor;   ///< who enters it
  std::string reason;  ///< optional
};

/// True if `actor` may enter `person`'s values: the chief or the leader in
/// charge of the person's unit, or anyone above the person in the reporting
/// line — never the person themself.
bool may_enter_score(const Organisation& org, const std::string& actor, const std::string& person);

/// Checks the request against the rules and the organisation (refused,
/// writing nothing, naming what is wrong), then writes the score.entered event,
/// which stores the entry. `now` is a stored local time. The caller commits.
Checked<ScoreEntryRecord> enter_score(StoreWriter& writer, const Organisation& org,
                                      const ScoringRules& rules, const ScoreEntryRequest& request,
                                      const std::string& now);

}  // namespace duban
