#include "support/world.hpp"

namespace leefbaar::testing {

World::World() {
  params.name = "test";
  params.edition = 2022;
  params.budget.total = 1000;
}

std::int32_t World::buurt(const std::string& code) {
  auto b = stock.buurten.find(code);
  if (b >= 0) return b;
  b = stock.buurten.intern(code, "buurt " + code);
  const auto w = stock.wijken.intern("WK" + code.substr(2, 6));
  const auto g = stock.gemeenten.intern("GM" + code.substr(2, 4));
  stock.wijk_of_buurt.push_back(w);
  stock.gemeente_of_buurt.push_back(g);
  stock.gemeente_of_wijk.resize(stock.wijken.size(), -1);
  stock.gemeente_of_wijk[static_cast<std::size_t>(w)] = g;
  return b;
}

CoupledUnit& World::unit(const std::string& id, const std::string& buurt_code,
                         const std::string& cell, const std::string& pc4) {
  CoupledUnit u;
  u.id = id;
  u.buurt = buurt(buurt_code);
  u.wijk = stock.wijk_of_buurt[static_cast<std::size_t>(u.buurt)];
  u.gemeente = stock.gemeente_of_buurt[static_cast<std::size_t>(u.buurt)];
  if (!cell.empty()) u.cell = stock.cells.intern(cell);
  if (!pc4.empty()) u.pc4 = stock.pc4s.intern(pc4);
  stock.units.push_back(u);
  return stock.units.back();
}

namespace {
Dictionary& dict(CoupledStock& s, ScoreLevel level) {
  switch (level) {
    case ScoreLevel::grid:
      return s.cells;
    case ScoreLevel::buurt:
      return s.buurten;
    case ScoreLevel::pc4:
      return s.pc4s;
    case ScoreLevel::wijk:
      return s.wijken;
    case ScoreLevel::gemeente:
      return s.gemeenten;
  }
  return s.buurten;
}

void put(World& w, ScoreLevel level, const std::string& code, int year, const Scores& scores) {
  auto& d = dict(w.stock, level);
  const auto i = d.intern(code);
  auto& areas = w.book.by_area[static_cast<int>(level)];
  areas.resize(d.size());
  areas[static_cast<std::size_t>(i)].push_back({year, scores});
  w.book.loaded[static_cast<int>(level)] = true;
}
}  // namespace

void World::score(ScoreLevel level, const std::string& code, int year, std::array<double, 5> dims) {
  Scores s;
  s[Dim::afw] = 0;
  for (int d = 0; d < 5; ++d) {
    s[d + 1] = dims[static_cast<std::size_t>(d)];
    s[Dim::afw] += dims[static_cast<std::size_t>(d)];
  }
  put(*this, level, code, year, s);
}

void World::score_afw_only(ScoreLevel level, const std::string& code, int year, double afw) {
  Scores s;
  s[Dim::afw] = afw;
  put(*this, level, code, year, s);
}

ProgrammeResult World::run(const ActualsBook* actuals) const {
  // Dictionaries may have grown after scores were put: keep the book's vectors in step.
  ScoreBook b = book;
  b.by_area[static_cast<int>(ScoreLevel::grid)].resize(stock.cells.size());
  b.by_area[static_cast<int>(ScoreLevel::buurt)].resize(stock.buurten.size());
  b.by_area[static_cast<int>(ScoreLevel::pc4)].resize(stock.pc4s.size());
  b.by_area[static_cast<int>(ScoreLevel::wijk)].resize(stock.wijken.size());
  b.by_area[static_cast<int>(ScoreLevel::gemeente)].resize(stock.gemeenten.size());
  return compute_programme({stock, b, params, actuals});
}

const AreaResult* find_area(const ProgrammeResult& r, const CoupledStock& s, AreaLevel level,
                            const std::string& code) {
  for (const auto& a : r.areas) {
    if (a.level != level) continue;
    if (level == AreaLevel::werkgebied) return &a;
    const Dictionary* d = level == AreaLevel::buurt      ? &s.buurten
                          : level == AreaLevel::wijk     ? &s.wijken
                          : level == AreaLevel::gemeente ? &s.gemeenten
                                                         : &s.complexes;
    if (d->code(a.index) == code) return &a;
  }
  return nullptr;
}

}  // namespace leefbaar::testing
