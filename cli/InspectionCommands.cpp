// init and info: creating an inspection file and describing it.
#include "cli/CliContext.h"

#include "core/catalog/Catalog.h"
#include "core/catalog/Questionnaire.h"
#include "core/evidence/EvidenceStore.h"
#include "core/inspection/Assets.h"
#include "core/inspection/Scope.h"
#include "core/seal/ReviewStore.h"
#include "core/seal/SealStore.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace ab::cli
{

namespace
{
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::cli)
};
} // namespace

int runInit(const QStringList &args)
{
    Context ctx(QStringLiteral("init"), args);
    QCommandLineParser &p = ctx.parser();
    p.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The new inspection file (never overwritten)."));
    p.addOption({QStringLiteral("regime"), Tr::tr("cn-miit or vn-mic."), Tr::tr("REGIME")});
    p.addOption({QStringLiteral("org"), Tr::tr("The inspected organisation."), Tr::tr("NAME")});
    p.addOption({QStringLiteral("system"), Tr::tr("A system and its security level 1..5 (repeatable)."), Tr::tr("NAME:LEVEL")});
    p.addOption({QStringLiteral("scope"), Tr::tr("An authorised target: CIDR, HOST or HOST:PORTS (repeatable)."), Tr::tr("TARGET")});
    p.addOption({QStringLiteral("inspector"), Tr::tr("A member of the inspection team (repeatable)."), Tr::tr("NAME")});
    p.addOption({QStringLiteral("location"), Tr::tr("Where the inspection takes place."), Tr::tr("PLACE")});
    p.addOption({QStringLiteral("catalog"),
                 Tr::tr("A shipped catalog id (cn-miit, vn-mic) or the path of a catalog file (default: the regime's)."),
                 Tr::tr("ID|PATH")});
    if (auto rc = ctx.parse(Tr::tr("Create a new inspection file."), 1, 1))
        return *rc;
    if (!p.isSet(QStringLiteral("regime")) || !p.isSet(QStringLiteral("org")))
        return ctx.usage(Tr::tr("--regime and --org are required."));

    InspectionMeta meta;
    meta.regime = p.value(QStringLiteral("regime"));
    meta.organisation = p.value(QStringLiteral("org"));
    meta.inspectors = p.values(QStringLiteral("inspector"));
    meta.location = p.value(QStringLiteral("location"));
    if (!InspectionMeta::regimes().contains(meta.regime))
        return ctx.usage(Tr::tr("unknown --regime \"%1\"; use cn-miit or vn-mic.").arg(meta.regime));
    // The catalog is validated whole before anything is created, and pinned
    // with the inspection in one transaction.
    auto catalog = catalog::Catalog::resolve(p.isSet(QStringLiteral("catalog")) ? p.value(QStringLiteral("catalog")) : meta.regime);
    if (!catalog)
        return ctx.fail(catalog.error());
    if (catalog->regime() != meta.regime)
        return ctx.fail(makeError(ErrorCode::Usage,
                                  Tr::tr("Catalog %1 is for the regime %2, not %3.").arg(catalog->id(), catalog->regime(), meta.regime)));
    meta.catalogId = catalog->id();
    meta.catalogVersion = catalog->version();
    const PinnedCatalog pin = catalog->pin();
    for (const QString &s : p.values(QStringLiteral("system"))) {
        auto sys = InspectionMeta::parseSystem(s);
        if (!sys)
            return ctx.fail(sys.error());
        meta.systems.append(*sys);
    }
    auto scope = Scope::parse(p.values(QStringLiteral("scope")));
    if (!scope)
        return ctx.fail(scope.error());
    meta.scope = scope->toStringList();
    meta.startDate = QDate::currentDate().toString(Qt::ISODate);

    auto pass = ctx.passphrase();
    if (!pass)
        return ctx.fail(pass.error());
    const QString actor = p.isSet(QStringLiteral("as")) ? p.value(QStringLiteral("as")) : QString();
    auto f = InspectionFile::create(ctx.positional().first(), meta, *pass, actor, &pin);
    crypto::cleanse(pass.value());
    if (!f)
        return ctx.fail(f.error());
    if (ctx.json())
        ctx.printJson((*f)->meta().toJson());
    else
        ctx.out() << Tr::tr("Created %1 (%2, %3).").arg((*f)->path(), meta.regime, meta.organisation) << Qt::endl;
    return Success;
}

