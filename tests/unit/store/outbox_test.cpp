// The outbox as the mail queue (issue 9): one check for e-mail addresses, no control characters in
// anything that becomes a header, a status per mail, and failed tries retried with a growing wait
// until the maximum marks the mail failed.
#include "store/outbox.hpp"

#include <gtest/gtest.h>

#include "core/errors.hpp"
#include "support/errors.hpp"
#include "support/store_fixture.hpp"

namespace leefbaar::testing {

namespace {

using namespace std::chrono_literals;

class Outbox : public StoreTest {
 protected:
  std::int64_t queue(const std::string& to, const std::string& subject) {
    return store::queue_mail(db_, {to, subject, "Hallo,\nDe link: https://x.example/p#t\n"}, now_);
  }
  store::OutboxMail mail(std::int64_t id) {
    for (const auto& m : store::all_outbox(db_))
      if (m.id == id) return m;
    ADD_FAILURE() << "no mail " << id;
    return {};
  }

  std::chrono::system_clock::time_point now_ =
      std::chrono::system_clock::from_time_t(1'772'409'600);  // 2 March 2026
};

TEST(EmailAddress, OneCheckForEveryAddress) {
  for (const char* ok : {"a@b.nl", "jan.de-vries+buurt@gemeente.example.nl", "X_Y@sub.b.nl"})
    EXPECT_TRUE(store::valid_email(ok)) << ok;
  for (const char* bad :
       {"", "a@b", "@b.nl", "a@.nl", "a@b.nl.", "a@@b.nl", "a b@c.nl", "a@b..nl", "a@b.nl\r\n",
        "a@b.nl\r\nBcc: x@evil.example", "a@b.nl\nBcc: x@evil.example", "a@b.nl,x@evil.example",
        "Jan <a@b.nl>", "a\t@b.nl", "a;x@evil.example@b.nl"})
    EXPECT_FALSE(store::valid_email(bad)) << bad;
  EXPECT_FALSE(store::valid_email(std::string(250, 'a') + "@b.nl"));
  EXPECT_EQ(store::check_email("  a@b.nl "), "a@b.nl");
  EXPECT_EQ(input_error_of([] { store::check_email("a@b.nl\r\nBcc: x@evil.example"); }),
            "Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.");
}

TEST(HeaderText, ControlCharactersAreRefused) {
  EXPECT_TRUE(store::header_safe("Speeltuin aan de Lariksweg (één keer)"));
  EXPECT_FALSE(store::header_safe("Speeltuin\r\nBcc: x@evil.example"));
  EXPECT_FALSE(store::header_safe("Speeltuin\nBcc: x@evil.example"));
  EXPECT_FALSE(store::header_safe("tab\there"));
  EXPECT_FALSE(store::header_safe(std::string("nul\0x", 5)));
  try {
    store::check_header_text("Speeltuin\r\nBcc: x@evil.example", "title", "De titel");
    ADD_FAILURE() << "no FieldError";
  } catch (const FieldError& e) {
    EXPECT_EQ(e.field(), "title");
    EXPECT_STREQ(e.what(), "De titel mag geen regeleinden of tabs bevatten.");
  }
}

TEST_F(Outbox, QueueMailRefusesInjectedHeaders) {
  EXPECT_THROW(queue("a@b.nl\r\nBcc: x@evil.example", "Bevestig uw steun"), FieldError);
  EXPECT_THROW(queue("a@b.nl", "Herinnering: Speeltuin\r\nBcc: x@evil.example"), FieldError);
  EXPECT_TRUE(store::all_outbox(db_).empty());
}

TEST_F(Outbox, AMailIsQueuedThenSent) {
  const auto id = queue("a@b.nl", "Bevestig uw steun");
  auto m = mail(id);
  EXPECT_EQ(m.status, "queued");
  EXPECT_EQ(m.tries, 0);
  ASSERT_EQ(store::due_mails(db_, now_, 10).size(), 1u);
  EXPECT_EQ(store::list_outbox(db_).size(), 1u);
  store::mark_sent(db_, id, now_ + 5s);
  m = mail(id);
  EXPECT_EQ(m.status, "sent");
  EXPECT_EQ(m.tries, 1);
  EXPECT_EQ(m.sent_at, store::iso_utc(now_ + 5s));
  EXPECT_TRUE(store::due_mails(db_, now_ + 1h, 10).empty());
  EXPECT_TRUE(store::list_outbox(db_).empty());
}

TEST_F(Outbox, AFailedTryWaitsLongerEachTimeUntilTheMaximum) {
  const store::RetryPolicy policy{3, 60s, 3600s};
  const auto id = queue("a@b.nl", "Bevestig uw steun");
  store::mark_failed_try(db_, id, "Connection refused", now_, policy);
  auto m = mail(id);
  EXPECT_EQ(m.status, "queued");
  EXPECT_EQ(m.tries, 1);
  EXPECT_EQ(m.last_error, "Connection refused");
  // Not due before its wait (60 s) is over.
  EXPECT_TRUE(store::due_mails(db_, now_ + 59s, 10).empty());
  ASSERT_EQ(store::due_mails(db_, now_ + 60s, 10).size(), 1u);
  store::mark_failed_try(db_, id, "Timeout", now_ + 60s, policy);
  EXPECT_TRUE(store::due_mails(db_, now_ + 60s + 119s, 10).empty());  // now 120 s
  ASSERT_EQ(store::due_mails(db_, now_ + 180s, 10).size(), 1u);
  store::mark_failed_try(db_, id, "Timeout again", now_ + 180s, policy);
  m = mail(id);
  EXPECT_EQ(m.status, "failed");
  EXPECT_EQ(m.tries, 3);
  EXPECT_EQ(m.last_error, "Timeout again");
  EXPECT_TRUE(store::due_mails(db_, now_ + 24h, 10).empty());
}

TEST_F(Outbox, APurgedRecipientIsNeverDue) {
  const auto id = queue("a@b.nl", "Bevestig uw steun");
  SQLite::Statement q(db_.sql(), "UPDATE mail_outbox SET recipient = '', body = '' WHERE id = ?");
  q.bind(1, id);
  q.exec();
  EXPECT_TRUE(store::due_mails(db_, now_, 10).empty());
}

}  // namespace

}  // namespace leefbaar::testing
