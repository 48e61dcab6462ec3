#include "ui/CustodyText.h"

#include "core/util/Language.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace ab::ui
{

namespace
{
QString quoted(const QString &text)
{
    // One line, and not the whole of a long comment: the tooltip has it all.
    QString t = text.simplified();
    if (t.size() > 120)
        t = t.left(119) + QChar(0x2026);
    return QStringLiteral("“%1”").arg(t);
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

qint64 num(const QJsonObject &o, const char *key)
{
    return qint64(o.value(QLatin1String(key)).toDouble());
}

QString valueText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isArray()) {
        QStringList parts;
        for (const QJsonValue &e : v.toArray())
            parts.append(valueText(e));
        return parts.join(QStringLiteral(", "));
    }
    return {};
}
} // namespace

QString CustodyText::commonName(const QString &subject)
{
    static const QRegularExpression cn(QStringLiteral("(?:^|,)\\s*CN=((?:\\\\.|[^,])*)"));
    const auto m = cn.match(subject);
    return m.hasMatch() ? m.captured(1).replace(QStringLiteral("\\,"), QStringLiteral(",")) : subject;
}

QString CustodyText::documentKind(const QString &kind)
{
    if (kind == QLatin1String("report"))
        return tr("the inspection report");
    if (kind == QLatin1String("notice"))
        return tr("the rectification notice");
    if (kind == QLatin1String("record"))
        return tr("the on-site record");
    return kind;
}

QString CustodyText::objectName(const QString &object)
{
    if (object.isEmpty() || object == QLatin1String("inspection"))
        return tr("the inspection");
    const QString type = object.section(QLatin1Char(':'), 0, 0);
    const QString key = object.section(QLatin1Char(':'), 1);
    if (type == QLatin1String("evidence"))
        return tr("evidence %1").arg(key);
    if (type == QLatin1String("finding"))
        return tr("finding %1").arg(key);
    if (type == QLatin1String("answer"))
        return tr("answer %1").arg(key);
    if (type == QLatin1String("report"))
        return tr("document %1").arg(key);
    if (type == QLatin1String("device"))
        return tr("device %1").arg(key);
    if (type == QLatin1String("service"))
        return tr("service %1").arg(key);
    if (type == QLatin1String("seal"))
        return tr("seal %1").arg(key);
    if (type == QLatin1String("review"))
        return tr("review entry %1").arg(key);
    return object;
}

QString CustodyText::sentence(const CustodyEntry &e)
{
    const QString &a = e.action;
    const QJsonObject &d = e.detail;
    if (a == QLatin1String("inspection.create"))
        return tr("Created the inspection of %1").arg(str(d, "organisation"));
    if (a == QLatin1String("inspection.update"))
        return tr("Changed the inspection details");
    if (a == QLatin1String("inspection.export")) {
        const QString target = str(d, "target");
        if (d.value(QStringLiteral("sealed")).toBool())
            return tr("Exported a sealed copy to %1, sealed by %2").arg(target, commonName(str(d, "signer")));
        return tr("Exported a copy (not sealed) to %1").arg(target);
    }
    if (a == QLatin1String("schema.migrate"))
        return tr("Upgraded the file format from %1 to %2").arg(num(d, "from")).arg(num(d, "to"));
    if (a == QLatin1String("catalog.pin"))
        return tr("Pinned the checklist catalog %1 %2").arg(str(d, "id"), str(d, "version"));
    if (a == QLatin1String("answer.set")) {
        const QString value = valueText(d.value(QStringLiteral("value")));
        return value.isEmpty() ? tr("Answered %1").arg(str(d, "item")) : tr("Answered %1: %2").arg(str(d, "item"), value);
    }
    if (a == QLatin1String("evidence.add"))
        return tr("Added evidence %1: %2").arg(num(d, "id")).arg(str(d, "name"));
    if (a == QLatin1String("probe.refused"))
        return tr("Refused a probe outside the authorised scope: %1").arg(str(d, "reason"));
    if (a == QLatin1String("probe_run.add"))
        return tr("Started a probe run");
    if (a == QLatin1String("probe_run.update"))
        return tr("Probe run ended (%1)").arg(str(d, "status"));
    if (a == QLatin1String("device.add"))
        return tr("Recorded device %1").arg(str(d, "address"));
    if (a == QLatin1String("device.update"))
        return tr("Updated device %1").arg(str(d, "address"));
    if (a == QLatin1String("service.add") || a == QLatin1String("service.update"))
        return (a.endsWith(QLatin1String(".add")) ? tr("Recorded service %1/%2 on device %3") : tr("Updated service %1/%2 on device %3"))
            .arg(str(d, "transport"))
            .arg(num(d, "port"))
            .arg(num(d, "device_id"));
    if (a == QLatin1String("finding.add"))
        return tr("Recorded finding %1: %2").arg(num(d, "id")).arg(str(d, "title"));
    if (a == QLatin1String("finding.update")) {
        if (str(d, "status") == QLatin1String("merged"))
            return tr("Merged finding %1 into finding %2").arg(num(d, "id")).arg(num(d, "merged_into"));
        return tr("Changed finding %1: %2").arg(num(d, "id")).arg(str(d, "title"));
    }
    if (a.endsWith(QLatin1String(".delete")))
        return tr("Deleted %1").arg(objectName(e.object));
    if (a == QLatin1String("report.add")) {
        const QString number = str(d, "number");
        const QString what =
            tr("Issued %1 (%2, %3)").arg(documentKind(str(d, "kind")), Language::nativeName(str(d, "lang")), str(d, "format").toUpper());
        return number.isEmpty() ? what : tr("%1, No. %2").arg(what, number);
    }
    if (a == QLatin1String("seal.add")) {
        // The signed manifest names the holder; the row repeats the subject.
        const QJsonObject manifest = QJsonDocument::fromJson(str(d, "manifest").toUtf8()).object();
        QString who = manifest.value(QStringLiteral("signer")).toObject().value(QStringLiteral("common_name")).toString();
        if (who.isEmpty())
            who = commonName(str(d, "signer"));
        return tr("Sealed by %1 for the supervisor, covering entries 1 to %2").arg(who).arg(num(d, "chain_seq"));
    }
    if (a == QLatin1String("review.add")) {
        const QString kind = str(d, "kind");
        const QString text = str(d, "text");
        if (kind == QLatin1String("approval"))
            return text.isEmpty() ? tr("Approved the inspection") : tr("Approved the inspection: %1").arg(quoted(text));
        if (kind == QLatin1String("rejection"))
            return tr("Rejected the inspection: %1").arg(quoted(text));
        const QString on = str(d, "object");
        return on.isEmpty() ? tr("Review comment: %1").arg(quoted(text)) : tr("Review comment on %1: %2").arg(objectName(on), quoted(text));
    }
    return a;
}

} // namespace ab::ui
