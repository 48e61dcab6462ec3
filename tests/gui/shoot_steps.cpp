// shoot_steps: the main window on an inspection, one PNG per step (and the
// New inspection wizard's pages), taken with QWidget::grab at a given size,
// to look at the layout in each language. Run on demand, not a test:
//   AUDITBENCH_PASSPHRASE=... shoot_steps FILE OUTDIR [--lang en|zh_CN|vi]
//       [--size 1366x768] [--long] [--prefix NAME] [--wizard 1,2,...]
// Writes OUTDIR/PREFIXstep-KEY-LANG.png for every step and
// OUTDIR/PREFIXwizard-N-LANG.png for the wizard's pages (all, or those named).
// --long fills every string the translations lack with a stand-in 40%
// longer than the English, with Vietnamese diacritics: strings added since
// the last translation pass then take the room Vietnamese will need.
#include "core/util/Language.h"
#include "ui/DialogProvider.h"
#include "ui/FindingsModel.h"
#include "ui/FindingsPage.h"
#include "ui/InspectionWidget.h"
#include "ui/MainWindow.h"
#include "ui/NewInspectionWizard.h"
#include "ui/ProbePage.h"
#include "ui/QuestionnairePage.h"
#include "ui/ReportPage.h"
#include "ui/ReportPreview.h"
#include "ui/SystemsEditor.h"
#include "ui/TeamEditor.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QTranslator>
#include <QTreeView>

#include <cstdio>

namespace
{

// Answers nothing: a screenshot run never waits for a person.
class SilentDialogs final : public ab::ui::DialogProvider
{
public:
    QByteArray pass;
    void openInspectionPath(QWidget *, PathCallback done) override { done({}); }
    void evidenceFiles(QWidget *, PathsCallback done) override { done({}); }
    void evidenceFolder(QWidget *, PathCallback done) override { done({}); }
    void exportPath(QWidget *, const QString &, PathCallback done) override { done({}); }
    void passphrase(QWidget *, const QString &, const QString &error, PassphraseCallback done) override
    {
        if (!error.isEmpty()) {
            std::fprintf(stderr, "shoot_steps: %s\n", qPrintable(error));
            done(std::nullopt);
            return;
        }
        done(pass);
    }
    void newInspection(QWidget *, NewInspectionCallback done) override { done(std::nullopt); }
    void overrideReason(QWidget *, const QString &, TextCallback done) override { done({}); }
    void pickEvidence(QWidget *, ab::InspectionFile &, const ab::ui::EvidencePick &, EvidenceCallback done) override { done(std::nullopt); }
    void chooseOne(QWidget *, const QString &, const QString &, const QStringList &, int, ChoiceCallback done) override { done(-1); }
    void documentPath(QWidget *, bool, const QString &, const QString &, const QStringList &, PathCallback done) override { done({}); }
    void signingKey(QWidget *, const QString &, const QString &, SigningKeyCallback done) override { done(std::nullopt); }
    void message(QWidget *, Severity, const QString &title, const QString &text) override
    {
        std::fprintf(stderr, "shoot_steps: %s: %s\n", qPrintable(title), qPrintable(text));
    }
};

// The real Vietnamese where it exists, a longer stand-in where it does not.
class LongTranslator final : public QTranslator
{
public:
    explicit LongTranslator(QObject *parent) : QTranslator(parent)
    {
        if (!m_vi.load(QStringLiteral(":/i18n/auditbench_vi.qm")))
            std::fprintf(stderr, "shoot_steps: no Vietnamese translation built in\n");
    }
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *disambiguation, int n) const override
    {
        const QString real = m_vi.translate(context, source, disambiguation, n);
        if (!real.isEmpty())
            return real;
        const QString text = QString::fromUtf8(source);
        if (text.isEmpty() || !QString::fromLatin1(context).startsWith(QLatin1String("ab::")))
            return {};
        static const QHash<QChar, QChar> marks{{u'a', u'ạ'}, {u'e', u'ế'}, {u'o', u'ộ'}, {u'u', u'ư'}, {u'i', u'ị'}, {u'y', u'ỳ'},
                                               {u'A', u'Ấ'}, {u'E', u'Ề'}, {u'O', u'Ơ'}, {u'U', u'Ữ'}, {u'd', u'đ'}};
        QString out;
        int letters = 0;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (c == QLatin1Char('%') && i + 1 < text.size()) { // %1, %n stay as they are
                out += c;
                out += text.at(++i);
                continue;
            }
            out += marks.value(c, c);
            letters += c.isLetter();
        }
        if (letters == 0)
            return out;
        // 40% more, in the words of the string itself, before any line break.
        const int extra = int(text.size() * 0.4);
        QString pad;
        while (pad.size() < extra)
            pad += QStringLiteral(" thêm");
        const qsizetype nl = out.indexOf(QLatin1Char('\n'));
        out.insert(nl < 0 ? out.size() : nl, pad.left(extra));
        return out;
    }

private:
    QTranslator m_vi;
};

void settle(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
}

