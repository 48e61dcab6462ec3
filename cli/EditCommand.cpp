// edit: the inspection's details after init (the Setup step of the workbench).
#include "cli/CliContext.h"

#include "core/inspection/Scope.h"

#include <QCoreApplication>
#include <QDate>

namespace ab::cli
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::cli)
};

// A repeatable option given only as '' empties its list.
QStringList listValue(const QCommandLineParser &p, const QString &option)
{
    QStringList out;
    for (const QString &v : p.values(option))
        if (!v.trimmed().isEmpty())
            out.append(v);
    return out;
}
} // namespace

int runEdit(const QStringList &args)
{
    Context ctx(QStringLiteral("edit"), args);
    QCommandLineParser &p = ctx.parser();
    p.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The inspection file."));
    p.addOption({QStringLiteral("org"), Tr::tr("The inspected organisation."), Tr::tr("NAME")});
    p.addOption({QStringLiteral("system"), Tr::tr("A system and its security level 1..5 (repeatable; replaces the list, '' empties it)."),
                 Tr::tr("NAME:LEVEL")});
    p.addOption({QStringLiteral("inspector"),
                 Tr::tr("A member of the inspection team, the team leader last (repeatable; replaces the list, '' empties it)."),
                 Tr::tr("NAME")});
    p.addOption({QStringLiteral("scope"),
                 Tr::tr("An authorised target: CIDR, HOST or HOST:PORTS (repeatable; replaces the list, '' empties it)."),
                 Tr::tr("TARGET")});
    p.addOption({QStringLiteral("location"), Tr::tr("Where the inspection takes place."), Tr::tr("TEXT")});
    p.addOption({QStringLiteral("start"), Tr::tr("First day on site, YYYY-MM-DD ('' clears it)."), Tr::tr("DATE")});
    p.addOption({QStringLiteral("end"), Tr::tr("Last day on site, YYYY-MM-DD ('' clears it)."), Tr::tr("DATE")});
    p.addOption({QStringLiteral("authorisation"), Tr::tr("The evidence item (a document) that authorises the inspection; 0 clears it."),
                 Tr::tr("EVIDENCE_ID")});
    if (auto rc = ctx.parse(Tr::tr("Change the inspection's details: organisation, systems, team, authorised scope, location, dates and "
                                   "authorisation document. Recorded in the custody log."),
                            1, 1))
        return *rc;

    // Everything the command line says is checked before the file is opened.
    QList<SystemInfo> systems;
    for (const QString &s : listValue(p, QStringLiteral("system"))) {
        auto sys = InspectionMeta::parseSystem(s);
        if (!sys)
            return ctx.fail(sys.error());
        systems.append(*sys);
    }
    auto scope = Scope::parse(listValue(p, QStringLiteral("scope")));
    if (!scope)
        return ctx.fail(scope.error());
    for (const char *option : {"start", "end"}) {
        const QString v = p.value(QLatin1String(option));
        if (!v.isEmpty() && !QDate::fromString(v, Qt::ISODate).isValid())
            return ctx.usage(Tr::tr("--%1 takes a date like 2024-05-31, not \"%2\".").arg(QLatin1String(option), v));
    }
    qint64 authorisation = -1;
    if (p.isSet(QStringLiteral("authorisation"))) {
        bool ok = false;
        authorisation = p.value(QStringLiteral("authorisation")).toLongLong(&ok);
        if (!ok || authorisation < 0)
            return ctx.usage(Tr::tr("--authorisation takes an evidence id, as printed by evidence list (0 clears it)."));
    }

    auto f = ctx.openInspection(InspectionFile::Mode::ReadWrite);
    if (!f)
        return ctx.fail(f.error());
    InspectionFile &file = **f;
    const InspectionMeta before = file.meta();
    InspectionMeta m = before;
    if (p.isSet(QStringLiteral("org")))
        m.organisation = p.value(QStringLiteral("org"));
    if (p.isSet(QStringLiteral("system")))
        m.systems = systems;
    if (p.isSet(QStringLiteral("inspector")))
        m.inspectors = listValue(p, QStringLiteral("inspector"));
    if (p.isSet(QStringLiteral("scope")))
        m.scope = scope->toStringList();
    if (p.isSet(QStringLiteral("location")))
        m.location = p.value(QStringLiteral("location"));
    if (p.isSet(QStringLiteral("start")))
        m.startDate = p.value(QStringLiteral("start"));
    if (p.isSet(QStringLiteral("end")))
        m.endDate = p.value(QStringLiteral("end"));
    if (authorisation >= 0)
        m.authorisationEvidence = authorisation;
    auto updated = file.updateMeta(m);
    if (!updated)
        return ctx.fail(updated.error());
    if (ctx.json()) {
        ctx.printJson(updated->toJson());
        return Success;
    }
    const QJsonObject a = before.toJson(), b = updated->toJson();
    QStringList changed;
    for (auto it = b.begin(); it != b.end(); ++it)
        if (a.value(it.key()) != it.value())
            changed.append(it.key());
    if (changed.isEmpty())
        ctx.out() << Tr::tr("Nothing changed.") << Qt::endl;
    else
        ctx.out() << Tr::tr("Updated %1: %2.").arg(file.path(), changed.join(QStringLiteral(", "))) << Qt::endl;
    return Success;
}

} // namespace ab::cli
