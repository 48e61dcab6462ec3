// The Report tab of "Score and report" and File ▸ Export sealed copy, driven
// in the real MainWindow offscreen: a paged preview; Export PDF that
// pdftotext reads back in Chinese and that is recorded; Sign and export
// with a PKCS#12 key (PdfVerifier and pdfsig accept it, the row shows as
// signed, Verify a PDF says so and ties it to the inspection); a wrong key
// passphrase asks again with the error and writes nothing; a sealed and a
// plain copy whose verify passes; the signing-key dialog hands its secret
// over once. Screenshots of the page in zh_CN and vi when AB_SHOT_DIR is set.
#include "FakeDialogs.h"
#include "GuiTestEnv.h"

#include "core/evidence/Verifier.h"
#include "core/inspection/InspectionFile.h"
#include "core/report/pdf/PdfVerifier.h"
#include "core/util/Language.h"
#include "ui/InspectionSession.h"
#include "ui/InspectionWidget.h"
#include "ui/MainWindow.h"
#include "ui/ReportPage.h"
#include "ui/ReportPreview.h"
#include "ui/SealedCopyExport.h"
#include "ui/SigningKeyDialog.h"
#include "ui/StepModel.h"

#include "tests/common/KeyFixture.h"
#include "tests/common/PopplerTools.h"
#include "tests/unit/ReportFixture.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUrl>

using namespace ab;
using namespace ab::ui;

class TestReportPage final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_window.reset(); }
    void previewPages();
    void exportPdfInChinese();
    void exportHtml();
    void printPreview();
    void signAndExport();
    void wrongKeyPassphrase();
    void signWithToken();
    void sealedCopy();
    void plainCopy();
    void signingKeyDialog();
    void screenshots();

private:
    ReportPage *page() const { return m_window->inspectionWidget()->reportPage(); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    SigningKeyRequest keyRequest(const QByteArray &pass) const
    {
        SigningKeyRequest r;
        r.keyFile = m_keys.path(QStringLiteral("leader.p12"));
        r.secret = pass;
        return r;
    }
    int issuedRows() const { return page()->issuedTable()->rowCount(); }
    bool waitIdle() const
    {
        return QTest::qWaitFor([this] { return !page()->isBusy(); }, 120000);
    }

    QTemporaryDir m_dir;
    abtest::KeyFactory m_keys;
    QString m_path;
    FakeDialogs *m_dialogs = nullptr;
    std::unique_ptr<MainWindow> m_window;
    const QByteArray m_pass = QByteArrayLiteral("gui report passphrase");
    const QByteArray m_keyPass = QByteArrayLiteral("leader key passphrase");
};

void TestReportPage::initTestCase()
{
    QVERIFY(m_dir.isValid() && m_keys.isValid());
    guitest::isolate(m_dir, QStringLiteral("tst_reportpage"));
    QVERIFY2(m_keys.selfSigned(QStringLiteral("leader"), QStringLiteral("王芳"), QStringLiteral("网络安全检查组")),
             qPrintable(m_keys.lastError()));
    QVERIFY(m_keys.pkcs12(QStringLiteral("leader"), m_keyPass));
    m_path = path(QStringLiteral("site.inspection"));
    abfixture::Spec spec;
    spec.findings = 6;
    spec.evidence = 3;
    auto built = abfixture::build(m_path, m_pass, spec);
    QVERIFY2(built.ok(), built.ok() ? "" : qPrintable(built.error().message));

    auto dialogs = std::make_unique<FakeDialogs>();
    m_dialogs = dialogs.get();
    m_window = std::make_unique<MainWindow>(std::move(dialogs));
    m_window->resize(1366, 768);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_dialogs->passphrases = {QString::fromUtf8(m_pass)};
    m_window->openPath(m_path);
    QTRY_VERIFY(m_window->session() != nullptr);
    QTRY_VERIFY(!m_window->isOpening());
    InspectionWidget *w = m_window->inspectionWidget();
    w->showStep(StepModel::Report);
    w->reportTabs()->setCurrentWidget(page());
    QVERIFY(page()->isVisible());
    // The regime's language, the inspection's place.
    QCOMPARE(page()->languageBox()->currentData().toString(), QStringLiteral("zh_CN"));
    QCOMPARE(page()->placeEdit()->text(), m_window->session()->file().meta().location);
}

