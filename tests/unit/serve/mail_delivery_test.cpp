// The mail delivery (issue 9): the one message builder never lets a value add a header, the
// folder mode writes a well-formed message, SMTP through libcurl reaches a relay (a tiny fake one
// on 127.0.0.1, written here), and a relay that cannot be reached leaves the mail queued with the
// try counted and the error kept, then failed after the maximum.
#include <fmt/format.h>
#include <gtest/gtest.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdlib>
#include <mutex>
#include <optional>
#include <thread>

#include "serve/mailer.hpp"
#include "serve/server.hpp"
#include "store/outbox.hpp"
#include "support/tcp_listener.hpp"
#include "support/temp_files.hpp"
#include "usecases/service.hpp"

namespace leefbaar::testing {

namespace {

using namespace std::chrono_literals;

const auto kNow = std::chrono::system_clock::from_time_t(1'772'409'600);  // 2 March 2026

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < text.size()) {
    const auto end = text.find("\r\n", start);
    out.push_back(text.substr(start, end == std::string::npos ? std::string::npos : end - start));
    if (end == std::string::npos) break;
    start = end + 2;
  }
  return out;
}

// The header lines (before the first empty line), unfolded continuation lines included.
std::vector<std::string> header_lines(const std::string& message) {
  std::vector<std::string> out;
  for (const auto& l : lines_of(message)) {
    if (l.empty()) break;
    out.push_back(l);
  }
  return out;
}

// Just enough SMTP for libcurl, for one connection: what it received is kept.
class FakeSmtp {
 public:
  FakeSmtp() : fd_(listen_on_loopback(port_, 1)), thread_([this] { serve(); }) {}
  ~FakeSmtp() {
    if (thread_.joinable()) thread_.join();
    if (fd_ >= 0) close(fd_);
  }
  int port() const { return port_; }
  std::string transcript() {
    if (thread_.joinable()) thread_.join();
    return transcript_;
  }
  std::string data() {
    if (thread_.joinable()) thread_.join();
    return data_;
  }

 private:
  void serve() {
    const int c = accept(fd_, nullptr, nullptr);
    if (c < 0) return;
    auto say = [c](const std::string& s) { (void)!write(c, s.data(), s.size()); };
    std::string buffer;
    auto line = [&]() -> std::optional<std::string> {
      while (buffer.find("\r\n") == std::string::npos) {
        char chunk[4096];
        const auto n = read(c, chunk, sizeof chunk);
        if (n <= 0) return std::nullopt;
        buffer.append(chunk, static_cast<std::size_t>(n));
      }
      const auto end = buffer.find("\r\n");
      std::string l = buffer.substr(0, end);
      buffer.erase(0, end + 2);
      return l;
    };
    say("220 fake.example ESMTP\r\n");
    while (auto l = line()) {
      transcript_ += *l + "\n";
      const std::string verb = l->substr(0, 4);
      if (verb == "EHLO" || verb == "HELO") {
        say("250 fake.example\r\n");
      } else if (verb == "MAIL" || verb == "RCPT") {
        say("250 OK\r\n");
      } else if (verb == "DATA") {
        say("354 End data with <CR><LF>.<CR><LF>\r\n");
        while (auto d = line()) {
          if (*d == ".") break;
          data_ += *d + "\r\n";
        }
        say("250 OK queued\r\n");
      } else if (verb == "QUIT") {
        say("221 Bye\r\n");
        break;
      } else {
        say("502 Not implemented\r\n");
      }
    }
    close(c);
  }

  int port_ = 0;
  int fd_;
  std::string transcript_, data_;
  std::thread thread_;  // last: starts after the members it uses
};

class MailDeliveryTest : public ::testing::Test {
 protected:
  MailDeliveryTest() : db_(dir_.path() / "store.sqlite") {}
  std::int64_t queue(const std::string& subject = "Bevestig uw steun") {
    return store::queue_mail(
        db_,
        {"bewoner@example.org", subject,
         "U wilt het initiatief 'Speeltuin' steunen.\n\nBevestig met deze link:\n"
         "https://leefbaar.example.nl/portaal/bevestigen#0123\n.\nEinde.\n"},
        kNow);
  }
  store::OutboxMail mail(std::int64_t id) {
    for (const auto& m : store::all_outbox(db_))
      if (m.id == id) return m;
    return {};
  }

