#include "core/probe/NmapXml.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace ab::probe
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::probe::NmapXml)
};

class Parser
{
public:
    Parser(const QByteArray &xml, const NmapLimits &limits) : m_xml(xml), m_limits(limits)
    {
        // Defence in depth: Qt resolves no external entities, and a DTD with
        // declarations is refused below before any reference is expanded.
        m_xml.setNamespaceProcessing(false);
    }

    Result<NmapScan> run();

private:
    Error fail(const QString &what) const
    {
        return makeError(
            ErrorCode::BadInput,
            Tr::tr("Not a readable nmap XML file: %1 (line %2, column %3).").arg(what).arg(m_xml.lineNumber()).arg(m_xml.columnNumber()));
    }
    // An attribute, refused when it is absurdly long.
    bool attr(const char *name, QString &out)
    {
        const QStringView v = m_xml.attributes().value(QLatin1String(name));
        if (v.size() > m_limits.maxAttributeChars) {
            m_error =
                fail(Tr::tr("attribute \"%1\" is longer than %2 characters").arg(QLatin1String(name)).arg(m_limits.maxAttributeChars));
            return false;
        }
        out = v.toString();
        return true;
    }
    QString text(); // element text, bounded
    void startElement();
    bool scriptInto(QList<NmapScript> &list);

    QXmlStreamReader m_xml;
    const NmapLimits &m_limits;
    NmapScan m_scan;
    std::optional<Error> m_error;
    NmapHost *m_host = nullptr;
    NmapPort *m_port = nullptr;
    bool m_inHostScript = false;
    bool m_inService = false;
    bool m_sawRoot = false;
};

QString Parser::text()
{
    // readElementText would build any size; nmap's text nodes (cpe) are short.
    QString out;
    int depth = 1;
    while (depth > 0 && !m_xml.atEnd()) {
        switch (m_xml.readNext()) {
        case QXmlStreamReader::StartElement:
            ++depth;
            break;
        case QXmlStreamReader::EndElement:
            --depth;
            break;
        case QXmlStreamReader::Characters:
            if (out.size() < m_limits.maxAttributeChars)
                out += m_xml.text().left(m_limits.maxAttributeChars - out.size());
            break;
        default:
            break;
        }
    }
    return out.trimmed();
}

bool Parser::scriptInto(QList<NmapScript> &list)
{
    NmapScript s;
    QString output;
    if (!attr("id", s.id))
        return false;
    // Script output may be large (e.g. ssl-cert, http-title on odd servers):
    // kept bounded, flagged when cut, never an error.
    const QStringView v = m_xml.attributes().value(QLatin1String("output"));
    if (v.size() > m_limits.maxScriptOutput) {
        s.output = v.left(m_limits.maxScriptOutput).toString();
        m_scan.scriptsTruncated = true;
    } else {
        s.output = v.toString();
    }
    if (list.size() >= m_limits.maxScriptsPerPort) {
        m_scan.scriptsTruncated = true;
        return true;
    }
    list.append(std::move(s));
    return true;
}