void TestReportPage::previewPages()
{
    ReportPreview *preview = page()->preview();
    QTRY_VERIFY_WITH_TIMEOUT(!preview->image().isNull(), 60000);
    QVERIFY(preview->pageCount() > 2);
    QCOMPARE(preview->page(), 0);
    QVERIFY(preview->pageLabel()->text().contains(QStringLiteral("1")));
    QVERIFY(!preview->previousButton()->isEnabled());
    // Zoomed to the width: the page fills the view, A4 proportions.
    const QImage first = preview->image();
    QVERIFY(first.width() > 300);
    QVERIFY(qAbs(double(first.height()) / first.width() - 297.0 / 210.0) < 0.02);
    QSignalSpy rendered(preview, &ReportPreview::pageRendered);
    preview->nextButton()->click();
    QVERIFY(rendered.wait(30000));
    QCOMPARE(preview->page(), 1);
    QVERIFY(preview->previousButton()->isEnabled());
    QVERIFY(preview->image() != first);
    preview->showPage(preview->pageCount() + 5); // clamped
    QTRY_COMPARE(preview->page(), preview->pageCount() - 1);
    QVERIFY(!preview->nextButton()->isEnabled());
    preview->showPage(0);
    QTRY_VERIFY(!preview->isRendering());
}

void TestReportPage::exportPdfInChinese()
{
    const QString out = path(QStringLiteral("report.pdf"));
    const int before = issuedRows();
    m_dialogs->messages.clear();
    m_dialogs->documentPaths = {out};
    QSignalSpy done(page(), &ReportPage::actionFinished);
    page()->exportPdfButton()->click();
    QVERIFY(done.wait(120000));
    QVERIFY2(QFileInfo::exists(out), qPrintable(m_dialogs->messages.join(QLatin1Char('\n'))));
    QVERIFY2(m_dialogs->messages.last().contains(QStringLiteral("Recorded in the inspection")), qPrintable(m_dialogs->messages.last()));
    const abtest::ToolRun text = abtest::runTool(QStringLiteral("pdftotext"), {out, QStringLiteral("-")});
    QVERIFY2(text.ok(), qPrintable(text.describe()));
    const QString body = QString::fromUtf8(text.out);
    QVERIFY2(body.contains(QStringLiteral("网络安全检查报告")), qPrintable(body.left(400)));
    QVERIFY(body.contains(m_window->session()->file().meta().organisation));
    QCOMPARE(issuedRows(), before + 1);
    QCOMPARE(page()->issuedTable()->item(before, 5)->text(), QStringLiteral("Not signed"));
    QVERIFY(page()->issuedTable()->item(before, 1)->text().contains(QStringLiteral("网安检报")));
}

void TestReportPage::exportHtml()
{
    const QString out = path(QStringLiteral("notice.html"));
    const int before = issuedRows();
    page()->kindBox()->setCurrentIndex(page()->kindBox()->findData(QStringLiteral("notice")));
    page()->representativesEdit()->setText(QStringLiteral("李明；赵强"));
    QCOMPARE(page()->options().representatives, (QStringList{QStringLiteral("李明"), QStringLiteral("赵强")}));
    m_dialogs->documentPaths = {out};
    QSignalSpy done(page(), &ReportPage::actionFinished);
    page()->findChild<QPushButton *>(QStringLiteral("exportHtml"))->click();
    QTRY_COMPARE(done.count(), 1); // written on the GUI thread: finished before click() returns
    const QString html = QString::fromUtf8(abtest::readBytes(out));
    QVERIFY2(html.startsWith(QStringLiteral("<!DOCTYPE html>")), qPrintable(m_dialogs->messages.join(QLatin1Char('\n'))));
    QVERIFY(html.contains(QStringLiteral("<html lang=\"zh-CN\">")) || html.contains(QStringLiteral("lang=\"zh")));
    QCOMPARE(issuedRows(), before + 1);
    QCOMPARE(page()->issuedTable()->item(before, 0)->text(), QStringLiteral("Rectification notice"));
    QCOMPARE(page()->issuedTable()->item(before, 4)->text(), QStringLiteral("HTML"));
    page()->kindBox()->setCurrentIndex(0);
    page()->representativesEdit()->clear();
    QVERIFY(waitIdle());
}

