#pragma once
// The client's address for per-client limits (the log-in throttle, the portal's rate limits).
// Behind a reverse proxy every request comes from the proxy, so the proxy's X-Forwarded-For names
// the client; but anyone can send that header, so it is read only when the direct peer is a
// configured trusted proxy (ServerConfig::trusted_proxies).
#include <httplib.h>

#include <optional>
#include <string>
#include <string_view>

#include "serve/server.hpp"

namespace leefbaar::serve {

// An IPv4 or IPv6 address in its canonical text (an IPv4-mapped IPv6 address as IPv4, IPv6 in
// brackets or with a port as the bare address); nullopt when the text is not an address.
std::optional<std::string> canonical_address(std::string_view text);

// The direct peer; when that is a trusted proxy, the right-most address of X-Forwarded-For that is
// not itself a trusted proxy (the proxy nearest to us appended it, so it is the one to believe).
// A header that is missing or holds no usable address: the peer.
std::string client_address(const ServerConfig& config, const httplib::Request& req);

}  // namespace leefbaar::serve