void Parser::startElement()
{
    const QStringView name = m_xml.name();
    if (!m_sawRoot) {
        if (name != QLatin1String("nmaprun")) {
            m_error = fail(Tr::tr("the root element is <%1>, not <nmaprun>").arg(name.left(40)));
            return;
        }
        m_sawRoot = true;
        QString start;
        if (!attr("scanner", m_scan.scanner) || !attr("version", m_scan.version) || !attr("args", m_scan.args) || !attr("start", start))
            return;
        bool ok = false;
        const qint64 t = start.toLongLong(&ok);
        if (ok && t > 0)
            m_scan.started = QDateTime::fromSecsSinceEpoch(t, Qt::UTC);
        return;
    }
    if (name == QLatin1String("host")) {
        if (m_scan.hosts.size() >= m_limits.maxHosts) {
            m_error = fail(Tr::tr("more than %1 hosts").arg(m_limits.maxHosts));
            return;
        }
        m_scan.hosts.append(NmapHost{});
        m_host = &m_scan.hosts.last();
        m_port = nullptr;
        return;
    }
    if (name == QLatin1String("finished")) {
        QString time;
        if (!attr("time", time))
            return;
        bool ok = false;
        const qint64 t = time.toLongLong(&ok);
        if (ok && t > 0)
            m_scan.finished = QDateTime::fromSecsSinceEpoch(t, Qt::UTC);
        return;
    }
    if (!m_host)
        return; // scaninfo, verbose, debugging, taskbegin, ...
    if (name == QLatin1String("status") && !m_port) {
        (void)(attr("state", m_host->status) && attr("reason", m_host->statusReason));
    } else if (name == QLatin1String("address")) {
        NmapAddress a;
        if (attr("addr", a.address) && attr("addrtype", a.type) && attr("vendor", a.vendor) && m_host->addresses.size() < 64)
            m_host->addresses.append(std::move(a));
    } else if (name == QLatin1String("hostname")) {
        QString h;
        if (attr("name", h) && !h.isEmpty() && m_host->hostnames.size() < 64 && !m_host->hostnames.contains(h))
            m_host->hostnames.append(h);
    } else if (name == QLatin1String("port")) {
        if (m_host->ports.size() >= m_limits.maxPortsPerHost) {
            m_error = fail(Tr::tr("more than %1 ports on one host").arg(m_limits.maxPortsPerHost));
            return;
        }
        NmapPort p;
        QString id;
        if (!attr("protocol", p.protocol) || !attr("portid", id))
            return;
        bool ok = false;
        const uint n = id.toUInt(&ok);
        if (!ok || n == 0 || n > 65535) {
            m_error = fail(Tr::tr("port \"%1\" is not a number from 1 to 65535").arg(id.left(20)));
            return;
        }
        p.port = quint16(n);
        m_host->ports.append(std::move(p));
        m_port = &m_host->ports.last();
    } else if (name == QLatin1String("state") && m_port) {
        (void)(attr("state", m_port->state) && attr("reason", m_port->reason));
    } else if (name == QLatin1String("service") && m_port) {
        m_inService = true;
        (void)(attr("name", m_port->serviceName) && attr("product", m_port->product) && attr("version", m_port->version) &&
               attr("extrainfo", m_port->extraInfo) && attr("tunnel", m_port->tunnel) && attr("method", m_port->method));
    } else if (name == QLatin1String("cpe") && m_port && m_inService) {
        const QString c = text();
        if (!c.isEmpty() && m_port->cpe.size() < 16)
            m_port->cpe.append(c);
    } else if (name == QLatin1String("hostscript")) {
        m_inHostScript = true;
    } else if (name == QLatin1String("script")) {
        if (m_inHostScript)
            (void)scriptInto(m_host->hostScripts);
        else if (m_port)
            (void)scriptInto(m_port->scripts);
    }
}

Result<NmapScan> Parser::run()
{
    qint64 elements = 0;
    int depth = 0;
    while (!m_xml.atEnd() && !m_error) {
        switch (m_xml.readNext()) {
        case QXmlStreamReader::DTD: {
            // nmap writes "<!DOCTYPE nmaprun>". Anything declared inside a
            // DTD (entities above all: billion laughs) is refused unread.
            if (!m_xml.entityDeclarations().isEmpty() || !m_xml.notationDeclarations().isEmpty() || m_xml.text().contains(QLatin1Char('[')))
                return fail(Tr::tr("the document declares a DTD with entities or other declarations"));
            break;
        }
        case QXmlStreamReader::EntityReference:
            return fail(Tr::tr("the document uses an undeclared entity \"%1\"").arg(m_xml.name().left(40)));
        case QXmlStreamReader::StartElement:
            if (++elements > m_limits.maxElements)
                return fail(Tr::tr("more than %1 elements").arg(m_limits.maxElements));
            if (++depth > m_limits.maxDepth)
                return fail(Tr::tr("elements nested deeper than %1").arg(m_limits.maxDepth));
            startElement();
            // text() consumes up to its end element.
            if (m_xml.tokenType() == QXmlStreamReader::EndElement)
                --depth;
            break;
        case QXmlStreamReader::EndElement: {
            --depth;
            const QStringView name = m_xml.name();
            if (name == QLatin1String("host")) {
                m_host = nullptr;
                m_port = nullptr;
            } else if (name == QLatin1String("port")) {
                m_port = nullptr;
            } else if (name == QLatin1String("service")) {
                m_inService = false;
            } else if (name == QLatin1String("hostscript")) {
                m_inHostScript = false;
            }
            break;
        }
        default:
            break;
        }
    }
    if (m_error)
        return *m_error;
    if (m_xml.hasError()) {
        if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError)
            return fail(m_sawRoot ? Tr::tr("the file ends early (truncated?)") : Tr::tr("there is no <nmaprun> element"));
        return fail(m_xml.errorString());
    }
    if (!m_sawRoot)
        return fail(Tr::tr("there is no <nmaprun> element"));
    return std::move(m_scan);
}