void TestReportPage::printPreview()
{
    // The preview dialog paints the laid-out document through PdfRenderer::print.
    QTRY_VERIFY(page()->findChild<QPushButton *>(QStringLiteral("printPreview"))->isEnabled());
    m_dialogs->messages.clear();
    page()->findChild<QPushButton *>(QStringLiteral("printPreview"))->click();
    QPrintPreviewDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = page()->findChild<QPrintPreviewDialog *>(QStringLiteral("reportPrintPreview"))) && dialog->isVisible());
    QTest::qWait(200);
    QVERIFY2(m_dialogs->messages.isEmpty(), qPrintable(m_dialogs->messages.join(QLatin1Char('\n'))));
    dialog->reject();
}

void TestReportPage::signAndExport()
{
    const QString out = path(QStringLiteral("signed.pdf"));
    const int before = issuedRows();
    m_dialogs->documentPaths = {out};
    m_dialogs->signingKeys = {keyRequest(m_keyPass)};
    m_dialogs->signingKeyErrors.clear();
    QSignalSpy done(page(), &ReportPage::actionFinished);
    page()->signButton()->click();
    QVERIFY(done.wait(120000));
    QVERIFY2(QFileInfo::exists(out), qPrintable(m_dialogs->messages.join(QLatin1Char('\n'))));
    QCOMPARE(m_dialogs->signingKeyErrors, QStringList{QString()});
    QVERIFY(m_dialogs->messages.last().contains(QStringLiteral("Signed by 王芳")));

    auto v = report::pdf::PdfVerifier::verifyFile(out);
    QVERIFY(v.ok());
    QVERIFY2(v->ok(), qPrintable(v->allProblems().join(QLatin1Char('\n'))));
    QCOMPARE(v->signatures.size(), 1);
    QCOMPARE(v->signatures.first().signer, QStringLiteral("王芳"));
    QString raw;
    const auto poppler = abtest::pdfsig(out, &raw);
    QVERIFY2(!poppler.isEmpty() && poppler.first().valid && poppler.first().wholeDocument, qPrintable(raw));

    QCOMPARE(issuedRows(), before + 1);
    QTableWidgetItem *signedCell = page()->issuedTable()->item(before, 5);
    QVERIFY(signedCell->data(Qt::UserRole).toBool());
    QCOMPARE(signedCell->text(), QStringLiteral("Signed by 王芳"));

    // Verify a PDF: each signature in words, tied to the open inspection.
    m_dialogs->documentPaths = {out};
    page()->findChild<QPushButton *>(QStringLiteral("verifyPdf"))->click();
    QVERIFY(done.wait(60000));
    const QString said = page()->verificationView()->toPlainText();
    QVERIFY2(said.contains(QStringLiteral("Signature 1 (Signature1) is valid: signed by 王芳")), qPrintable(said));
    QVERIFY2(said.contains(QStringLiteral("Inspection: matches site.inspection")), qPrintable(said));
    QVERIFY(said.contains(QStringLiteral("Every signature is valid")));

    // An unsigned export verifies as not signed, in words too.
    m_dialogs->documentPaths = {path(QStringLiteral("report.pdf"))};
    page()->findChild<QPushButton *>(QStringLiteral("verifyPdf"))->click();
    QVERIFY(done.wait(60000));
    QVERIFY(page()->verificationView()->toPlainText().contains(QStringLiteral("no digital signature")));
    QVERIFY(page()->verificationView()->toPlainText().contains(QStringLiteral("cannot be relied on")));

    // The signed PDF dropped on the page: checked the same way. A file that
    // is not a PDF is refused at the drag.
    auto dropOn = [this](const QString &file) {
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(file)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(page(), &enter);
        if (!enter.isAccepted())
            return false;
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(page(), &drop);
        return true;
    };
    QVERIFY(!dropOn(path(QStringLiteral("site.inspection"))));
    QVERIFY(dropOn(out));
    QTRY_VERIFY_WITH_TIMEOUT(page()->verificationView()->toPlainText().contains(QStringLiteral("Inspection: matches site.inspection")),
                             60000);
    QVERIFY(page()->verificationView()->toPlainText().contains(QStringLiteral("Signature 1 (Signature1) is valid")));
}

