#pragma once
/// @file
/// Version of the duban SDK that plugins compile against.

namespace duban {

/// SDK major version: changes when a plugin must be rebuilt.
inline constexpr int sdk_version_major = 0;
/// SDK minor version: changes when the SDK gains backward-compatible features.
inline constexpr int sdk_version_minor = 1;

}  // namespace duban
