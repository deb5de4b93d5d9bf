#include "serve/schema.hpp"

namespace leefbaar::serve::schema {

namespace {

json described(json schema, std::string_view description) {
  if (!description.empty()) schema["description"] = std::string(description);
  return schema;
}

}  // namespace

json string(std::string_view description) {
  return described({{"type", "string"}}, description);
}

json text(std::size_t max_length, std::string_view description) {
  return described({{"type", "string"}, {"maxLength", max_length}}, description);
}

json integer(std::string_view description) {
  return described({{"type", "integer"}}, description);
}

json number(std::string_view description) {
  return described({{"type", "number"}}, description);
}

json boolean(std::string_view description) {
  return described({{"type", "boolean"}}, description);
}

json date(std::string_view description) {
  return described({{"type", "string"}, {"format", "date"}}, description);
}

json date_time(std::string_view description) {
  return described({{"type", "string"}, {"format", "date-time"}}, description);
}

json one_of(const std::vector<std::string>& words, std::string_view description) {
  return described({{"type", "string"}, {"enum", words}}, description);
}

json array(json items, std::string_view description) {
  return described({{"type", "array"}, {"items", std::move(items)}}, description);
}

json object(Members required, Members optional, std::string_view description) {
  json properties = json::object();
  json names = json::array();
  for (const auto& [name, member] : required) {
    properties[name] = member;
    names.push_back(name);
  }
  for (const auto& [name, member] : optional) properties[name] = member;
  json out = {{"type", "object"}, {"properties", properties}};
  if (!names.empty()) out["required"] = names;
  return described(std::move(out), description);
}

json map_of(json values, std::string_view description) {
  return described({{"type", "object"}, {"additionalProperties", std::move(values)}}, description);
}

json extend(json object_schema, Members required, Members optional) {
  for (const auto& [name, member] : required) {
    object_schema["properties"][name] = member;
    object_schema["required"].push_back(name);
  }
  for (const auto& [name, member] : optional) object_schema["properties"][name] = member;
  return object_schema;
}

json nullable(json schema) {
  schema["nullable"] = true;
  if (schema.contains("enum")) schema["enum"].push_back(nullptr);
  return schema;
}

json file(std::string_view description) {
  return described({{"type", "string"}, {"format", "binary"}}, description);
}

json upload(Members optional) {
  json out = object({{"file", file("The file")}}, optional);
  return out;
}

}  // namespace leefbaar::serve::schema
