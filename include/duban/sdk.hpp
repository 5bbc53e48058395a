#pragma once
/// @file
/// Everything a plugin needs: include this one header.

#include "duban/context.hpp"     // IWYU pragma: export
#include "duban/diagnostic.hpp"  // IWYU pragma: export
#include "duban/extensions.hpp"  // IWYU pragma: export
#include "duban/plugin.hpp"      // IWYU pragma: export
#include "duban/records.hpp"     // IWYU pragma: export
#include "duban/schema.hpp"      // IWYU pragma: export
#include "duban/tasks.hpp"       // IWYU pragma: export
#include "duban/version.hpp"     // IWYU pragma: export
