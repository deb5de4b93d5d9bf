// Contact moments and signals in the store: who sees the details (the recording organisation and
// the wijk's team, nobody else), the retention purge with a controllable clock, and a resident's
// request (find, erase).
#include "store/signals.hpp"

#include <gtest/gtest.h>

#include "core/errors.hpp"
#include "store/retention.hpp"
#include "store/settings.hpp"
#include "store/signal_sharing.hpp"
#include "store/work_areas.hpp"
#include "support/errors.hpp"
#include "support/store_fixture.hpp"

namespace leefbaar::testing {

namespace {

using store::Clock;

Clock::time_point day(int y, unsigned m, unsigned d) {
  return std::chrono::sys_days{std::chrono::year{y} / std::chrono::month{m} / std::chrono::day{d}} +
         std::chrono::hours(12);
}

class Signals : public StoreTest {
 protected:
  Signals() {
    auto& sql = db_.sql();
    corporation_ =
        store::create_organisation(db_, "Woonstichting", store::OrganisationKind::corporatie);
    welzijn_ = store::create_organisation(db_, "Welzijn Assen", store::OrganisationKind::welzijn);
    gemeente_ =
        store::create_organisation(db_, "Gemeente Assen", store::OrganisationKind::gemeente);
    work_area_ = store::detail::find_or_create_work_area(db_, corporation_, "Drenthe");
    sql.exec(
        "INSERT INTO imports (id, work_area_id, kind, level, file, sha256, rows_read, "
        "warnings_json, created_at, created_by) VALUES (1, " +
        std::to_string(work_area_) +
        ", 'wijken', NULL, 'w.csv', 'x', 2, '[]', '2025-01-01T00:00:00Z', 'test')");
    for (const char* row :
         {"'wijk', 'WK010601', 'Lariks', NULL", "'wijk', 'WK010604', 'Pittelo', NULL",
          "'buurt', 'BU01060101', 'Lariks-Oost', 'WK010601'",
          "'buurt', 'BU01060401', 'Pittelo-Noord', 'WK010604'"})
      sql.exec(
          "INSERT INTO areas (import_id, work_area_id, kind, code, name, wijk_code, "
          "gemeente_code, geometry_rd) VALUES (1, " +
          std::to_string(work_area_) + ", " + row + ", 'GM0106', '{}')");
    analist_ = user(corporation_, "analist@corp.nl", store::Role::analist, {});
    wijkwerker_ = user(welzijn_, "werker@welzijn.nl", store::Role::wijkteam, {"WK010601"});
    // A second welfare worker, without any wijk: the "other organisation" in the tests.
    welzijn_zonder_wijk_ = user(welzijn_, "ander@welzijn.nl", store::Role::wijkteam, {});
    pittelo_team_ = user(gemeente_, "team@gemeente.nl", store::Role::wijkteam, {"WK010604"});
    lezer_ = user(corporation_, "lezer@corp.nl", store::Role::lezer, {"WK010604"});
    beheerder_ = user(corporation_, "beheerder@corp.nl", store::Role::beheerder, {});
    store::add_partner(db_, work_area_, welzijn_);
    store::add_partner(db_, work_area_, gemeente_);
  }

  store::User user(std::int64_t org, const std::string& email, store::Role role,
                   std::vector<std::string> wijken) {
    const auto id = store::create_user(
        db_, {org, email, email, "lang genoeg wachtwoord", role, std::move(wijken)});
    return *store::find_user(db_, id);
  }

  neighbourhood::ContactInput input(const std::string& date, const std::string& wijk) const {
    neighbourhood::ContactInput in;
    in.date = date;
    in.wijk = wijk;
    in.kind = "huisbezoek";
    in.signals = {"eenzaamheid", "geldzorgen"};
    in.referral = "sociaal_team";
    in.follow_up_status = "open";
    in.postcode = "9404 ab";
    in.huisnummer = "12";
    in.note = "Wil graag naar de koffieochtend.";
    return in;
  }

