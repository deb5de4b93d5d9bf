#pragma once
// Calendar days as the application stores and shows them: ISO text (YYYY-MM-DD) in UTC. One home
// for every stage (forms, deadlines, retention, the server's clock).
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace leefbaar {

// "YYYY-MM-DD" (digits only) as a day; nullopt when it is no date that exists (2025-02-30).
std::optional<std::chrono::sys_days> parse_day(std::string_view text);
bool is_iso_date(std::string_view text);

std::string day_text(std::chrono::sys_days day);
// The day of a time point (UTC).
std::string day_text(std::chrono::system_clock::time_point t);

// The date n days, or n working days (Monday to Friday), after an ISO date; the text unchanged
// when it is no date.
std::string add_days(const std::string& date, int n);
std::string add_working_days(const std::string& date, int n);

// The date `months` months before the day of t (the last day of a shorter month when needed):
// records dated before it have passed a retention period of `months`.
std::string months_before(std::chrono::system_clock::time_point t, int months);

}  // namespace leefbaar
