#include "core/probe/web/DigestAuth.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace ab::probe::web {

namespace {
constexpr int MaxChallenges = 16;
constexpr int MaxParams = 32;
constexpr qsizetype MaxValue = 1024;
constexpr qsizetype MaxInput = 16 * 1024;

bool isWs(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }
bool isTokenChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u > 0x20 && u < 0x7f && c != ',' && c != '=' && c != '"' && c != ';';
}

QCryptographicHash::Algorithm hashFor(const QByteArray &algorithm, bool *sess, bool *ok)
{
    const QByteArray a = algorithm.toUpper();
    *sess = a.endsWith("-SESS");
    *ok = true;
    const QByteArray base = *sess ? a.left(a.size() - 5) : a;
    if (base == "MD5")
        return QCryptographicHash::Md5;
    if (base == "SHA-256")
        return QCryptographicHash::Sha256;
    *ok = false; // e.g. SHA-512-256: Qt has no truncated SHA-512
    return QCryptographicHash::Md5;
}

QByteArray hex(QCryptographicHash::Algorithm alg, const QByteArray &data) { return QCryptographicHash::hash(data, alg).toHex(); }

QByteArray quoted(const QByteArray &v)
{
    QByteArray out = "\"";
    for (const char c : v) {
        if (c == '"' || c == '\\')
            out += '\\';
        if (c != '\r' && c != '\n')
            out += c;
    }
    return out + '"';
}
} // namespace

QByteArray AuthChallenge::param(const QByteArray &name) const
{
    for (const auto &p : params)
        if (p.first == name)
            return p.second;
    return {};
}

QByteArray AuthChallenge::algorithm() const
{
    const QByteArray a = param("algorithm").trimmed().toUpper();
    return a.isEmpty() ? QByteArrayLiteral("MD5") : a;
}

QList<QByteArray> AuthChallenge::qops() const
{
    QList<QByteArray> out;
    for (const QByteArray &q : param("qop").split(',')) {
        const QByteArray t = q.trimmed().toLower();
        if (!t.isEmpty())
            out.append(t);
    }
    return out;
}

bool AuthChallenge::digestSupported() const
{
    bool sess = false, ok = false;
    hashFor(algorithm(), &sess, &ok);
    return isDigest() && ok && !nonce().isEmpty();
}

QList<AuthChallenge> parseChallenges(const QList<QByteArray> &headerValues)
{
    QList<AuthChallenge> out;
    for (const QByteArray &full : headerValues) {
        const QByteArray v = full.left(MaxInput);
        qsizetype i = 0;
        const qsizetype n = v.size();
        while (i < n && out.size() <= MaxChallenges) {
            while (i < n && (isWs(v.at(i)) || v.at(i) == ','))
                ++i;
            const qsizetype start = i;
            while (i < n && isTokenChar(v.at(i)))
                ++i;
            if (i == start) { // stray character: skip it
                ++i;
                continue;
            }
            const QByteArray token = v.mid(start, i - start);
            qsizetype j = i;
            while (j < n && isWs(v.at(j)))
                ++j;
            const bool isParam = j < n && v.at(j) == '=' && !out.isEmpty();
            if (!isParam) {
                if (out.size() == MaxChallenges)
                    break;
                out.append(AuthChallenge{token.toLower(), {}});
                continue;
            }
            // name = value (token or quoted string)
            i = j + 1;
            while (i < n && isWs(v.at(i)))
                ++i;
            QByteArray value;
            if (i < n && v.at(i) == '"') {
                ++i;
                while (i < n && v.at(i) != '"') {
                    if (v.at(i) == '\\' && i + 1 < n)
                        ++i;
                    if (value.size() < MaxValue)
                        value += v.at(i);
                    ++i;
                }
                ++i; // closing quote (or end)
            } else {
                const qsizetype vs = i;
                while (i < n && v.at(i) != ',' && !isWs(v.at(i)))
                    ++i;
                value = v.mid(vs, qMin<qsizetype>(i - vs, MaxValue));
            }
            AuthChallenge &c = out.last();
            if (c.params.size() < MaxParams)
                c.params.append({token.toLower(), value});
        }
    }
    if (out.size() > MaxChallenges)
        out.resize(MaxChallenges);
    return out;
}

