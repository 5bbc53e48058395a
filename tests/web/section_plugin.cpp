// A plugin for the web tests: two report sections, one with text that must
// be escaped, one that fails, so the pages and the API can be checked
// against what plugins really hand them.

#include <duban/plugin.hpp>
#include <stdexcept>

namespace {

class SectionPlugin final : public duban::sdk::Plugin {
 public:
  void register_extensions(duban::sdk::Registry& registry) override {
    registry.add_section({"web-test", "a section for the web tests",
                          [](const duban::sdk::SectionRequest& request, duban::sdk::Context&) {
                            duban::sdk::ReportSection s;
                            s.title = "测试栏目";
                            s.lines = {"周期 " + request.period, "<script>alert(1)</script>"};
                            s.tables = {{"巡查", {"区域", "问题"}, {{"解放路", "3"}}}};
                            s.data = {{"period", request.period}};
                            return s;
                          }});
    registry.add_section(
        {"web-test-broken", "a section that fails",
         [](const duban::sdk::SectionRequest&, duban::sdk::Context&) -> duban::sdk::ReportSection {
           throw std::runtime_error("数据源不可用");
         }});
  }
};

}  // namespace

DUBAN_PLUGIN("web-test", "1.0.0", SectionPlugin)
