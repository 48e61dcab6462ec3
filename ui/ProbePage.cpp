#include "ui/ProbePage.h"

#include "core/evidence/EvidenceStore.h"
#include "core/findings/FindingService.h"
#include "core/inspection/Assets.h"
#include "core/inspection/InspectionFile.h"
#include "core/probe/PortLists.h"
#include "ui/DialogProvider.h"
#include "ui/InspectionSession.h"
#include "ui/QuestionnaireModel.h"
#include "ui/QuestionnairePage.h"
#include "ui/ReadOnlyHint.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace ab::ui
{

namespace
{
constexpr int EvidenceRole = Qt::UserRole + 1;  // QVariantList of evidence ids
constexpr int RankRole = Qt::UserRole + 2;      // severity rank, for sorting
constexpr int DeviceIdRole = Qt::UserRole + 3;  // on device and service rows
constexpr int PortRole = Qt::UserRole + 4;      // on service rows
constexpr int FindingIdRole = Qt::UserRole + 5; // on finding rows
constexpr qint64 MaxTranscriptShown = 1 << 20;
constexpr int MaxFindingsShown = 500;

QVariantList idVariant(const QList<qint64> &ids)
{
    QVariantList out;
    for (qint64 id : ids)
        out.append(id);
    return out;
}

QColor severityColour(const QString &severity)
{
    if (severity == QLatin1String("high"))
        return QColor(0xf8, 0xd7, 0xda);
    if (severity == QLatin1String("medium"))
        return QColor(0xff, 0xf3, 0xcd);
    if (severity == QLatin1String("low"))
        return QColor(0xd1, 0xec, 0xf1);
    return {};
}
} // namespace

QString ProbePage::checkTitle(const QString &check)
{
    static const QHash<QString, const char *> titles{
        {QStringLiteral("default-credentials"), QT_TR_NOOP("Default or weak password accepted")},
        {QStringLiteral("telnet-open"), QT_TR_NOOP("Telnet service open")},
        {QStringLiteral("ftp-open"), QT_TR_NOOP("FTP service open")},
        {QStringLiteral("ssdp-open"), QT_TR_NOOP("SSDP/UPnP answers")},
        {QStringLiteral("snmp-default-community"), QT_TR_NOOP("SNMP default community accepted")},
        {QStringLiteral("rtsp-no-auth"), QT_TR_NOOP("RTSP stream plays without authentication")},
        {QStringLiteral("onvif-no-auth"), QT_TR_NOOP("ONVIF answers without authentication")},
        {QStringLiteral("http-admin-cleartext"), QT_TR_NOOP("Web administration over plain HTTP")},
        {QStringLiteral("http-basic-cleartext"), QT_TR_NOOP("HTTP Basic credentials over plain HTTP")},
        {QStringLiteral("tls-weak"), QT_TR_NOOP("Weak TLS configuration or certificate")},
        {QStringLiteral("vulnerable-firmware"), QT_TR_NOOP("Known vulnerability (version match)")},
        {QStringLiteral("banner-version-disclosure"), QT_TR_NOOP("Banner discloses product version")},
        {QStringLiteral("sip-register-no-challenge"), QT_TR_NOOP("SIP REGISTER accepted without challenge")},
        {QStringLiteral("mgmt-port-exposed"), QT_TR_NOOP("Management port reachable")},
        {QStringLiteral("login-error-disclosure"), QT_TR_NOOP("Login error reveals which part was wrong")},
        {QStringLiteral("lockout-absent"), QT_TR_NOOP("No lockout after failed logins")},
    };
    const auto it = titles.constFind(check);
    return it == titles.cend() ? QString() : tr(it.value());
}

ProbePage::ProbePage(DialogProvider *dialogs, QWidget *parent) : QWidget(parent), m_dialogs(dialogs)
{
    setObjectName(QStringLiteral("probePage"));
    m_targetsLabel = new QLabel(this);
    m_targets = new QLineEdit(this);
    m_targets->setObjectName(QStringLiteral("probeTargets"));
    m_targetsLabel->setBuddy(m_targets);
    m_portsLabel = new QLabel(this);
    m_ports = new QComboBox(this);
    m_ports->setObjectName(QStringLiteral("probePorts"));
    m_ports->setEditable(true);
    m_ports->addItems(probe::portListNames());
    m_portsLabel->setBuddy(m_ports);
    m_credentials = new QCheckBox(this);
    m_credentials->setObjectName(QStringLiteral("probeCredentials"));
    m_credentials->setChecked(true);
    m_udp = new QCheckBox(this);
    m_udp->setChecked(true);
    m_multicast = new QCheckBox(this); // off: multicast reaches the whole segment
    m_multicast->setObjectName(QStringLiteral("probeMulticast"));
    m_rateLabel = new QLabel(this);
    m_rate = new QSpinBox(this);
    m_rate->setRange(0, 100000);
    m_rate->setValue(probe::Limits{}.ratePerSecond);
    m_rateLabel->setBuddy(m_rate);
    m_concurrencyLabel = new QLabel(this);
    m_concurrency = new QSpinBox(this);
    m_concurrency->setRange(1, 4096);
    m_concurrency->setValue(probe::Limits{}.concurrency);
    m_concurrencyLabel->setBuddy(m_concurrency);
    m_start = new QPushButton(this);
    m_start->setObjectName(QStringLiteral("probeStart"));
    m_stop = new QPushButton(this);
    m_stop->setObjectName(QStringLiteral("probeStop"));
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progressLabel = new QLabel(this);
    m_progressLabel->setObjectName(QStringLiteral("probeProgress"));

    auto *form = new QGridLayout;
    form->addWidget(m_targetsLabel, 0, 0);
    form->addWidget(m_targets, 0, 1, 1, 5);
    form->addWidget(m_portsLabel, 1, 0);
    form->addWidget(m_ports, 1, 1);
    form->addWidget(m_rateLabel, 1, 2);
    form->addWidget(m_rate, 1, 3);
    form->addWidget(m_concurrencyLabel, 1, 4);
    form->addWidget(m_concurrency, 1, 5);
    auto *options = new QHBoxLayout;
    options->addWidget(m_credentials);
    options->addWidget(m_udp);
    options->addWidget(m_multicast);
    options->addStretch(1);
    options->addWidget(m_start);
    options->addWidget(m_stop);
    form->addLayout(options, 2, 0, 1, 6);
    form->setColumnStretch(1, 1);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_progressLabel, 2);

    m_devices = new QStandardItemModel(this);
    m_devicesView = new QTreeView(this);
    m_devicesView->setObjectName(QStringLiteral("probeDevices"));
    m_devicesView->setModel(m_devices);
    m_devicesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_devicesView->setAlternatingRowColors(true);
    m_devicesLabel = new QLabel(this);
    m_devicesLabel->setBuddy(m_devicesView);
    m_createFinding = new QPushButton(this);
    m_createFinding->setObjectName(QStringLiteral("probeCreateFinding"));
    m_openFinding = new QPushButton(this);
    m_openFinding->setObjectName(QStringLiteral("probeOpenFinding"));
    m_findings = new QStandardItemModel(0, FindingColumns, this);
    m_findings->setSortRole(RankRole);
    m_findingsView = new QTableView(this);
    m_findingsView->setObjectName(QStringLiteral("probeFindings"));
    m_findingsView->setModel(m_findings);
    m_findingsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_findingsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_findingsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_findingsView->setSortingEnabled(true);
    m_findingsView->verticalHeader()->hide();
    m_findingsView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_findingsView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + fontMetrics().height() / 2);
    m_findingsView->horizontalHeader()->setSectionResizeMode(TitleCol, QHeaderView::Stretch);
    m_findingsView->setWordWrap(false);
    m_findingsLabel = new QLabel(this);
    m_findingsLabel->setBuddy(m_findingsView);

    m_transcript = new QPlainTextEdit(this);
    m_transcript->setObjectName(QStringLiteral("probeTranscript"));
    m_transcript->setReadOnly(true);
    m_transcript->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_transcript->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_checklist = new QuestionnairePage(QStringLiteral("probe"), dialogs, this);
    m_lower = new QTabWidget(this);
    m_lower->addTab(m_transcript, QString());
    m_lower->addTab(m_checklist, QString());

    auto *devicesBox = new QWidget(this);
    auto *dl = new QVBoxLayout(devicesBox);
    dl->setContentsMargins(0, 0, 0, 0);
    dl->addWidget(m_devicesLabel);
    dl->addWidget(m_devicesView);
    dl->addWidget(m_createFinding, 0, Qt::AlignLeft);
    auto *findingsBox = new QWidget(this);
    auto *fl = new QVBoxLayout(findingsBox);
    fl->setContentsMargins(0, 0, 0, 0);
    fl->addWidget(m_findingsLabel);
    fl->addWidget(m_findingsView);
    fl->addWidget(m_openFinding, 0, Qt::AlignLeft);
    auto *top = new QSplitter(Qt::Horizontal, this);
    top->setObjectName(QStringLiteral("probeResultsSplitter"));
    top->addWidget(devicesBox);
    top->addWidget(findingsBox);
    top->setStretchFactor(0, 2);
    top->setStretchFactor(1, 3);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("probeSplitter"));
    split->addWidget(top);
    split->addWidget(m_lower);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(progressRow);
    layout->addWidget(split, 1);

    connect(m_start, &QPushButton::clicked, this, &ProbePage::start);
    connect(m_stop, &QPushButton::clicked, this, &ProbePage::stop);
    connect(m_devicesView->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &index) {
        const QModelIndex first = index.siblingAtColumn(0);
        showSelectedEvidence([&] {
            QList<qint64> ids;
            for (const QVariant &v : first.data(EvidenceRole).toList())
                ids.append(v.toLongLong());
            return ids;
        }());
    });
    connect(m_findingsView->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &index) {
        QList<qint64> ids;
        for (const QVariant &v : index.siblingAtColumn(SeverityCol).data(EvidenceRole).toList())
            ids.append(v.toLongLong());
        showSelectedEvidence(ids);
    });
    connect(m_checklist, &QuestionnairePage::answersChanged, this, &ProbePage::probeFinished);
    connect(m_devicesView->selectionModel(), &QItemSelectionModel::currentChanged, this, &ProbePage::updateEnabled);
    connect(m_findingsView->selectionModel(), &QItemSelectionModel::currentChanged, this, &ProbePage::updateEnabled);
    connect(m_createFinding, &QPushButton::clicked, this, [this] {
        if (auto draft = draftFromSelection())
            Q_EMIT createFindingRequested(*draft);
    });
    connect(m_openFinding, &QPushButton::clicked, this, [this] {
        const QModelIndex i = m_findingsView->currentIndex();
        if (i.isValid())
            Q_EMIT showFindingRequested(i.siblingAtColumn(SeverityCol).data(FindingIdRole).toLongLong());
    });
    connect(m_findingsView, &QTableView::activated, this,
            [this](const QModelIndex &i) { Q_EMIT showFindingRequested(i.siblingAtColumn(SeverityCol).data(FindingIdRole).toLongLong()); });
    retranslate();
    updateEnabled();
}

