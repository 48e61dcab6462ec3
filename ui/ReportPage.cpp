#include "ui/ReportPage.h"

#include "core/inspection/InspectionFile.h"
#include "core/inspection/RecordTable.h"
#include "core/report/FontSet.h"
#include "core/report/ReportIssuer.h"
#include "core/util/Language.h"
#include "ui/DialogProvider.h"
#include "ui/InspectionSession.h"
#include "ui/ReportPreview.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace ab::ui
{

namespace
{
enum IssuedColumn { KindColumn, NumberColumn, LanguageColumn, IssuedColumn, FormatColumn, SignedColumn, IssuedColumns };

QString kindText(const QString &kind)
{
    if (kind == QLatin1String("notice"))
        return ReportPage::tr("Rectification notice");
    if (kind == QLatin1String("record"))
        return ReportPage::tr("On-site record");
    return ReportPage::tr("Inspection report");
}
} // namespace

ReportPage::ReportPage(DialogProvider *dialogs, QWidget *parent) : QWidget(parent), m_dialogs(dialogs)
{
    setObjectName(QStringLiteral("reportPage"));
    setAcceptDrops(true);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("reportSplitter"));
    auto *scroll = new QScrollArea(split);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *left = new QWidget(scroll);
    auto *leftLayout = new QVBoxLayout(left);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto row = [this, form, left](QWidget *field) {
        auto *label = new QLabel(left);
        label->setBuddy(field);
        m_formLabels << label;
        form->addRow(label, field);
    };
    m_kind = new QComboBox(left);
    m_kind->setObjectName(QStringLiteral("reportKind"));
    for (const char *k : {"report", "notice", "record"})
        m_kind->addItem(QString(), QString::fromLatin1(k));
    row(m_kind);
    m_lang = new QComboBox(left);
    m_lang->setObjectName(QStringLiteral("reportLanguage"));
    for (const QString &code : report::documentLanguages())
        m_lang->addItem(Language::nativeName(code), code);
    row(m_lang);
    m_number = new QLineEdit(left);
    m_number->setObjectName(QStringLiteral("reportNumber"));
    row(m_number);
    m_date = new QDateEdit(QDate::currentDate(), left);
    m_date->setObjectName(QStringLiteral("reportDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    row(m_date);
    m_place = new QLineEdit(left);
    m_place->setObjectName(QStringLiteral("reportPlace"));
    row(m_place);
    m_issuer = new QLineEdit(left);
    m_issuer->setObjectName(QStringLiteral("reportIssuer"));
    row(m_issuer);
    m_representatives = new QLineEdit(left);
    m_representatives->setObjectName(QStringLiteral("reportRepresentatives"));
    row(m_representatives);
    m_deadlineDays = new QSpinBox(left);
    m_deadlineDays->setObjectName(QStringLiteral("reportDeadlineDays"));
    m_deadlineDays->setRange(1, 3650);
    m_deadlineDays->setValue(findings::DefaultDeadlineDays);
    row(m_deadlineDays);
    leftLayout->addLayout(form);

    m_notice = new QLabel(left);
    m_notice->setObjectName(QStringLiteral("reportNotice"));
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(QStringLiteral("color: #8a5300;"));
    m_notice->hide();
    leftLayout->addWidget(m_notice);

    auto *buttons = new QGridLayout;
    auto button = [left](const char *name) {
        auto *b = new QPushButton(left);
        b->setObjectName(QLatin1String(name));
        return b;
    };
    m_exportPdf = button("exportPdf");
    m_exportHtml = button("exportHtml");
    m_print = button("print");
    m_printPreview = button("printPreview");
    m_sign = button("signAndExport");
    m_verify = button("verifyPdf");
    buttons->addWidget(m_exportPdf, 0, 0);
    buttons->addWidget(m_exportHtml, 0, 1);
    buttons->addWidget(m_print, 1, 0);
    buttons->addWidget(m_printPreview, 1, 1);
    buttons->addWidget(m_sign, 2, 0);
    buttons->addWidget(m_verify, 2, 1);
    leftLayout->addLayout(buttons);

    m_issuedHeading = new QLabel(left);
    m_issuedHeading->setStyleSheet(QStringLiteral("font-weight: bold;"));
    leftLayout->addWidget(m_issuedHeading);
    m_issued = new QTableWidget(0, IssuedColumns, left);
    m_issued->setObjectName(QStringLiteral("issuedDocuments"));
    m_issued->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_issued->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_issued->verticalHeader()->hide();
    m_issued->horizontalHeader()->setStretchLastSection(true);
    m_issued->setWordWrap(false);
    m_issued->setMinimumHeight(fontMetrics().height() * 8);
    leftLayout->addWidget(m_issued, 1);
    m_verificationHeading = new QLabel(left);
    m_verificationHeading->setStyleSheet(QStringLiteral("font-weight: bold;"));
    leftLayout->addWidget(m_verificationHeading);
    m_verification = new QPlainTextEdit(left);
    m_verification->setObjectName(QStringLiteral("verificationResult"));
    m_verification->setReadOnly(true);
    // A PDF dropped anywhere on the page (the result box too) is verified.
    m_verification->setAcceptDrops(false);
    m_verification->setMinimumHeight(fontMetrics().height() * 6);
    leftLayout->addWidget(m_verification, 1);
    scroll->setWidget(left);

    m_preview = new ReportPreview(split);
    split->addWidget(scroll);
    split->addWidget(m_preview);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    split->setSizes({fontMetrics().averageCharWidth() * 68, fontMetrics().averageCharWidth() * 90});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    m_updateTimer = new QTimer(this);
    m_updateTimer->setSingleShot(true);
    m_updateTimer->setInterval(400);
    connect(m_updateTimer, &QTimer::timeout, this, &ReportPage::updatePreview);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReportPage::scheduleUpdate);
    connect(m_lang, &QComboBox::currentIndexChanged, this, &ReportPage::scheduleUpdate);
    connect(m_date, &QDateEdit::dateChanged, this, &ReportPage::scheduleUpdate);
    connect(m_deadlineDays, &QSpinBox::valueChanged, this, &ReportPage::scheduleUpdate);
    for (QLineEdit *e : {m_number, m_place, m_issuer, m_representatives})
        connect(e, &QLineEdit::textEdited, this, &ReportPage::scheduleUpdate);
    connect(&m_layoutWatcher, &QFutureWatcher<LayoutOutcome>::finished, this, &ReportPage::onLayoutFinished);
    connect(&m_pdfWatcher, &QFutureWatcher<PdfOutcome>::finished, this, &ReportPage::onPdfFinished);
    connect(&m_checkWatcher, &QFutureWatcher<PdfCheckOutcome>::finished, this, &ReportPage::onCheckFinished);
    connect(m_exportPdf, &QPushButton::clicked, this, &ReportPage::exportPdf);
    connect(m_exportHtml, &QPushButton::clicked, this, &ReportPage::exportHtml);
    connect(m_print, &QPushButton::clicked, this, &ReportPage::print);
    connect(m_printPreview, &QPushButton::clicked, this, &ReportPage::printPreview);
    connect(m_sign, &QPushButton::clicked, this, &ReportPage::signAndExport);
    connect(m_verify, &QPushButton::clicked, this, &ReportPage::verifyPdf);
    retranslate();
    setSession(nullptr);
}

ReportPage::~ReportPage()
{
    // Pool jobs hold copies of what they need; wait so none reports to a
    // destroyed page.
    m_layoutWatcher.waitForFinished();
    m_pdfWatcher.waitForFinished();
    m_checkWatcher.waitForFinished();
}

// Only one local file ending in .pdf is taken; anything else is refused at
// the drag, before it is dropped.
static QString droppedPdf(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QUrl url = mime->urls().first();
    if (!url.isLocalFile() || !url.toLocalFile().endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return {};
    return url.toLocalFile();
}

void ReportPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedPdf(event->mimeData()).isEmpty() && !m_checkWatcher.isRunning())
        event->acceptProposedAction();
}

