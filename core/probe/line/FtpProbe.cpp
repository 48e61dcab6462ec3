// FTP: greeting, SYST/FEAT, one anonymous login, and the lockout-safe
// credential check. Replies are parsed incrementally with a line cap, so a
// server sending an endless banner costs at most FtpMaxLineBytes.
#include "core/probe/line/LineCommon.h"
#include "core/probe/line/LineProbes.h"

#include <QCoreApplication>

namespace ab::probe {

using namespace line;

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::probe::FtpProbe)
};

const QString Svc = QStringLiteral("ftp");

class FtpSession final {
public:
    FtpSession(ProbeContext &ctx, Conn conn) : m_ctx(&ctx), m_conn(std::move(conn)) {}

    bool open() const { return m_conn.isOpen() || !m_buf.isEmpty(); }

    // Notices a close the server made after its last reply (e.g. vsftpd's
    // max_login_fails), so the next attempt goes to a fresh connection
    // instead of being spent on a dead one.
    bool alive()
    {
        auto r = m_conn.waitReadable(0);
        if (r && *r) {
            auto chunk = m_conn.readSome(0, FtpMaxLineBytes);
            if (chunk)
                m_buf += *chunk;
        }
        return m_conn.isOpen();
    }

    Result<FtpReply> readReply(int timeoutMs = -1)
    {
        const int total = timeoutMs < 0 ? m_ctx->limits().exchangeTimeoutMs : timeoutMs;
        QElapsedTimer t;
        t.start();
        for (;;) {
            FtpReply r;
            qsizetype used = 0;
            switch (parseFtpReply(m_buf, &r, &used)) {
            case ParseStatus::Complete:
                m_buf.remove(0, used);
                return r;
            case ParseStatus::Malformed:
                m_conn.close();
                return makeError(ErrorCode::BadInput, Tr::tr("%1: not an FTP reply.").arg(m_conn.endpoint().toString()));
            case ParseStatus::TooLarge:
                m_conn.close();
                return makeError(ErrorCode::BadInput, Tr::tr("%1: FTP reply line too long; cut.").arg(m_conn.endpoint().toString()));
            case ParseStatus::NeedMore: break;
            }
            if (m_buf.size() >= m_ctx->limits().maxResponseBytes) {
                m_conn.close();
                return makeError(ErrorCode::BadInput, Tr::tr("%1: FTP reply too large; cut.").arg(m_conn.endpoint().toString()));
            }
            if (!m_conn.isOpen())
                return makeError(ErrorCode::Io, Tr::tr("%1: the device closed the connection.").arg(m_conn.endpoint().toString()));
            const int left = remaining(t, total);
            if (left == 0)
                return makeError(ErrorCode::Io, Tr::tr("%1: no FTP reply in time.").arg(m_conn.endpoint().toString()));
            auto chunk = m_conn.readSome(qMin(left, m_ctx->limits().ioTimeoutMs), FtpMaxLineBytes + 1);
            if (!chunk)
                return chunk.error();
            m_buf += *chunk;
        }
    }

    Result<FtpReply> command(const QByteArray &line)
    {
        auto s = m_conn.send(line + "\r\n");
        if (!s)
            return s.error();
        return readReply();
    }

    void quit()
    {
        if (m_conn.isOpen() && m_conn.send(QByteArrayLiteral("QUIT\r\n")))
            (void)readReply(qMin(1000, m_ctx->limits().ioTimeoutMs));
        m_conn.close();
    }

private:
    ProbeContext *m_ctx;
    Conn m_conn;
    QByteArray m_buf;
};

struct Greeting {
    std::optional<FtpSession> session;
    FtpReply reply;
    QString error;
};

