#pragma once
// Entering a manual score input: a write, so it is an event in the
// hash-chained log ("score.entered") and the current value is kept in the
// store's score_entries, both in the caller's transaction.

#include <string>

#include "org/organisation.hpp"
#include "score/scoring_rules.hpp"
#include "store/store.hpp"

namespace duban {

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

/// Checks the request against the rules and the organisation (throws
/// RuleError naming what is wrong), then appends the event and stores the
/// entry. `now` is a stored local time. The caller commits.
ScoreEntryRecord enter_score(StoreWriter& writer, const Organisation& org,
                             const ScoringRules& rules, const ScoreEntryRequest& request,
                             const std::string& now);

}  // namespace duban