void ReportPage::dropEvent(QDropEvent *event)
{
    const QString path = droppedPdf(event->mimeData());
    if (path.isEmpty() || m_checkWatcher.isRunning())
        return;
    event->acceptProposedAction();
    verifyPdfFile(path);
}

void ReportPage::setSession(InspectionSession *session)
{
    m_session = session;
    m_laid.reset();
    m_pendingPdf.reset();
    m_verification->clear();
    fillFromInspection();
    reloadIssued();
    // Laid out when first shown: opening an inspection costs nothing here.
    if (session && isVisible())
        updatePreview();
    else if (session)
        m_preview->setMessage(tr("The preview is made when this page is shown."));
    else
        m_preview->setMessage(tr("Open an inspection to issue its documents."));
    updateEnabled();
}

void ReportPage::fillFromInspection()
{
    const QSignalBlocker blockKind(m_kind), blockLang(m_lang), blockDate(m_date);
    m_number->clear();
    m_nextNumber.clear();
    m_issuer->clear();
    m_representatives->clear();
    m_date->setDate(QDate::currentDate());
    m_kind->setCurrentIndex(0);
    if (!m_session) {
        m_place->clear();
        return;
    }
    const InspectionMeta &meta = m_session->file().meta();
    m_place->setText(meta.location);
    // The documents go to the inspected unit, in the regime's language.
    const QString lang = meta.regime == QLatin1String("vn-mic") ? QStringLiteral("vi") : QStringLiteral("zh_CN");
    m_lang->setCurrentIndex(std::max(0, m_lang->findData(lang)));
}

