#pragma once
// Passwords and tokens through libsodium: Argon2id password strings
// (crypto_pwhash_str with the interactive limits: 64 MiB, 2 passes) and
// random tokens for sessions and CSRF.

#include <cstddef>
#include <string>
#include <string_view>

namespace duban::web {

/// Why a new password is refused ("" when it is acceptable): at least 8
/// characters, at most 1,024 bytes, no control characters.
std::string password_problem(std::string_view password);
/// The Argon2id string to store for `password` (salt and parameters inside).
/// Throws std::runtime_error if libsodium cannot (out of memory).
std::string hash_password(std::string_view password);
/// Whether `password` matches a stored Argon2id string. An empty `hash`
/// (no account) still costs one verification, so timing tells nothing.
bool verify_password(const std::string& hash, std::string_view password);
/// `bytes` random bytes from the system's generator, as hex.
std::string random_token(std::size_t bytes = 32);
/// Compares two tokens in time that depends only on their length.
bool same_token(std::string_view a, std::string_view b);

}  // namespace duban::web