// Connects and reads the greeting (skipping a "120 ready in n minutes").
Greeting connectFtp(ProbeContext &ctx, const Endpoint &e, Transcript *t)
{
    Greeting g;
    auto c = Conn::connect(ctx, e, t);
    if (!c) {
        g.error = c.error().message;
        return g;
    }
    g.session.emplace(ctx, std::move(*c));
    auto r = g.session->readReply();
    if (r && r->code == 120)
        r = g.session->readReply();
    if (!r) {
        g.error = r.error().message;
        g.session.reset();
        return g;
    }
    g.reply = *r;
    return g;
}

enum class Attempt { Accepted, Rejected, Lockout, Lost };

Attempt tryLogin(FtpSession &s, const CredentialPair &p, QString *signal)
{
    auto user = s.command("USER " + p.user.toUtf8().left(256));
    if (!user)
        return Attempt::Lost;
    FtpReply last = *user;
    if (user->code == 331 || user->code == 332) {
        auto pass = s.command("PASS " + p.password.toUtf8().left(256));
        if (!pass)
            return Attempt::Lost;
        last = *pass;
    }
    const QString text = QString::fromUtf8(last.text());
    if (last.code == 421 || looksLikeLockout(text)) {
        *signal = QStringLiteral("FTP %1: %2").arg(last.code).arg(printableBanner(last.text()));
        return Attempt::Lockout;
    }
    return (last.code == 230 || last.code == 202) ? Attempt::Accepted : Attempt::Rejected;
}
} // namespace

ProbeOutcome probeFtp(ProbeContext &ctx, const Endpoint &e)
{
    ProbeOutcome out;
    Transcript t;
    t.protocol = Svc;
    Greeting g = connectFtp(ctx, e, &t);
    if (!g.session) {
        if (!t.exchanges.isEmpty()) {
            t.note(g.error);
            out.addTranscript(std::move(t));
        }
        return out;
    }
    Service s;
    s.endpoint = e;
    s.name = Svc;
    s.banner = printableBanner(g.reply.text());
    const ProductVersion pv = ftpProductFromBanner(s.banner);
    s.product = pv.product;
    s.version = pv.version;
    s.facts.insert(QStringLiteral("ftp.greeting"), g.reply.code);
    QString anonymous;
    FtpSession &fs = *g.session;
    if (g.reply.code == 220) {
        if (auto syst = fs.command(QByteArrayLiteral("SYST")); syst && syst->code == 215)
            s.facts.insert(QStringLiteral("ftp.system"), printableBanner(syst->text().mid(4)));
        if (auto feat = fs.command(QByteArrayLiteral("FEAT")); feat && feat->code == 211) {
            QStringList features;
            for (qsizetype i = 1; i + 1 < feat->lines.size() && features.size() < 64; ++i)
                features << printableBanner(feat->lines[i]);
            s.facts.insert(QStringLiteral("ftp.features"), features);
            s.facts.insert(QStringLiteral("ftp.authTls"), features.contains(QStringLiteral("AUTH TLS"), Qt::CaseInsensitive));
        }
        QString signal;
        const CredentialPair anon{QStringLiteral("anonymous"), QStringLiteral("auditbench@"), {}, QStringLiteral("probe")};
        if (fs.open()) {
            t.note(QStringLiteral("anonymous login attempt"));
            const Attempt a = tryLogin(fs, anon, &signal);
            anonymous = a == Attempt::Accepted ? QStringLiteral("accepted") : QStringLiteral("refused");
            if (a == Attempt::Lockout)
                t.note(QStringLiteral("lockout signal: %1").arg(signal));
            s.facts.insert(QStringLiteral("ftp.anonymous"), anonymous);
        }
        fs.quit();
    }
    const int ti = out.addTranscript(std::move(t));
    s.transcripts = {ti};
    const QString what = s.product.isEmpty() ? QStringLiteral("an FTP server") : QString(s.product + QLatin1Char(' ') + s.version).trimmed();
    out.observations.append(makeObservation(
        QStringLiteral("ftp-open"), Severity::Medium, QStringLiteral("FTP service open"),
        QStringLiteral("%1 runs %2. FTP sends user names, passwords and files in clear text and is not needed for video surveillance%3.")
            .arg(e.toString(), what,
                 s.facts.value(QStringLiteral("ftp.authTls")).toBool() ? QStringLiteral(" (AUTH TLS is offered but optional)") : QString()),
        e, QStringLiteral("Disable the FTP service on the device; if files must be transferred, use SFTP or FTPS with strong passwords."), {ti}));
    if (!s.version.isEmpty())
        if (auto o = disclosureObservation(Svc, s.banner, QString(s.product + QLatin1Char(' ') + s.version).trimmed(), e, {ti}))
            out.observations.append(*o);
    if (anonymous == QLatin1String("accepted")) {
        CredentialResult r;
        r.endpoint = e;
        r.service = Svc;
        r.user = QStringLiteral("anonymous");
        r.maskedPassword = maskSecret(QStringLiteral("auditbench@"));
        r.accepted = true;
        r.blankOrAnonymous = true;
        r.tried = 1;
        out.observations.append(credentialObservation(r, false, {ti}));
    }
    out.services.append(std::move(s));
    return out;
}