report::ReportOptions ReportPage::options() const
{
    report::ReportOptions o;
    report::parseKind(m_kind->currentData().toString(), &o.kind);
    o.lang = m_lang->currentData().toString();
    o.number = m_number->text().trimmed();
    o.issueDate = m_date->date();
    o.issuer = m_issuer->text().trimmed();
    o.place = m_place->text().trimmed();
    for (const QString &name : m_representatives->text().split(QRegularExpression(QStringLiteral("[;；,，、]")), Qt::SkipEmptyParts))
        if (!name.trimmed().isEmpty())
            o.representatives << name.trimmed();
    o.deadlineDays = m_deadlineDays->value();
    return o;
}

bool ReportPage::isBusy() const
{
    return m_layoutWatcher.isRunning() || m_pdfWatcher.isRunning() || m_checkWatcher.isRunning();
}

void ReportPage::scheduleUpdate()
{
    if (m_session)
        m_updateTimer->start();
}

std::optional<report::ReportDocument> ReportPage::prepareDocument(const QString &title)
{
    if (!m_session)
        return std::nullopt;
    const report::ReportOptions o = options();
    // Qt's font database answers on the GUI thread only: fonts first, here.
    auto fonts = report::FontSet::forLanguage(o.lang);
    if (!fonts) {
        m_preview->setMessage(fonts.error().message);
        if (!title.isEmpty())
            fail(title, fonts.error().message);
        return std::nullopt;
    }
    auto doc = report::ReportIssuer::prepare(m_session->file(), o);
    if (!doc) {
        m_preview->setMessage(doc.error().message);
        if (!title.isEmpty())
            fail(title, doc.error().message);
        return std::nullopt;
    }
    return std::move(doc).value();
}

void ReportPage::updatePreview()
{
    m_updateTimer->stop();
    if (!m_session)
        return;
    if (m_layoutWatcher.isRunning()) {
        m_layoutAgain = true;
        return;
    }
    auto doc = prepareDocument({});
    if (!doc) {
        m_laid.reset();
        updateEnabled();
        return;
    }
    if (m_number->text().trimmed().isEmpty()) {
        m_nextNumber = doc->number;
        m_number->setPlaceholderText(tr("Next of its kind: %1").arg(m_nextNumber));
    }
    if (!m_laid)
        m_preview->setMessage(tr("Laying out the document…"));
    m_layoutAgain = false;
    m_layoutWatcher.setFuture(QtConcurrent::run([d = std::move(*doc)] { return reportjobs::layout(d); }));
    Q_EMIT busyChanged(true);
    updateEnabled();
}

void ReportPage::onLayoutFinished()
{
    const LayoutOutcome out = m_layoutWatcher.result();
    if (m_layoutAgain) {
        updatePreview();
        return;
    }
    if (out.error) {
        m_laid.reset();
        m_preview->setMessage(out.error->message);
    } else {
        m_laid = out.doc;
        m_preview->setDocument(m_laid);
    }
    updateEnabled();
    Q_EMIT busyChanged(isBusy());
    Q_EMIT previewReady();
}