void ProbePage::setSession(InspectionSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_running = false;
    m_transcript->clear();
    m_progress->setValue(0);
    m_progressLabel->clear();
    if (session) {
        connect(session, &InspectionSession::probeProgress, this, &ProbePage::onProgress);
        connect(session, &InspectionSession::probeFinished, this, &ProbePage::onFinished);
        connect(session, &InspectionSession::busyChanged, this, &ProbePage::updateEnabled);
        m_targets->setText(session->file().meta().scope.join(QStringLiteral(", ")));
    } else {
        m_targets->clear();
    }
    reload();
}

probe::ProbeRequest ProbePage::request() const
{
    probe::ProbeRequest r;
    const QString text = m_targets->text();
    for (const QString &t : text.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts))
        r.targets.append(t);
    r.ports = m_ports->currentText().trimmed();
    r.credentials = m_credentials->isChecked();
    r.udp = m_udp->isChecked();
    r.multicast = m_multicast->isChecked();
    r.limits.ratePerSecond = m_rate->value();
    r.limits.concurrency = m_concurrency->value();
    return r;
}

void ProbePage::start()
{
    if (!m_session || m_session->isBusy() || !m_session->file().isWritable())
        return;
    m_transcript->clear();
    m_last = {};
    m_progress->setValue(0);
    if (!m_session->startProbe(request())) {
        m_dialogs->message(this, DialogProvider::Severity::Warning, tr("Cannot start probing"),
                           tr("The inspection's authorised scope cannot be read."));
        return;
    }
    m_running = true;
    m_progressLabel->setText(tr("Preparing…"));
    updateEnabled();
}