int runInfo(const QStringList &args)
{
    Context ctx(QStringLiteral("info"), args);
    ctx.parser().addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The inspection file."));
    if (auto rc = ctx.parse(Tr::tr("Describe an inspection: regime, organisation, systems, scope, team, counts, chain head."), 1, 1))
        return *rc;
    auto f = ctx.openInspection(InspectionFile::Mode::ReadOnly);
    if (!f)
        return ctx.fail(f.error());
    InspectionFile &file = **f;
    const InspectionMeta &m = file.meta();
    EvidenceStore store(file);
    auto evidence = store.count();
    auto custody = file.custody().count();
    auto head = file.custody().recordedHead();
    if (!evidence || !custody || !head)
        return ctx.fail(!evidence ? evidence.error() : !custody ? custody.error() : head.error());
    auto answers = catalog::AnswerStore(file).all();
    if (!answers)
        return ctx.fail(answers.error());
    qint64 findings = 0;
    if (file.schemaVersion() >= 3) {
        auto n = AssetStore(file).findingCount();
        if (!n)
            return ctx.fail(n.error());
        findings = *n;
    }
    // The seal as recorded (verify checks it) and the review so far.
    auto seal = SealStore(file).latest();
    auto review = ReviewStore(file).summary();
    if (!seal || !review)
        return ctx.fail(!seal ? seal.error() : review.error());

    if (ctx.json()) {
        QJsonObject o = m.toJson();
        o.insert(QStringLiteral("file"), file.path());
        o.insert(QStringLiteral("schema_version"), file.schemaVersion());
        o.insert(QStringLiteral("counts"), QJsonObject{{QStringLiteral("answers"), double(answers->size())},
                                                       {QStringLiteral("evidence"), double(*evidence)},
                                                       {QStringLiteral("findings"), double(findings)},
                                                       {QStringLiteral("custody"), double(*custody)}});
        o.insert(QStringLiteral("chain_head"), head->hash);
        QJsonObject sealJson{{QStringLiteral("sealed"), seal->id > 0}};
        if (seal->id > 0) {
            sealJson.insert(QStringLiteral("seal_id"), double(seal->id));
            sealJson.insert(QStringLiteral("signer"), seal->signer);
            sealJson.insert(QStringLiteral("sealed_at"), seal->sealedAt.toUTC().toString(Qt::ISODate));
            sealJson.insert(QStringLiteral("sealed_by"), seal->sealedBy);
            sealJson.insert(QStringLiteral("chain"), QJsonObject{{QStringLiteral("seq"), double(seal->chainSeq)}, {QStringLiteral("hash"), seal->chainHead}});
        }
        o.insert(QStringLiteral("seal"), sealJson);
        o.insert(QStringLiteral("review"), review->toJson());
        ctx.printJson(o);
        return Success;
    }
    QTextStream &out = ctx.out();
    out << Tr::tr("Inspection:    %1").arg(m.id) << '\n';
    out << Tr::tr("Regime:        %1").arg(m.regime) << '\n';
    out << Tr::tr("Organisation:  %1").arg(m.organisation) << '\n';
    if (!m.location.isEmpty())
        out << Tr::tr("Location:      %1").arg(m.location) << '\n';
    for (const auto &s : m.systems)
        out << Tr::tr("System:        %1 (level %2)").arg(s.name).arg(s.level) << '\n';
    out << Tr::tr("Scope:         %1").arg(m.scope.isEmpty() ? Tr::tr("(none: probing is refused)") : m.scope.join(QStringLiteral(", ")))
        << '\n';
    out << Tr::tr("Team:          %1").arg(m.inspectors.join(QStringLiteral(", "))) << '\n';
    out << Tr::tr("Catalog:       %1 %2").arg(m.catalogId, m.catalogVersion) << '\n';
    out << Tr::tr("Created:       %1").arg(m.createdAt.toString(Qt::ISODate)) << '\n';
    out << Tr::tr("Answers:       %1").arg(answers->size()) << '\n';
    out << Tr::tr("Evidence:      %1 items").arg(*evidence) << '\n';
    out << Tr::tr("Findings:      %1").arg(findings) << '\n';
    out << Tr::tr("Custody log:   %1 entries, head %2").arg(*custody).arg(head->hash) << '\n';
    if (seal->id > 0)
        out << Tr::tr("Sealed:        by %1 at %2, signer %3, covering custody entry %4 (run verify to check the seal)")
                   .arg(seal->sealedBy, seal->sealedAt.toUTC().toString(Qt::ISODate), seal->signer)
                   .arg(seal->chainSeq)
            << '\n';
    else
        out << Tr::tr("Sealed:        no") << '\n';
    const QString decision = review->decision == ReviewEntry::Kind::Approval    ? Tr::tr("approved by %1 at %2").arg(review->decidedBy, review->decidedAt.toUTC().toString(Qt::ISODate))
                             : review->decision == ReviewEntry::Kind::Rejection ? Tr::tr("rejected by %1 at %2").arg(review->decidedBy, review->decidedAt.toUTC().toString(Qt::ISODate))
                                                                                 : Tr::tr("no decision");
    out << Tr::tr("Review:        %1 comment(s), %2 approval(s), %3 rejection(s); %4")
               .arg(review->comments)
               .arg(review->approvals)
               .arg(review->rejections)
               .arg(decision)
        << Qt::endl;
    return Success;
}