QString joinedBanner(const NmapPort &p)
{
    QString b = p.product;
    if (!p.version.isEmpty())
        b += (b.isEmpty() ? QString() : QStringLiteral(" ")) + p.version;
    if (!p.extraInfo.isEmpty())
        b += (b.isEmpty() ? QString() : QStringLiteral(" ")) + QLatin1Char('(') + p.extraInfo + QLatin1Char(')');
    return b.left(256);
}
} // namespace

QString NmapHost::ipAddress() const
{
    for (const NmapAddress &a : addresses)
        if (a.type == QLatin1String("ipv4") || a.type == QLatin1String("ipv6"))
            return a.address;
    return {};
}

QString NmapHost::macAddress() const
{
    for (const NmapAddress &a : addresses)
        if (a.type == QLatin1String("mac"))
            return a.address;
    return {};
}

QString NmapHost::macVendor() const
{
    for (const NmapAddress &a : addresses)
        if (a.type == QLatin1String("mac"))
            return a.vendor;
    return {};
}

Result<NmapScan> parseNmapXml(const QByteArray &xml, const NmapLimits &limits)
{
    if (xml.size() > limits.maxBytes)
        return makeError(
            ErrorCode::BadInput,
            Tr::tr("The nmap XML file is larger than %1 MiB; split the scan or import its parts.").arg(limits.maxBytes / (1024 * 1024)));
    if (xml.trimmed().isEmpty())
        return makeError(ErrorCode::BadInput, Tr::tr("The nmap XML file is empty."));
    Parser p(xml, limits);
    return p.run();
}

QList<Service> toServices(const NmapScan &scan)
{
    QList<Service> out;
    for (const NmapHost &h : scan.hosts) {
        if (h.status != QLatin1String("up") && !h.status.isEmpty())
            continue;
        const QHostAddress address(h.ipAddress());
        if (address.isNull())
            continue;
        for (const NmapPort &p : h.ports) {
            if (p.state != QLatin1String("open"))
                continue;
            Service s;
            s.endpoint = Endpoint{address, p.port};
            s.transport = p.protocol.isEmpty() ? QStringLiteral("tcp") : p.protocol;
            s.tls = p.tunnel == QLatin1String("ssl");
            QString name = p.serviceName.isEmpty() ? QStringLiteral("unknown") : p.serviceName;
            if (s.tls && name == QLatin1String("http"))
                name = QStringLiteral("https");
            s.name = name;
            s.product = p.product;
            s.version = p.version;
            s.banner = joinedBanner(p);
            s.facts.insert(QStringLiteral("nmap.service"), p.serviceName);
            if (!p.method.isEmpty())
                s.facts.insert(QStringLiteral("nmap.method"), p.method);
            if (!p.reason.isEmpty())
                s.facts.insert(QStringLiteral("nmap.reason"), p.reason);
            if (!p.extraInfo.isEmpty())
                s.facts.insert(QStringLiteral("nmap.extrainfo"), p.extraInfo);
            if (!p.tunnel.isEmpty())
                s.facts.insert(QStringLiteral("nmap.tunnel"), p.tunnel);
            if (!p.cpe.isEmpty())
                s.facts.insert(QStringLiteral("nmap.cpe"), p.cpe);
            if (!h.macAddress().isEmpty())
                s.facts.insert(QStringLiteral("nmap.mac"), h.macAddress());
            if (!h.macVendor().isEmpty())
                s.facts.insert(QStringLiteral("nmap.mac_vendor"), h.macVendor());
            if (!h.hostnames.isEmpty())
                s.facts.insert(QStringLiteral("nmap.hostnames"), h.hostnames);
            for (const NmapScript &sc : p.scripts)
                s.facts.insert(QStringLiteral("nmap.script.") + sc.id, sc.output);
            // The keys fingerprints read, filled from what nmap identified.
            const QString lowerName = p.serviceName.toLower();
            if (lowerName == QLatin1String("ssh") && !p.product.isEmpty())
                s.facts.insert(QStringLiteral("ssh.banner"), s.banner);
            else if (lowerName == QLatin1String("ftp") && !p.product.isEmpty())
                s.facts.insert(QStringLiteral("ftp.banner"), s.banner);
            else if (lowerName.startsWith(QLatin1String("http")) && !p.product.isEmpty())
                s.facts.insert(QStringLiteral("http.server"), s.banner);
            else if (lowerName == QLatin1String("rtsp") && !p.product.isEmpty())
                s.facts.insert(QStringLiteral("rtsp.server"), s.banner);
            out.append(std::move(s));
        }
    }
    return out;
}

} // namespace ab::probe
