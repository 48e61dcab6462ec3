#include "core/probe/Credentials.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace ab::probe {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::probe::CredentialList)
};
constexpr qint64 MaxListBytes = 4 * 1024 * 1024;
} // namespace

Result<CredentialList> CredentialList::fromJson(const QByteArray &json, const QString &source)
{
    if (json.size() > MaxListBytes)
        return makeError(ErrorCode::BadInput, Tr::tr("%1: credential list larger than 4 MiB.").arg(source));
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(ErrorCode::BadInput, Tr::tr("%1: not a JSON object (%2).").arg(source, pe.errorString()));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("auditbench-credentials"))
        return makeError(ErrorCode::BadInput, Tr::tr("%1: \"format\" must be \"auditbench-credentials\".").arg(source));
    if (root.value(QStringLiteral("version")).toInt() != 1)
        return makeError(ErrorCode::BadInput, Tr::tr("%1: unsupported credential list version.").arg(source));
    const QJsonValue entries = root.value(QStringLiteral("entries"));
    if (!entries.isArray())
        return makeError(ErrorCode::BadInput, Tr::tr("%1: \"entries\" must be an array.").arg(source));
    CredentialList list;
    int index = 0;
    for (const QJsonValue &v : entries.toArray()) {
        ++index;
        const QJsonObject o = v.toObject();
        Entry e;
        for (const QJsonValue &s : o.value(QStringLiteral("services")).toArray())
            if (s.isString() && !s.toString().isEmpty())
                e.services.append(s.toString().toLower());
        const QJsonValue user = o.value(QStringLiteral("user"));
        const QJsonValue password = o.value(QStringLiteral("password"));
        if (!v.isObject() || e.services.isEmpty() || !user.isString() || !password.isString())
            return makeError(ErrorCode::BadInput,
                             Tr::tr("%1: entry %2 needs \"services\" (non-empty array), \"user\" and \"password\" (strings).").arg(source).arg(index));
        e.pair = {user.toString(), password.toString(), o.value(QStringLiteral("vendor")).toString().toLower(), source};
        list.m_entries.append(std::move(e));
    }
    return list;
}

Result<CredentialList> CredentialList::loadBuiltIn()
{
    CredentialList all;
    const QDir dir(QStringLiteral(":/credentials"));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Io, Tr::tr("Cannot read the built-in credential list %1.").arg(name));
        auto l = fromJson(f.readAll(), name);
        if (!l)
            return l.error();
        all.append(*l);
    }
    return all;
}

Result<CredentialList> CredentialList::load(const QString &userDir)
{
    auto all = loadBuiltIn();
    if (!all || userDir.isEmpty() || !QDir(userDir).exists())
        return all;
    const QDir dir(userDir);
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Io, Tr::tr("Cannot read the credential list %1.").arg(f.fileName()));
        auto l = fromJson(f.read(MaxListBytes + 1), f.fileName());
        if (!l)
            return l.error();
        all->append(*l);
    }
    return all;
}

void CredentialList::append(const CredentialList &other) { m_entries += other.m_entries; }

QList<CredentialPair> CredentialList::forService(const QString &service, const QString &vendor) const
{
    const QString svc = service.toLower();
    const QString ven = vendor.toLower();
    QList<CredentialPair> own, generic;
    QSet<QString> seen;
    auto take = [&](bool vendorPass) {
        for (const Entry &e : m_entries) {
            // "*" is every login service; an SNMP community is not a password,
            // so only lists that name "snmp" give communities.
            const bool wildcard = e.services.contains(QStringLiteral("*")) && svc != QLatin1String("snmp");
            if (!e.services.contains(svc) && !wildcard)
                continue;
            const bool isVendor = !e.pair.vendor.isEmpty();
            if (vendorPass != isVendor)
                continue;
            if (isVendor && (ven.isEmpty() || !ven.contains(e.pair.vendor)))
                continue;
            const QString k = e.pair.user + QLatin1Char('\n') + e.pair.password;
            if (seen.contains(k))
                continue;
            seen.insert(k);
            (vendorPass ? own : generic).append(e.pair);
        }
    };
    take(true);
    take(false);
    return own + generic;
}