void ProbePage::stop()
{
    if (m_session && m_running) {
        m_session->cancel();
        m_progressLabel->setText(tr("Stopping…"));
    }
}

void ProbePage::onProgress(const probe::ProbeProgress &p)
{
    m_last = p;
    if (p.portsTotal > 0)
        m_progress->setValue(int(p.portsDone * 1000 / qMax<qint64>(1, p.portsTotal)));
    m_progressLabel->setText(tr("Hosts %1/%2 · open ports %3 · services %4 · findings so far %5")
                                 .arg(p.hostsDone)
                                 .arg(p.hostsTotal)
                                 .arg(p.openPorts)
                                 .arg(p.services)
                                 .arg(p.findings));
}

void ProbePage::onFinished(const ProbeOutcomeSummary &outcome, bool stopped)
{
    m_running = false;
    if (outcome.error) {
        m_progressLabel->setText(tr("Not probed."));
        const bool refused = outcome.error->code == ErrorCode::Problem;
        m_dialogs->message(this, DialogProvider::Severity::Warning, refused ? tr("Outside the authorised scope") : tr("Probing failed"),
                           outcome.error->message);
    } else if (outcome.result) {
        const QJsonObject &s = outcome.result->summary;
        m_progress->setValue(1000);
        const QString text = tr("%1: %2 hosts, %3 open ports, %4 services, %5 findings (%6 new).")
                                 .arg(stopped ? tr("Stopped") : tr("Finished"))
                                 .arg(s.value(QStringLiteral("hosts")).toInt())
                                 .arg(s.value(QStringLiteral("open_ports")).toInt())
                                 .arg(s.value(QStringLiteral("services")).toInt())
                                 .arg(s.value(QStringLiteral("findings")).toInt())
                                 .arg(s.value(QStringLiteral("new_findings")).toInt());
        m_progressLabel->setText(text);
        Q_EMIT statusMessage(text);
    }
    reload();
    Q_EMIT probeFinished();
    updateEnabled();
}

