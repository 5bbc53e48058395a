#include "text/display_width.hpp"

#include "text/utf8_scan.hpp"

namespace duban {

namespace {
constexpr std::string_view kEllipsis = "…";  // one column wide
constexpr std::size_t kEllipsisWidth = 1;
}  // namespace

std::size_t display_width(std::string_view utf8) {
  std::size_t width = 0;
  report_detail::ClusterCursor cursor(utf8);
  while (const auto cluster = cursor.next()) width += cluster->width;
  return width;
}

std::string pad_right(std::string_view utf8, std::size_t width) {
  const std::size_t have = display_width(utf8);
  std::string out(utf8);
  if (have < width) out.append(width - have, ' ');
  return out;
}

std::string pad_left(std::string_view utf8, std::size_t width) {
  const std::size_t have = display_width(utf8);
  std::string out;
  if (have < width) out.assign(width - have, ' ');
  out.append(utf8);
  return out;
}

std::string truncate_to_width(std::string_view utf8, std::size_t width) {
  if (display_width(utf8) <= width) return std::string(utf8);
  if (width < kEllipsisWidth) return {};
  // Keep whole clusters while they leave room for the ellipsis; cutting inside
  // a cluster would leave a stray accent or half an emoji sequence.
  const std::size_t budget = width - kEllipsisWidth;
  std::size_t used = 0;
  std::size_t cut = 0;
  report_detail::ClusterCursor cursor(utf8);
  while (const auto cluster = cursor.next()) {
    if (used + cluster->width > budget) break;
    used += cluster->width;
    cut = cluster->end;
  }
  std::string out(utf8.substr(0, cut));
  out.append(kEllipsis);
  return out;
}

}  // namespace duban
