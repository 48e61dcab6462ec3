// Telnet: polite option negotiation, the banner up to the login prompt, and
// the lockout-safe credential check. Every wait is bounded by the exchange
// timeout and every byte count by Limits::maxResponseBytes, so a server that
// streams IAC sequences or garbage forever costs a bounded amount.
#include "core/probe/line/LineCommon.h"
#include "core/probe/line/LineProbes.h"

#include <QCoreApplication>

namespace ab::probe {

using namespace line;

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::probe::TelnetProbe)
};

const QString Svc = QStringLiteral("telnet");
constexpr qsizetype ScreenKeep = 8192; // tail kept for prompt matching
constexpr int QuietMs = 250;           // a prompt must be followed by this much silence

class TelnetSession final {
public:
    TelnetSession(ProbeContext &ctx, Conn conn) : m_ctx(&ctx), m_conn(std::move(conn)) {}

    bool isOpen() const { return m_conn.isOpen(); }
    qsizetype received() const { return m_received; }
    const TelnetParser &parser() const { return m_parser; }
    // Text seen since the last clearScreen(), escape sequences removed.
    QString screen() const { return telnetPlainText(m_screen); }
    QByteArray rawScreen() const { return m_screen; }
    void clearScreen() { m_screen.clear(); }

    // Reads until the tail is a prompt (followed by QuietMs of silence), the
    // server closes, the byte cap is hit or timeoutMs passes.
    TelnetPrompt readToPrompt(int timeoutMs)
    {
        QElapsedTimer t;
        t.start();
        TelnetPrompt p = TelnetPrompt::None;
        while (m_conn.isOpen() && m_received < m_ctx->limits().maxResponseBytes) {
            const int left = remaining(t, timeoutMs);
            if (left == 0)
                break;
            p = telnetPromptAt(screen());
            const int wait = p != TelnetPrompt::None ? qMin(QuietMs, left) : qMin(left, m_ctx->limits().ioTimeoutMs);
            auto readable = m_conn.waitReadable(wait);
            if (!readable)
                break; // stopped
            if (!*readable) {
                if (p != TelnetPrompt::None)
                    return p;
                continue;
            }
            auto chunk = m_conn.readSome(left, 16 * 1024);
            if (!chunk)
                break;
            m_received += chunk->size();
            QByteArray reply;
            m_screen += m_parser.feed(*chunk, &reply);
            if (m_screen.size() > ScreenKeep)
                m_screen = m_screen.right(ScreenKeep);
            if (!reply.isEmpty() && !m_conn.send(reply))
                break;
        }
        return telnetPromptAt(screen());
    }

    bool sendLine(const QByteArray &line)
    {
        QByteArray escaped = line.left(256);
        escaped.replace("\xff", "\xff\xff");
        return bool(m_conn.send(escaped + "\r\n"));
    }

    void close() { m_conn.close(); }

private:
    ProbeContext *m_ctx;
    Conn m_conn;
    TelnetParser m_parser;
    QByteArray m_screen;
    qsizetype m_received = 0;
};

int promptTimeout(const ProbeContext &ctx) { return ctx.limits().exchangeTimeoutMs; }

QString promptName(TelnetPrompt p)
{
    switch (p) {
    case TelnetPrompt::Login: return QStringLiteral("login");
    case TelnetPrompt::Password: return QStringLiteral("password");
    case TelnetPrompt::Shell: return QStringLiteral("shell");
    case TelnetPrompt::None: break;
    }
    return QStringLiteral("none");
}

enum class Attempt { Accepted, Rejected, Lockout, Lost };

// One login from a Login (or Password-only) prompt. On Rejected the session
// may be open at a new prompt (*next) or closed.
Attempt tryLogin(TelnetSession &s, TelnetPrompt at, const CredentialPair &p, TelnetPrompt *next, QString *signal, int timeoutMs)
{
    TelnetPrompt prompt = at;
    if (prompt == TelnetPrompt::Login) {
        s.clearScreen();
        if (!s.sendLine(p.user.toUtf8()))
            return Attempt::Lost;
        prompt = s.readToPrompt(timeoutMs);
        if (prompt == TelnetPrompt::Shell && !telnetLoginFailed(s.screen())) // no password asked at all
            return Attempt::Accepted;
        if (prompt != TelnetPrompt::Password) {
            *next = prompt;
            if (looksLikeLockout(s.screen())) {
                *signal = printableBanner(s.rawScreen());
                return Attempt::Lockout;
            }
            return s.isOpen() ? Attempt::Rejected : Attempt::Lost;
        }
    }
    s.clearScreen();
    if (!s.sendLine(p.password.toUtf8()))
        return Attempt::Lost;
    *next = s.readToPrompt(timeoutMs);
    const QString text = s.screen();
    if (looksLikeLockout(text)) {
        *signal = printableBanner(s.rawScreen());
        return Attempt::Lockout;
    }
    if (telnetLoginFailed(text))
        return s.isOpen() ? Attempt::Rejected : Attempt::Lost;
    if (*next == TelnetPrompt::Shell || text.contains(QLatin1String("Last login"), Qt::CaseInsensitive))
        return Attempt::Accepted;
    return s.isOpen() ? Attempt::Rejected : Attempt::Lost;
}
} // namespace

