#pragma once
// The signals of one year as counts that cannot point at a household. A count below 5 is not shown
// ("minder dan 5", zero included, so that "none" and "one" look the same). Where a hidden count
// could be worked out by subtracting the shown counts from a shown total (the buurten of a wijk
// add up to the wijk, the kinds to all signals, the months to the year), one more count of that
// group is hidden as well ("niet getoond"): the smallest shown part, or else the total.
//
// The counts form one table over area x kind x month with every total, so that each answer (map
// layer, area page, timeline) hides the same cells and answers cannot be combined to undo the
// hiding. The areas are the werkgebied, its gemeenten, their wijken, their buurten, and per wijk
// the signals recorded without a buurt: never shown, but taken as known to whoever adds up (they
// are often zero), so they never protect a hidden count. This is the simple heuristic of
// statistical offices (no sum has exactly one hidden part), not a proof against every linear
// combination; the counts are of signals, not of households.
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "neighbourhood/areas.hpp"

namespace leefbaar::neighbourhood {

inline constexpr long long kSmallCount = 5;

// Signals per month (YYYY-MM), wijk, buurt and kind. buurt is empty for a contact moment recorded
// for the wijk only, and for the anonymous counts of purged records (which keep no buurt).
struct SignalAreaCount {
  std::string month, wijk, buurt, kind;
  long long n = 0;
};

struct ShownCount {
  std::optional<long long> n;  // nullopt: hidden
  bool small = false;          // hidden because it is below kSmallCount (else to protect another)
};

// The counts of a list (the kinds of an area, the months of a year) grouped for showing: the shown
// ones one by one, and the hidden ones as two lines, those below kSmallCount ("11 soorten: elk
// minder dan 5") and those hidden to protect another. A group says how many parts are hidden, which
// the list said already, and never a sum of them, so grouping reveals no count.
struct GroupedCounts {
  std::vector<std::size_t> shown, small, protecting;  // positions in the list, in order
};
GroupedCounts group_hidden(const std::vector<ShownCount>& counts);

class SignalTable {
 public:
  // buurten: the work area's buurten with their wijk and gemeente; kinds: the signal kinds.
  SignalTable(const std::vector<AreaRef>& buurten, const std::vector<std::string>& kinds,
              const std::vector<SignalAreaCount>& counts);

  // area: "" for the werkgebied, or a gemeente, wijk or buurt code; kind: "" for every kind;
  // month: 1-12, or 0 for the whole year. An area the table does not know counts as zero.
  ShownCount shown(const std::string& area, const std::string& kind = "", int month = 0) const;
  const std::vector<std::string>& kinds() const { return kinds_; }

 private:
  struct Node {
    int parent = -1;
    std::vector<int> children;
  };
  int node(const std::string& code, int parent);
  std::size_t cell(int node, std::size_t kind, std::size_t month) const;
  void suppress();

  std::vector<std::string> kinds_;  // index 0 is "every kind"
  std::vector<Node> nodes_;         // 0: the werkgebied
  std::unordered_map<std::string, int> index_;
  std::vector<long long> value_;
  std::vector<char> hidden_;    // 0 shown, 1 small, 2 hidden to protect another
  std::vector<bool> unplaced_;  // per node: the signals of a wijk without a buurt
};

}  // namespace leefbaar::neighbourhood
