#include "core/probe/line/SnmpBer.h"

#include <QCoreApplication>
#include <QStringList>

#include <limits>

namespace ab::probe::snmp {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::probe::SnmpBer)
};

constexpr qsizetype MaxMessageBytes = 65535; // one UDP datagram

Error bad(const QString &what) { return makeError(ErrorCode::BadInput, Tr::tr("Malformed SNMP message: %1.").arg(what)); }

void putLength(QByteArray &out, qsizetype n)
{
    if (n < 0x80) {
        out += char(n);
        return;
    }
    QByteArray b;
    while (n > 0) {
        b.prepend(char(n & 0xff));
        n >>= 8;
    }
    out += char(0x80 | b.size());
    out += b;
}

QByteArray tlv(unsigned char tag, const QByteArray &content)
{
    QByteArray out;
    out += char(tag);
    putLength(out, content.size());
    out += content;
    return out;
}

QByteArray intContent(qint64 v)
{
    // Minimal two's complement.
    QByteArray b;
    for (int i = 7; i >= 0; --i)
        b += char((quint64(v) >> (8 * i)) & 0xff);
    while (b.size() > 1 && ((b[0] == 0 && !(b[1] & 0x80)) || (b[0] == char(0xff) && (b[1] & 0x80))))
        b.remove(0, 1);
    return b;
}

// A bounded view over BER bytes.
struct Reader {
    const unsigned char *p = nullptr;
    qsizetype size = 0;
    qsizetype pos = 0;

    bool atEnd() const { return pos >= size; }

    // One TLV: tag and content view. Only single-byte tags and definite
    // lengths of at most 4 bytes that fit inside this view are accepted.
    Result<Reader> next(unsigned char *tag)
    {
        if (size - pos < 2)
            return bad(Tr::tr("truncated element"));
        *tag = p[pos++];
        if ((*tag & 0x1f) == 0x1f)
            return bad(Tr::tr("multi-byte tag"));
        qsizetype len = p[pos++];
        if (len & 0x80) {
            const int n = int(len & 0x7f);
            if (n == 0)
                return bad(Tr::tr("indefinite length"));
            if (n > 4)
                return bad(Tr::tr("length field of %1 bytes").arg(n));
            if (size - pos < n)
                return bad(Tr::tr("truncated length"));
            quint64 l = 0;
            for (int i = 0; i < n; ++i)
                l = (l << 8) | p[pos++];
            if (l > quint64(MaxMessageBytes))
                return bad(Tr::tr("length %1 beyond a datagram").arg(l));
            len = qsizetype(l);
        }
        if (len > size - pos)
            return bad(Tr::tr("length %1 beyond its container").arg(len));
        Reader content{p + pos, len, 0};
        pos += len;
        return content;
    }

    Result<Reader> expect(unsigned char want, const QString &what)
    {
        unsigned char tag = 0;
        auto r = next(&tag);
        if (!r)
            return r.error();
        if (tag != want)
            return bad(Tr::tr("%1: tag 0x%2 where 0x%3 was expected").arg(what).arg(int(tag), 2, 16, QLatin1Char('0')).arg(int(want), 2, 16, QLatin1Char('0')));
        return r;
    }

    QByteArray bytes() const { return QByteArray(reinterpret_cast<const char *>(p), size); }
};

Result<qint64> toInt(const Reader &r, const QString &what)
{
    if (r.size < 1 || r.size > 8)
        return bad(Tr::tr("%1: integer of %2 bytes").arg(what).arg(r.size));
    qint64 v = (r.p[0] & 0x80) ? -1 : 0;
    for (qsizetype i = 0; i < r.size; ++i)
        v = qint64((quint64(v) << 8) | r.p[i]);
    return v;
}

Result<qint64> readInt(Reader &parent, const QString &what, qint64 min, qint64 max)
{
    auto r = parent.expect(Integer, what);
    if (!r)
        return r.error();
    auto v = toInt(*r, what);
    if (!v)
        return v.error();
    if (*v < min || *v > max)
        return bad(Tr::tr("%1 out of range (%2)").arg(what).arg(*v));
    return v;
}
} // namespace