bool LockoutPolicy::mayTry(const Endpoint &e, const QString &service, const QString &user)
{
    std::lock_guard lock(m_mutex);
    const QString k = key(e, service);
    if (m_locked.contains(k))
        return false;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<qint64> &times = m_attempts[k + QLatin1Char('\n') + user];
    times.removeIf([&](qint64 t) { return now - t > qint64(m_window) * 1000; });
    if (times.size() >= m_max)
        return false;
    times.append(now);
    return true;
}

void LockoutPolicy::recordLockout(const Endpoint &e, const QString &service, const QString &signal)
{
    std::lock_guard lock(m_mutex);
    m_locked.insert(key(e, service), signal);
}

bool LockoutPolicy::lockedOut(const Endpoint &e, const QString &service) const
{
    std::lock_guard lock(m_mutex);
    return m_locked.contains(key(e, service));
}

QString LockoutPolicy::lockoutSignal(const Endpoint &e, const QString &service) const
{
    std::lock_guard lock(m_mutex);
    return m_locked.value(key(e, service));
}

int LockoutPolicy::attempts(const Endpoint &e, const QString &service, const QString &user) const
{
    std::lock_guard lock(m_mutex);
    return int(m_attempts.value(key(e, service) + QLatin1Char('\n') + user).size());
}

QJsonObject LockoutPolicy::toJson() const
{
    std::lock_guard lock(m_mutex);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QJsonObject attempts, locked;
    for (auto it = m_attempts.cbegin(); it != m_attempts.cend(); ++it) {
        QJsonArray times;
        for (qint64 t : it.value())
            if (now - t <= qint64(m_window) * 1000)
                times.append(double(t));
        if (!times.isEmpty())
            attempts.insert(it.key(), times);
    }
    for (auto it = m_locked.cbegin(); it != m_locked.cend(); ++it)
        locked.insert(it.key(), it.value());
    return {{QStringLiteral("attempts"), attempts}, {QStringLiteral("locked"), locked}};
}

void LockoutPolicy::restore(const QJsonObject &state)
{
    std::lock_guard lock(m_mutex);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QJsonObject attempts = state.value(QStringLiteral("attempts")).toObject();
    for (auto it = attempts.begin(); it != attempts.end(); ++it) {
        QList<qint64> &times = m_attempts[it.key()];
        for (const QJsonValue &v : it.value().toArray()) {
            const qint64 t = qint64(v.toDouble());
            if (now - t <= qint64(m_window) * 1000 && !times.contains(t))
                times.append(t);
        }
    }
    const QJsonObject locked = state.value(QStringLiteral("locked")).toObject();
    for (auto it = locked.begin(); it != locked.end(); ++it)
        m_locked.insert(it.key(), it.value().toString());
}

Observation credentialObservation(const CredentialResult &r, bool vendorDefault, QList<int> transcripts)
{
    Observation o;
    // Both are PRB-03's "default or weak password" (weak-password-accepted
    // is the password-policy test of PRB-06, which needs authorisation).
    o.check = QStringLiteral("default-credentials");
    o.severity = Severity::High;
    o.endpoint = r.endpoint;
    const QString account = r.user.isEmpty() ? QStringLiteral("(no user)") : r.user;
    o.title = r.blankOrAnonymous ? QStringLiteral("%1 accepts anonymous or blank-password login").arg(r.service.toUpper())
                                 : QStringLiteral("%1 accepts a %2 password").arg(r.service.toUpper(), vendorDefault ? QStringLiteral("default")
                                                                                                                 : QStringLiteral("weak"));
    o.detail = QStringLiteral("account %1, password %2, after %3 attempt(s)").arg(account, r.maskedPassword).arg(r.tried);
    o.remediation = QStringLiteral("Change the password to a strong, unique one; disable unused accounts and anonymous access.");
    o.transcripts = std::move(transcripts);
    return o;
}

} // namespace ab::probe
