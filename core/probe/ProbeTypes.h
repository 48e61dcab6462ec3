#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QVariantMap>

namespace ab::probe {

// One network endpoint a probe talks to.
struct Endpoint {
    QHostAddress address;
    quint16 port = 0;
    QString toString() const
    {
        return (address.protocol() == QAbstractSocket::IPv6Protocol ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
                                                                     : address.toString())
            + QLatin1Char(':') + QString::number(port);
    }
    friend bool operator==(const Endpoint &a, const Endpoint &b) { return a.address == b.address && a.port == b.port; }
};

// Every exchange with a device is kept, byte for byte, and stored as an
// (encrypted) evidence item. Credential attempts are in it too: that is why
// transcripts only ever live in the encrypted evidence store.
struct Exchange {
    enum class Direction { Sent, Received, Note };
    Direction direction = Direction::Note;
    qint64 elapsedMs = 0; // since the transcript started
    QByteArray data;
};

struct Transcript {
    QString protocol;   // "http", "rtsp", "tls", "snmp", ...
    QString transport = QStringLiteral("tcp");
    Endpoint endpoint;
    QDateTime started;  // UTC
    QList<Exchange> exchanges;
    // Total bytes kept; a transcript never grows past Limits::maxTranscriptBytes.
    qint64 bytes = 0;
    bool truncated = false;

    void sent(const QByteArray &data);
    void received(const QByteArray &data);
    void note(const QString &text);
    // Human-readable form stored as evidence: one block per exchange,
    // printable bytes as text, the rest escaped as \xNN.
    QByteArray render() const;
    QString fileName() const; // e.g. "transcript-rtsp-127.0.0.1-554.txt"
};

enum class Severity { Info, Low, Medium, High };
QString severityName(Severity s);              // "info" | "low" | "medium" | "high"
Severity severityFromName(const QString &name, bool *ok = nullptr);

// What a service probe identified on one port.
struct Service {
    Endpoint endpoint;
    QString transport = QStringLiteral("tcp");
    QString name;       // "http", "https", "rtsp", "onvif", "ftp", "telnet", "ssh", "snmp", "mqtt", "sip", "tls", "unknown"
    bool tls = false;
    QString product;    // e.g. "Hikvision DS-2CD2142FWD-I", "lighttpd"
    QString version;    // e.g. "V5.4.5 build 170124", "1.4.69"
    QString banner;     // first line / Server header / sysDescr, trimmed to 256 chars
    QVariantMap facts;  // protocol specifics: "auth": "digest", "title": ..., "tls.versions": [...]
    QList<int> transcripts; // indices into ProbeOutcome::transcripts
};

// A conclusion a check reached; becomes a finding in the inspection.
struct Observation {
    QString check;       // the catalog's check id, e.g. "telnet-open", "default-credentials"
    Severity severity = Severity::Info;
    QString title;       // English; the UI translates known checks by id
    QString detail;      // facts, never a password in plain text (masked)
    Endpoint endpoint;
    QString cve;         // for fingerprint matches, e.g. "CVE-2017-7921"
    QString remediation;
    QList<int> transcripts; // indices into ProbeOutcome::transcripts
};

// What one probe step produced; merged into the run's outcome.
struct ProbeOutcome {
    QList<Service> services;
    QList<Observation> observations;
    QList<Transcript> transcripts;

    int addTranscript(Transcript t)
    {
        transcripts.append(std::move(t));
        return int(transcripts.size()) - 1;
    }
    // Appends another outcome, renumbering its transcript indices.
    void merge(ProbeOutcome other);
};

// "admin" / "12345" -> "1***5": what reports and tables may show of a password.
QString maskSecret(const QString &secret);

} // namespace ab::probe