ProbeOutcome checkFtpCredentials(ProbeContext &ctx, const Service &service, const CredentialList &credentials, LockoutPolicy &policy)
{
    ProbeOutcome out;
    const Endpoint e = service.endpoint;
    Transcript t;
    t.protocol = Svc;
    const bool anonymousDone = service.facts.contains(QStringLiteral("ftp.anonymous"));
    std::optional<FtpSession> session;
    bool everConnected = false;
    CredentialResult result;
    result.endpoint = e;
    result.service = Svc;
    std::optional<CredentialPair> hit;
    for (const CredentialPair &p : credentials.forService(Svc, vendorHint(service))) {
        if (ctx.cancelled() || policy.lockedOut(e, Svc))
            break;
        const bool anon = p.user == QLatin1String("anonymous") || p.user == QLatin1String("ftp");
        if (anon && anonymousDone)
            continue;
        if (!session || !session->alive()) {
            session.reset();
            Greeting g = connectFtp(ctx, e, &t);
            if (!g.session || g.reply.code != 220) {
                const QString why = g.session ? QStringLiteral("FTP %1: %2").arg(g.reply.code).arg(printableBanner(g.reply.text())) : g.error;
                if (everConnected || g.reply.code == 421 || looksLikeLockout(why)) {
                    result.lockoutSignal = QStringLiteral("no greeting after earlier attempts (%1)").arg(why);
                    policy.recordLockout(e, Svc, result.lockoutSignal);
                }
                t.note(QStringLiteral("stopped: %1").arg(why));
                break;
            }
            everConnected = true;
            session = std::move(g.session);
        }
        if (!policy.mayTry(e, Svc, p.user))
            continue;
        ++result.tried;
        t.note(QStringLiteral("attempt %1: user %2, password %3").arg(result.tried).arg(p.user, maskSecret(p.password)));
        QString signal;
        const Attempt a = tryLogin(*session, p, &signal);
        if (a == Attempt::Lockout) {
            result.lockoutSignal = signal;
            policy.recordLockout(e, Svc, signal);
            t.note(QStringLiteral("lockout signal: %1; stopping").arg(signal));
            break;
        }
        if (a == Attempt::Lost) {
            session.reset(); // e.g. vsftpd closes after max_login_fails; reconnect for the next pair
            continue;
        }
        if (a == Attempt::Accepted) {
            hit = p;
            break;
        }
    }
    if (session)
        session->quit();
    if (t.exchanges.isEmpty())
        return out;
    const int ti = out.addTranscript(std::move(t));
    if (hit) {
        result.user = hit->user;
        result.maskedPassword = maskSecret(hit->password);
        result.accepted = true;
        result.blankOrAnonymous = hit->password.isEmpty() || hit->user == QLatin1String("anonymous") || hit->user == QLatin1String("ftp");
        out.observations.append(credentialObservation(result, !hit->vendor.isEmpty(), {ti}));
    }
    return out;
}

} // namespace ab::probe
