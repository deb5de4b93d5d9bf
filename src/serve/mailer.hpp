#pragma once
// The mail delivery: the outbox (store/outbox.hpp) is the queue; a background loop in the server
// takes the mails that are due, builds each message (build_message, the one place that writes
// headers) and hands it to a Mailer: SMTP to the configured relay (libcurl), or in development
// and the demo an .eml file per mail in a folder. A failed try is counted with its error and
// retried with a growing wait, until the maximum number of tries marks the mail failed.
#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>
#include <thread>

#include "core/mail.hpp"
#include "usecases/service.hpp"

namespace leefbaar::serve {

struct App;
struct ServerConfig;

// A try that failed (the relay refused or could not be reached, the folder not written).
class MailError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The RFC 5322 message of an outbox mail: From (Leefbaar <from>), To, Subject (RFC 2047 encoded
// when not ASCII), Date, Message-ID, MIME headers and the body with CRLF line ends. Throws
// MailError when the recipient or sender is not a valid address; control characters in the
// subject become spaces. So a header can never be added through a value.
std::string build_message(const OutboxMail& mail, const std::string& from,
                          std::chrono::system_clock::time_point now);

class Mailer {
 public:
  virtual ~Mailer() = default;
  // Delivers one message to the recipient; MailError on failure.
  virtual void send(const std::string& from, const std::string& to, const std::string& message,
                    std::int64_t id) = 0;
  virtual std::string describe() const = 0;  // for the start-up line, without secrets
};

// Writes each message as <folder>/mail-<id>.eml (created when needed; written under a temporary
// name first, so a reader never sees half a message).
class FolderMailer : public Mailer {
 public:
  explicit FolderMailer(std::filesystem::path folder);
  void send(const std::string& from, const std::string& to, const std::string& message,
            std::int64_t id) override;
  std::string describe() const override;

 private:
  std::filesystem::path folder_;
};

// SMTP through libcurl. With a user, the password goes only to libcurl, and smtp:// requires
// STARTTLS.
class SmtpMailer : public Mailer {
 public:
  SmtpMailer(std::string url, std::string user, std::string password);
  void send(const std::string& from, const std::string& to, const std::string& message,
            std::int64_t id) override;
  std::string describe() const override;

 private:
  std::string url_, user_, password_;
};

// The mailer the configuration asks for (a relay before a folder); nullptr when neither is set.
// Reads the SMTP password from the file or the environment variable LEEFBAAR_SMTP_PASSWORD.
std::unique_ptr<Mailer> make_mailer(const ServerConfig& config);

// One round of delivery: the due mails (at most limit) are sent one by one, each marked sent or
// its failed try counted. The store is locked only to read and to mark, not while sending.
// Answers how many were sent.
int deliver_due(usecases::Service& service, Mailer& mailer, const std::string& from,
                std::chrono::system_clock::time_point now, const RetryPolicy& policy,
                int limit = 50);

// The server's background delivery: a round at start and every config.mail_poll, with the
// application's clock, until stopped.
class MailDelivery {
 public:
  MailDelivery(App& app, std::unique_ptr<Mailer> mailer);
  ~MailDelivery();
  MailDelivery(const MailDelivery&) = delete;
  MailDelivery& operator=(const MailDelivery&) = delete;
  void stop();

 private:
  void run();
  App& app_;
  std::unique_ptr<Mailer> mailer_;
  RetryPolicy policy_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
  std::thread thread_;  // last: starts after the members it uses
};

// The delivery for the server's configuration; nullptr (with a warning in the log) when neither
// a relay nor a folder is configured, so the mails wait in the outbox.
std::unique_ptr<MailDelivery> start_mail_delivery(App& app);

}  // namespace leefbaar::serve
