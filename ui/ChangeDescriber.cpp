#include "ui/ChangeDescriber.h"

#include "core/catalog/Questionnaire.h"
#include "core/evidence/EvidenceStore.h"
#include "core/inspection/InspectionFile.h"
#include "core/inspection/RecordTable.h"
#include "core/inspection/Schema.h"
#include "core/util/Language.h"

#include <QLocale>
#include <QSet>

namespace ab::ui
{

namespace
{
const QString Altered = QStringLiteral("altered");
const QString Missing = QStringLiteral("missing");
const QString Extra = QStringLiteral("extra");
} // namespace

QString ChangeDescriber::objectTitle(const QString &object) const
{
    const QString type = object.section(QLatin1Char(':'), 0, 0);
    const QString key = object.section(QLatin1Char(':'), 1);
    bool isId = false;
    const qint64 id = key.toLongLong(&isId);
    if (object.isEmpty() || object == QLatin1String("inspection"))
        return tr("Inspection details");
    if (type == QLatin1String("evidence") && isId) {
        QString name;
        if (auto e = EvidenceStore(m_file).get(id))
            name = e->name;
        else if (m_sealed)
            for (const SealedEvidence &s : m_sealed->evidence)
                if (s.id == id)
                    name = s.name;
        return name.isEmpty() ? tr("Evidence #%1").arg(id) : tr("Evidence #%1 (%2)").arg(id).arg(name);
    }
    if (type == QLatin1String("answer")) {
        const catalog::Item *item = m_questionnaire ? m_questionnaire->catalog().item(key) : nullptr;
        if (!item)
            return tr("Answer %1").arg(key);
        QString text = item->text.text(Language::current());
        if (text.size() > 60)
            text = text.left(59) + QChar(0x2026);
        return tr("Answer %1 (%2)").arg(key, text);
    }
    const QStringList tables = schema::tablesOf(m_file.schemaVersion());
    if (isId && tables.contains(type)) {
        const auto row = RecordTable(m_file, type).get(id);
        const QString title = row ? row->value(QStringLiteral("title")).toString() : QString();
        const QString address = row ? row->value(QStringLiteral("address")).toString() : QString();
        if (type == QLatin1String("finding"))
            return title.isEmpty() ? tr("Finding #%1").arg(id) : tr("Finding #%1 (%2)").arg(id).arg(title);
        if (type == QLatin1String("device"))
            return address.isEmpty() ? tr("Device #%1").arg(id) : tr("Device #%1 (%2)").arg(id).arg(address);
        if (type == QLatin1String("service"))
            return tr("Service #%1").arg(id);
        if (type == QLatin1String("report"))
            return tr("Document #%1").arg(id);
        if (type == QLatin1String("seal"))
            return tr("Seal #%1").arg(id);
        if (type == QLatin1String("review"))
            return tr("Review entry #%1").arg(id);
        if (type == QLatin1String("probe_run"))
            return tr("Probe run #%1").arg(id);
    }
    if (type == QLatin1String("custody"))
        return key == QLatin1String("head") ? tr("Custody log head") : tr("Custody entry #%1").arg(key);
    if (type == QLatin1String("catalog"))
        return tr("Checklist catalog %1").arg(key);
    if (type == QLatin1String("blob"))
        return tr("Stored contents %1").arg(key);
    if (object == QLatin1String("answers"))
        return tr("Number of answers");
    if (object == QLatin1String("findings"))
        return tr("Number of findings");
    if (object == QLatin1String("devices"))
        return tr("Number of devices");
    if (object == QLatin1String("reports"))
        return tr("Number of documents issued");
    if (type == QLatin1String("schema") || object == QLatin1String("database"))
        return tr("File structure (%1)").arg(object);
    if (type == QLatin1String("meta"))
        return tr("Inspection setting %1").arg(key);
    return object;
}

QString ChangeDescriber::what(const SealChange &c, const QString &type, qint64 id) const
{
    if (type == QLatin1String("evidence")) {
        if (c.kind == Missing)
            return tr("sealed, but no longer in the file");
        if (c.kind == Extra)
            return tr("added after the seal");
        // Same recorded hash and size as sealed, other name or kind: relabelled, not changed.
        if (m_sealed) {
            auto now = EvidenceStore(m_file).get(id);
            for (const SealedEvidence &s : m_sealed->evidence)
                if (now && s.id == id && s.sha256 == now->sha256 && s.size == now->size && (s.name != now->name || s.kind != now->kind) &&
                    c.custodySeq == 0)
                    return tr("renamed or relabelled since it was sealed");
        }
        return tr("content differs from what was sealed");
    }
    if (type == QLatin1String("answer")) {
        if (c.kind == Extra)
            return tr("answered after the seal");
        if (c.kind == Missing)
            return tr("the answer was removed after the seal");
        return tr("the answer changed after the seal");
    }
    if (type == QLatin1String("finding") || type == QLatin1String("device") || type == QLatin1String("service") ||
        type == QLatin1String("report") || type == QLatin1String("probe_run")) {
        if (c.kind == Extra)
            return tr("added after the seal");
        if (c.kind == Missing)
            return tr("deleted after the seal");
        return tr("changed after the seal");
    }
    if (type == QLatin1String("inspection"))
        return tr("changed since the seal");
    if (type == QLatin1String("catalog"))
        return tr("differs from the catalog that was sealed");
    if (type == QLatin1String("seal")) {
        if (c.kind == Extra)
            return tr("made for another inspection");
        return tr("does not match what was signed");
    }
    if (type == QLatin1String("custody")) {
        if (c.kind == Missing)
            return tr("removed from the custody log");
        if (c.kind == Extra)
            return tr("added to the custody log outside AuditBench");
        return tr("the custody log was rewritten");
    }
    if (c.kind == Missing)
        return tr("missing");
    if (c.kind == Extra)
        return tr("added outside AuditBench");
    return tr("altered or damaged");
}

QString ChangeDescriber::afterSeal(qint64 seq) const
{
    auto entries = m_file.custody().entries(seq, 1);
    if (!entries || entries->isEmpty())
        return tr("custody entry #%1").arg(seq);
    const CustodyEntry &e = entries->first();
    return tr("by %1 on %2, custody entry #%3").arg(e.actor, QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat)).arg(seq);
}