AuthChallenge preferredChallenge(const QList<AuthChallenge> &challenges)
{
    const AuthChallenge *best = nullptr;
    int bestRank = 0;
    for (const AuthChallenge &c : challenges) {
        int rank = 0;
        if (c.digestSupported())
            rank = c.algorithm().startsWith("SHA-256") ? 3 : 2;
        else if (c.isBasic())
            rank = 1;
        if (rank > bestRank) {
            bestRank = rank;
            best = &c;
        }
    }
    return best ? *best : AuthChallenge{};
}

QString schemeNames(const QList<AuthChallenge> &challenges)
{
    QStringList names;
    for (const AuthChallenge &c : challenges) {
        const QString s = QString::fromLatin1(c.scheme.left(32));
        if (!names.contains(s))
            names.append(s);
    }
    return names.join(QLatin1Char(','));
}

QByteArray basicAuthorization(const QString &user, const QString &password)
{
    return "Basic " + QByteArray(user.toUtf8() + ':' + password.toUtf8()).toBase64();
}

QByteArray digestResponse(const AuthChallenge &c, const DigestInput &in, QByteArray *qopUsed)
{
    bool sess = false, ok = false;
    const QCryptographicHash::Algorithm alg = hashFor(c.algorithm(), &sess, &ok);
    if (!ok)
        return {};
    const QList<QByteArray> qops = c.qops();
    QByteArray qop;
    if (qops.contains("auth"))
        qop = "auth";
    else if (qops.contains("auth-int"))
        qop = "auth-int";
    if (qopUsed)
        *qopUsed = qop;
    const QByteArray nc = QByteArray::number(in.nc, 16).rightJustified(8, '0');
    QByteArray ha1 = hex(alg, in.user.toUtf8() + ':' + c.realm() + ':' + in.password.toUtf8());
    if (sess)
        ha1 = hex(alg, ha1 + ':' + c.nonce() + ':' + in.cnonce);
    QByteArray a2 = in.method + ':' + in.uri;
    if (qop == "auth-int")
        a2 += ':' + hex(alg, in.body);
    const QByteArray ha2 = hex(alg, a2);
    if (qop.isEmpty())
        return hex(alg, ha1 + ':' + c.nonce() + ':' + ha2);
    return hex(alg, ha1 + ':' + c.nonce() + ':' + nc + ':' + in.cnonce + ':' + qop + ':' + ha2);
}

QByteArray digestAuthorization(const AuthChallenge &c, const DigestInput &in)
{
    QByteArray qop;
    const QByteArray response = digestResponse(c, in, &qop);
    if (response.isEmpty())
        return {};
    QByteArray h = "Digest username=" + quoted(in.user.toUtf8()) + ", realm=" + quoted(c.realm()) + ", nonce=" + quoted(c.nonce())
        + ", uri=" + quoted(in.uri) + ", response=" + quoted(response);
    if (!c.param("algorithm").isEmpty()) {
        const QByteArray a = c.algorithm();
        h += ", algorithm=" + (a.endsWith("-SESS") ? a.left(a.size() - 5) + "-sess" : a);
    }
    if (!c.opaque().isEmpty())
        h += ", opaque=" + quoted(c.opaque());
    if (!qop.isEmpty())
        h += ", qop=" + qop + ", nc=" + QByteArray::number(in.nc, 16).rightJustified(8, '0') + ", cnonce=" + quoted(in.cnonce);
    return h;
}

QByteArray randomCnonce()
{
    quint32 r[4];
    QRandomGenerator::system()->fillRange(r);
    return QByteArray(reinterpret_cast<const char *>(r), sizeof r).toHex();
}

} // namespace ab::probe::web