Result<QByteArray> encodeOid(const QString &dotted)
{
    const QStringList parts = dotted.split(QLatin1Char('.'));
    if (parts.size() < 2 || parts.size() > MaxOidArcs)
        return makeError(ErrorCode::Usage, Tr::tr("%1 is not an OID.").arg(dotted));
    QList<quint32> arcs;
    for (const QString &s : parts) {
        bool ok = false;
        const uint v = s.toUInt(&ok);
        if (!ok)
            return makeError(ErrorCode::Usage, Tr::tr("%1 is not an OID.").arg(dotted));
        arcs.append(v);
    }
    if (arcs[0] > 2 || (arcs[0] < 2 && arcs[1] > 39) || arcs[1] > 0xffffffffu - 80)
        return makeError(ErrorCode::Usage, Tr::tr("%1 is not an OID.").arg(dotted));
    QByteArray out;
    auto put = [&out](quint32 v) {
        QByteArray b;
        b.prepend(char(v & 0x7f));
        v >>= 7;
        while (v) {
            b.prepend(char(0x80 | (v & 0x7f)));
            v >>= 7;
        }
        out += b;
    };
    put(arcs[0] * 40 + arcs[1]);
    for (qsizetype i = 2; i < arcs.size(); ++i)
        put(arcs[i]);
    return out;
}

Result<QString> decodeOid(const QByteArray &content)
{
    if (content.isEmpty())
        return bad(Tr::tr("empty OID"));
    QStringList arcs;
    quint64 v = 0;
    int bytes = 0;
    for (qsizetype i = 0; i < content.size(); ++i) {
        const auto c = static_cast<unsigned char>(content[i]);
        if (bytes == 0 && c == 0x80)
            return bad(Tr::tr("OID arc with a leading zero byte"));
        v = (v << 7) | (c & 0x7f);
        if (++bytes > 5 || v > 0xffffffffu)
            return bad(Tr::tr("OID arc larger than 32 bits"));
        if (c & 0x80)
            continue;
        if (arcs.isEmpty()) {
            const quint64 first = v < 40 ? 0 : v < 80 ? 1 : 2;
            arcs << QString::number(first) << QString::number(v - first * 40);
        } else {
            arcs << QString::number(v);
        }
        if (arcs.size() > MaxOidArcs)
            return bad(Tr::tr("OID with more than %1 arcs").arg(MaxOidArcs));
        v = 0;
        bytes = 0;
    }
    if (bytes != 0)
        return bad(Tr::tr("truncated OID"));
    return arcs.join(QLatin1Char('.'));
}

Result<QByteArray> encode(const Message &m)
{
    QByteArray list;
    for (const VarBind &vb : m.varBinds) {
        auto oid = encodeOid(vb.oid);
        if (!oid)
            return oid.error();
        if (vb.type & 0x20)
            return makeError(ErrorCode::Usage, Tr::tr("Constructed SNMP values are not supported."));
        list += tlv(Sequence, tlv(ObjectId, *oid) + tlv(vb.type, vb.value));
    }
    const QByteArray pdu = tlv(Integer, intContent(m.requestId)) + tlv(Integer, intContent(m.errorStatus))
        + tlv(Integer, intContent(m.errorIndex)) + tlv(Sequence, list);
    return tlv(Sequence, tlv(Integer, intContent(m.version)) + tlv(OctetString, m.community) + tlv(m.pduType, pdu));
}

Result<QByteArray> encodeGet(Version v, const QByteArray &community, qint32 requestId, const QStringList &oids)
{
    Message m;
    m.version = int(v);
    m.community = community;
    m.requestId = requestId;
    for (const QString &o : oids)
        m.varBinds.append({o, Null, {}});
    return encode(m);
}