  TempDir dir_;
  store::Database db_;  // the test's own connection, for queueing and looking
  usecases::Service service_{dir_.path() / "store.sqlite"};  // the delivery's
};

TEST(BuildMessage, AWellFormedMessage) {
  store::OutboxMail m;
  m.id = 7;
  m.recipient = "bewoner@example.org";
  m.subject = "Herinnering: één speeltuin";
  m.body = "Regel een\nRegel twee\r\nRegel drie";
  const auto msg = serve::build_message(m, "noreply@leefbaar.example.nl", kNow);
  const auto headers = header_lines(msg);
  EXPECT_EQ(headers[0], "From: Leefbaar <noreply@leefbaar.example.nl>");
  EXPECT_EQ(headers[1], "To: <bewoner@example.org>");
  // Not ASCII: an RFC 2047 encoded word.
  EXPECT_EQ(headers[2], "Subject: =?UTF-8?B?SGVyaW5uZXJpbmc6IMOpw6luIHNwZWVsdHVpbg==?=");
  EXPECT_EQ(headers[3], "Date: Mon, 02 Mar 2026 00:00:00 +0000");
  EXPECT_EQ(headers[4].rfind("Message-ID: <leefbaar.7.", 0), 0u);
  EXPECT_NE(msg.find("Content-Type: text/plain; charset=UTF-8\r\n"), std::string::npos);
  EXPECT_NE(msg.find("\r\n\r\nRegel een\r\nRegel twee\r\nRegel drie\r\n"), std::string::npos);
  // Every line ends in CRLF: no bare LF or CR anywhere.
  for (std::size_t i = 0; i < msg.size(); ++i) {
    if (msg[i] == '\n') {
      EXPECT_TRUE(i > 0 && msg[i - 1] == '\r') << i;
    }
    if (msg[i] == '\r') {
      EXPECT_TRUE(i + 1 < msg.size() && msg[i + 1] == '\n') << i;
    }
  }
}

TEST(BuildMessage, NoValueCanAddAHeader) {
  store::OutboxMail m;
  m.id = 1;
  m.recipient = "a@b.nl";
  m.subject = "Speeltuin\r\nBcc: x@evil.example";  // as if it slipped past the input checks
  m.body = "Hallo";
  const auto msg = serve::build_message(m, "noreply@leefbaar.example.nl", kNow);
  for (const auto& h : header_lines(msg)) EXPECT_EQ(h.rfind("Bcc:", 0), std::string::npos) << h;
  EXPECT_NE(msg.find("Subject: Speeltuin  Bcc: x@evil.example\r\n"), std::string::npos);
  m.recipient = "a@b.nl\r\nBcc: x@evil.example";
  EXPECT_THROW(serve::build_message(m, "noreply@leefbaar.example.nl", kNow), serve::MailError);
  m.recipient = "a@b.nl";
  EXPECT_THROW(serve::build_message(m, "noreply@x\r\nBcc: x@evil.example", kNow), serve::MailError);
}

TEST(BuildMessage, LongSubjectsAreFoldedBetweenCharacters) {
  store::OutboxMail m;
  m.recipient = "a@b.nl";
  m.subject = "Herinnering: " + std::string(60, 'x') + " één " + std::string(60, 'y');
  const auto headers = header_lines(serve::build_message(m, "noreply@leefbaar.example.nl", kNow));
  std::size_t continuation = 0;
  for (const auto& h : headers) {
    EXPECT_LE(h.size(), 78u) << h;
    if (h[0] == ' ') ++continuation;
  }
  EXPECT_GE(continuation, 2u);
}

TEST_F(MailDeliveryTest, TheFolderModeWritesOneEmlFilePerMail) {
  const auto id = queue();
  serve::FolderMailer folder(dir_.path() / "mail");
  EXPECT_EQ(serve::deliver_due(service_, folder, "noreply@leefbaar.example.nl", kNow, {}), 1);
  const auto file = dir_.path() / "mail" / "mail-000001.eml";
  ASSERT_TRUE(std::filesystem::exists(file));
  const auto eml = read_file(file);
  const auto headers = header_lines(eml);
  EXPECT_EQ(headers[1], "To: <bewoner@example.org>");
  EXPECT_EQ(headers[2], "Subject: Bevestig uw steun");
  EXPECT_NE(eml.find("\r\n\r\nU wilt het initiatief 'Speeltuin' steunen.\r\n"), std::string::npos);
  EXPECT_NE(eml.find("\r\nhttps://leefbaar.example.nl/portaal/bevestigen#0123\r\n"),
            std::string::npos);
  EXPECT_EQ(mail(id).status, "sent");
  EXPECT_EQ(mail(id).sent_at, store::iso_utc(kNow));
  // Sent once: a second round writes nothing more.
  EXPECT_EQ(serve::deliver_due(service_, folder, "noreply@leefbaar.example.nl", kNow, {}), 0);
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir_.path() / "mail"),
                          std::filesystem::directory_iterator()),
            1);
}

