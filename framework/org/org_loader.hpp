#pragma once
// Loads the organisation file and checks every reference in it.

#include <duban/diagnostic.hpp>
#include <string>

#include "org/organisation.hpp"

namespace duban {

/// Reads `path`; all problems go to `diagnostics` (the result is still usable
/// for further checks when there are errors, with unresolved links dropped).
Organisation load_organisation(const std::string& path, Diagnostics& diagnostics);
/// Same, from text (tests and the fuzzer).
Organisation load_organisation_text(std::string_view text, const std::string& path,
                                    Diagnostics& diagnostics);

}  // namespace duban
