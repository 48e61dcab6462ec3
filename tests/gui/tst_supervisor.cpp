// The supervisor's side, on the real MainWindow: a sealed copy (exported by
// InspectionExporter with a self-signed test key) opens read-only with its
// editors disabled and saying why, the seal banner checks it on open; the
// Review step records comments, an approval and a rejection, each a custody
// row, and verify still passes afterwards; a copy altered behind our back
// with the sqlite3 tool shows "NOT INTACT"; the evidence viewer shows text,
// an image and a PDF with their SHA-256 checked. With AB_SHOTS_DIR set it
// also writes screenshots of those views in zh_CN and vi.
#include "../common/KeyFixture.h"
#include "FakeDialogs.h"
#include "GuiTestEnv.h"
#include "MiniInspection.h"

#include "core/catalog/Answers.h"
#include "core/crypto/SigningKey.h"
#include "core/evidence/EvidenceStore.h"
#include "core/evidence/Verifier.h"
#include "core/inspection/SqlUtil.h"
#include "core/seal/InspectionExporter.h"
#include "core/seal/ReviewStore.h"
#include "core/util/Language.h"
#include "ui/CustodyModel.h"
#include "ui/EvidencePage.h"
#include "ui/EvidenceViewer.h"
#include "ui/EvidenceViewerDialog.h"
#include "ui/FindingsPage.h"
#include "ui/ImageView.h"
#include "ui/InspectionSession.h"
#include "ui/InspectionWidget.h"
#include "ui/MainWindow.h"
#include "ui/ReviewModel.h"
#include "ui/ReviewPage.h"
#include "ui/SealBanner.h"
#include "ui/SetupPage.h"
#include "ui/SupervisorView.h"

#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

using namespace ab;
using namespace ab::ui;

