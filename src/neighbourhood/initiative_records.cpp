#include "neighbourhood/initiative_records.hpp"

#include <map>

namespace leefbaar::neighbourhood {

const char* type_label(const std::string& type) {
  static const std::map<std::string, const char*> labels = {
      {"buurtfeest", "Buurtfeest of markt"},   {"speelplek", "Speelplek of speeltuin"},
      {"groen", "Groen, moestuin of tuin"},    {"ontmoeten", "Ontmoetingsplek of bankjes"},
      {"schoon", "Opruimen en schoonhouden"},  {"jeugd", "Activiteit voor de jeugd"},
      {"ouderen", "Activiteit voor ouderen"},  {"buurtkrant", "Buurtkrant of buurtapp"},
      {"veiligheid", "Veiligheid en verkeer"}, {"overig", "Iets anders"}};
  const auto it = labels.find(type);
  return it == labels.end() ? "Iets anders" : it->second;
}

}  // namespace leefbaar::neighbourhood