int runCustody(const QStringList &args)
{
    Context ctx(QStringLiteral("custody"), args);
    ctx.parser().addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The inspection file."));
    if (auto rc = ctx.parse(Tr::tr("Print the custody log: who did what to which object, each entry chained to the one before."), 1, 1))
        return *rc;
    auto f = ctx.openInspection(InspectionFile::Mode::ReadOnly);
    if (!f)
        return ctx.fail(f.error());
    auto entries = (*f)->custody().entries();
    if (!entries)
        return ctx.fail(entries.error());
    if (ctx.json()) {
        QJsonArray a;
        for (const auto &e : std::as_const(*entries))
            a.append(QJsonObject{{QStringLiteral("seq"), double(e.seq)},
                                 {QStringLiteral("at"), e.at.toString(Qt::ISODateWithMs)},
                                 {QStringLiteral("actor"), e.actor},
                                 {QStringLiteral("action"), e.action},
                                 {QStringLiteral("object"), e.object},
                                 {QStringLiteral("detail"), e.detail},
                                 {QStringLiteral("prev"), e.prev},
                                 {QStringLiteral("hash"), e.hash}});
        ctx.printJson(a);
        return Success;
    }
    for (const auto &e : std::as_const(*entries)) {
        ctx.out() << e.seq << '\t' << e.at.toString(Qt::ISODate) << '\t' << e.actor << '\t' << e.action << '\t' << e.object << '\t'
                  << e.hash;
        // What a supervisor wrote is part of the record: show it with its row.
        if (e.action.startsWith(QLatin1String("review."))) {
            const QString on = e.detail.value(QStringLiteral("object")).toString();
            ctx.out() << '\t' << e.detail.value(QStringLiteral("kind")).toString() << (on.isEmpty() ? QString() : QStringLiteral(" on ") + on)
                      << QStringLiteral(": ") << e.detail.value(QStringLiteral("text")).toString();
        } else if (e.action == QLatin1String("seal.add")) {
            ctx.out() << '\t' << Tr::tr("sealed by %1, covering entry %2")
                                     .arg(e.detail.value(QStringLiteral("signer")).toString())
                                     .arg(qint64(e.detail.value(QStringLiteral("chain_seq")).toDouble()));
        } else if (e.action == QLatin1String("inspection.export")) {
            ctx.out() << '\t' << Tr::tr("copy to %1%2")
                                     .arg(e.detail.value(QStringLiteral("target")).toString(),
                                          e.detail.value(QStringLiteral("sealed")).toBool() ? Tr::tr(" (sealed)") : QString());
        }
        ctx.out() << '\n';
    }
    ctx.out().flush();
    return Success;
}

} // namespace ab::cli