  long long contacts() { return count("signal_contacts"); }
  // The signals counted in a year, over every wijk and kind.
  long long signals_in(int year) {
    long long n = 0;
    for (const auto& c : store::count_signals(db_, work_area_, year)) n += c.n;
    return n;
  }

  std::int64_t corporation_ = 0, welzijn_ = 0, gemeente_ = 0, work_area_ = 0;
  store::User analist_, wijkwerker_, welzijn_zonder_wijk_, pittelo_team_, lezer_, beheerder_;
  Clock::time_point now_ = day(2025, 6, 1);
};

TEST_F(Signals, WelfareWorkerCannotReadTheCorporationsDetailsAndTheOtherWayRound) {
  // The corporation records in Pittelo; the welfare organisation in Lariks.
  const auto corp =
      store::record_contact(db_, work_area_, analist_, input("2025-05-02", "WK010604"), now_).id;
  const auto welz =
      store::record_contact(db_, work_area_, wijkwerker_, input("2025-05-03", "WK010601"), now_).id;

  // A welfare worker (not in Pittelo's team) cannot read the corporation's contact moment.
  EXPECT_THROW(store::read_contact(db_, work_area_, wijkwerker_, corp),
               neighbourhood::SignalAccessDenied);
  EXPECT_THROW(store::read_contact(db_, work_area_, welzijn_zonder_wijk_, corp),
               neighbourhood::SignalAccessDenied);
  // The corporation's analist (no wijken) cannot read the welfare organisation's.
  EXPECT_THROW(store::read_contact(db_, work_area_, analist_, welz),
               neighbourhood::SignalAccessDenied);
  // Nor change it or add a note.
  EXPECT_THROW(store::update_follow_up(db_, work_area_, analist_, welz,
                                       {std::nullopt, std::nullopt, std::string("afgerond")}, now_),
               neighbourhood::SignalAccessDenied);
  EXPECT_THROW(store::add_follow_up_note(db_, work_area_, analist_, welz, "gezien", now_),
               neighbourhood::SignalAccessDenied);
  // A lezer sees counts only, even of their own organisation in their own wijk.
  EXPECT_THROW(store::read_contact(db_, work_area_, lezer_, corp),
               neighbourhood::SignalAccessDenied);
  EXPECT_TRUE(store::list_contacts(db_, work_area_, lezer_, {}).contacts.empty());

  // The recording organisation sees its own, also a colleague without the wijk.
  const auto own = store::read_contact(db_, work_area_, welzijn_zonder_wijk_, welz);
  ASSERT_TRUE(own);
  EXPECT_EQ(own->postcode, "9404AB");
  EXPECT_EQ(own->huisnummer, 12);
  EXPECT_EQ(own->note, "Wil graag naar de koffieochtend.");
  EXPECT_EQ(own->signals, (std::vector<std::string>{"eenzaamheid", "geldzorgen"}));
  // The wijk's team (another organisation, working in Pittelo) sees the corporation's contact
  // there once the corporation shares its details in Pittelo with that organisation; not before.
  EXPECT_THROW(store::read_contact(db_, work_area_, pittelo_team_, corp),
               neighbourhood::SignalAccessDenied);
  EXPECT_TRUE(store::set_sharing(db_, work_area_, beheerder_, "WK010604", gemeente_, true, now_));
  EXPECT_TRUE(store::read_contact(db_, work_area_, pittelo_team_, corp));
  EXPECT_THROW(store::read_contact(db_, work_area_, pittelo_team_, welz),
               neighbourhood::SignalAccessDenied);

  // The lists follow the same rule, without the personal data itself.
  const auto welzijn_list = store::list_contacts(db_, work_area_, wijkwerker_, {}).contacts;
  ASSERT_EQ(welzijn_list.size(), 1u);
  EXPECT_EQ(welzijn_list[0].id, welz);
  EXPECT_TRUE(welzijn_list[0].has_personal_data);
  EXPECT_TRUE(welzijn_list[0].postcode.empty());
  EXPECT_TRUE(welzijn_list[0].note.empty());
  const auto corp_list = store::list_contacts(db_, work_area_, analist_, {}).contacts;
  ASSERT_EQ(corp_list.size(), 1u);
  EXPECT_EQ(corp_list[0].id, corp);

  // Counts are for everyone and hold both.
  EXPECT_EQ(signals_in(2025), 4);
}

TEST_F(Signals, OnlyTheRecordingOrganisationSharesItsDetailsAndCanStop) {
  const auto corp =
      store::record_contact(db_, work_area_, analist_, input("2025-05-02", "WK010604"), now_).id;
  const auto welzijn_beheerder =
      user(welzijn_, "beheerder@welzijn.nl", store::Role::beheerder, {"WK010604"});
  // The welfare organisation's beheerder gives a colleague Pittelo: still no details of the
  // corporation's contact there, and its "sharing" concerns only its own records.
  const auto colleague = user(welzijn_, "collega@welzijn.nl", store::Role::wijkteam, {"WK010604"});
  EXPECT_TRUE(
      store::set_sharing(db_, work_area_, welzijn_beheerder, "WK010604", corporation_, true, now_));
  EXPECT_THROW(store::read_contact(db_, work_area_, colleague, corp),
               neighbourhood::SignalAccessDenied);
  EXPECT_TRUE(store::list_contacts(db_, work_area_, colleague, {}).contacts.empty());

  // Only a beheerder grants; never to the own organisation, an organisation outside the
  // partnership or a wijk the work area does not have.
  EXPECT_THROW(store::set_sharing(db_, work_area_, analist_, "WK010604", welzijn_, true, now_),
               neighbourhood::SignalAccessDenied);
  EXPECT_THROW(
      store::set_sharing(db_, work_area_, beheerder_, "WK010604", corporation_, true, now_),
      FieldError);
  const auto stranger = store::create_organisation(db_, "Elders", store::OrganisationKind::welzijn);
  EXPECT_THROW(store::set_sharing(db_, work_area_, beheerder_, "WK010604", stranger, true, now_),
               FieldError);
  EXPECT_THROW(store::set_sharing(db_, work_area_, beheerder_, "WK999999", welzijn_, true, now_),
               FieldError);
  EXPECT_THROW(store::set_sharing(db_, work_area_, beheerder_, "BU01060401", welzijn_, true, now_),
               FieldError);

  // The corporation shares Pittelo with the welfare organisation: the colleague sees the details,
  // a colleague without Pittelo does not; granting twice changes nothing.
  EXPECT_TRUE(store::set_sharing(db_, work_area_, beheerder_, "WK010604", welzijn_, true, now_));
  EXPECT_FALSE(store::set_sharing(db_, work_area_, beheerder_, "WK010604", welzijn_, true, now_));
  EXPECT_TRUE(store::read_contact(db_, work_area_, colleague, corp));
  EXPECT_EQ(store::list_contacts(db_, work_area_, colleague, {}).total, 1);
  EXPECT_THROW(store::read_contact(db_, work_area_, welzijn_zonder_wijk_, corp),
               neighbourhood::SignalAccessDenied);

  // And stops: the details are gone again.
  EXPECT_TRUE(store::set_sharing(db_, work_area_, beheerder_, "WK010604", welzijn_, false, now_));
  EXPECT_THROW(store::read_contact(db_, work_area_, colleague, corp),
               neighbourhood::SignalAccessDenied);
  EXPECT_THROW(store::add_follow_up_note(db_, work_area_, colleague, corp, "gezien", now_),
               neighbourhood::SignalAccessDenied);
}

TEST_F(Signals, TheListIsFilteredAndPagedAfterTheAccessRule) {
  // Three of the corporation's in Pittelo (one in 2024, one without a referral), two of the
  // welfare organisation's in Lariks that the corporation's analist may not see.
  for (const char* date : {"2025-05-01", "2025-05-02"})
    store::record_contact(db_, work_area_, analist_, input(date, "WK010604"), now_);
  auto loneliness_only = input("2024-03-01", "WK010604");
  loneliness_only.signals = {"eenzaamheid"};
  loneliness_only.referral.clear();
  loneliness_only.follow_up_status = "geen";
  loneliness_only.postcode.clear();
  loneliness_only.huisnummer.clear();
  store::record_contact(db_, work_area_, analist_, loneliness_only, now_);
  for (const char* date : {"2025-05-03", "2025-05-04"})
    store::record_contact(db_, work_area_, wijkwerker_, input(date, "WK010601"), now_);

  auto with = [](auto set) {
    neighbourhood::ContactFilter f;
    set(f);
    return f;
  };
  auto page = [&](long long offset) {
    return with([&](auto& f) {
      f.limit = 2;
      f.offset = offset;
    });
  };
  auto list = [&](const neighbourhood::ContactFilter& f) {
    return store::list_contacts(db_, work_area_, analist_, f);
  };
  EXPECT_EQ(list({}).total, 3);
  EXPECT_EQ(list(with([](auto& f) { f.year = 2025; })).total, 2);
  EXPECT_EQ(list(with([](auto& f) { f.wijk = "WK010601"; })).total,
            0);  // the welfare organisation's: not seen
  EXPECT_EQ(list(with([](auto& f) { f.signal = "geldzorgen"; })).total, 2);
  EXPECT_EQ(list(with([](auto& f) { f.follow_up_status = "geen"; })).total, 1);
  EXPECT_EQ(
      store::list_contacts(db_, work_area_, wijkwerker_, with([](auto& f) { f.wijk = "WK010601"; }))
          .total,
      2);

  // Pages of two, newest first: the total stays, the rows move on.
  const auto first = list(page(0));
  const auto second = list(page(2));
  EXPECT_EQ(first.total, 3);
  EXPECT_EQ(second.total, 3);
  ASSERT_EQ(first.contacts.size(), 2u);
  ASSERT_EQ(second.contacts.size(), 1u);
  EXPECT_EQ(first.contacts[0].date, "2025-05-02");
  EXPECT_EQ(second.contacts[0].date, "2024-03-01");
  EXPECT_EQ(second.contacts[0].signals, (std::vector<std::string>{"eenzaamheid"}));
  EXPECT_TRUE(list(page(10)).contacts.empty());
}

TEST_F(Signals, TheStoreLeavesTheAuditEntriesToTheUseCases) {
  // usecases/signals_audit_test.cpp
  const auto id =
      store::record_contact(db_, work_area_, wijkwerker_, input("2025-05-03", "WK010601"), now_).id;
  store::read_contact(db_, work_area_, wijkwerker_, id);
  store::list_contacts(db_, work_area_, wijkwerker_, {});
  EXPECT_EQ(*store::update_follow_up(db_, work_area_, wijkwerker_, id,
                                     {std::nullopt, std::nullopt, std::string("bezig")}, now_),
            (std::vector<std::string>{"stand opvolging"}));
  EXPECT_TRUE(store::update_follow_up(db_, work_area_, wijkwerker_, id,
                                      {std::nullopt, std::nullopt, std::string("bezig")}, now_)
                  ->empty());
  EXPECT_FALSE(store::update_follow_up(db_, work_area_, wijkwerker_, id + 1,
                                       {std::nullopt, std::nullopt, std::string("bezig")}, now_));
  EXPECT_EQ(count("audit_log"), 0);
}

TEST_F(Signals, OnlyWhatTheTaskNeedsIsRecorded) {
  auto in = input("2025-05-03", "WK010601");
  in.referral.clear();
  in.follow_up_status = "geen";
  try {
    store::record_contact(db_, work_area_, wijkwerker_, in, now_).id;
    FAIL() << "an address without follow-up was accepted";
  } catch (const FieldError& e) {
    EXPECT_EQ(e.field(), "postcode");
  }
  in.postcode.clear();
  in.huisnummer.clear();
  EXPECT_GT(store::record_contact(db_, work_area_, wijkwerker_, in, now_).id, 0);

  auto field_of = [&](neighbourhood::ContactInput bad, const store::User& who = {}) {
    return field_error_of(
        [&] { store::record_contact(db_, work_area_, who.id ? who : wijkwerker_, bad, now_).id; });
  };
  auto future = input("2025-06-02", "WK010601");
  EXPECT_EQ(field_of(future), "date");
  EXPECT_EQ(field_of(input("2025-02-30", "WK010601")), "date");
  EXPECT_EQ(field_of(input("2025-05-01", "WK999999"), analist_), "wijk");
  EXPECT_EQ(field_of(input("2025-05-01", "WK010604")), "wijk");  // not the worker's wijk
  auto no_signals = input("2025-05-01", "WK010601");
  no_signals.signals.clear();
  EXPECT_EQ(field_of(no_signals), "signals");
  auto bad_postcode = input("2025-05-01", "WK010601");
  bad_postcode.postcode = "ABCD12";
  EXPECT_EQ(field_of(bad_postcode), "postcode");
  auto bad_buurt = input("2025-05-01", "WK010601");
  bad_buurt.buurt = "BU01060401";  // in Pittelo
  EXPECT_EQ(field_of(bad_buurt), "buurt");
  EXPECT_THROW(
      store::record_contact(db_, work_area_, lezer_, input("2025-05-01", "WK010604"), now_).id,
      neighbourhood::SignalAccessDenied);
}

TEST_F(Signals, ThePurgeRemovesExpiredRecordsAndKeepsTheOthers) {
  // Recorded on different days with the clock set back.
  const auto old = store::record_contact(db_, work_area_, analist_, input("2023-01-10", "WK010604"),
                                         day(2023, 1, 10))
                       .id;
  const auto recent = store::record_contact(db_, work_area_, analist_,
                                            input("2024-12-01", "WK010604"), day(2024, 12, 1))
                          .id;
  // Old, but its follow-up was completed later: counts from completion.
  const auto completed_late =
      store::record_contact(db_, work_area_, analist_, input("2023-02-01", "WK010604"),
                            day(2023, 2, 1))
          .id;
  store::update_follow_up(db_, work_area_, analist_, completed_late,
                          {std::nullopt, std::nullopt, std::string("afgerond")}, day(2024, 1, 15));
  store::add_follow_up_note(db_, work_area_, analist_, recent, "Gebeld.", day(2024, 12, 2));

  // On 2025-01-09 no contact has passed 24 months yet; the address of the follow-up completed on
  // 2024-01-15 has passed its 3 months: it is cleared, the contact stays, anonymous.
  const auto first = store::purge_expired(db_, day(2025, 1, 9));
  EXPECT_EQ(first.contacts, 0);
  EXPECT_EQ(first.addresses, 1);
  EXPECT_EQ(contacts(), 3);

  // On 2025-06-01: the contact of 2023-01-10 has; the others have not.
  const auto r = store::purge_expired(db_, now_);
  EXPECT_EQ(r.contacts, 1);
  EXPECT_FALSE(store::contact_exists(db_, work_area_, old));
  EXPECT_TRUE(store::contact_exists(db_, work_area_, recent));
  EXPECT_TRUE(store::contact_exists(db_, work_area_, completed_late));
  const auto kept = store::read_contact(db_, work_area_, analist_, completed_late);
  EXPECT_TRUE(kept->postcode.empty());
  EXPECT_EQ(kept->note, "Wil graag naar de koffieochtend.");
  // The anonymous counts stay.
  EXPECT_EQ(signals_in(2023), 4);  // two contacts of 2023 with two signals each

  // A shorter period, set by the beheerder, applies at the next purge.
  store::save_retention(db_, work_area_, "contactmoment", 12, "beheerder@corp.nl");
  store::save_retention(db_, work_area_, "opvolgnotitie", 3, "beheerder@corp.nl");
  const auto r2 = store::purge_expired(db_, now_);
  EXPECT_EQ(r2.contacts, 1);  // completed 2024-01-15, more than 12 months ago
  EXPECT_EQ(r2.notes, 1);     // the note of 2024-12-02
  EXPECT_TRUE(store::contact_exists(db_, work_area_, recent));
  EXPECT_EQ(contacts(), 1);
  EXPECT_EQ(store::purge_expired(db_, now_).total(), 0);  // nothing more to do
}

TEST_F(Signals, RetentionIsASettingPerRecordType) {
  auto settings = store::retention_settings(db_, work_area_);
  ASSERT_EQ(settings.size(), 3u);
  EXPECT_EQ(settings[0].record_type, "contactmoment");
  EXPECT_EQ(settings[0].months, 24);
  EXPECT_TRUE(settings[0].is_default);
  store::save_retention(db_, work_area_, "contactmoment", 36, "beheerder@corp.nl");
  settings = store::retention_settings(db_, work_area_);
  EXPECT_EQ(settings[0].months, 36);
  EXPECT_FALSE(settings[0].is_default);
  EXPECT_THROW(store::save_retention(db_, work_area_, "contactmoment", 0, "b"), FieldError);
  EXPECT_THROW(store::save_retention(db_, work_area_, "contactmoment", 121, "b"), FieldError);
  EXPECT_THROW(store::save_retention(db_, work_area_, "iets", 12, "b"), FieldError);
}

TEST_F(Signals, AResidentsDataCanBeFoundAndErasedOnRequest) {
  const auto a =
      store::record_contact(db_, work_area_, analist_, input("2025-05-02", "WK010604"), now_).id;
  auto other = input("2025-05-03", "WK010601");
  other.postcode = "9404AB";
  other.huisnummer = "14";
  other.resident_ref = "K-77";
  const auto b = store::record_contact(db_, work_area_, wijkwerker_, other, now_).id;

  const auto by_address =
      store::find_resident_contacts(db_, work_area_, {corporation_, "9404 AB", "12", "", ""});
  ASSERT_EQ(by_address.size(), 1u);
  EXPECT_EQ(by_address[0].id, a);
  const auto by_ref =
      store::find_resident_contacts(db_, work_area_, {welzijn_, "", "", "", "k-77"});
  // Each organisation answers for its own records: the corporation finds none of the welfare
  // organisation's.
  EXPECT_TRUE(
      store::find_resident_contacts(db_, work_area_, {corporation_, "", "", "", "k-77"}).empty());
  ASSERT_EQ(by_ref.size(), 1u);
  EXPECT_EQ(by_ref[0].id, b);
  EXPECT_THROW(store::find_resident_contacts(db_, work_area_, {}), FieldError);

  // The welfare organisation cannot erase the corporation's record of the address.
  EXPECT_EQ(store::erase_resident_contacts(db_, work_area_, {welzijn_, "9404AB", "12", "", ""}), 0);
  EXPECT_EQ(store::erase_resident_contacts(db_, work_area_, {corporation_, "9404AB", "12", "", ""}),
            1);
  EXPECT_FALSE(store::contact_exists(db_, work_area_, a));
  EXPECT_TRUE(store::contact_exists(db_, work_area_, b));
  EXPECT_EQ(signals_in(2025), 4);  // the erased contact's signals stay as counts
}

}  // namespace

}  // namespace leefbaar::testing