void ProbePage::reload()
{
    m_devices->clear();
    m_findings->removeRows(0, m_findings->rowCount());
    m_devices->setHorizontalHeaderLabels({tr("Device / service"), tr("Product"), tr("Version"), tr("Details")});
    retranslate();
    m_foundTotal = 0;
    if (!m_session || m_session->isBusy() || m_session->file().schemaVersion() < 3) {
        renderCounts();
        return;
    }
    AssetStore store(m_session->file());
    auto devices = store.devices();
    auto services = store.services();
    // What probes and imports found, most severe first; a large run's long
    // tail is on the Findings step, which reads it page by page.
    const QStringList sources{QStringLiteral("probe"), QStringLiteral("nmap")};
    findings::FindingService service(m_session->file());
    auto findings = service.page(nullptr, MaxFindingsShown, sources);
    auto found = service.countFrom(sources);
    if (!devices || !services || !findings || !found) {
        m_dialogs->message(this, DialogProvider::Severity::Critical, tr("Cannot read the devices"),
                           !devices    ? devices.error().message
                           : !services ? services.error().message
                           : !findings ? findings.error().message
                                       : found.error().message);
        return;
    }
    m_foundTotal = *found;
    QHash<qint64, QString> address;
    for (const DeviceRecord &d : std::as_const(*devices)) {
        address.insert(d.id, d.address);
        auto *node = new QStandardItem(d.address);
        node->setData(d.id, DeviceIdRole);
        QStringList identity;
        for (const QString &s : {d.vendor, d.model})
            if (!s.isEmpty())
                identity.append(s);
        QList<QStandardItem *> row{node, new QStandardItem(identity.join(QLatin1Char(' '))), new QStandardItem(d.firmware),
                                   new QStandardItem(d.hostname)};
        for (const ServiceRecord &s : std::as_const(*services)) {
            if (s.deviceId != d.id)
                continue;
            auto *svc = new QStandardItem(
                QStringLiteral("%1/%2 %3%4").arg(s.port).arg(s.transport, s.name, s.tls ? QStringLiteral(" (TLS)") : QString()));
            svc->setData(idVariant(s.evidence), EvidenceRole);
            svc->setData(d.id, DeviceIdRole);
            svc->setData(s.port, PortRole);
            svc->setToolTip(s.banner);
            node->appendRow({svc, new QStandardItem(s.product), new QStandardItem(s.version), new QStandardItem(s.banner)});
        }
        m_devices->appendRow(row);
    }
    m_devicesView->expandAll();
    m_devicesView->resizeColumnToContents(0);
    for (const FindingRecord &f : std::as_const(*findings)) {
        QString device = address.value(f.deviceId);
        if (f.port > 0)
            device += QLatin1Char(':') + QString::number(f.port);
        const QString known = checkTitle(f.check);
        QList<QStandardItem *> row{new QStandardItem(QuestionnaireModel::severityName(f.severity)),
                                   new QStandardItem(device),
                                   new QStandardItem(f.item),
                                   new QStandardItem(known.isEmpty() ? f.title : known),
                                   new QStandardItem(f.cve),
                                   new QStandardItem([&] {
                                       QStringList ids;
                                       for (qint64 e : f.evidence)
                                           ids.append(QString::number(e));
                                       return ids.join(QStringLiteral(", "));
                                   }())};
        row[SeverityCol]->setData(idVariant(f.evidence), EvidenceRole);
        row[SeverityCol]->setData(f.id, FindingIdRole);
        const QColor colour = severityColour(f.severity);
        for (QStandardItem *cell : row) {
            cell->setData(cell == row[SeverityCol] ? QVariant(severityRank(f.severity)) : cell->data(Qt::DisplayRole), RankRole);
            if (colour.isValid())
                cell->setBackground(colour);
            cell->setToolTip(QStringLiteral("%1\n%2").arg(f.title, f.detail));
        }
        m_findings->appendRow(row);
    }
    m_findingsView->sortByColumn(SeverityCol, Qt::DescendingOrder);
    m_findingsView->resizeColumnToContents(SeverityCol);
    for (int c : {DeviceCol, ItemCol, CveCol, EvidenceCol})
        m_findingsView->resizeColumnToContents(c);
    renderCounts();
}

