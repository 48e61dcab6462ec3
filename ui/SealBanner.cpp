#include "ui/SealBanner.h"

#include "ui/CustodyText.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace ab::ui
{

SealBanner::SealBanner(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("sealBanner"));
    setFrameShape(QFrame::StyledPanel);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("sealHeadline"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts = new QLabel(this);
    m_facts->setObjectName(QStringLiteral("sealFacts"));
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setMaximumHeight(fontMetrics().height());
    m_progress->setTextVisible(false);
    m_cancel = new QPushButton(this);
    m_check = new QPushButton(this);
    m_changes = new QListWidget(this);
    m_changes->setObjectName(QStringLiteral("sealChanges"));
    m_changes->setWordWrap(true);
    m_changes->setUniformItemSizes(false);

    auto *text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(m_title);
    text->addWidget(m_facts);
    auto *top = new QHBoxLayout;
    top->addLayout(text, 1);
    top->addWidget(m_check, 0, Qt::AlignTop);
    top->addWidget(m_cancel, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_progress);
    layout->addWidget(m_changes);

    connect(m_cancel, &QPushButton::clicked, this, &SealBanner::cancelRequested);
    connect(m_check, &QPushButton::clicked, this, &SealBanner::checkRequested);
    connect(m_changes, &QListWidget::itemClicked, this, &SealBanner::activate);
    connect(m_changes, &QListWidget::itemActivated, this, &SealBanner::activate);
    retranslate();
    hide();
}

void SealBanner::setSeal(const SealRecord &seal, const std::optional<SealManifest> &manifest)
{
    m_seal = seal;
    m_manifest = manifest;
    m_status.reset();
    m_readable.clear();
    m_changes->clear();
    m_state = State::NotChecked;
    applyColours();
    retranslate();
    show();
}

void SealBanner::setReview(const ReviewSummary &review)
{
    m_review = review;
    retranslate();
}

void SealBanner::startChecking()
{
    m_state = State::Checking;
    m_progress->setValue(0);
    applyColours();
    retranslate();
}

void SealBanner::setProgress(int permille)
{
    if (m_state == State::Checking)
        m_progress->setValue(permille);
}

void SealBanner::showResult(const SealStatus &status, const QList<ReadableChange> &changes)
{
    m_status = status;
    m_readable = changes;
    m_state = status.intact() && changes.isEmpty() ? State::Intact : State::Broken;
    m_changes->clear();
    for (const ReadableChange &c : changes) {
        auto *item = new QListWidgetItem(c.line(), m_changes);
        item->setData(Qt::UserRole, c.object);
        item->setData(Qt::UserRole + 1, c.navigable);
        QString tip = c.detail;
        if (c.navigable)
            tip += QLatin1Char('\n') + tr("Click to go to it.");
        item->setToolTip(tip);
        if (c.navigable) {
            QFont f = item->font();
            f.setUnderline(true);
            item->setFont(f);
        }
    }
    // As tall as its lines, up to six; the page below keeps most of the screen.
    const int lines = int(std::min<qsizetype>(std::max<qsizetype>(m_changes->count(), 1), 6));
    m_changes->setFixedHeight(m_changes->sizeHintForRow(0) * lines + 2 * m_changes->frameWidth() + 4);
    applyColours();
    retranslate();
}

void SealBanner::showNotChecked()
{
    m_state = State::NotChecked;
    applyColours();
    retranslate();
}

void SealBanner::showFailure(const QString &message)
{
    m_failure = message;
    m_state = State::Failed;
    applyColours();
    retranslate();
}

void SealBanner::clear()
{
    m_state = State::Hidden;
    m_status.reset();
    m_manifest.reset();
    m_readable.clear();
    m_changes->clear();
    m_review = {};
    hide();
}

QString SealBanner::headline() const
{
    return m_title->text();
}

QString SealBanner::facts() const
{
    return m_facts->text();
}

void SealBanner::activate(QListWidgetItem *item)
{
    if (item && item->data(Qt::UserRole + 1).toBool())
        Q_EMIT objectActivated(item->data(Qt::UserRole).toString());
}

void SealBanner::applyColours()
{
    // Green: intact; red: changed, or the check failed; blue-grey: not judged yet.
    QString bg = QStringLiteral("#e8eef5"), fg = QStringLiteral("#1a3552"), border = QStringLiteral("#5b7fa6");
    if (m_state == State::Intact) {
        bg = QStringLiteral("#e3f4e1");
        fg = QStringLiteral("#1b5e20");
        border = QStringLiteral("#43a047");
    } else if (m_state == State::Broken || m_state == State::Failed) {
        bg = QStringLiteral("#fbe3e4");
        fg = QStringLiteral("#8e0012");
        border = QStringLiteral("#c62828");
    }
    setStyleSheet(QStringLiteral("#sealBanner { background: %1; border: 2px solid %2; border-radius: 4px; }"
                                 "#sealHeadline { color: %3; font-weight: bold; }")
                      .arg(bg, border, fg));
}

QString SealBanner::signatureText() const
{
    if (!m_status)
        return tr("signature not checked yet");
    if (!m_status->signatureValid)
        return tr("signature INVALID: it does not match what it signs");
    using Trust = crypto::CmsVerification::Trust;
    switch (m_status->trust) {
    case Trust::Trusted:
        return tr("signature valid, from a trusted authority (%1)").arg(m_status->certificate.issuerCommonName);
    case Trust::SelfSigned:
        return tr("signature valid; not from a trusted authority (a self-signed certificate)");
    case Trust::UnknownIssuer:
        return tr("signature valid; not from a trusted authority (issued by %1, whom this computer does not trust)")
            .arg(m_status->certificate.issuerCommonName);
    case Trust::Invalid:
        break;
    }
    return tr("signature valid; its certificate chain does not verify");
}

QString SealBanner::reviewText() const
{
    const QString when = QLocale().toString(m_review.decidedAt.toLocalTime(), QLocale::ShortFormat);
    switch (m_review.decision) {
    case ReviewEntry::Kind::Approval:
        return tr("Review: approved by %1 on %2").arg(m_review.decidedBy, when);
    case ReviewEntry::Kind::Rejection:
        return tr("Review: rejected by %1 on %2").arg(m_review.decidedBy, when);
    case ReviewEntry::Kind::Comment:
        break;
    }
    return tr("Review: awaiting a decision (%n comment(s))", nullptr, int(m_review.comments));
}

void SealBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void SealBanner::retranslate()
{
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the integrity check (you can run it again)."));
    m_check->setText(tr("Check again"));
    m_check->setToolTip(tr("Verify every evidence item, the custody log and the seal again."));
    const bool checking = m_state == State::Checking;
    m_progress->setVisible(checking);
    m_cancel->setVisible(checking);
    m_check->setVisible(!checking && m_state != State::Hidden);
    m_changes->setVisible(m_state == State::Broken && m_changes->count() > 0);

    switch (m_state) {
    case State::Hidden:
        m_title->clear();
        break;
    case State::Checking:
        m_title->setText(tr("Sealed copy, open read-only — checking its integrity…"));
        break;
    case State::NotChecked:
        m_title->setText(tr("Sealed copy, open read-only — its integrity has not been checked."));
        break;
    case State::Intact:
        m_title->setText(tr("Sealed copy, intact: nothing changed since it was sealed."));
        break;
    case State::Broken:
        m_title->setText(
            tr("Sealed copy, NOT INTACT: %n change(s) since it was sealed.", nullptr, int(std::max<qsizetype>(1, m_readable.size()))));
        break;
    case State::Failed:
        m_title->setText(tr("Sealed copy: the integrity check could not run: %1").arg(m_failure));
        break;
    }
    if (m_state == State::Hidden) {
        m_facts->clear();
        return;
    }
    // Who and when: from the signature once checked, from the signed manifest before.
    QString name, org;
    if (m_status && !m_status->certificate.isNull()) {
        name = m_status->certificate.displayName();
        org = m_status->certificate.organization;
    } else if (m_manifest) {
        name = m_manifest->signer.value(QStringLiteral("common_name")).toString();
        org = m_manifest->signer.value(QStringLiteral("organization")).toString();
    }
    if (name.isEmpty())
        name = CustodyText::commonName(m_seal.signer);
    const QString who = org.isEmpty() ? name : tr("%1 (%2)").arg(name, org);
    QStringList parts{tr("Sealed by %1 on %2").arg(who, QLocale().toString(m_seal.sealedAt.toLocalTime(), QLocale::ShortFormat)),
                      signatureText(), reviewText()};
    m_facts->setText(parts.join(QStringLiteral(" · ")));
    QString tip = tr("Sealed in AuditBench by %1, covering custody entries 1 to %2 (head %3).")
                      .arg(m_seal.sealedBy)
                      .arg(m_seal.chainSeq)
                      .arg(m_seal.chainHead.left(16));
    if (m_status) {
        if (!m_status->trustDetail.isEmpty())
            tip += QLatin1Char('\n') + m_status->trustDetail;
        if (!m_status->certificate.isNull())
            tip += QLatin1Char('\n') +
                   tr("Certificate: %1\nIssued by: %2\nSHA-256 fingerprint: %3")
                       .arg(m_status->certificate.subject, m_status->certificate.issuer, m_status->certificate.sha256Fingerprint);
    }
    m_facts->setToolTip(tip);
}

} // namespace ab::ui