bool save(QWidget *w, const QString &path)
{
    // Most compressed: they are kept in the repository.
    if (!w->grab().toImage().save(path, "PNG", 0)) {
        std::fprintf(stderr, "shoot_steps: cannot write %s\n", qPrintable(path));
        return false;
    }
    std::printf("%s\n", qPrintable(path));
    return true;
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("AuditBenchShots"));
    QApplication::setApplicationName(QStringLiteral("AuditBenchShots"));
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The inspection file."));
    p.addPositionalArgument(QStringLiteral("OUTDIR"), QStringLiteral("Where the PNG files go."));
    p.addOption({QStringLiteral("lang"), QStringLiteral("en, zh_CN or vi."), QStringLiteral("LANG"), QStringLiteral("en")});
    p.addOption({QStringLiteral("size"), QStringLiteral("Window size."), QStringLiteral("WxH"), QStringLiteral("1366x768")});
    p.addOption({QStringLiteral("long"), QStringLiteral("Stand-ins 40% longer for strings not translated yet (with --lang vi).")});
    p.addOption({QStringLiteral("prefix"), QStringLiteral("File name prefix."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("wizard"), QStringLiteral("The wizard pages to shoot (1-5, comma-separated; default all)."), QStringLiteral("PAGES")});
    p.addHelpOption();
    p.process(app);
    if (p.positionalArguments().size() != 2)
        p.showHelp(2);
    const QString file = p.positionalArguments().at(0);
    const QDir out(p.positionalArguments().at(1));
    QDir().mkpath(out.path());
    const QString lang = p.value(QStringLiteral("lang"));
    ab::Language::install(lang);
    if (p.isSet(QStringLiteral("long")))
        QApplication::installTranslator(new LongTranslator(&app));
    const QStringList wh = p.value(QStringLiteral("size")).split(QLatin1Char('x'));
    const QSize size(wh.value(0).toInt(), wh.value(1).toInt());
    const QString prefix = p.value(QStringLiteral("prefix"));
    QList<int> wizardPages;
    for (const QString &n : p.value(QStringLiteral("wizard")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        wizardPages.append(n.toInt());

    auto dialogs = std::make_unique<SilentDialogs>();
    dialogs->pass = qgetenv("AUDITBENCH_PASSPHRASE");
    ab::ui::MainWindow window(std::move(dialogs));
    window.resize(size);
    window.show();
    window.openPath(file);
    QElapsedTimer wait;
    wait.start();
    while ((window.isOpening() || !window.session()) && wait.elapsed() < 20000)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    if (!window.session()) {
        std::fprintf(stderr, "shoot_steps: %s did not open\n", qPrintable(file));
        return 1;
    }
    ab::ui::InspectionWidget *w = window.inspectionWidget();
    window.statusBar()->clearMessage(); // "Opened /tmp/…" says nothing to a reader
    int failures = 0;
    for (int s = 0; s < ab::ui::StepModel::StepCount; ++s) {
        const auto step = ab::ui::StepModel::Step(s);
        w->showStep(step);
        // Something selected where a page shows it, as a person would have it.
        if (step == ab::ui::StepModel::Findings && w->findingsPage()->model()->rowCount() > 0)
            w->findingsPage()->view()->selectRow(0);
        if (step == ab::ui::StepModel::Probe && w->probePage()->findingsModel()->rowCount() > 0)
            w->probePage()->findingsView()->selectRow(0);
        settle(300);
        failures += !save(&window, out.filePath(QStringLiteral("%1step-%2-%3.png").arg(prefix, ab::ui::StepModel::key(step), lang)));
        if (step == ab::ui::StepModel::Report) {
            // The Report tab beside the score, once its preview is drawn.
            w->reportTabs()->setCurrentWidget(w->reportPage());
            w->reportPage()->updatePreview();
            QElapsedTimer drawn;
            drawn.start();
            while ((w->reportPage()->isBusy() || w->reportPage()->preview()->isRendering() ||
                    w->reportPage()->preview()->image().isNull()) &&
                   drawn.elapsed() < 30000)
                QApplication::processEvents(QEventLoop::AllEvents, 50);
            settle(300);
            failures += !save(&window, out.filePath(QStringLiteral("%1step-report-page-%2.png").arg(prefix, lang)));
            w->reportTabs()->setCurrentIndex(0);
        }
    }
    ab::ui::NewInspectionWizard wizard(&window);
    wizard.show();
    for (int page = 0; page <= ab::ui::NewInspectionWizard::FilePage; ++page) {
        // Each page as an inspector would have filled it.
        if (page == ab::ui::NewInspectionWizard::OrganisationPage) {
            wizard.organisationEdit()->setText(QStringLiteral("Công ty Cổ phần Camera Hà Nội"));
            wizard.locationEdit()->setText(QStringLiteral("Số 1 Tràng Tiền, Hoàn Kiếm, Hà Nội"));
            wizard.systemsEditor()->setSystems({{QStringLiteral("Hệ thống camera giám sát"), 3}, {QStringLiteral("NVR"), 2}});
        } else if (page == ab::ui::NewInspectionWizard::TeamPage) {
            wizard.teamEditor()->setInspectors({QStringLiteral("Nguyễn Văn An"), QStringLiteral("Trần Thị Bình")});
        } else if (page == ab::ui::NewInspectionWizard::ScopePage) {
            wizard.scopeEdit()->setPlainText(QStringLiteral("192.168.10.0/24\nnvr.local:80,554"));
        } else if (page == ab::ui::NewInspectionWizard::FilePage) {
            wizard.passphraseEdit()->setText(QStringLiteral("bốn từ dễ nhớ thôi"));
            wizard.passphraseAgainEdit()->setText(QStringLiteral("bốn từ dễ nhớ thôi"));
        }
        settle(200);
        if (wizardPages.isEmpty() || wizardPages.contains(page + 1))
            failures += !save(&wizard, out.filePath(QStringLiteral("%1wizard-%2-%3.png").arg(prefix).arg(page + 1).arg(lang)));
        wizard.next();
    }
    wizard.reject();
    window.closeInspection();
    return failures == 0 ? 0 : 1;
}
