#include "core/probe/ProbeTypes.h"

#include <QTimeZone>

namespace ab::probe {

namespace {
constexpr qint64 MaxTranscriptBytes = 1 << 20; // 1 MiB per exchange log

void append(Transcript &t, Exchange::Direction dir, const QByteArray &data)
{
    if (t.started.isNull())
        t.started = QDateTime::currentDateTimeUtc();
    QByteArray kept = data;
    if (t.bytes + kept.size() > MaxTranscriptBytes) {
        kept.truncate(qMax<qint64>(0, MaxTranscriptBytes - t.bytes));
        t.truncated = true;
    }
    t.bytes += kept.size();
    t.exchanges.append({dir, t.started.msecsTo(QDateTime::currentDateTimeUtc()), kept});
}
} // namespace

void Transcript::sent(const QByteArray &data) { append(*this, Exchange::Direction::Sent, data); }
void Transcript::received(const QByteArray &data) { append(*this, Exchange::Direction::Received, data); }
void Transcript::note(const QString &text) { append(*this, Exchange::Direction::Note, text.toUtf8()); }

QByteArray Transcript::render() const
{
    QByteArray out;
    out += "# AuditBench transcript\n# protocol: " + protocol.toUtf8() + "/" + transport.toUtf8() + "\n# endpoint: "
        + endpoint.toString().toUtf8() + "\n# started: " + started.toString(Qt::ISODateWithMs).toUtf8() + "\n";
    if (truncated)
        out += "# truncated: yes (capped at 1 MiB)\n";
    for (const Exchange &e : exchanges) {
        const char *tag = e.direction == Exchange::Direction::Sent ? ">>" : e.direction == Exchange::Direction::Received ? "<<" : "--";
        out += "\n" + QByteArray(tag) + " +" + QByteArray::number(e.elapsedMs) + " ms, " + QByteArray::number(e.data.size()) + " bytes\n";
        // Text stays text (UTF-8 Chinese and Vietnamese included); binary
        // protocols (SNMP BER, MQTT, TLS) are escaped byte by byte.
        const bool utf8 = QUtf8StringView(e.data).isValidUtf8();
        for (const char c : e.data) {
            const auto u = static_cast<unsigned char>(c);
            if (c == '\n' || c == '\t' || (u >= 0x20 && u < 0x7f) || (utf8 && u >= 0x80))
                out += c;
            else if (c == '\r')
                out += "\\r";
            else
                out += "\\x" + QByteArray::number(u, 16).rightJustified(2, '0');
        }
        if (!e.data.endsWith('\n'))
            out += '\n';
    }
    return out;
}

QString Transcript::fileName() const
{
    QString host = endpoint.address.toString();
    host.replace(QLatin1Char(':'), QLatin1Char('_'));
    return QStringLiteral("transcript-%1-%2-%3.txt").arg(protocol.isEmpty() ? QStringLiteral("tcp") : protocol, host).arg(endpoint.port);
}

QString severityName(Severity s)
{
    switch (s) {
    case Severity::High: return QStringLiteral("high");
    case Severity::Medium: return QStringLiteral("medium");
    case Severity::Low: return QStringLiteral("low");
    case Severity::Info: break;
    }
    return QStringLiteral("info");
}

Severity severityFromName(const QString &name, bool *ok)
{
    if (ok)
        *ok = true;
    if (name == QLatin1String("high") || name == QLatin1String("critical"))
        return Severity::High;
    if (name == QLatin1String("medium"))
        return Severity::Medium;
    if (name == QLatin1String("low"))
        return Severity::Low;
    if (name != QLatin1String("info") && ok)
        *ok = false;
    return Severity::Info;
}

void ProbeOutcome::merge(ProbeOutcome other)
{
    const int base = int(transcripts.size());
    for (Transcript &t : other.transcripts)
        transcripts.append(std::move(t));
    for (Service &s : other.services) {
        for (int &i : s.transcripts)
            i += base;
        services.append(std::move(s));
    }
    for (Observation &o : other.observations) {
        for (int &i : o.transcripts)
            i += base;
        observations.append(std::move(o));
    }
}

QString maskSecret(const QString &secret)
{
    if (secret.isEmpty())
        return QStringLiteral("(empty)");
    if (secret.size() <= 2)
        return QString(secret.size(), QLatin1Char('*'));
    return secret.left(1) + QStringLiteral("***") + secret.right(1);
}

} // namespace ab::probe