Result<Message> decode(const QByteArray &datagram)
{
    if (datagram.size() > MaxMessageBytes)
        return bad(Tr::tr("larger than a datagram"));
    Reader top{reinterpret_cast<const unsigned char *>(datagram.constData()), datagram.size(), 0};
    auto msg = top.expect(Sequence, Tr::tr("message"));
    if (!msg)
        return msg.error();
    if (!top.atEnd())
        return bad(Tr::tr("trailing bytes after the message"));
    Message m;
    auto version = readInt(*msg, Tr::tr("version"), 0, 1);
    if (!version)
        return version.error();
    m.version = int(*version);
    auto community = msg->expect(OctetString, Tr::tr("community"));
    if (!community)
        return community.error();
    m.community = community->bytes();
    unsigned char pduTag = 0;
    auto pdu = msg->next(&pduTag);
    if (!pdu)
        return pdu.error();
    if (pduTag != GetRequestPdu && pduTag != GetNextRequestPdu && pduTag != GetResponsePdu && pduTag != SetRequestPdu
        && pduTag != ReportPdu)
        return bad(Tr::tr("unsupported PDU 0x%1").arg(int(pduTag), 2, 16, QLatin1Char('0')));
    if (!msg->atEnd())
        return bad(Tr::tr("trailing bytes after the PDU"));
    m.pduType = pduTag;
    auto rid = readInt(*pdu, Tr::tr("request id"), std::numeric_limits<qint32>::min(), std::numeric_limits<qint32>::max());
    if (!rid)
        return rid.error();
    m.requestId = qint32(*rid);
    auto status = readInt(*pdu, Tr::tr("error status"), 0, 255);
    if (!status)
        return status.error();
    m.errorStatus = int(*status);
    auto index = readInt(*pdu, Tr::tr("error index"), 0, MaxVarBinds * 4);
    if (!index)
        return index.error();
    m.errorIndex = int(*index);
    auto list = pdu->expect(Sequence, Tr::tr("varbind list"));
    if (!list)
        return list.error();
    if (!pdu->atEnd())
        return bad(Tr::tr("trailing bytes after the varbinds"));
    while (!list->atEnd()) {
        if (m.varBinds.size() >= MaxVarBinds)
            return bad(Tr::tr("more than %1 varbinds").arg(MaxVarBinds));
        auto vb = list->expect(Sequence, Tr::tr("varbind"));
        if (!vb)
            return vb.error();
        auto oidTlv = vb->expect(ObjectId, Tr::tr("varbind name"));
        if (!oidTlv)
            return oidTlv.error();
        auto oid = decodeOid(oidTlv->bytes());
        if (!oid)
            return oid.error();
        VarBind b;
        b.oid = *oid;
        auto value = vb->next(&b.type);
        if (!value)
            return value.error();
        if (b.type & 0x20)
            return bad(Tr::tr("constructed value in a varbind"));
        if (!vb->atEnd())
            return bad(Tr::tr("trailing bytes in a varbind"));
        if (b.type == Integer || b.type == Counter32 || b.type == Gauge32 || b.type == TimeTicks || b.type == Counter64) {
            auto v = toInt(*value, Tr::tr("value"));
            if (!v)
                return v.error();
        } else if (b.type == ObjectId) {
            auto v = decodeOid(value->bytes());
            if (!v)
                return v.error();
        }
        b.value = value->bytes();
        m.varBinds.append(std::move(b));
    }
    return m;
}

QString VarBind::text() const
{
    switch (type) {
    case OctetString: {
        QString s;
        for (const char c : value) {
            const auto u = static_cast<unsigned char>(c);
            if (u >= 0x20 && u < 0x7f)
                s += QLatin1Char(c);
            else if (c == '\n' || c == '\r' || c == '\t')
                s += QLatin1Char(' ');
            else if (u >= 0x80)
                s += QChar(char16_t(u)); // Latin-1 at worst; sysDescr is ASCII in practice
            else
                s += QStringLiteral("\\x%1").arg(int(u), 2, 16, QLatin1Char('0'));
        }
        return s;
    }
    case ObjectId: {
        auto o = decodeOid(value);
        return o ? *o : QString();
    }
    case Integer:
    case Counter32:
    case Gauge32:
    case TimeTicks:
    case Counter64: {
        Reader r{reinterpret_cast<const unsigned char *>(value.constData()), value.size(), 0};
        auto v = toInt(r, QString());
        if (!v)
            return QString();
        // Unsigned types whose top bit is set were sent with a leading zero.
        return QString::number(*v);
    }
    case IpAddress:
        if (value.size() == 4)
            return QStringLiteral("%1.%2.%3.%4")
                .arg(int(uchar(value[0])))
                .arg(int(uchar(value[1])))
                .arg(int(uchar(value[2])))
                .arg(int(uchar(value[3])));
        return QString();
    case NoSuchObject: return QStringLiteral("noSuchObject");
    case NoSuchInstance: return QStringLiteral("noSuchInstance");
    case EndOfMibView: return QStringLiteral("endOfMibView");
    default: return QString();
    }
}

} // namespace ab::probe::snmp
