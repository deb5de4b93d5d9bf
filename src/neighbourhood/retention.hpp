#pragma once
// Retention of the signals' personal data: a period per record type, and what it counts from.
//   contactmoment       a contact moment with its signals, address, note and follow-up notes:
//                       from the contact date, or from the day the follow-up was completed
//                       when that is later (default 24 months);
//   opvolgnotitie       a follow-up note: from the note's date (default 18 months);
//   adres_na_afronding  the address and resident reference of a contact moment whose follow-up
//                       is completed: from that day (default 3 months); the contact stays,
//                       anonymous, until its own period ends.
// A purged contact moment leaves only anonymous counts (wijk, month, signal kind).
#include <string>
#include <vector>

namespace leefbaar::neighbourhood {

const std::vector<std::string>& retention_record_types();
// 0 for a type that has no period.
int default_retention_months(const std::string& record_type);
// FieldError(record_type) for an unknown type or a period outside 1..120 months.
void check_retention(const std::string& record_type, int months);

}  // namespace leefbaar::neighbourhood
