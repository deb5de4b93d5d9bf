#include "neighbourhood/records.hpp"

#include <cctype>
#include <stdexcept>

namespace leefbaar::neighbourhood {

const std::vector<RecordKindInfo>& record_kinds() {
  static const std::vector<RecordKindInfo> kinds = {
      {RecordKind::initiatives, "initiatieven", "Initiatieven van bewoners", true},
      {RecordKind::activities, "activiteiten", "Activiteiten", true},
      {RecordKind::spending, "uitgaven", "Uitgaven", true},
      {RecordKind::mediation_cases, "bemiddelingszaken", "Buurtbemiddeling: zaken", true},
      {RecordKind::works, "werken", "Fysieke werken", true},
      {RecordKind::campaigns, "acties", "Acties (kerstbomen, superburen, wijkreporters)", false},
      {RecordKind::mediation_figures, "bemiddelingscijfers", "Buurtbemiddeling: cijfers", false},
      {RecordKind::signal_counts, "signalen", "Signalen: aantallen", false}};
  return kinds;
}

std::optional<RecordKind> record_kind(std::string_view slug) {
  for (const auto& k : record_kinds())
    if (slug == k.slug) return k.kind;
  return std::nullopt;
}

const RecordKindInfo& record_kind_info(RecordKind kind) {
  for (const auto& k : record_kinds())
    if (k.kind == kind) return k;
  throw std::invalid_argument("unknown record kind");
}

std::string mediator_initials(const std::string& name) {
  std::string out;
  bool start = true;
  for (std::size_t i = 0; i < name.size();) {
    const auto c = static_cast<unsigned char>(name[i]);
    const std::size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : 4;
    const bool letter = c >= 0x80 || std::isalnum(c);
    if (letter && start) {
      out += c < 0x80 ? std::string(1, static_cast<char>(std::toupper(c))) : name.substr(i, len);
      out += '.';
    }
    start = !letter;
    i += len;
  }
  return out;
}

}  // namespace leefbaar::neighbourhood