ProbeOutcome probeTelnet(ProbeContext &ctx, const Endpoint &e)
{
    ProbeOutcome out;
    Transcript t;
    t.protocol = Svc;
    auto c = Conn::connect(ctx, e, &t);
    if (!c)
        return out;
    TelnetSession s(ctx, std::move(*c));
    const TelnetPrompt prompt = s.readToPrompt(promptTimeout(ctx));
    const QString screen = s.screen();
    const int commands = s.parser().commandsSeen();
    const qsizetype received = s.received();
    s.close();
    t.note(QStringLiteral("prompt: %1, %2 option commands, %3 bytes").arg(promptName(prompt)).arg(commands).arg(received));
    const int ti = out.addTranscript(std::move(t));
    if (received == 0 || (commands == 0 && prompt == TelnetPrompt::None))
        return out; // silent or not telnet: nothing to say
    Service svc;
    svc.endpoint = e;
    svc.name = Svc;
    // The banner: what precedes the prompt, without the prompt line itself.
    QString banner = screen.trimmed();
    if (prompt == TelnetPrompt::Login || prompt == TelnetPrompt::Password)
        banner = banner.left(qMax<qsizetype>(0, banner.lastIndexOf(QLatin1Char('\n'))));
    svc.banner = printableBanner(banner.toUtf8());
    svc.facts.insert(QStringLiteral("telnet.prompt"), promptName(prompt));
    svc.facts.insert(QStringLiteral("telnet.optionCommands"), commands);
    svc.transcripts = {ti};
    const auto disclosed = versionDisclosure(svc.banner);
    if (disclosed)
        svc.facts.insert(QStringLiteral("telnet.disclosure"), *disclosed);
    out.observations.append(makeObservation(
        QStringLiteral("telnet-open"), Severity::High, QStringLiteral("Telnet service open"),
        QStringLiteral("%1 accepts Telnet (%2 prompt). Telnet sends the login and every command in clear text; it is a common entry "
                       "point for botnets on cameras.")
            .arg(e.toString(), promptName(prompt)),
        e, QStringLiteral("Disable Telnet on the device (often a hidden debug option); use SSH for maintenance if it is needed at all."),
        {ti}));
    if (disclosed)
        if (auto o = disclosureObservation(Svc, svc.banner, *disclosed, e, {ti}))
            out.observations.append(*o);
    if (prompt == TelnetPrompt::Shell) {
        CredentialResult r;
        r.endpoint = e;
        r.service = Svc;
        r.maskedPassword = maskSecret(QString());
        r.accepted = true;
        r.blankOrAnonymous = true;
        out.observations.append(credentialObservation(r, false, {ti}));
    }
    out.services.append(std::move(svc));
    return out;
}

ProbeOutcome checkTelnetCredentials(ProbeContext &ctx, const Service &service, const CredentialList &credentials, LockoutPolicy &policy)
{
    ProbeOutcome out;
    const Endpoint e = service.endpoint;
    Transcript t;
    t.protocol = Svc;
    std::optional<TelnetSession> session;
    TelnetPrompt at = TelnetPrompt::None;
    bool everConnected = false;
    CredentialResult result;
    result.endpoint = e;
    result.service = Svc;
    std::optional<CredentialPair> hit;
    for (const CredentialPair &p : credentials.forService(Svc, vendorHint(service))) {
        if (ctx.cancelled() || policy.lockedOut(e, Svc))
            break;
        if (!session || !session->isOpen() || (at != TelnetPrompt::Login && at != TelnetPrompt::Password)) {
            session.reset();
            auto c = Conn::connect(ctx, e, &t);
            QString why;
            if (c) {
                session.emplace(ctx, std::move(*c));
                at = session->readToPrompt(promptTimeout(ctx));
                if (looksLikeLockout(session->screen()))
                    why = printableBanner(session->rawScreen());
                else if (at != TelnetPrompt::Login && at != TelnetPrompt::Password)
                    why = QStringLiteral("no login prompt (%1)").arg(promptName(at));
            } else {
                why = c.error().message;
            }
            if (!why.isEmpty()) {
                if (everConnected || looksLikeLockout(why)) {
                    result.lockoutSignal = QStringLiteral("no login prompt after earlier attempts: %1").arg(why);
                    policy.recordLockout(e, Svc, result.lockoutSignal);
                }
                t.note(QStringLiteral("stopped: %1").arg(why));
                session.reset();
                break;
            }
            everConnected = true;
        }
        // A password-only device has no user name: count against the pair's user anyway.
        if (!policy.mayTry(e, Svc, p.user))
            continue;
        ++result.tried;
        t.note(QStringLiteral("attempt %1: user %2, password %3").arg(result.tried).arg(p.user, maskSecret(p.password)));
        QString signal;
        TelnetPrompt next = TelnetPrompt::None;
        const Attempt a = tryLogin(*session, at, p, &next, &signal, promptTimeout(ctx));
        at = next;
        if (a == Attempt::Lockout) {
            result.lockoutSignal = signal;
            policy.recordLockout(e, Svc, signal);
            t.note(QStringLiteral("lockout signal: %1; stopping").arg(signal));
            break;
        }
        if (a == Attempt::Accepted) {
            hit = p;
            session->sendLine(QByteArrayLiteral("exit"));
            break;
        }
        if (a == Attempt::Lost)
            session.reset(); // login's per-connection limit: reconnect for the next pair
    }
    if (session)
        session->close();
    if (t.exchanges.isEmpty())
        return out;
    const int ti = out.addTranscript(std::move(t));
    if (hit) {
        result.user = hit->user;
        result.maskedPassword = maskSecret(hit->password);
        result.accepted = true;
        result.blankOrAnonymous = hit->password.isEmpty();
        out.observations.append(credentialObservation(result, !hit->vendor.isEmpty(), {ti}));
    }
    return out;
}

} // namespace ab::probe
