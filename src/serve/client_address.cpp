#include "serve/client_address.hpp"

#include <arpa/inet.h>

#include <algorithm>
#include <array>
#include <vector>

#include "core/text.hpp"

namespace leefbaar::serve {

namespace {

bool is_trusted(const ServerConfig& config, const std::string& address) {
  return std::any_of(config.trusted_proxies.begin(), config.trusted_proxies.end(),
                     [&](const std::string& proxy) { return canonical_address(proxy) == address; });
}

// The X-Forwarded-For entries in order, over every such header line.
std::vector<std::string> forwarded_for(const httplib::Request& req) {
  std::vector<std::string> entries;
  const std::size_t lines = req.get_header_value_count("X-Forwarded-For");
  for (std::size_t line = 0; line < lines; ++line) {
    const std::string value = req.get_header_value("X-Forwarded-For", line);
    std::size_t start = 0;
    while (start <= value.size()) {
      const std::size_t comma = std::min(value.find(',', start), value.size());
      entries.emplace_back(trim(std::string_view(value).substr(start, comma - start)));
      start = comma + 1;
    }
  }
  return entries;
}

}  // namespace

std::optional<std::string> canonical_address(std::string_view text) {
  std::string s(trim(text));
  if (s.size() > 64) return std::nullopt;
  // "[v6]" or "[v6]:port"
  if (!s.empty() && s.front() == '[') {
    const auto close = s.find(']');
    if (close == std::string::npos) return std::nullopt;
    s = s.substr(1, close - 1);
  } else if (std::count(s.begin(), s.end(), ':') == 1) {
    s = s.substr(0, s.find(':'));  // "v4:port"
  }
  // The system's parser and printer (inet_pton/inet_ntop) rather than one of our own.
  std::array<char, INET6_ADDRSTRLEN> out{};
  in_addr v4{};
  if (inet_pton(AF_INET, s.c_str(), &v4) == 1) {
    inet_ntop(AF_INET, &v4, out.data(), out.size());
    return std::string(out.data());
  }
  in6_addr v6{};
  if (inet_pton(AF_INET6, s.c_str(), &v6) != 1) return std::nullopt;
  if (IN6_IS_ADDR_V4MAPPED(&v6)) {
    std::copy_n(&v6.s6_addr[12], 4, reinterpret_cast<unsigned char*>(&v4));
    inet_ntop(AF_INET, &v4, out.data(), out.size());
  } else {
    inet_ntop(AF_INET6, &v6, out.data(), out.size());
  }
  return std::string(out.data());
}

std::string client_address(const ServerConfig& config, const httplib::Request& req) {
  const std::string peer = canonical_address(req.remote_addr).value_or(req.remote_addr);
  if (config.trusted_proxies.empty() || !is_trusted(config, peer)) return peer;
  const auto entries = forwarded_for(req);
  for (auto it = entries.rbegin(); it != entries.rend(); ++it) {
    const auto address = canonical_address(*it);
    // What lies left of an entry that is not an address was written by no one we trust.
    if (!address) return peer;
    if (!is_trusted(config, *address)) return *address;
  }
  return peer;
}

}  // namespace leefbaar::serve