void TestReportPage::wrongKeyPassphrase()
{
    const QString out = path(QStringLiteral("wrong-key.pdf"));
    const int before = issuedRows();
    const QByteArray custodyBefore = abtest::readBytes(m_path);
    m_dialogs->documentPaths = {out};
    m_dialogs->signingKeys = {keyRequest(QByteArrayLiteral("not the key passphrase"))};
    m_dialogs->signingKeyErrors.clear();
    QSignalSpy done(page(), &ReportPage::actionFinished);
    page()->signButton()->click();
    QVERIFY(done.wait(60000));
    // Asked again, saying why; cancelled then: nothing written, nothing recorded.
    QCOMPARE(m_dialogs->signingKeyErrors.size(), 2);
    QVERIFY2(m_dialogs->signingKeyErrors.at(1).contains(QStringLiteral("passphrase"), Qt::CaseInsensitive),
             qPrintable(m_dialogs->signingKeyErrors.at(1)));
    QVERIFY(!QFileInfo::exists(out));
    QCOMPARE(issuedRows(), before);
    page()->reloadIssued();
    QCOMPARE(issuedRows(), before);
}

void TestReportPage::signWithToken()
{
    if (!abtest::SoftHsmToken::available())
        QSKIP("softhsm2 and opensc are not installed (scripts/setup.sh --test)");
    abtest::SoftHsmToken token;
    const QByteArray pin = QByteArrayLiteral("482910");
    QVERIFY2(token.init(QStringLiteral("Inspector Key"), pin), qPrintable(token.lastError()));
    QVERIFY2(token.import(m_keys.path(QStringLiteral("leader.key")), m_keys.path(QStringLiteral("leader.crt")), QStringLiteral("leader"),
                          QStringLiteral("0a"), pin),
             qPrintable(token.lastError()));
    SigningKeyRequest r;
    r.source = SigningKeyRequest::Source::Token;
    r.tokenUri = QStringLiteral("pkcs11:token=Inspector%20Key;object=leader");
    r.module = abtest::SoftHsmToken::module();
    r.secret = pin;
    const QString out = path(QStringLiteral("token-signed.pdf"));
    const int before = issuedRows();
    m_dialogs->documentPaths = {out};
    m_dialogs->signingKeys = {r};
    QSignalSpy done(page(), &ReportPage::actionFinished);
    page()->signButton()->click();
    QVERIFY(done.wait(120000));
    QVERIFY2(QFileInfo::exists(out), qPrintable(m_dialogs->messages.join(QLatin1Char('\n'))));
    auto v = report::pdf::PdfVerifier::verifyFile(out);
    QVERIFY(v.ok() && v->ok());
    QCOMPARE(v->signatures.first().signer, QStringLiteral("王芳"));
    QCOMPARE(issuedRows(), before + 1);
    QVERIFY(page()->issuedTable()->item(before, 5)->data(Qt::UserRole).toBool());
}

