#pragma once
// The files of framework/web/static, compiled into the program
// (cmake/EmbedFiles.cmake): served under /static/NAME and nothing else.

#include <span>
#include <string_view>

namespace duban::web {

struct Asset {
  std::string_view name;  ///< "style.css"
  std::string_view content_type;
  std::string_view body;
};

std::span<const Asset> embedded_assets();

}  // namespace duban::web
