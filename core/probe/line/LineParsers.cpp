#include "core/probe/line/LineParsers.h"

#include <QRegularExpression>

namespace ab::probe::line {

// ---------------------------------------------------------------- FTP

QByteArray FtpReply::text() const
{
    QByteArray out;
    for (const QByteArray &l : lines) {
        if (!out.isEmpty())
            out += '\n';
        out += l;
    }
    return out;
}

namespace {
bool threeDigits(const QByteArray &line)
{
    return line.size() >= 3 && line[0] >= '1' && line[0] <= '5' && line[1] >= '0' && line[1] <= '9' && line[2] >= '0' && line[2] <= '9';
}
} // namespace

ParseStatus parseFtpReply(const QByteArray &buf, FtpReply *out, qsizetype *consumed)
{
    FtpReply r;
    qsizetype pos = 0;
    QByteArray code;
    for (;;) {
        const qsizetype nl = buf.indexOf('\n', pos);
        if (nl < 0)
            return buf.size() - pos > FtpMaxLineBytes ? ParseStatus::TooLarge : ParseStatus::NeedMore;
        if (nl - pos > FtpMaxLineBytes)
            return ParseStatus::TooLarge;
        QByteArray line = buf.mid(pos, nl - pos);
        if (line.endsWith('\r'))
            line.chop(1);
        pos = nl + 1;
        if (code.isEmpty()) {
            if (!threeDigits(line) || (line.size() > 3 && line[3] != ' ' && line[3] != '-'))
                return ParseStatus::Malformed;
            code = line.left(3);
            r.code = code.toInt();
            r.lines.append(line);
            if (line.size() == 3 || line[3] == ' ')
                break;
            continue;
        }
        if (r.lines.size() >= FtpMaxLines)
            return ParseStatus::TooLarge;
        r.lines.append(line);
        if (line.startsWith(code) && (line.size() == 3 || line[3] == ' '))
            break;
    }
    if (out)
        *out = std::move(r);
    if (consumed)
        *consumed = pos;
    return ParseStatus::Complete;
}

ProductVersion ftpProductFromBanner(const QString &banner)
{
    struct Known {
        QRegularExpression re;
        QString product;
    };
    static const QList<Known> known = [] {
        const std::pair<const char *, const char *> table[] = {
            {"\\bvsFTPd\\s+v?(\\d+(?:\\.\\d+)+\\w*)?", "vsFTPd"},
            {"\\bProFTPD\\s+v?(\\d+(?:\\.\\d+)+\\w*)?", "ProFTPD"},
            {"\\bPure-FTPd\\b(?:\\s+v?(\\d+(?:\\.\\d+)+\\w*))?", "Pure-FTPd"},
            {"\\bFileZilla Server(?:\\s+version)?\\s*v?(\\d+(?:\\.\\d+)+\\w*)?", "FileZilla Server"},
            {"\\bMicrosoft FTP Service\\b()", "Microsoft FTP Service"},
            {"\\bwu-(\\d+(?:\\.\\d+)+\\w*)", "wu-ftpd"},
            {"\\bServ-U FTP Server\\s+v?(\\d+(?:\\.\\d+)+\\w*)?", "Serv-U"},
            {"\\bBusyBox\\b(?:\\s+v?(\\d+(?:\\.\\d+)+\\w*))?", "BusyBox ftpd"},
            {"\\bbftpd\\s+v?(\\d+(?:\\.\\d+)+\\w*)?", "bftpd"},
        };
        QList<Known> l;
        for (const auto &[pattern, product] : table)
            l.append({QRegularExpression(QLatin1String(pattern), QRegularExpression::CaseInsensitiveOption), QLatin1String(product)});
        return l;
    }();
    for (const Known &k : known) {
        const auto m = k.re.match(banner);
        if (m.hasMatch())
            return {k.product, m.captured(1)};
    }
    // Anything else that reads "<Name> <x.y[.z]>".
    static const QRegularExpression generic(QStringLiteral("\\b([A-Za-z][\\w-]{1,31})[ /_]v?(\\d+\\.\\d+(?:\\.\\d+)*[\\w.-]*)"));
    const auto m = generic.match(banner);
    if (m.hasMatch())
        return {m.captured(1), m.captured(2)};
    return {};
}

// ---------------------------------------------------------------- Telnet

QByteArray TelnetParser::feed(const QByteArray &in, QByteArray *reply)
{
    using namespace telnet;
    constexpr qsizetype MaxSubBytes = 4096;
    QByteArray out;
    out.reserve(in.size());
    for (const char ch : in) {
        const auto c = static_cast<unsigned char>(ch);
        switch (m_state) {
        case State::Data:
            if (c == IAC) {
                m_state = State::Iac;
                m_lastCr = false;
            } else if (m_lastCr && c == 0) {
                m_lastCr = false;
            } else {
                out += ch;
                m_lastCr = c == '\r';
            }
            break;
        case State::Iac:
            ++m_commands;
            if (c == IAC) {
                out += ch;
                m_state = State::Data;
            } else if (c >= WILL && c <= DONT) {
                m_verb = c;
                m_state = State::Option;
            } else if (c == SB) {
                m_subBytes = 0;
                m_state = State::Sub;
            } else {
                m_state = State::Data; // NOP, GA, DM, AYT...: nothing to do
            }
            break;
        case State::Option: {
            m_state = State::Data;
            unsigned char answer = 0;
            if (m_verb == WILL && !(m_answered[c] & 1)) {
                m_answered[c] |= 1;
                answer = (c == OptEcho || c == OptSga) ? DO : DONT;
            } else if (m_verb == DO && !(m_answered[c] & 2)) {
                m_answered[c] |= 2;
                answer = WONT;
            }
            if (answer && reply) {
                reply->append(char(IAC));
                reply->append(char(answer));
                reply->append(char(c));
                m_answerBytes += 3;
            }
            break;
        }
        case State::Sub:
            if (c == IAC)
                m_state = State::SubIac;
            else if (++m_subBytes > MaxSubBytes)
                m_state = State::Data; // a sub-negotiation that never ends: give up on it
            break;
        case State::SubIac:
            m_state = c == SE ? State::Data : State::Sub;
            break;
        }
    }
    return out;
}

QString telnetPlainText(const QByteArray &data)
{
    QByteArray b;
    b.reserve(data.size());
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char c = data[i];
        if (c == '\x1b' && i + 1 < data.size()) {
            if (data[i + 1] == '[') { // CSI: parameters, then a final byte 0x40-0x7e
                qsizetype j = i + 2;
                while (j < data.size() && !(data[j] >= 0x40 && data[j] <= 0x7e))
                    ++j;
                i = j;
            } else if (data[i + 1] == ']') { // OSC: until BEL or ST (ESC + backslash)
                qsizetype j = i + 2;
                while (j < data.size() && data[j] != '\x07' && data[j] != '\x1b')
                    ++j;
                i = (j < data.size() && data[j] == '\x1b') ? j + 1 : j;
            } else {
                ++i;
            }
            continue;
        }
        if (c == '\r' || c == '\0' || c == '\x1b')
            continue;
        b += c;
    }
    return QString::fromUtf8(b);
}