void ProbePage::renderCounts()
{
    m_findingsLabel->setText(m_foundTotal > m_findings->rowCount()
                                 ? tr("Found by probes and imports (%1; the %2 most severe shown, all on the Findings step)")
                                       .arg(m_foundTotal)
                                       .arg(m_findings->rowCount())
                                 : tr("Found by probes and imports (%1)").arg(m_findings->rowCount()));
    m_devicesLabel->setText(tr("Devices (%1)").arg(m_devices->rowCount()));
}

std::optional<FindingRecord> ProbePage::draftFromSelection() const
{
    const QModelIndex i = m_devicesView->currentIndex().siblingAtColumn(0);
    if (!i.isValid() || i.data(DeviceIdRole).toLongLong() <= 0)
        return std::nullopt;
    FindingRecord f;
    f.deviceId = i.data(DeviceIdRole).toLongLong();
    f.port = i.data(PortRole).toInt();
    for (const QVariant &v : i.data(EvidenceRole).toList())
        f.evidence.append(v.toLongLong());
    const QModelIndex device = i.parent().isValid() ? i.parent() : i;
    if (f.port > 0) {
        const QString product = i.siblingAtColumn(1).data().toString();
        //: A finding's title: %1 the service (e.g. "rtsp 554/tcp"), %2 the device (address and name).
        f.title = tr("%1 on %2").arg(i.data().toString(), device.data().toString());
        f.detail = QStringList{product, i.siblingAtColumn(2).data().toString(), i.siblingAtColumn(3).data().toString()}
                       .join(QLatin1Char(' '))
                       .trimmed();
    } else {
        f.title = tr("Device %1").arg(device.data().toString());
    }
    f.severity = QStringLiteral("medium");
    f.source = QStringLiteral("manual");
    return f;
}

void ProbePage::showSelectedEvidence(const QList<qint64> &ids)
{
    if (ids.isEmpty()) {
        m_transcript->setPlainText(tr("No transcript is linked to this row."));
        return;
    }
    showEvidence(ids.first());
}

