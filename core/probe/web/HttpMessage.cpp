#include "core/probe/web/HttpMessage.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringDecoder>

namespace ab::probe::web {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::probe::web::HttpMessage)
};

constexpr qsizetype MaxChunkLine = 1024;

bool isToken(const QByteArray &s)
{
    if (s.isEmpty())
        return false;
    for (const char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7f || c == ':' || c == '(' || c == ')' || c == '<' || c == '>' || c == '@' || c == ','
            || c == ';' || c == '\\' || c == '"' || c == '/' || c == '[' || c == ']' || c == '?' || c == '=' || c == '{' || c == '}')
            return false;
    }
    return true;
}
} // namespace

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

QList<QByteArray> HttpResponse::headerValues(const QByteArray &name) const
{
    QList<QByteArray> out;
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            out.append(h.second);
    return out;
}

bool HttpResponse::hasHeader(const QByteArray &name) const
{
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

ResponseParser::State ResponseParser::fail(const QString &why)
{
    m_error = why;
    m_state = State::Error;
    m_buf.clear();
    return m_state;
}

ResponseParser::State ResponseParser::done()
{
    m_phase = Phase::Finished;
    m_state = State::Done;
    return m_state;
}

bool ResponseParser::appendBody(const QByteArray &bytes)
{
    const qint64 room = m_opt.maxBodyBytes - m_resp.body.size();
    if (bytes.size() > room) {
        m_resp.body += bytes.left(qMax<qint64>(0, room));
        m_resp.bodyCut = true;
        m_resp.cutReason = Tr::tr("the body exceeds %1 bytes").arg(m_opt.maxBodyBytes);
        return false;
    }
    m_resp.body += bytes;
    return true;
}

ResponseParser::State ResponseParser::parseHead(qsizetype end, qsizetype sepLen)
{
    const QByteArray head = m_buf.left(end);
    m_buf.remove(0, end + sepLen);
    QList<QByteArray> lines = head.split('\n');
    for (QByteArray &l : lines)
        if (l.endsWith('\r'))
            l.chop(1);
    // Status line: PROTO/x.y SP code [SP reason]
    const QByteArray &statusLine = lines.first();
    const qsizetype sp1 = statusLine.indexOf(' ');
    if (sp1 <= 0)
        return fail(Tr::tr("no status line"));
    const QByteArray proto = statusLine.left(sp1);
    const qsizetype slash = proto.indexOf('/');
    if (slash <= 0 || slash + 1 >= proto.size() || proto.size() > 16)
        return fail(Tr::tr("no status line"));
    for (qsizetype i = 0; i < slash; ++i)
        if (!(proto.at(i) >= 'A' && proto.at(i) <= 'Z'))
            return fail(Tr::tr("no status line"));
    const QByteArray rest = statusLine.mid(sp1 + 1);
    const QByteArray code = rest.left(3);
    if (code.size() != 3 || !std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; })
        || (rest.size() > 3 && rest.at(3) != ' '))
        return fail(Tr::tr("bad status code"));
    m_resp.protocol = proto;
    m_resp.status = code.toInt();
    if (m_resp.status < 100)
        return fail(Tr::tr("bad status code"));
    m_resp.reason = rest.mid(4).trimmed().left(256);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &l = lines.at(i);
        if (l.isEmpty())
            continue;
        if ((l.at(0) == ' ' || l.at(0) == '\t') && !m_resp.headers.isEmpty()) { // obsolete line folding
            m_resp.headers.last().second += ' ' + l.trimmed();
            continue;
        }
        const qsizetype colon = l.indexOf(':');
        if (colon <= 0)
            continue; // tolerated: devices send odd lines; a name-less line carries nothing
        const QByteArray name = l.left(colon).trimmed();
        if (!isToken(name))
            continue;
        if (m_resp.headers.size() >= m_opt.maxHeaders)
            return fail(Tr::tr("more than %1 header lines").arg(m_opt.maxHeaders));
        m_resp.headers.append({name, l.mid(colon + 1).trimmed()});
    }
    // Where does the body end?
    const int s = m_resp.status;
    if (m_opt.noBody || (s >= 100 && s < 200) || s == 204 || s == 304)
        return done();
    const QByteArray te = m_resp.header("Transfer-Encoding").toLower();
    if (m_opt.chunked && te.contains("chunked")) {
        m_phase = Phase::Chunked;
        return step();
    }
    const QList<QByteArray> lengths = m_resp.headerValues("Content-Length");
    if (!lengths.isEmpty()) {
        qint64 len = -1;
        for (const QByteArray &v : lengths) {
            bool ok = false;
            const QByteArray t = v.trimmed();
            const qint64 n = t.size() <= 18 && !t.isEmpty() && std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; })
                ? t.toLongLong(&ok)
                : -1;
            if (!ok || n < 0)
                return fail(Tr::tr("bad Content-Length"));
            if (len >= 0 && n != len)
                return fail(Tr::tr("conflicting Content-Length headers"));
            len = n;
        }
        m_remaining = len;
        m_phase = Phase::Length;
        return step();
    }
    if (!m_opt.bodyUntilClose)
        return done();
    m_phase = Phase::UntilClose;
    return step();
}

