#include "catalogue.hpp"

namespace duban::village {

const std::vector<Term>& default_categories() {
  static const std::vector<Term> terms{
      {"unstable", "脱贫不稳定户"},
      {"marginal", "边缘易致贫户"},
      {"sudden", "突发严重困难户"},
  };
  return terms;
}

const std::vector<Term>& risk_types() {
  static const std::vector<Term> terms{
      {"illness", "因病"},        {"disability", "因残"},     {"schooling", "因学"},
      {"disaster", "因自然灾害"}, {"accident", "因意外事故"}, {"business", "因产业经营失败"},
      {"job", "因务工就业不稳"},  {"labour", "缺劳动力"},     {"housing", "住房安全问题"},
      {"water", "饮水安全问题"},
  };
  return terms;
}

const std::vector<MeasureType>& measure_types() {
  using G = MeasureGroup;
  static const std::vector<MeasureType> types{
      {"employment", "就业", G::job},
      {"public-post", "公益岗位", G::job},
      {"industry", "产业", G::other},
      {"microcredit", "小额信贷", G::other},
      {"health", "健康", G::other},
      {"education", "教育(雨露计划)", G::other},
      {"housing", "住房", G::other},
      {"water", "饮水", G::other},
      {"dibao", "低保", G::social_assistance},
      {"tekun", "特困", G::social_assistance},
      {"temporary-aid", "临时救助", G::social_assistance},
      {"social-aid", "社会救助", G::social_assistance},
      {"consumption", "消费帮扶", G::other},
  };
  return types;
}

std::optional<Term> find_term(const std::vector<Term>& terms, std::string_view text) {
  for (const auto& term : terms) {
    if (term.id == text || term.name == text) return term;
  }
  return std::nullopt;
}

std::vector<Term> measure_terms() {
  std::vector<Term> terms;
  for (const auto& type : measure_types()) terms.push_back({type.id, type.name});
  return terms;
}

std::optional<MeasureType> find_measure_type(std::string_view text) {
  for (const auto& type : measure_types()) {
    // "教育" alone is accepted for 教育(雨露计划): people type the short form.
    if (type.id == text || type.name == text || type.name.starts_with(std::string(text) + "(")) {
      return type;
    }
  }
  return std::nullopt;
}

std::string list_terms(const std::vector<Term>& terms) {
  std::string text;
  for (const auto& term : terms) {
    if (!text.empty()) text += ", ";
    text += term.id + "（" + term.name + "）";
  }
  return text;
}

}  // namespace duban::village
