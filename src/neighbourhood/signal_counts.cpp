#include "neighbourhood/signal_counts.hpp"

#include <algorithm>

namespace leefbaar::neighbourhood {

namespace {

constexpr std::size_t kMonths = 13;  // 0: the whole year, 1-12 the months
constexpr char kShown = 0, kSmall = 1, kProtecting = 2;

std::string gemeente_of_wijk(const std::string& wijk) {
  return wijk.size() >= 6 ? "GM" + wijk.substr(2, 4) : std::string("GM");
}

// The signals of a wijk recorded without a buurt: a hidden part of the wijk's sums.
std::string unplaced(const std::string& wijk) {
  return wijk + "#";
}

}  // namespace

int SignalTable::node(const std::string& code, int parent) {
  if (const auto it = index_.find(code); it != index_.end()) return it->second;
  const int i = static_cast<int>(nodes_.size());
  nodes_.push_back({parent, {}});
  unplaced_.push_back(!code.empty() && code.back() == '#');
  nodes_[static_cast<std::size_t>(parent)].children.push_back(i);
  index_.emplace(code, i);
  return i;
}

std::size_t SignalTable::cell(int node, std::size_t kind, std::size_t month) const {
  return (static_cast<std::size_t>(node) * kinds_.size() + kind) * kMonths + month;
}

SignalTable::SignalTable(const std::vector<AreaRef>& buurten, const std::vector<std::string>& kinds,
                         const std::vector<SignalAreaCount>& counts) {
  kinds_.push_back("");
  kinds_.insert(kinds_.end(), kinds.begin(), kinds.end());
  nodes_.push_back({});
  unplaced_.push_back(false);
  index_.emplace("", 0);
  auto wijk_node = [this](const std::string& wijk, std::string gemeente) {
    if (gemeente.empty()) gemeente = gemeente_of_wijk(wijk);
    const int w = node(wijk, node(gemeente, 0));
    node(unplaced(wijk), w);
    return w;
  };
  for (const auto& b : buurten) node(b.buurt, wijk_node(b.wijk, b.gemeente));
  // Records may name areas or kinds that the imports no longer have: they still count.
  std::vector<int> leaf_of(counts.size());
  std::vector<std::size_t> kind_of(counts.size());
  for (std::size_t i = 0; i < counts.size(); ++i) {
    const auto& c = counts[i];
    const auto known = index_.find(c.wijk);
    const int w = known != index_.end() ? known->second : wijk_node(c.wijk, "");
    leaf_of[i] = node(c.buurt.empty() ? unplaced(c.wijk) : c.buurt, w);
    auto k = std::find(kinds_.begin() + 1, kinds_.end(), c.kind);
    if (k == kinds_.end()) k = kinds_.insert(kinds_.end(), c.kind);
    kind_of[i] = static_cast<std::size_t>(k - kinds_.begin());
  }
  value_.assign(nodes_.size() * kinds_.size() * kMonths, 0);
  for (std::size_t i = 0; i < counts.size(); ++i) {
    const auto& c = counts[i];
    const int month = c.month.size() >= 7 ? std::stoi(c.month.substr(5, 2)) : 0;
    if (month < 1 || month > 12) continue;
    const auto m = static_cast<std::size_t>(month);
    for (int a = leaf_of[i]; a >= 0; a = nodes_[static_cast<std::size_t>(a)].parent)
      for (std::size_t k : {kind_of[i], std::size_t{0}})
        for (std::size_t mm : {m, std::size_t{0}}) value_[cell(a, k, mm)] += c.n;
  }
  hidden_.assign(value_.size(), kShown);
  for (std::size_t i = 0; i < value_.size(); ++i)
    if (value_[i] < kSmallCount) hidden_[i] = kSmall;
  suppress();
}

void SignalTable::suppress() {
  std::vector<std::size_t> parts;
  bool changed = true;
  // A sum whose total and parts are all known but one can be solved for that one: hide the
  // smallest shown part too (or, with none left, the total). Each step hides one more cell, so it
  // ends. The signals without a buurt count as known.
  const auto cells_per_node = kinds_.size() * kMonths;
  auto known = [&](std::size_t c) { return hidden_[c] == kShown || unplaced_[c / cells_per_node]; };
  auto check = [&](std::size_t total) {
    std::size_t hidden = known(total) ? 0 : 1;
    for (auto p : parts) hidden += known(p) ? 0 : 1;
    if (hidden != 1) return;
    std::size_t pick = total;
    for (auto p : parts)
      if (hidden_[p] == kShown && !unplaced_[p / cells_per_node] &&
          (pick == total || value_[p] < value_[pick]))
        pick = p;
    // Only signals without a buurt left to hide, which protect nothing: nothing more to do.
    if (hidden_[pick] != kShown) return;
    hidden_[pick] = kProtecting;
    changed = true;
  };
  const std::size_t kinds = kinds_.size();
  while (changed) {
    changed = false;
    for (std::size_t n = 0; n < nodes_.size(); ++n) {
      const int ni = static_cast<int>(n);
      const auto& children = nodes_[n].children;
      if (!children.empty())
        for (std::size_t k = 0; k < kinds; ++k)
          for (std::size_t m = 0; m < kMonths; ++m) {
            parts.clear();
            for (int c : children) parts.push_back(cell(c, k, m));
            check(cell(ni, k, m));
          }
      for (std::size_t m = 0; m < kMonths; ++m) {
        parts.clear();
        for (std::size_t k = 1; k < kinds; ++k) parts.push_back(cell(ni, k, m));
        check(cell(ni, 0, m));
      }
      for (std::size_t k = 0; k < kinds; ++k) {
        parts.clear();
        for (std::size_t m = 1; m < kMonths; ++m) parts.push_back(cell(ni, k, m));
        check(cell(ni, k, 0));
      }
    }
  }
}

ShownCount SignalTable::shown(const std::string& area, const std::string& kind, int month) const {
  const auto a = index_.find(area);
  const auto k = std::find(kinds_.begin(), kinds_.end(), kind);
  if (a == index_.end() || unplaced_[static_cast<std::size_t>(a->second)] || k == kinds_.end() ||
      month < 0 || month > 12)
    return {std::nullopt, true};
  const std::size_t i = cell(a->second, static_cast<std::size_t>(k - kinds_.begin()),
                             static_cast<std::size_t>(month));
  if (hidden_[i] == kShown) return {value_[i], false};
  return {std::nullopt, hidden_[i] == kSmall};
}

GroupedCounts group_hidden(const std::vector<ShownCount>& counts) {
  GroupedCounts out;
  for (std::size_t i = 0; i < counts.size(); ++i) {
    auto& group = counts[i].n ? out.shown : counts[i].small ? out.small : out.protecting;
    group.push_back(i);
  }
  return out;
}

}  // namespace leefbaar::neighbourhood
