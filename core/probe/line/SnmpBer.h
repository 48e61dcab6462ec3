#pragma once
// The small part of SNMP v1/v2c a probe needs: GetRequest encoding and
// GetResponse decoding in BER, with strict bounds (lengths inside their
// parent, no indefinite lengths, integers of at most 8 bytes, OIDs of at
// most 128 arcs of 32 bits, no constructed values inside a varbind).

#include "core/util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace ab::probe::snmp {

enum class Version { V1 = 0, V2c = 1 };

// Tags used by SNMP.
enum Tag : unsigned char {
    Integer = 0x02,
    OctetString = 0x04,
    Null = 0x05,
    ObjectId = 0x06,
    Sequence = 0x30,
    IpAddress = 0x40,
    Counter32 = 0x41,
    Gauge32 = 0x42,
    TimeTicks = 0x43,
    Opaque = 0x44,
    Counter64 = 0x46,
    NoSuchObject = 0x80,
    NoSuchInstance = 0x81,
    EndOfMibView = 0x82,
    GetRequestPdu = 0xa0,
    GetNextRequestPdu = 0xa1,
    GetResponsePdu = 0xa2,
    SetRequestPdu = 0xa3,
    TrapV1Pdu = 0xa4,
    GetBulkPdu = 0xa5,
    ReportPdu = 0xa8,
};

inline constexpr int MaxOidArcs = 128;
inline constexpr int MaxVarBinds = 64;

struct VarBind {
    QString oid;            // dotted, e.g. "1.3.6.1.2.1.1.1.0"
    unsigned char type = Null;
    QByteArray value;       // the content octets as received
    // Readable value: strings as text (non-printables escaped), numbers, OIDs dotted.
    QString text() const;
    bool isException() const { return type == NoSuchObject || type == NoSuchInstance || type == EndOfMibView; }
};

struct Message {
    int version = 1;              // 0 = v1, 1 = v2c
    QByteArray community;
    unsigned char pduType = GetRequestPdu;
    qint32 requestId = 0;
    int errorStatus = 0;
    int errorIndex = 0;
    QList<VarBind> varBinds;
};

// A GetRequest for the given OIDs (values NULL).
Result<QByteArray> encodeGet(Version v, const QByteArray &community, qint32 requestId, const QStringList &oids);
// Any message with simple (primitive) values; used for the GetRequest and by tests/fakes.
Result<QByteArray> encode(const Message &m);
// Decodes one SNMP v1/v2c message (a whole datagram; trailing bytes are an error).
Result<Message> decode(const QByteArray &datagram);

Result<QByteArray> encodeOid(const QString &dotted);
Result<QString> decodeOid(const QByteArray &content);

} // namespace ab::probe::snmp
