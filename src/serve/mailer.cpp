#include "serve/mailer.hpp"

#include <curl/curl.h>
#include <fmt/format.h>
#include <sodium.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <random>

#include "core/log.hpp"
#include "core/text.hpp"
#include "serve/app.hpp"
#include "usecases/outbox.hpp"

namespace leefbaar::serve {

namespace {

// "Tue, 01 Dec 2026 20:32:45 +0000" (RFC 5322), independent of the process's locale.
std::string rfc5322_date(std::chrono::system_clock::time_point now) {
  static constexpr std::array<const char*, 7> days = {"Sun", "Mon", "Tue", "Wed",
                                                      "Thu", "Fri", "Sat"};
  static constexpr std::array<const char*, 12> months = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  const std::time_t t = std::chrono::system_clock::to_time_t(now);
  std::tm tm{};
  gmtime_r(&t, &tm);
  return fmt::format("{}, {:02d} {} {} {:02d}:{:02d}:{:02d} +0000", days.at(tm.tm_wday), tm.tm_mday,
                     months.at(tm.tm_mon), tm.tm_year + 1900, tm.tm_hour, tm.tm_min, tm.tm_sec);
}

std::string base64(std::string_view bytes) {
  std::string out(sodium_base64_ENCODED_LEN(bytes.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
  sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(bytes.data()),
                    bytes.size(), sodium_base64_VARIANT_ORIGINAL);
  out.resize(out.find('\0'));
  return out;
}

// The subject with every control character as a space: the last line of defence, after the
// inputs refused them (check_header_text, core/mail.hpp).
std::string header_text(std::string_view text) {
  std::string out;
  for (char c : text) {
    const auto u = static_cast<unsigned char>(c);
    out += u < 0x20 || u == 0x7f ? ' ' : c;
  }
  return out;
}

// RFC 2047 encoded words (UTF-8, base64) of at most 39 bytes each, so that every line stays within
// 78 characters ("Subject: " included), cut between characters and folded, when the text is not
// short ASCII.
std::string encoded_header(const std::string& text) {
  const bool ascii = std::all_of(text.begin(), text.end(),
                                 [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (ascii && text.size() <= 70) return text;
  std::string out;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t end = std::min(text.size(), i + 39);
    // Back to the start of a UTF-8 character (never a continuation byte 10xxxxxx).
    while (end < text.size() && end > i && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
      --end;
    if (!out.empty()) out += "\r\n ";
    out += "=?UTF-8?B?" + base64(std::string_view(text).substr(i, end - i)) + "?=";
    i = end;
  }
  return out;
}

// Line ends as CRLF, whatever the text had.
std::string crlf_body(const std::string& body) {
  std::string out;
  for (std::size_t i = 0; i < body.size(); ++i) {
    const char c = body[i];
    if (c == '\r') {
      out += "\r\n";
      if (i + 1 < body.size() && body[i + 1] == '\n') ++i;
    } else if (c == '\n') {
      out += "\r\n";
    } else {
      out += c;
    }
  }
  if (out.size() < 2 || out.compare(out.size() - 2, 2, "\r\n") != 0) out += "\r\n";
  return out;
}

std::string message_id(std::int64_t id, const std::string& from) {
  std::random_device random;
  return fmt::format("<leefbaar.{}.{:08x}{:08x}@{}>", id, random(), random(),
                     from.substr(from.find('@') + 1));
}

std::string read_password(const ServerConfig& c) {
  if (!c.smtp_password_file.empty()) {
    std::ifstream in(c.smtp_password_file);
    std::string line;
    if (!in || !std::getline(in, line))
      throw std::runtime_error(
          fmt::format("SMTP: cannot read the password file {}", c.smtp_password_file.string()));
    while (!line.empty() && (line.back() == '\r' || line.back() == '\n')) line.pop_back();
    return line;
  }
  if (const char* env = std::getenv("LEEFBAAR_SMTP_PASSWORD")) return env;
  throw std::runtime_error(
      "SMTP: --smtp-user needs a password in --smtp-password-file or in the environment variable "
      "LEEFBAAR_SMTP_PASSWORD");
}

struct Upload {
  const std::string& data;
  std::size_t pos = 0;
};

std::size_t read_upload(char* buffer, std::size_t size, std::size_t count, void* user) {
  auto* u = static_cast<Upload*>(user);
  const std::size_t n = std::min(size * count, u->data.size() - u->pos);
  std::copy_n(u->data.data() + u->pos, n, buffer);
  u->pos += n;
  return n;
}

}  // namespace

std::string build_message(const OutboxMail& mail, const std::string& from,
                          std::chrono::system_clock::time_point now) {
  if (!valid_email(mail.recipient)) throw MailError("the recipient is not a valid e-mail address");
  if (!valid_email(from)) throw MailError("the sender is not a valid e-mail address");
  std::string m;
  m += "From: Leefbaar <" + from + ">\r\n";
  m += "To: <" + mail.recipient + ">\r\n";
  m += "Subject: " + encoded_header(header_text(mail.subject)) + "\r\n";
  m += "Date: " + rfc5322_date(now) + "\r\n";
  m += "Message-ID: " + message_id(mail.id, from) + "\r\n";
  m += "Auto-Submitted: auto-generated\r\n";
  m += "MIME-Version: 1.0\r\n";
  m += "Content-Type: text/plain; charset=UTF-8\r\n";
  m += "Content-Transfer-Encoding: 8bit\r\n";
  m += "\r\n";
  m += crlf_body(mail.body);
  return m;
}

FolderMailer::FolderMailer(std::filesystem::path folder) : folder_(std::move(folder)) {}

void FolderMailer::send(const std::string&, const std::string&, const std::string& message,
                        std::int64_t id) {
  std::error_code ec;
  std::filesystem::create_directories(folder_, ec);
  const auto file = folder_ / fmt::format("mail-{:06d}.eml", id);
  const auto partial = folder_ / fmt::format(".mail-{:06d}.eml.part", id);
  {
    std::ofstream out(partial, std::ios::binary | std::ios::trunc);
    out << message;
    if (!out) throw MailError(fmt::format("cannot write {}", partial.string()));
  }
  std::filesystem::rename(partial, file, ec);
  if (ec) throw MailError(fmt::format("cannot write {}: {}", file.string(), ec.message()));
}

std::string FolderMailer::describe() const {
  return fmt::format("each mail as an .eml file in {}", folder_.string());
}

SmtpMailer::SmtpMailer(std::string url, std::string user, std::string password)
    : url_(std::move(url)), user_(std::move(user)), password_(std::move(password)) {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

void SmtpMailer::send(const std::string& from, const std::string& to, const std::string& message,
                      std::int64_t) {
  std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), curl_easy_cleanup);
  if (!curl) throw MailError("libcurl could not be initialised");
  std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> rcpt(
      curl_slist_append(nullptr, ("<" + to + ">").c_str()), curl_slist_free_all);
  Upload upload{message};
  std::array<char, CURL_ERROR_SIZE> error{};
  const std::string sender = "<" + from + ">";
  CURL* c = curl.get();
  curl_easy_setopt(c, CURLOPT_URL, url_.c_str());
  // Only mail: a mistyped setting can never make the server read a file or fetch a page.
  curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
  curl_easy_setopt(c, CURLOPT_MAIL_FROM, sender.c_str());
  curl_easy_setopt(c, CURLOPT_MAIL_RCPT, rcpt.get());
  curl_easy_setopt(c, CURLOPT_READFUNCTION, read_upload);
  curl_easy_setopt(c, CURLOPT_READDATA, &upload);
  curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
  curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, 10L);
  curl_easy_setopt(c, CURLOPT_TIMEOUT, 60L);
  curl_easy_setopt(c, CURLOPT_ERRORBUFFER, error.data());
  if (!user_.empty()) {
    curl_easy_setopt(c, CURLOPT_USERNAME, user_.c_str());
    curl_easy_setopt(c, CURLOPT_PASSWORD, password_.c_str());
    // A password never goes over an unencrypted connection.
    curl_easy_setopt(c, CURLOPT_USE_SSL, static_cast<long>(CURLUSESSL_ALL));
  } else {
    curl_easy_setopt(c, CURLOPT_USE_SSL, static_cast<long>(CURLUSESSL_TRY));
  }
  const CURLcode rc = curl_easy_perform(c);
  if (rc != CURLE_OK)
    throw MailError(error[0] != '\0' ? std::string(error.data()) : curl_easy_strerror(rc));
}

std::string SmtpMailer::describe() const {
  // The URL names the relay only; credentials are never part of it (see ServerConfig).
  return fmt::format("SMTP through {}{}", url_, user_.empty() ? "" : " with a user name");
}

std::unique_ptr<Mailer> make_mailer(const ServerConfig& config) {
  if (!config.smtp_url.empty()) {
    if (config.smtp_url.rfind("smtp://", 0) != 0 && config.smtp_url.rfind("smtps://", 0) != 0)
      throw std::runtime_error("--smtp-url: expected smtp://host[:port] or smtps://host[:port]");
    if (config.smtp_url.find('@') != std::string::npos)
      throw std::runtime_error(
          "--smtp-url: no user name or password in the address; use --smtp-user and "
          "--smtp-password-file or LEEFBAAR_SMTP_PASSWORD");
    return std::make_unique<SmtpMailer>(config.smtp_url, config.smtp_user,
                                        config.smtp_user.empty() ? "" : read_password(config));
  }
  if (!config.mail_folder.empty()) return std::make_unique<FolderMailer>(config.mail_folder);
  return nullptr;
}

int deliver_due(usecases::Service& service, Mailer& mailer, const std::string& from,
                std::chrono::system_clock::time_point now, const RetryPolicy& policy, int limit) {
  const auto due = usecases::due_mails(service, now, limit);
  int sent = 0;
  for (const auto& mail : due) {
    std::string message;
    try {
      message = build_message(mail, from, now);
    } catch (const MailError& e) {
      // A message that cannot be built never will be: failed at once.
      usecases::mark_failed_try(service, mail.id, e.what(), now,
                                {1, policy.first_wait, policy.first_wait});
      log::warning("mail {}: not sent: {}", mail.id, e.what());
      continue;
    }
    try {
      mailer.send(from, mail.recipient, message, mail.id);
      usecases::mark_sent(service, mail.id, now);
      ++sent;
    } catch (const std::exception& e) {
      usecases::mark_failed_try(service, mail.id, e.what(), now, policy);
      log::warning("mail {}: try {} failed: {}", mail.id, mail.tries + 1, e.what());
    }
  }
  if (sent > 0) log::progress("mail: {} sent", sent);
  return sent;
}

MailDelivery::MailDelivery(App& app, std::unique_ptr<Mailer> mailer)
    : app_(app), mailer_(std::move(mailer)), thread_([this] { run(); }) {}

MailDelivery::~MailDelivery() {
  stop();
}

void MailDelivery::stop() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void MailDelivery::run() {
  std::unique_lock lock(mutex_);
  while (!stopping_) {
    lock.unlock();
    try {
      deliver_due(app_.service, *mailer_, app_.config.mail_from, app_.config.now(), policy_);
    } catch (const std::exception& e) {
      log::warning("mail delivery failed: {}", e.what());
    }
    lock.lock();
    wake_.wait_for(lock, app_.config.mail_poll, [this] { return stopping_; });
  }
}

std::unique_ptr<MailDelivery> start_mail_delivery(App& app) {
  auto mailer = make_mailer(app.config);
  if (!mailer) {
    log::warning(
        "mail: no relay (--smtp-url) and no folder (--mail-folder): mails wait in the outbox");
    return nullptr;
  }
  log::progress("mail: {}", mailer->describe());
  return std::make_unique<MailDelivery>(app, std::move(mailer));
}

}  // namespace leefbaar::serve