TelnetPrompt telnetPromptAt(const QString &screen)
{
    const QString tail = screen.trimmed();
    const QString last = tail.mid(tail.lastIndexOf(QLatin1Char('\n')) + 1).trimmed().toLower();
    if (last.isEmpty())
        return TelnetPrompt::None;
    static const QRegularExpression login(QStringLiteral("(login|username|user name|user)\\s*:$"));
    static const QRegularExpression password(QStringLiteral("(password|passcode|passwd)\\s*:$"));
    if (password.match(last).hasMatch())
        return TelnetPrompt::Password;
    if (login.match(last).hasMatch())
        return TelnetPrompt::Login;
    const QChar end = last.back();
    if (last.size() <= 200 && (end == QLatin1Char('$') || end == QLatin1Char('#') || end == QLatin1Char('>') || end == QLatin1Char('%')))
        return TelnetPrompt::Shell;
    return TelnetPrompt::None;
}

bool telnetLoginFailed(const QString &screen)
{
    static const QRegularExpression re(QStringLiteral("login incorrect|incorrect password|password incorrect|authentication fail|login fail|"
                                                      "access denied|invalid (password|login|user)|bad password|permission denied"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(screen).hasMatch();
}

bool looksLikeLockout(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("\\blocked\\b|locked out|too many|blocked|try again later|temporarily disabled|banned"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(text).hasMatch();
}

std::optional<QString> versionDisclosure(const QString &banner)
{
    static const QRegularExpression named(
        QStringLiteral("\\b(Debian(?: GNU/Linux)?|Ubuntu|Raspbian|CentOS|Red Hat Enterprise Linux|Fedora|OpenWrt|LEDE|FreeBSD|NetBSD|OpenBSD|"
                       "(?:GNU/)?Linux|BusyBox|VxWorks|uClinux|Windows|Kernel|vsFTPd|ProFTPD|Pure-FTPd|FileZilla Server|OpenSSH|dropbear|"
                       "Hikvision|Dahua|firmware|build)[ /_:-]*v?(\\d+(?:\\.\\d+)*[\\w.+~-]*)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression bareVersion(QStringLiteral("\\b[vV](\\d+\\.\\d+(?:\\.\\d+)*[\\w.+~-]*)"));
    auto m = named.match(banner);
    if (!m.hasMatch())
        m = bareVersion.match(banner);
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(0).trimmed();
}

QString printableBanner(const QByteArray &raw)
{
    QString s;
    const QByteArray head = raw.left(4096);
    for (const char c : head) {
        const auto u = static_cast<unsigned char>(c);
        s += (u >= 0x20 && u < 0x7f) ? QChar(char16_t(u)) : QChar(char16_t(' '));
    }
    return s.simplified().left(256);
}

// ---------------------------------------------------------------- SSH

std::optional<SshIdent> parseSshIdent(const QByteArray &raw)
{
    QByteArray line = raw;
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (!line.startsWith("SSH-") || line.size() > 255)
        return std::nullopt;
    for (const char c : line)
        if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) > 0x7e)
            return std::nullopt;
    const qsizetype dash = line.indexOf('-', 4);
    if (dash < 0)
        return std::nullopt;
    SshIdent id;
    id.protocol = QString::fromLatin1(line.mid(4, dash - 4));
    if (id.protocol.isEmpty())
        return std::nullopt;
    const QByteArray rest = line.mid(dash + 1);
    const qsizetype sp = rest.indexOf(' ');
    id.software = QString::fromLatin1(sp < 0 ? rest : rest.left(sp));
    id.comments = sp < 0 ? QString() : QString::fromLatin1(rest.mid(sp + 1)).trimmed();
    if (id.software.isEmpty())
        return std::nullopt;
    static const QRegularExpression dashVersion(QStringLiteral("^(.+?)-v?(\\d[\\w.+~-]*)$"));
    const qsizetype us = id.software.indexOf(QLatin1Char('_'));
    if (us > 0) {
        id.product = id.software.left(us);
        id.version = id.software.mid(us + 1);
    } else if (const auto m = dashVersion.match(id.software); m.hasMatch()) {
        id.product = m.captured(1);
        id.version = m.captured(2);
    } else {
        id.product = id.software;
    }
    return id;
}

// ---------------------------------------------------------------- MQTT

namespace mqtt {
namespace {
void putString(QByteArray &out, const QByteArray &s)
{
    const QByteArray v = s.left(65535);
    out += char((v.size() >> 8) & 0xff);
    out += char(v.size() & 0xff);
    out += v;
}
void putRemainingLength(QByteArray &out, qsizetype n)
{
    do {
        char b = char(n % 128);
        n /= 128;
        if (n > 0)
            b = char(b | 0x80);
        out += b;
    } while (n > 0);
}
} // namespace

QByteArray encodeConnect(const QByteArray &clientId, const std::optional<QByteArray> &user, const std::optional<QByteArray> &password,
                         quint16 keepAliveSeconds)
{
    QByteArray body;
    putString(body, QByteArrayLiteral("MQTT"));
    body += char(4); // protocol level 3.1.1
    char flags = 0x02; // clean session: nothing of ours stays on the broker
    if (user)
        flags = char(flags | 0x80);
    if (user && password) // 3.1.1: no password without a user name
        flags = char(flags | 0x40);
    body += flags;
    body += char(keepAliveSeconds >> 8);
    body += char(keepAliveSeconds & 0xff);
    putString(body, clientId);
    if (user)
        putString(body, *user);
    if (user && password)
        putString(body, *password);
    QByteArray out;
    out += char(0x10);
    putRemainingLength(out, body.size());
    out += body;
    return out;
}

QByteArray encodeDisconnect() { return QByteArray("\xe0\x00", 2); }

ParseStatus parseConnack(const QByteArray &buf, Connack *out, qsizetype *consumed)
{
    if (buf.isEmpty())
        return ParseStatus::NeedMore;
    if (static_cast<unsigned char>(buf[0]) != 0x20)
        return ParseStatus::Malformed;
    qsizetype len = 0;
    qsizetype pos = 1;
    for (int i = 0;; ++i) {
        if (i == 4)
            return ParseStatus::Malformed;
        if (pos >= buf.size())
            return ParseStatus::NeedMore;
        const auto b = static_cast<unsigned char>(buf[pos++]);
        len |= qsizetype(b & 0x7f) << (7 * i);
        if (!(b & 0x80))
            break;
    }
    if (len != 2)
        return ParseStatus::Malformed;
    if (buf.size() < pos + 2)
        return ParseStatus::NeedMore;
    const auto flags = static_cast<unsigned char>(buf[pos]);
    if (flags & 0xfe)
        return ParseStatus::Malformed;
    if (out) {
        out->sessionPresent = flags & 1;
        out->returnCode = static_cast<unsigned char>(buf[pos + 1]);
    }
    if (consumed)
        *consumed = pos + 2;
    return ParseStatus::Complete;
}

QString connackText(int rc)
{
    switch (rc) {
    case 0: return QStringLiteral("connection accepted");
    case 1: return QStringLiteral("unacceptable protocol version");
    case 2: return QStringLiteral("client identifier rejected");
    case 3: return QStringLiteral("server unavailable");
    case 4: return QStringLiteral("bad user name or password");
    case 5: return QStringLiteral("not authorised");
    default: return QStringLiteral("return code %1").arg(rc);
    }
}
} // namespace mqtt

} // namespace ab::probe::line