ResponseParser::State ResponseParser::step()
{
    for (;;) {
        switch (m_phase) {
        case Phase::Head: {
            qsizetype end = m_buf.indexOf("\r\n\r\n");
            qsizetype sep = 4;
            const qsizetype lf = m_buf.indexOf("\n\n");
            if (lf >= 0 && (end < 0 || lf < end)) {
                end = lf;
                sep = 2;
            }
            if (end < 0) {
                if (m_buf.size() > m_opt.maxHeaderBytes)
                    return fail(Tr::tr("the header exceeds %1 bytes").arg(m_opt.maxHeaderBytes));
                // Garbage that cannot become a status line is rejected early.
                if (m_buf.size() >= 5 && !(m_buf.at(0) >= 'A' && m_buf.at(0) <= 'Z'))
                    return fail(Tr::tr("no status line"));
                return m_state;
            }
            if (end > m_opt.maxHeaderBytes)
                return fail(Tr::tr("the header exceeds %1 bytes").arg(m_opt.maxHeaderBytes));
            if (parseHead(end, sep) != State::NeedMore)
                return m_state;
            continue;
        }
        case Phase::Length: {
            const qint64 take = qMin<qint64>(m_remaining, m_buf.size());
            if (!appendBody(m_buf.left(take)))
                return done();
            m_buf.remove(0, take);
            m_remaining -= take;
            if (m_remaining == 0)
                return done();
            return m_state;
        }
        case Phase::UntilClose:
            if (!appendBody(m_buf)) {
                m_buf.clear();
                return done();
            }
            m_buf.clear();
            return m_state;
        case Phase::Chunked: {
            const qsizetype nl = m_buf.indexOf('\n');
            if (nl < 0) {
                if (m_buf.size() > MaxChunkLine)
                    return fail(Tr::tr("bad chunk size line"));
                return m_state;
            }
            QByteArray line = m_buf.left(nl).trimmed();
            m_buf.remove(0, nl + 1);
            const qsizetype semi = line.indexOf(';');
            if (semi >= 0)
                line.truncate(semi);
            line = line.trimmed();
            bool ok = false;
            const qint64 size = line.size() <= 15 && !line.isEmpty() ? line.toLongLong(&ok, 16) : -1;
            if (!ok || size < 0)
                return fail(Tr::tr("bad chunk size line"));
            if (size == 0) {
                m_phase = Phase::Trailer;
                continue;
            }
            m_remaining = size;
            m_phase = Phase::ChunkData;
            continue;
        }
        case Phase::ChunkData: {
            const qint64 take = qMin<qint64>(m_remaining, m_buf.size());
            if (!appendBody(m_buf.left(take)))
                return done();
            m_buf.remove(0, take);
            m_remaining -= take;
            if (m_remaining > 0)
                return m_state;
            m_phase = Phase::ChunkCrlf;
            continue;
        }
        case Phase::ChunkCrlf:
            if (m_buf.startsWith("\r\n"))
                m_buf.remove(0, 2);
            else if (m_buf.startsWith('\n'))
                m_buf.remove(0, 1);
            else if (m_buf.size() < 2 && (m_buf.isEmpty() || m_buf.at(0) == '\r'))
                return m_state;
            else
                return fail(Tr::tr("chunk not followed by a line end"));
            m_phase = Phase::Chunked;
            continue;
        case Phase::Trailer: {
            const qsizetype nl = m_buf.indexOf('\n');
            if (nl < 0) {
                if (m_trailerBytes + m_buf.size() > m_opt.maxHeaderBytes)
                    return fail(Tr::tr("the trailer exceeds %1 bytes").arg(m_opt.maxHeaderBytes));
                return m_state;
            }
            const QByteArray line = m_buf.left(nl).trimmed();
            m_trailerBytes += nl + 1;
            m_buf.remove(0, nl + 1);
            if (line.isEmpty())
                return done();
            if (m_trailerBytes > m_opt.maxHeaderBytes)
                return fail(Tr::tr("the trailer exceeds %1 bytes").arg(m_opt.maxHeaderBytes));
            continue;
        }
        case Phase::Finished:
            return m_state;
        }
    }
}