void ProbePage::showEvidence(qint64 evidenceId)
{
    m_lower->setCurrentWidget(m_transcript);
    if (!m_session)
        return;
    if (m_session->isBusy()) {
        m_transcript->setPlainText(tr("The transcript can be read when the running task has finished."));
        return;
    }
    QByteArray text;
    bool cut = false;
    auto r = EvidenceStore(m_session->file()).read(evidenceId, [&](QByteArrayView chunk) {
        if (text.size() < MaxTranscriptShown)
            text += chunk.first(qMin<qsizetype>(chunk.size(), MaxTranscriptShown - text.size()));
        else
            cut = true;
        return true;
    });
    if (!r) {
        m_transcript->setPlainText(r.error().message);
        return;
    }
    QString shown = QString::fromUtf8(text);
    if (cut)
        shown += QLatin1Char('\n') + tr("(cut at 1 MiB; export the evidence item for the whole transcript)");
    m_transcript->setPlainText(tr("Evidence %1").arg(evidenceId) + QStringLiteral("\n\n") + shown);
}

void ProbePage::updateEnabled()
{
    const bool open = m_session != nullptr;
    const bool busy = open && m_session->isBusy();
    const bool writable = open && m_session->file().isWritable();
    for (QWidget *w : std::initializer_list<QWidget *>{m_targets, m_ports, m_credentials, m_udp, m_multicast, m_rate, m_concurrency})
        w->setEnabled(open && writable && !busy);
    m_start->setEnabled(open && writable && !busy);
    m_stop->setEnabled(m_running);
    m_createFinding->setEnabled(open && writable && !busy && draftFromSelection().has_value());
    const QString why = open ? m_session->readOnlyReason() : QString();
    readonly::explain({m_targets, m_ports, m_credentials, m_udp, m_multicast, m_rate, m_concurrency, m_start, m_createFinding}, why);
    m_openFinding->setEnabled(open && m_findingsView->currentIndex().isValid());
    m_checklist->updateEnabled();
}

void ProbePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload();
    }
    QWidget::changeEvent(event);
}

void ProbePage::retranslate()
{
    m_targetsLabel->setText(tr("&Targets:"));
    m_targets->setPlaceholderText(tr("Addresses, CIDR blocks or HOST:PORTS inside the authorised scope"));
    m_targets->setToolTip(tr("Anything outside the inspection's authorised scope is refused before a packet is sent."));
    m_portsLabel->setText(tr("Port&s:"));
    m_ports->setToolTip(tr("camera (default), top100, all, or a list such as 80,443,8000-8100"));
    m_credentials->setText(tr("Try default and weak pass&words (lockout-safe)"));
    m_udp->setText(tr("Probe &UDP services (SNMP, SIP, SSDP, WS-Discovery)"));
    m_multicast->setText(tr("&Multicast discovery"));
    m_multicast->setToolTip(tr("WS-Discovery and SSDP to 239.255.255.250 (TTL 1). Only when the scope names 239.255.255.250; replies from "
                               "outside the scope are dropped unread."));
    m_rateLabel->setText(tr("R&ate (connections/s):"));
    m_rate->setSpecialValueText(tr("no limit"));
    m_concurrencyLabel->setText(tr("Co&ncurrency:"));
    m_start->setText(tr("Start &probing"));
    m_stop->setText(tr("Stop"));
    // Every letter of "Stop" is taken by a tab or a field: Esc stops instead
    // (after setText, which replaces a button's shortcut with its mnemonic).
    m_stop->setShortcut(QKeySequence(Qt::Key_Escape));
    m_stop->setToolTip(tr("Stops the probe at once (Esc); what was found is kept."));
    renderCounts();
    m_findings->setHorizontalHeaderLabels({tr("Severity"), tr("Device"), tr("Item"), tr("Finding"), tr("CVE"), tr("Evidence")});
    m_transcript->setPlaceholderText(tr("Select a service or a finding to read the exchange that proves it."));
    m_lower->setTabText(0, tr("Transcript"));
    m_lower->setTabText(1, tr("Probe checklist"));
    m_createFinding->setText(tr("&Record a finding…"));
    m_createFinding->setToolTip(tr("Start a finding about the selected device or service, with its transcripts as evidence."));
    m_openFinding->setText(tr("Open in Fin&dings"));
    m_openFinding->setToolTip(tr("Edit the selected finding on the Findings step (Enter or double click)."));
}

} // namespace ab::ui