class TestSupervisor final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    abtest::KeyFactory m_keys;
    QString m_sealed;
    qint64 m_textId = 0, m_imageId = 0, m_pdfId = 0;
    std::unique_ptr<MainWindow> m_window;
    FakeDialogs *m_dialogs = nullptr;

    InspectionWidget *iw() const { return m_window->inspectionWidget(); }
    SealBanner *banner() const { return iw()->supervisor()->banner(); }
    ReviewPage *review() const { return iw()->supervisor()->reviewPage(); }

    bool open(const QString &path)
    {
        m_window->closeInspection();
        m_dialogs->passphrases = {QString::fromUtf8(guitest::passphrase())};
        m_window->openPath(path);
        if (!QTest::qWaitFor([this] { return m_window->session() != nullptr && !m_window->isOpening(); }))
            return false;
        // The check started on open: wait for its verdict.
        return QTest::qWaitFor([this] { return !m_window->session()->isBusy(); }, 20000);
    }

    static VerifyReport verifyFile(const QString &path)
    {
        auto f = InspectionFile::open(path, guitest::passphrase(), InspectionFile::Mode::ReadOnly);
        if (!f)
            return {};
        auto r = Verifier(**f).run();
        return r ? *r : VerifyReport{};
    }

    static QByteArray pngBytes()
    {
        QImage image(320, 200, QImage::Format_RGB32);
        image.fill(QColor(0x33, 0x66, 0x99));
        QPainter p(&image);
        p.fillRect(40, 40, 120, 80, Qt::yellow);
        p.end();
        QByteArray bytes;
        QBuffer b(&bytes);
        b.open(QIODevice::WriteOnly);
        image.save(&b, "PNG");
        return bytes;
    }

    static QByteArray pdfBytes()
    {
        QByteArray bytes;
        QBuffer b(&bytes);
        b.open(QIODevice::WriteOnly);
        QPdfWriter writer(&b);
        QPainter p(&writer);
        p.drawText(QPointF(200, 400), QStringLiteral("Authorisation letter"));
        p.end();
        return bytes;
    }

    EvidenceViewer *openViewer(qint64 id)
    {
        iw()->supervisor()->viewEvidence(id);
        const auto dialogs = iw()->findChildren<EvidenceViewerDialog *>();
        if (dialogs.isEmpty())
            return nullptr;
        EvidenceViewer *v = dialogs.constLast()->viewer();
        if (!QTest::qWaitFor([v] { return v->mode() != EvidenceViewer::Mode::Loading; }, 10000))
            return nullptr;
        return v;
    }

    void closeViewers()
    {
        for (EvidenceViewerDialog *d : iw()->findChildren<EvidenceViewerDialog *>())
            delete d;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid() && m_keys.isValid());
        guitest::isolate(m_dir, QStringLiteral("tst_supervisor"));
        QVERIFY2(m_keys.selfSigned(QStringLiteral("leader"), QStringLiteral("Nguyễn Văn A"), QStringLiteral("Inspectorate")),
                 qPrintable(m_keys.lastError()));
        QVERIFY(m_keys.pkcs12(QStringLiteral("leader"), "leader pass"));
        auto key = crypto::SigningKey::fromPkcs12(m_keys.path(QStringLiteral("leader.p12")), "leader pass");
        QVERIFY2(key, key ? "" : qPrintable(key.error().message));

        QString error;
        const QString base = m_dir.filePath(QStringLiteral("base.inspection"));
        auto f = guitest::createMini(base, &error);
        QVERIFY2(f, qPrintable(error));
        EvidenceStore store(*f);
        auto text = store.importData(QByteArrayView("NVR log\nadmin login from 10.0.0.5\n"),
                                     ImportRequest{{}, QStringLiteral("nvr-log.txt"), QStringLiteral("transcript"), {}, {}});
        auto image = store.importData(pngBytes(), ImportRequest{{}, QStringLiteral("label.png"), {}, {}, {}});
        auto pdf = store.importData(pdfBytes(), ImportRequest{{}, QStringLiteral("letter.pdf"), QStringLiteral("document"), {}, {}});
        QVERIFY(text && image && pdf);
        m_textId = text->id;
        m_imageId = image->id;
        m_pdfId = pdf->id;
        {
            sql::Transaction tx(f->database());
            QVERIFY(tx.begin().ok());
            catalog::Answer a;
            a.item = QStringLiteral("INT-01");
            a.value = QStringLiteral("yes");
            a.source = QStringLiteral("inspector");
            QVERIFY(catalog::AnswerStore(*f).put(a).ok());
            QVERIFY(tx.commit().ok());
        }
        m_sealed = m_dir.filePath(QStringLiteral("sealed.inspection"));
        ExportOptions o;
        o.target = m_sealed;
        o.key = key->get();
        auto r = InspectionExporter(*f).run(o);
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QVERIFY(r->sealed);

        auto dialogs = std::make_unique<FakeDialogs>();
        m_dialogs = dialogs.get();
        m_window = std::make_unique<MainWindow>(std::move(dialogs));
        m_window->resize(1366, 768);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase()
    {
        closeViewers();
        m_window.reset();
    }

    void sealedCopyOpensReadOnly()
    {
        QVERIFY(open(m_sealed));
        InspectionSession *s = m_window->session();
        QVERIFY(s->isSealed());
        QVERIFY(!s->file().isWritable());
        QVERIFY(s->readOnlyReason().contains(QStringLiteral("sealed copy")));
        // Every editor says why it cannot be used.
        SetupPage *setup = iw()->setupPage();
        for (QWidget *w : std::initializer_list<QWidget *>{setup->organisationEdit(), setup->locationEdit()}) {
            QVERIFY(!w->isEnabled());
            QVERIFY2(w->toolTip().contains(QStringLiteral("sealed copy")), qPrintable(w->toolTip()));
        }
        const auto evidenceButtons = iw()->evidencePage()->findChildren<QPushButton *>();
        int disabled = 0;
        for (QPushButton *b : evidenceButtons)
            if (!b->isEnabled() && b->toolTip().contains(QStringLiteral("sealed copy")))
                ++disabled;
        QCOMPARE(disabled, 2); // Add files…, Add folder…
        QVERIFY(!iw()->findingsPage()->newButton()->isEnabled());
        QVERIFY(iw()->findingsPage()->newButton()->toolTip().contains(QStringLiteral("sealed copy")));

        // A write attempt changes nothing: the UI refuses it, and so does core under it.
        const qint64 rows = iw()->custodyModel()->totalCount();
        const QString extra = m_dir.filePath(QStringLiteral("extra.txt"));
        QVERIFY(abtest::writeBytes(extra, "late evidence"));
        m_dialogs->messages.clear();
        iw()->importPaths({extra});
        QCOMPARE(m_dialogs->messages.size(), 1);
        QVERIFY(!s->isBusy());
        InspectionFile *writer = s->reviewFile();
        QVERIFY(writer);
        QVERIFY(!EvidenceStore(*writer).importData(QByteArrayView("late"), ImportRequest{{}, QStringLiteral("late.txt"), {}, {}, {}}));
        iw()->custodyModel()->refresh();
        QCOMPARE(iw()->custodyModel()->totalCount(), rows);
        QCOMPARE(*EvidenceStore(s->file()).count(), 3);
    }

    void bannerSaysIntact()
    {
        QCOMPARE(banner()->state(), SealBanner::State::Intact);
        QVERIFY2(banner()->headline().contains(QStringLiteral("intact")), qPrintable(banner()->headline()));
        const QString facts = banner()->facts();
        QVERIFY2(facts.contains(QStringLiteral("Nguyễn Văn A")), qPrintable(facts));
        QVERIFY2(facts.contains(QStringLiteral("Inspectorate")), qPrintable(facts));
        // Self-signed: valid, but not vouched for by the system store.
        QVERIFY2(facts.contains(QStringLiteral("not from a trusted authority")), qPrintable(facts));
        QVERIFY2(facts.contains(QStringLiteral("awaiting a decision")), qPrintable(facts));
    }

    void reviewRecordsAndSealStaysIntact()
    {
        iw()->showStep(StepModel::Review);
        QCOMPARE(iw()->pages()->currentWidget(), review());
        QVERIFY(review()->commentButton()->isEnabled());
        QVERIFY(review()->approveButton()->isEnabled());
        const qint64 before = iw()->custodyModel()->totalCount();

        // A comment on an object that is not there records nothing.
        review()->setObject(QStringLiteral("evidence:99"));
        review()->textEdit()->setPlainText(QStringLiteral("Where is it?"));
        QVERIFY(!review()->addComment());
        QVERIFY2(review()->messageLabel()->text().contains(QStringLiteral("99")), qPrintable(review()->messageLabel()->text()));
        QCOMPARE(review()->reviewModel()->rowCount(), 0);

        review()->setObject(QStringLiteral("evidence:%1").arg(m_imageId));
        QCOMPARE(review()->objectTypeCombo()->currentIndex(), int(ReviewPage::Evidence));
        review()->textEdit()->setPlainText(QStringLiteral("Label is readable."));
        QVERIFY(review()->addComment());
        QCOMPARE(review()->reviewModel()->rowCount(), 1);
        QCOMPARE(review()->reviewModel()->entries().at(0).object, QStringLiteral("evidence:%1").arg(m_imageId));
        QVERIFY2(review()->reviewModel()->index(0, ReviewModel::About).data().toString().contains(QStringLiteral("label.png")),
                 qPrintable(review()->reviewModel()->index(0, ReviewModel::About).data().toString()));

        // Approvals are about the whole inspection, as in `auditbench-cli review`.
        QVERIFY(!review()->approve());
        review()->setObject(QString());
        QVERIFY(review()->approve());
        // A rejection needs its reason.
        QVERIFY(!review()->reject());
        QVERIFY(review()->messageLabel()->text().contains(QStringLiteral("reason")));
        review()->textEdit()->setPlainText(QStringLiteral("Scope letter is unsigned."));
        QVERIFY(review()->reject());
        QCOMPARE(review()->reviewModel()->rowCount(), 3);
        QCOMPARE(review()->summary().decision, ReviewEntry::Kind::Rejection);
        QVERIFY(review()->stateLabel()->text().contains(QStringLiteral("Rejected")));

        // Each is a custody row, shown in words beside its action's name.
        CustodyModel *log = iw()->custodyModel();
        QCOMPARE(log->totalCount(), before + 3);
        QCOMPARE(log->index(log->rowCount() - 1, CustodyModel::Action).data().toString(), QStringLiteral("review.add"));
        const QModelIndex last = log->index(log->rowCount() - 1, CustodyModel::Description);
        QVERIFY2(last.data().toString().contains(QStringLiteral("Rejected the inspection")), qPrintable(last.data().toString()));
        QVERIFY(banner()->facts().contains(QStringLiteral("rejected by")));

        // The seal stays intact: in core's verify and in the banner's check.
        const VerifyReport report = verifyFile(m_sealed);
        QVERIFY(report.intact());
        QVERIFY(report.sealed());
        QVERIFY(report.seals.constLast().intact());
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("AUDITBENCH_PASSPHRASE"), QString::fromUtf8(guitest::passphrase()));
        cli.setProcessEnvironment(env);
        cli.start(qEnvironmentVariable("AB_CLI"), {QStringLiteral("verify"), m_sealed});
        QVERIFY(cli.waitForFinished(30000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardOutput().constData());
        cli.start(qEnvironmentVariable("AB_CLI"), {QStringLiteral("review"), QStringLiteral("--list"), m_sealed});
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 0);
        QVERIFY(cli.readAllStandardOutput().contains("Scope letter is unsigned."));
        banner()->checkButton()->click();
        QCOMPARE(banner()->state(), SealBanner::State::Checking);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->session()->isBusy(), 20000);
        QCOMPARE(banner()->state(), SealBanner::State::Intact);
    }

    void viewerShowsItemsAndHashes_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<int>("mode");
        QTest::newRow("text") << 0 << int(EvidenceViewer::Mode::Text);
        QTest::newRow("image") << 1 << int(EvidenceViewer::Mode::Image);
        QTest::newRow("pdf") << 2 << int(EvidenceViewer::Mode::Pdf);
    }

    void viewerShowsItemsAndHashes()
    {
        QFETCH(int, which);
        QFETCH(int, mode);
        const qint64 id = which == 0 ? m_textId : which == 1 ? m_imageId : m_pdfId;
        auto item = EvidenceStore(m_window->session()->file()).get(id);
        QVERIFY(item);
        EvidenceViewer *v = openViewer(id);
        QVERIFY(v);
        QCOMPARE(int(v->mode()), mode);
        QVERIFY2(v->checkText().contains(QStringLiteral("matches its SHA-256")), qPrintable(v->checkText()));
        auto *sha = v->findChild<QLabel *>(QStringLiteral("viewerSha"));
        QVERIFY(sha);
        QVERIFY(sha->text().contains(item->sha256));
        QVERIFY(v->title().contains(item->name));
        if (which == 0)
            QVERIFY(v->textView()->toPlainText().contains(QStringLiteral("admin login")));
        if (which == 1)
            QCOMPARE(v->imageView()->image().size(), QSize(320, 200));
        if (which == 2)
            QCOMPARE(v->pdfDocument()->pageCount(), 1);
        closeViewers();
    }

    void evidencePageDoubleClickOpensViewer()
    {
        iw()->showStep(StepModel::Evidence);
        EvidencePage *page = iw()->evidencePage();
        QVERIFY(page->selectItem(m_textId));
        Q_EMIT page->view()->activated(page->view()->currentIndex());
        QTRY_COMPARE(iw()->findChildren<EvidenceViewerDialog *>().size(), 1);
        closeViewers();
        // The preview beside the list follows the selection.
        QTRY_COMPARE(page->preview()->itemId(), m_textId);
        QTRY_COMPARE(page->preview()->mode(), EvidenceViewer::Mode::Text);
    }

    void bannerSaysBrokenAfterAlteration()
    {
        m_window->closeInspection();
        const QString altered = m_dir.filePath(QStringLiteral("altered.inspection"));
        QFile::remove(altered);
        QVERIFY(QFile::copy(m_sealed, altered));
        QProcess sqlite;
        sqlite.start(QStringLiteral("sqlite3"),
                     {altered, QStringLiteral("UPDATE evidence SET name = 'other.png' WHERE id = %1;").arg(m_imageId)});
        QVERIFY(sqlite.waitForFinished(10000));
        QCOMPARE(sqlite.exitCode(), 0);
        QVERIFY(open(altered));
        QCOMPARE(banner()->state(), SealBanner::State::Broken);
        QVERIFY2(banner()->headline().contains(QStringLiteral("NOT INTACT")), qPrintable(banner()->headline()));
        QVERIFY(banner()->changeList()->count() >= 1);
        bool named = false;
        for (const ReadableChange &c : banner()->changes())
            named = named || c.object == QStringLiteral("evidence:%1").arg(m_imageId);
        QVERIFY(named);
        // The existing verify banner tells the same.
        QVERIFY(!verifyFile(altered).intact());
    }

    void screenshots()
    {
        const QString out = qEnvironmentVariable("AB_SHOTS_DIR");
        if (out.isEmpty())
            QSKIP("set AB_SHOTS_DIR to write the supervisor's screenshots");
        QDir().mkpath(out);
        for (const QString &lang : {QStringLiteral("en"), QStringLiteral("zh_CN"), QStringLiteral("vi")}) {
            Language::install(lang);
            QApplication::processEvents();
            QVERIFY(open(m_sealed));
            iw()->showStep(StepModel::Review);
            QApplication::processEvents();
            QVERIFY(m_window->grab().save(QStringLiteral("%1/supervisor-review-%2.png").arg(out, lang)));
            iw()->showStep(StepModel::Setup);
            QApplication::processEvents();
            QVERIFY(m_window->grab().save(QStringLiteral("%1/supervisor-setup-%2.png").arg(out, lang)));
            iw()->showStep(StepModel::Custody);
            QApplication::processEvents();
            QVERIFY(m_window->grab().save(QStringLiteral("%1/supervisor-custody-%2.png").arg(out, lang)));
            EvidenceViewer *v = openViewer(m_imageId);
            QVERIFY(v);
            auto *d = iw()->findChildren<EvidenceViewerDialog *>().constLast();
            QVERIFY(d->grab().save(QStringLiteral("%1/supervisor-viewer-%2.png").arg(out, lang)));
            closeViewers();
            QVERIFY(open(m_dir.filePath(QStringLiteral("altered.inspection"))));
            iw()->showStep(StepModel::Evidence);
            QApplication::processEvents();
            QVERIFY(m_window->grab().save(QStringLiteral("%1/supervisor-broken-%2.png").arg(out, lang)));
        }
        Language::install(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestSupervisor)
#include "tst_supervisor.moc"
