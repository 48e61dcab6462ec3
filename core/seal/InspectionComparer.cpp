#include "core/seal/InspectionComparer.h"

#include "core/catalog/Answers.h"
#include "core/evidence/EvidenceStore.h"
#include "core/inspection/Assets.h"
#include "core/inspection/InspectionFile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>

namespace ab
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::InspectionComparer)
};

using Section = ComparisonRow::Section;

// One file's facts: section -> key -> (label, cell).
struct Facts {
    QMap<Section, QMap<QString, std::pair<QString, ComparisonCell>>> bySection;
    void put(Section s, const QString &key, const QString &label, const QString &value, const QString &detail = {})
    {
        bySection[s].insert(key, {label, ComparisonCell{true, value, detail}});
    }
};

QString text(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isArray()) {
        QStringList parts;
        for (const QJsonValue &e : v.toArray())
            parts.append(e.isObject() && e.toObject().contains(QStringLiteral("level"))
                             ? QStringLiteral("%1 (%2)")
                                   .arg(e.toObject().value(QStringLiteral("name")).toString())
                                   .arg(e.toObject().value(QStringLiteral("level")).toInt())
                             : text(e));
        return parts.join(QStringLiteral(", "));
    }
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    return {};
}

Result<Facts> factsOf(InspectionFile &file)
{
    Facts f;
    const QJsonObject meta = file.meta().toJson();
    for (auto it = meta.begin(); it != meta.end(); ++it) {
        // Each file has its own id and creation time: never a difference worth a row.
        if (it.key() == QLatin1String("id") || it.key() == QLatin1String("created_at"))
            continue;
        f.put(Section::Details, it.key(), it.key(), text(it.value()));
    }
    auto answers = catalog::AnswerStore(file).all();
    if (!answers)
        return answers.error();
    for (const catalog::Answer &a : std::as_const(*answers))
        f.put(Section::Answer, a.item, a.item, text(a.value), a.note);

    if (file.schemaVersion() >= 3) {
        AssetStore assets(file);
        auto devices = assets.devices();
        if (!devices)
            return devices.error();
        QMap<qint64, QString> address;
        for (const DeviceRecord &d : std::as_const(*devices)) {
            address.insert(d.id, d.address);
            QStringList identity{d.vendor, d.model, d.firmware};
            identity.removeAll(QString());
            QStringList names{d.hostname, d.mac};
            names.removeAll(QString());
            f.put(Section::Device, d.address, d.address, identity.join(QLatin1Char(' ')), names.join(QStringLiteral(", ")));
        }
        auto services = assets.services();
        if (!services)
            return services.error();
        for (const ServiceRecord &s : std::as_const(*services)) {
            const QString key = QStringLiteral("%1 %2/%3").arg(address.value(s.deviceId), s.transport).arg(s.port);
            QStringList what{s.name, s.product, s.version};
            what.removeAll(QString());
            f.put(Section::Service, key, key, what.join(QLatin1Char(' ')), s.tls ? QStringLiteral("TLS") : QString());
        }
        auto findings = assets.findings();
        if (!findings)
            return findings.error();
        for (const FindingRecord &x : std::as_const(*findings)) {
            const QString where = address.value(x.deviceId);
            const QString key = x.check.isEmpty() ? QStringLiteral("title:%1").arg(x.title.trimmed().toCaseFolded())
                                                  : QStringLiteral("%1|%2|%3|%4").arg(x.check, where).arg(x.port).arg(x.cve);
            QString label = x.title;
            if (!where.isEmpty())
                label += QStringLiteral(" (%1%2)").arg(where, x.port ? QStringLiteral(":%1").arg(x.port) : QString());
            f.put(Section::Finding, key, label, x.severity, x.status);
        }
    }

    auto items = EvidenceStore(file).list();
    if (!items)
        return items.error();
    QMap<QString, QStringList> byName;
    for (const EvidenceItem &e : std::as_const(*items)) {
        auto &bucket = f.bySection[Section::Evidence];
        if (!bucket.contains(e.sha256))
            f.put(Section::Evidence, e.sha256, e.name, e.name, QStringLiteral("%1, %2").arg(e.kind, formatSize(e.size)));
        byName[e.name].append(e.sha256);
    }
    for (auto it = byName.begin(); it != byName.end(); ++it) {
        QStringList hashes = it.value();
        hashes.sort();
        hashes.removeDuplicates();
        f.put(Section::EvidenceName, it.key(), it.key(), hashes.join(QStringLiteral(", ")));
    }
    return f;
}
} // namespace

Result<Comparison> InspectionComparer::compare(const QList<InspectionFile *> &files)
{
    if (files.size() < 2)
        return makeError(ErrorCode::Usage, Tr::tr("Name at least two inspection files to compare."));
    Comparison out;
    QList<Facts> facts;
    for (InspectionFile *file : files) {
        auto f = factsOf(*file);
        if (!f)
            return f.error();
        facts.append(std::move(f).value());
        out.files.append(file->path());
        out.titles.append(QStringLiteral("%1 — %2").arg(file->meta().organisation, file->meta().inspectors.join(QStringLiteral(", "))));
    }
    for (Section s : {Section::Details, Section::Answer, Section::Finding, Section::Device, Section::Service, Section::Evidence,
                      Section::EvidenceName}) {
        QSet<QString> keySet;
        for (const Facts &f : std::as_const(facts))
            for (auto it = f.bySection.value(s).cbegin(); it != f.bySection.value(s).cend(); ++it)
                keySet.insert(it.key());
        QStringList keys(keySet.begin(), keySet.end());
        keys.sort();
        for (const QString &key : std::as_const(keys)) {
            ComparisonRow row;
            row.section = s;
            row.key = key;
            int holders = 0;
            for (const Facts &f : std::as_const(facts)) {
                const auto &bucket = f.bySection[s];
                const auto it = bucket.constFind(key);
                if (it == bucket.cend()) {
                    row.cells.append(ComparisonCell{});
                    continue;
                }
                ++holders;
                if (row.label.isEmpty())
                    row.label = it->first;
                row.cells.append(it->second);
            }
            // A name in one file only says nothing the evidence rows do not.
            if (s == Section::EvidenceName && holders < 2)
                continue;
            out.rows.append(std::move(row));
        }
    }
    return out;
}

} // namespace ab