void ReportPage::reloadIssued()
{
    m_issued->setRowCount(0);
    m_notice->hide();
    if (!m_session)
        return;
    const QString why = report::ReportIssuer::whyNotRecordable(m_session->file());
    if (!why.isEmpty()) {
        m_notice->setText(tr("Documents are written but not recorded here: %1.").arg(why));
        m_notice->show();
    }
    if (m_session->file().schemaVersion() < 4)
        return;
    auto rows = RecordTable(m_session->file(), QStringLiteral("report")).all();
    if (!rows) {
        m_notice->setText(rows.error().message);
        m_notice->show();
        return;
    }
    m_issued->setRowCount(int(rows->size()));
    for (int r = 0; r < rows->size(); ++r) {
        const QJsonObject &row = rows->at(r);
        const QJsonArray sigs = QJsonDocument::fromJson(row.value(QStringLiteral("signatures")).toString().toUtf8()).array();
        QStringList signers;
        for (const QJsonValue &s : sigs)
            signers << s.toObject().value(QStringLiteral("signer")).toString();
        const QDateTime issued = QDateTime::fromString(row.value(QStringLiteral("issued_at")).toString(), Qt::ISODate);
        const QStringList cells{kindText(row.value(QStringLiteral("kind")).toString()),
                                row.value(QStringLiteral("number")).toString(),
                                Language::nativeName(row.value(QStringLiteral("lang")).toString()),
                                issued.isValid() ? QLocale().toString(issued.toLocalTime(), QLocale::ShortFormat)
                                                 : row.value(QStringLiteral("issued_at")).toString(),
                                row.value(QStringLiteral("format")).toString().toUpper(),
                                signers.isEmpty() ? tr("Not signed") : tr("Signed by %1").arg(signers.join(QStringLiteral(", ")))};
        for (int c = 0; c < IssuedColumns; ++c) {
            auto *item = new QTableWidgetItem(cells.value(c));
            item->setToolTip(cells.value(c));
            if (c == SignedColumn)
                item->setData(Qt::UserRole, !signers.isEmpty());
            m_issued->setItem(r, c, item);
        }
    }
    m_issued->resizeColumnsToContents();
}

QString ReportPage::suggestedName(const report::ReportDocument &doc, const QString &extension) const
{
    QString stem = doc.number;
    stem.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\s]+")), QStringLiteral("-"));
    if (stem.isEmpty())
        stem = report::kindName(doc.kind);
    return stem + QLatin1Char('.') + extension;
}

void ReportPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Answers and findings may have changed on other pages meanwhile.
    scheduleUpdate();
}

void ReportPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ReportPage::retranslate()
{
    const QStringList labels{tr("&Document:"), tr("&Language:"),  tr("&Number:"),          tr("Da&te:"),
                             tr("&Place:"),    tr("Issued &by:"), tr("&Representatives:"), tr("Dead&line (days):")};
    for (int i = 0; i < m_formLabels.size(); ++i)
        m_formLabels[i]->setText(labels.value(i));
    m_kind->setItemText(0, tr("Inspection report"));
    m_kind->setItemText(1, tr("Rectification notice"));
    m_kind->setItemText(2, tr("On-site record"));
    m_number->setPlaceholderText(m_nextNumber.isEmpty() ? tr("Next of its kind") : tr("Next of its kind: %1").arg(m_nextNumber));
    m_issuer->setPlaceholderText(tr("The documents' default inspecting body"));
    m_representatives->setPlaceholderText(tr("Names separated by ; (empty: lines to fill by hand)"));
    m_place->setPlaceholderText(tr("The inspection's location"));
    m_exportPdf->setText(tr("Export &PDF…"));
    m_exportHtml->setText(tr("Export &HTML…"));
    m_print->setText(tr("Pr&int…"));
    m_printPreview->setText(tr("Print pre&view…"));
    m_sign->setText(tr("&Sign and export…"));
    m_verify->setText(tr("&Verify a PDF…"));
    m_verify->setToolTip(
        tr("Check the signatures of a report PDF and whether it matches this inspection; you can also drop a PDF on this page."));
    m_issuedHeading->setText(tr("Documents issued"));
    m_verificationHeading->setText(tr("Last verification"));
    m_issued->setHorizontalHeaderLabels({tr("Document"), tr("Number"), tr("Language"), tr("Issued"), tr("Format"), tr("Signature")});
    reloadIssued();
}

} // namespace ab::ui
