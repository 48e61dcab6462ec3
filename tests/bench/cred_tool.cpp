// Benchmark driver for the HTTP credential check: reads a user list and a
// password list from files (one per line; passwords never on the command
// line), tries every user with every password (user by user, the order hydra
// uses by default) against a loopback URL with the limits lifted, and prints
// one JSON line: attempts, elapsed ms, attempts/s and the accepted pair with
// its password masked. The scope is 127.0.0.0/8 whatever the URL says.
//   cred_tool URL USERS_FILE PASSWORDS_FILE [CONCURRENCY]
// CONCURRENCY sets Limits::concurrency and Limits::perHost (default 1). The
// check itself answers one challenge at a time per service (lockout-safe:
// tests/bench/bench_creds.sh says why), so it makes no difference to the rate.
#include "core/probe/Credentials.h"
#include "core/probe/ProbeContext.h"
#include "core/probe/web/WebProbes.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

#include <climits>
#include <cstdio>

using namespace ab::probe;

namespace {

// Lines of a file without their line ends; a trailing empty line is dropped.
bool readLines(const QString &path, QStringList *out)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray data = f.readAll();
    QList<QByteArray> lines = data.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    for (QByteArray &l : lines) {
        if (l.endsWith('\r'))
            l.chop(1);
        out->append(QString::fromUtf8(l));
    }
    return true;
}

int fail(const char *what)
{
    std::fprintf(stderr, "cred_tool: %s\n", what);
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4)
        return fail("usage: cred_tool URL USERS_FILE PASSWORDS_FILE [CONCURRENCY]");
    const QUrl url(args.at(1));
    const QHostAddress address(url.host());
    if (url.scheme() != QLatin1String("http") || address.isNull() || url.port() <= 0)
        return fail("URL must be http://ADDRESS:PORT/PATH");
    QStringList users, passwords;
    if (!readLines(args.at(2), &users) || !readLines(args.at(3), &passwords))
        return fail("cannot read the user or password file");
    if (users.isEmpty() || passwords.isEmpty())
        return fail("empty user or password list");
    const int concurrency = args.size() > 4 ? qMax(1, args.at(4).toInt()) : 1;

    // The list in memory, in the format of resources/credentials/*.json.
    QJsonArray entries;
    for (const QString &u : users)
        for (const QString &p : passwords)
            entries.append(QJsonObject{{QStringLiteral("services"), QJsonArray{QStringLiteral("http")}},
                                       {QStringLiteral("user"), u},
                                       {QStringLiteral("password"), p}});
    const QJsonObject doc{{QStringLiteral("format"), QStringLiteral("auditbench-credentials")},
                          {QStringLiteral("version"), 1},
                          {QStringLiteral("entries"), entries}};
    auto list = CredentialList::fromJson(QJsonDocument(doc).toJson(QJsonDocument::Compact), QStringLiteral("bench"));
    if (!list)
        return fail(qPrintable(list.error().message));

    Limits limits;
    limits.ratePerSecond = 0;
    limits.concurrency = concurrency;
    limits.perHost = concurrency;
    limits.attemptsPerAccount = INT_MAX / 2;
    limits.attemptWindowSeconds = 86400;
    auto scope = ab::Scope::parse({QStringLiteral("127.0.0.0/8")});
    ProbeContext ctx(ScopeGate(scope.value()), limits);
    const Endpoint ep{address, quint16(url.port())};

    // Learn the challenge the way a probe run does (facts auth / auth.path).
    const QString path = url.path().isEmpty() ? QStringLiteral("/") : url.path();
    const ProbeOutcome probe = web::probeHttp(ctx, ep, false, path);
    if (probe.services.isEmpty())
        return fail("no HTTP service answered");
    const Service &svc = probe.services.first();
    const QString scheme = svc.facts.value(QStringLiteral("auth")).toString();
    if (svc.facts.value(QStringLiteral("auth.path")).toString().isEmpty())
        return fail("the URL did not ask for HTTP authentication");

    LockoutPolicy policy(limits.attemptsPerAccount, limits.attemptWindowSeconds);
    QElapsedTimer timer;
    timer.start();
    const ProbeOutcome out = web::checkHttpCredentials(ctx, svc, *list, policy);
    const qint64 ms = timer.elapsed();

    qint64 attempts = 0;
    for (const QString &u : users)
        attempts += policy.attempts(ep, QStringLiteral("http"), u);
    QJsonObject found;
    for (const Observation &o : out.observations) {
        if (o.check != QLatin1String("default-credentials"))
            continue;
        // "account USER, password MASKED, after N attempt(s)"
        static const QRegularExpression re(QStringLiteral("^account (.*), password (.*), after \\d+ attempt"));
        const auto m = re.match(o.detail);
        if (m.hasMatch())
            found = QJsonObject{{QStringLiteral("user"), m.captured(1)}, {QStringLiteral("password_masked"), m.captured(2)}};
    }
    const QJsonObject result{
        {QStringLiteral("scheme"), scheme},
        {QStringLiteral("attempts"), attempts},
        {QStringLiteral("elapsed_ms"), ms},
        {QStringLiteral("attempts_per_s"), ms > 0 ? double(attempts) * 1000.0 / double(ms) : 0.0},
        {QStringLiteral("concurrency"), concurrency},
        {QStringLiteral("locked_out"), policy.lockedOut(ep, QStringLiteral("http"))},
        {QStringLiteral("found"), found.isEmpty() ? QJsonValue() : QJsonValue(found)},
    };
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return found.isEmpty() ? 1 : 0;
}