ResponseParser::State ResponseParser::feed(const QByteArray &data)
{
    if (m_state != State::NeedMore) {
        if (m_state == State::Done)
            m_buf += data.left(qMax<qsizetype>(0, m_opt.maxHeaderBytes - m_buf.size()));
        return m_state;
    }
    m_buf += data;
    return step();
}

ResponseParser::State ResponseParser::finish(const QString &why)
{
    if (m_state != State::NeedMore)
        return m_state;
    switch (m_phase) {
    case Phase::Head:
        return fail(m_buf.isEmpty() ? Tr::tr("no response") : Tr::tr("the response ended inside its header"));
    case Phase::UntilClose:
        if (!why.isEmpty()) {
            m_resp.bodyCut = true;
            m_resp.cutReason = why;
        }
        return done();
    default:
        m_resp.bodyCut = true;
        m_resp.cutReason = why.isEmpty() ? Tr::tr("the body ended early") : why;
        return done();
    }
}

Result<HttpResponse> parseResponse(const QByteArray &data, const ParseOptions &o)
{
    ResponseParser p(o);
    if (p.feed(data) == ResponseParser::State::NeedMore)
        p.finish();
    if (p.state() == ResponseParser::State::Error)
        return makeError(ErrorCode::BadInput, p.error());
    return p.take();
}

QByteArray htmlCharset(const QByteArray &body, const QByteArray &contentType)
{
    static const QRegularExpression re(QStringLiteral("charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]{1,40})"),
                                       QRegularExpression::CaseInsensitiveOption);
    auto m = re.match(QString::fromLatin1(contentType));
    if (m.hasMatch())
        return m.captured(1).toLower().toLatin1();
    // <meta charset="gbk"> or <meta http-equiv="Content-Type" content="text/html; charset=gb2312">, in the first 4 KiB
    const QString head = QString::fromLatin1(body.left(4096));
    static const QRegularExpression meta(QStringLiteral("<meta[^>]*charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]{1,40})"),
                                         QRegularExpression::CaseInsensitiveOption);
    m = meta.match(head);
    if (m.hasMatch())
        return m.captured(1).toLower().toLatin1();
    return {};
}

QString decodeText(const QByteArray &bytes, const QByteArray &charset)
{
    QByteArray cs = charset.toLower();
    if (cs == "gb2312" || cs == "gbk" || cs == "x-gbk")
        cs = "gb18030"; // a superset; devices label GBK pages gb2312
    if (!cs.isEmpty() && cs != "utf-8" && cs != "utf8") {
        QStringDecoder d(cs.constData(), QStringDecoder::Flag::Stateless);
        if (d.isValid()) {
            const QString s = d.decode(bytes);
            if (!d.hasError())
                return s;
        }
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString s = utf8.decode(bytes);
    if (!utf8.hasError())
        return s;
    return QString::fromLatin1(bytes);
}

QString htmlTitle(const QByteArray &body, const QByteArray &contentType)
{
    const QByteArray lower = body.left(64 * 1024).toLower();
    const qsizetype open = lower.indexOf("<title");
    if (open < 0)
        return {};
    const qsizetype gt = lower.indexOf('>', open);
    if (gt < 0)
        return {};
    qsizetype close = lower.indexOf("</title", gt);
    if (close < 0)
        close = qMin<qsizetype>(lower.size(), gt + 1 + 1024);
    const QByteArray raw = body.mid(gt + 1, qMin<qsizetype>(close - gt - 1, 1024));
    QString t = decodeText(raw, htmlCharset(body, contentType)).simplified();
    t.replace(QLatin1String("&amp;"), QLatin1String("&"));
    t.replace(QLatin1String("&nbsp;"), QLatin1String(" "));
    t.replace(QLatin1String("&lt;"), QLatin1String("<"));
    t.replace(QLatin1String("&gt;"), QLatin1String(">"));
    return t.left(200);
}

} // namespace ab::probe::web
