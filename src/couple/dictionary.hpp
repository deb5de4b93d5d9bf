#pragma once
// Area codes interned to dense indices, so the computation works on arrays instead of strings.
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace leefbaar {

class Dictionary {
 public:
  static constexpr std::int32_t kNone = -1;

  std::int32_t intern(const std::string& code, const std::string& name = {}) {
    auto [it, inserted] = index_.emplace(code, static_cast<std::int32_t>(codes_.size()));
    if (inserted) {
      codes_.push_back(code);
      names_.push_back(name);
    } else if (names_[static_cast<std::size_t>(it->second)].empty() && !name.empty()) {
      names_[static_cast<std::size_t>(it->second)] = name;
    }
    return it->second;
  }
  std::int32_t find(const std::string& code) const {
    auto it = index_.find(code);
    return it == index_.end() ? kNone : it->second;
  }
  void set_name_if_empty(std::int32_t i, const std::string& name) {
    if (names_[static_cast<std::size_t>(i)].empty()) names_[static_cast<std::size_t>(i)] = name;
  }
  const std::string& code(std::int32_t i) const { return codes_[static_cast<std::size_t>(i)]; }
  const std::string& name(std::int32_t i) const { return names_[static_cast<std::size_t>(i)]; }
  std::size_t size() const { return codes_.size(); }

 private:
  std::vector<std::string> codes_;
  std::vector<std::string> names_;
  std::unordered_map<std::string, std::int32_t> index_;
};

}  // namespace leefbaar