void TestReportPage::sealedCopy()
{
    const QString copy = path(QStringLiteral("sealed-copy.inspection"));
    m_dialogs->documentPaths = {copy};
    m_dialogs->signingKeys = {keyRequest(m_keyPass)};
    m_dialogs->messages.clear();
    QVERIFY(m_window->exportSealedAction()->isEnabled());
    QSignalSpy finished(m_window->sealedCopyExport(), &SealedCopyExport::finished);
    m_window->exportSealedAction()->trigger();
    QVERIFY(finished.wait(120000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(m_dialogs->messages.join(QLatin1Char('\n'))));
    QVERIFY2(m_dialogs->messages.last().contains(QStringLiteral("Sealed copy")) &&
                 m_dialogs->messages.last().contains(QStringLiteral("王芳")),
             qPrintable(m_dialogs->messages.last()));
    auto f = InspectionFile::open(copy, m_pass, InspectionFile::Mode::ReadOnly);
    QVERIFY(f.ok());
    auto report = Verifier(**f).run();
    QVERIFY(report.ok());
    QVERIFY(report->intact());
    QVERIFY(report->sealed());
}

void TestReportPage::plainCopy()
{
    const QString copy = path(QStringLiteral("plain-copy.inspection"));
    m_dialogs->documentPaths = {copy};
    m_dialogs->signingKeys.clear(); // no key: cancelled
    m_dialogs->choices = {0};       // then: a plain copy
    QSignalSpy finished(m_window->sealedCopyExport(), &SealedCopyExport::finished);
    m_window->exportSealedAction()->trigger();
    QVERIFY(finished.wait(120000));
    QVERIFY(finished.first().at(0).toBool());
    QVERIFY(m_dialogs->messages.last().contains(QStringLiteral("not sealed")));
    auto f = InspectionFile::open(copy, m_pass, InspectionFile::Mode::ReadOnly);
    QVERIFY(f.ok());
    auto report = Verifier(**f).run();
    QVERIFY(report.ok() && report->intact());
    QVERIFY(!report->sealed());
}

void TestReportPage::signingKeyDialog()
{
    SigningKeyDialog d(QStringLiteral("Sign"), QStringLiteral("Wrong passphrase for leader.p12."));
    QVERIFY(d.findChild<QLabel *>(QStringLiteral("signingKeyError")));
    QVERIFY(!d.okButton()->isEnabled());
    QCOMPARE(d.passphraseEdit()->echoMode(), QLineEdit::Password);
    QCOMPARE(d.pinEdit()->echoMode(), QLineEdit::Password);
    d.keyFileEdit()->setText(m_keys.path(QStringLiteral("leader.p12")));
    QVERIFY(d.okButton()->isEnabled());
    d.passphraseEdit()->setText(QString::fromUtf8(m_keyPass));
    SigningKeyRequest r = d.takeRequest();
    QCOMPARE(r.source, SigningKeyRequest::Source::File);
    QCOMPARE(r.secret, m_keyPass);
    QVERIFY(d.passphraseEdit()->text().isEmpty());
    auto key = r.load();
    QVERIFY(key.ok());
    QCOMPARE((*key)->certificate().displayName(), QStringLiteral("王芳"));
    QVERIFY(r.secret.isEmpty() || r.secret.count('\0') == r.secret.size());

    d.tokenChoice()->setChecked(true);
    QVERIFY(!d.okButton()->isEnabled());
    d.uriEdit()->setText(QStringLiteral("pkcs11:token=Team;object=leader"));
    d.pinEdit()->setText(QStringLiteral("1234"));
    QVERIFY(d.okButton()->isEnabled());
    SigningKeyRequest t = d.takeRequest();
    QCOMPARE(t.source, SigningKeyRequest::Source::Token);
    QCOMPARE(t.secret, QByteArrayLiteral("1234"));
    QVERIFY(d.pinEdit()->text().isEmpty());
    // A URI that names no key is refused before any PIN is tried.
    SigningKeyRequest bad = t;
    bad.tokenUri = QStringLiteral("not a uri");
    QVERIFY(!bad.load().ok());
}

void TestReportPage::screenshots()
{
    const QString dir = qEnvironmentVariable("AB_SHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set AB_SHOT_DIR to a folder to write the Report page's screenshots");
    for (const QString &lang : {QStringLiteral("zh_CN"), QStringLiteral("vi")}) {
        Language::install(lang);
        page()->languageBox()->setCurrentIndex(page()->languageBox()->findData(lang));
        page()->updatePreview();
        QVERIFY(waitIdle());
        QTRY_VERIFY_WITH_TIMEOUT(!page()->preview()->isRendering() && !page()->preview()->image().isNull(), 30000);
        QTest::qWait(300);
        QVERIFY(m_window->grab().save(QDir(dir).filePath(QStringLiteral("report-page-%1.png").arg(lang))));
    }
    Language::install(QStringLiteral("en"));
}

QTEST_MAIN(TestReportPage)
#include "tst_reportpage.moc"