TEST_F(MailDeliveryTest, SmtpReachesTheRelay) {
  FakeSmtp relay;
  const auto id = queue();
  serve::SmtpMailer smtp(fmt::format("smtp://127.0.0.1:{}", relay.port()), "", "");
  EXPECT_EQ(serve::deliver_due(service_, smtp, "noreply@leefbaar.example.nl", kNow, {}), 1);
  const auto transcript = relay.transcript();
  EXPECT_NE(transcript.find("MAIL FROM:<noreply@leefbaar.example.nl>"), std::string::npos)
      << transcript;
  EXPECT_NE(transcript.find("RCPT TO:<bewoner@example.org>"), std::string::npos) << transcript;
  const auto data = relay.data();
  EXPECT_NE(data.find("Subject: Bevestig uw steun\r\n"), std::string::npos) << data;
  EXPECT_NE(data.find("https://leefbaar.example.nl/portaal/bevestigen#0123\r\n"),
            std::string::npos);
  // libcurl escaped the line with only a dot, so the message did not end early.
  EXPECT_NE(data.find("\r\n..\r\nEinde.\r\n"), std::string::npos) << data;
  EXPECT_EQ(mail(id).status, "sent");
}

TEST_F(MailDeliveryTest, AnUnreachableRelayIsRetriedThenTheMailFails) {
  int port = 0;
  close(listen_on_loopback(port));  // a port nobody listens on
  const auto id = queue();
  serve::SmtpMailer smtp(fmt::format("smtp://127.0.0.1:{}", port), "", "");
  const store::RetryPolicy policy{3, 60s, 3600s};
  const std::string from = "noreply@leefbaar.example.nl";
  EXPECT_EQ(serve::deliver_due(service_, smtp, from, kNow, policy), 0);
  auto m = mail(id);
  EXPECT_EQ(m.status, "queued");
  EXPECT_EQ(m.tries, 1);
  EXPECT_FALSE(m.last_error.empty());
  // Not tried again before its wait is over.
  EXPECT_EQ(serve::deliver_due(service_, smtp, from, kNow + 30s, policy), 0);
  EXPECT_EQ(mail(id).tries, 1);
  serve::deliver_due(service_, smtp, from, kNow + 60s, policy);
  EXPECT_EQ(mail(id).tries, 2);
  EXPECT_EQ(mail(id).status, "queued");
  serve::deliver_due(service_, smtp, from, kNow + 180s, policy);
  m = mail(id);
  EXPECT_EQ(m.tries, 3);
  EXPECT_EQ(m.status, "failed");
  EXPECT_FALSE(m.last_error.empty());
  serve::deliver_due(service_, smtp, from, kNow + 24h, policy);
  EXPECT_EQ(mail(id).tries, 3);
}

TEST_F(MailDeliveryTest, AMailThatCannotBeBuiltFailsAtOnce) {
  const auto id = queue();
  // A recipient with a line break, written past queue_mail (as an old store might hold it).
  SQLite::Statement q(db_.sql(), "UPDATE mail_outbox SET recipient = ? WHERE id = ?");
  q.bind(1, "a@b.nl\r\nBcc: x@evil.example");
  q.bind(2, id);
  q.exec();
  serve::FolderMailer folder(dir_.path() / "mail");
  EXPECT_EQ(serve::deliver_due(service_, folder, "noreply@leefbaar.example.nl", kNow, {}), 0);
  EXPECT_EQ(mail(id).status, "failed");
  EXPECT_FALSE(std::filesystem::exists(dir_.path() / "mail" / "mail-000001.eml"));
}

TEST(MakeMailer, CredentialsNeverComeFromTheAddress) {
  serve::ServerConfig c;
  EXPECT_EQ(serve::make_mailer(c), nullptr);
  c.mail_folder = "/tmp/x";
  EXPECT_NE(serve::make_mailer(c)->describe().find("/tmp/x"), std::string::npos);
  c.smtp_url = "smtp://user:geheim@relay.example.nl";
  EXPECT_THROW(serve::make_mailer(c), std::runtime_error);
  c.smtp_url = "http://relay.example.nl";
  EXPECT_THROW(serve::make_mailer(c), std::runtime_error);
  c.smtp_url = "smtp://relay.example.nl:587";
  c.smtp_user = "leefbaar";
  unsetenv("LEEFBAAR_SMTP_PASSWORD");
  EXPECT_THROW(serve::make_mailer(c), std::runtime_error);  // a user needs a password
  setenv("LEEFBAAR_SMTP_PASSWORD", "geheim", 1);
  const auto m = serve::make_mailer(c);
  EXPECT_EQ(m->describe().find("geheim"), std::string::npos);
  unsetenv("LEEFBAAR_SMTP_PASSWORD");
}

}  // namespace

}  // namespace leefbaar::testing