ReadableChange ChangeDescriber::describe(const SealChange &c) const
{
    ReadableChange r;
    r.object = c.object;
    r.detail = c.detail;
    r.custodySeq = c.custodySeq;
    r.title = objectTitle(c.object);
    const QString type = c.object.section(QLatin1Char(':'), 0, 0);
    bool isId = false;
    const qint64 id = c.object.section(QLatin1Char(':'), 1).toLongLong(&isId);
    r.what = what(c, type, id);
    if (c.custodySeq > 0 && type != QLatin1String("custody"))
        r.what = tr("%1 (%2)").arg(r.what, afterSeal(c.custodySeq));
    // Something to go to: what still exists, and the log itself.
    if (type == QLatin1String("evidence") && isId)
        r.navigable = c.kind != Missing && EvidenceStore(m_file).get(id).ok();
    else if (type == QLatin1String("answer"))
        r.navigable = m_questionnaire && m_questionnaire->catalog().item(c.object.section(QLatin1Char(':'), 1));
    else if ((type == QLatin1String("finding") || type == QLatin1String("device") || type == QLatin1String("report") ||
              type == QLatin1String("seal")) &&
             isId && schema::tablesOf(m_file.schemaVersion()).contains(type))
        r.navigable = RecordTable(m_file, type).get(id).ok();
    else
        r.navigable = c.object == QLatin1String("inspection") || (type == QLatin1String("custody") && isId);
    return r;
}

QList<ReadableChange> ChangeDescriber::describe(const QList<SealChange> &changes) const
{
    // One line per object and sentence: the same fact found by two checks is said once.
    QList<ReadableChange> out;
    QSet<QString> seen;
    for (const SealChange &c : changes) {
        ReadableChange r = describe(c);
        const QString key = r.object + QLatin1Char('\n') + r.what;
        if (seen.contains(key))
            continue;
        seen.insert(key);
        out.append(r);
    }
    return out;
}

} // namespace ab::ui
