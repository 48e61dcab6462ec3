#pragma once
// Parsers for the line-oriented services: FTP replies, Telnet option
// negotiation, MQTT CONNECT/CONNACK, SSH identification lines, and the
// banner heuristics they share. Every parser is bounded: hostile input
// yields an error or "need more" within fixed memory, never a crash.

#include <QByteArray>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace ab::probe::line {

// ---- FTP (RFC 959 replies: "220 text" or "220-first ... 220 last") ----
struct FtpReply {
    int code = 0;
    QList<QByteArray> lines; // without the line ends
    QByteArray text() const; // lines joined with '\n'
};

enum class ParseStatus { NeedMore, Complete, Malformed, TooLarge };

inline constexpr qsizetype FtpMaxLineBytes = 8192;
inline constexpr int FtpMaxLines = 256;

// Parses one reply from the start of `buf`; on Complete, *consumed says how
// many bytes it took. A line without an end past FtpMaxLineBytes, or a reply
// longer than FtpMaxLines lines, is TooLarge.
ParseStatus parseFtpReply(const QByteArray &buf, FtpReply *out, qsizetype *consumed);

// Product and version named in an FTP greeting, e.g. "220 (vsFTPd 3.0.3)".
struct ProductVersion {
    QString product;
    QString version;
};
ProductVersion ftpProductFromBanner(const QString &banner);

// ---- Telnet (RFC 854/855) ----
namespace telnet {
enum : unsigned char { SE = 240, SB = 250, WILL = 251, WONT = 252, DO = 253, DONT = 254, IAC = 255 };
enum : unsigned char { OptEcho = 1, OptSga = 3, OptTtype = 24, OptNaws = 31 };
} // namespace telnet

// Strips IAC sequences from the byte stream and answers the server's option
// requests politely: DO x -> WONT x, WILL x -> DONT x, except WILL ECHO and
// WILL SGA, which are accepted (the server echoing and suppressing go-ahead
// is what a login needs). Each request is answered at most once, so a server
// repeating itself cannot start a loop; sub-negotiations are dropped
// (bounded). "\r\0" becomes "\r".
class TelnetParser final {
public:
    // Returns the data bytes in `in`; appends the answers to send to *reply.
    QByteArray feed(const QByteArray &in, QByteArray *reply);
    int commandsSeen() const { return m_commands; }
    qsizetype answerBytes() const { return m_answerBytes; }

private:
    enum class State { Data, Iac, Option, Sub, SubIac };
    State m_state = State::Data;
    unsigned char m_verb = 0;
    bool m_lastCr = false;
    int m_commands = 0;
    qsizetype m_subBytes = 0;
    qsizetype m_answerBytes = 0;
    std::array<unsigned char, 256> m_answered{}; // bit 0: answered WILL/WONT, bit 1: answered DO/DONT
};

// Removes ANSI escape sequences and carriage returns (for prompt matching).
QString telnetPlainText(const QByteArray &data);
// What the tail of a telnet screen is asking for.
enum class TelnetPrompt { None, Login, Password, Shell };
TelnetPrompt telnetPromptAt(const QString &screen);
// Failure text after a login attempt ("Login incorrect", "Access denied"...).
bool telnetLoginFailed(const QString &screen);

// Lockout signals in any text reply: "locked", "too many", "blocked"...
bool looksLikeLockout(const QString &text);

// A banner naming an operating system or product with a version number,
// e.g. "Debian GNU/Linux 12", "BusyBox v1.20.2", "vsFTPd 3.0.3"; the match.
std::optional<QString> versionDisclosure(const QString &banner);

// Printable one-line form of a banner, at most 256 characters.
QString printableBanner(const QByteArray &raw);

// ---- SSH identification line (RFC 4253 4.2) ----
struct SshIdent {
    QString protocol; // "2.0", "1.99"
    QString software; // "OpenSSH_9.2p1"
    QString comments; // "Debian-2+deb12u3"
    QString product;  // "OpenSSH"
    QString version;  // "9.2p1"
};
// Parses "SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3" (line end optional).
std::optional<SshIdent> parseSshIdent(const QByteArray &line);

// ---- MQTT 3.1.1 ----
namespace mqtt {
// CONNECT with clean session; user/password only when given.
QByteArray encodeConnect(const QByteArray &clientId, const std::optional<QByteArray> &user, const std::optional<QByteArray> &password,
                         quint16 keepAliveSeconds = 10);
QByteArray encodeDisconnect();
struct Connack {
    bool sessionPresent = false;
    int returnCode = -1;
};
// Parses a CONNACK at the start of `buf`.
ParseStatus parseConnack(const QByteArray &buf, Connack *out, qsizetype *consumed);
// "connection accepted", "bad user name or password", ...
QString connackText(int returnCode);
} // namespace mqtt

} // namespace ab::probe::line
