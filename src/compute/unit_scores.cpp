#include "compute/programme.hpp"

namespace leefbaar {

namespace {
std::int32_t area_for_level(const CoupledUnit& u, ScoreLevel level) {
  switch (level) {
    case ScoreLevel::grid:
      return u.cell;
    case ScoreLevel::buurt:
      return u.buurt;
    case ScoreLevel::pc4:
      return u.pc4;
    case ScoreLevel::wijk:
      return u.wijk;
    case ScoreLevel::gemeente:
      return u.gemeente;
  }
  return -1;
}
}  // namespace

UnitScores resolve_unit_scores(const CoupledUnit& unit, const ScoreBook& book, int edition) {
  UnitScores out;
  // Units located by postcode have no cell, so grid is skipped for them by the -1 index.
  for (int level = 0; level < kScoreLevelCount; ++level) {
    if (!book.loaded[level]) continue;
    const auto l = static_cast<ScoreLevel>(level);
    const Scores* row = book.find(l, area_for_level(unit, l), edition);
    if (row == nullptr) continue;
    // A row with NA dimensions counts for afw only; the missing dimensions fall through.
    for (int d = 0; d < kDimCount; ++d) {
      if (out.level[d] == kNoLevel && !is_missing((*row)[d])) {
        out.scores[d] = (*row)[d];
        out.level[d] = static_cast<std::int8_t>(level);
      }
    }
  }
  return out;
}

}  // namespace leefbaar
