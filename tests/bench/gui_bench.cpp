// gui_bench: how fast the workbench window comes up and opens a large
// inspection, and whether its long lists scroll without stalls. Run on
// demand by tests/bench/bench_gui.sh, never as a test.
//   gui_bench start                      cold start: process start to the main window painted
//   AUDITBENCH_PASSPHRASE=... gui_bench open FILE
//                                        open: key derivation, the window filled, the first paint
//                                        of the evidence browser and of the findings page, then a
//                                        scroll through both lists and the custody log
// Prints one "name value unit" line per figure on stdout.
#include "core/inspection/InspectionFile.h"
#include "core/util/Language.h"
#include "ui/CustodyModel.h"
#include "ui/DialogProvider.h"
#include "ui/EvidenceModel.h"
#include "ui/EvidencePage.h"
#include "ui/FindingsModel.h"
#include "ui/FindingsPage.h"
#include "ui/InspectionSession.h"
#include "ui/InspectionWidget.h"
#include "ui/MainWindow.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QTableView>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace
{

// Time since this process was started by the kernel (exec, loading, linking
// and static initialisation included), from /proc/self/stat.
double secondsSinceProcessStart()
{
    FILE *f = std::fopen("/proc/self/stat", "r");
    if (!f)
        return -1;
    char buf[2048];
    const size_t n = std::fread(buf, 1, sizeof buf - 1, f);
    std::fclose(f);
    buf[n] = 0;
    // Field 22 (starttime, clock ticks after boot), after the ")" closing the name.
    const char *p = std::strrchr(buf, ')');
    if (!p)
        return -1;
    unsigned long long start = 0;
    int field = 2;
    for (const char *q = p + 1; *q && field < 22; ++q)
        if (*q == ' ' && ++field == 22)
            start = std::strtoull(q + 1, nullptr, 10);
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    return double(now.tv_sec) + now.tv_nsec / 1e9 - double(start) / double(sysconf(_SC_CLK_TCK));
}

void report(const char *name, double value, const char *unit)
{
    std::printf("%-40s %10.1f %s\n", name, value, unit);
    std::fflush(stdout);
}

// Waits for the next paint of `w` (the frame a person would see).
// With a view, only a paint once it has rows counts: the frame with the list in it.
class PaintWatch final : public QObject
{
public:
    explicit PaintWatch(QWidget *w, const QAbstractItemView *view = nullptr) : m_w(w), m_view(view) { w->installEventFilter(this); }
    ~PaintWatch() override { m_w->removeEventFilter(this); }
    bool painted = false;
    bool eventFilter(QObject *o, QEvent *e) override
    {
        if (o == m_w && e->type() == QEvent::Paint && (!m_view || (m_view->model() && m_view->model()->rowCount() > 0)))
            painted = true;
        return false;
    }
    bool wait(int timeoutMs = 30000)
    {
        QElapsedTimer t;
        t.start();
        while (!painted && t.elapsed() < timeoutMs)
            QApplication::processEvents(QEventLoop::AllEvents, 5);
        return painted;
    }

private:
    QWidget *m_w;
    const QAbstractItemView *m_view;
};

class Quiet final : public ab::ui::DialogProvider
{
public:
    QByteArray pass;
    void openInspectionPath(QWidget *, PathCallback done) override { done({}); }
    void evidenceFiles(QWidget *, PathsCallback done) override { done({}); }
    void evidenceFolder(QWidget *, PathCallback done) override { done({}); }
    void exportPath(QWidget *, const QString &, PathCallback done) override { done({}); }
    void passphrase(QWidget *, const QString &, const QString &, PassphraseCallback done) override { done(pass); }
    void newInspection(QWidget *, NewInspectionCallback done) override { done(std::nullopt); }
    void overrideReason(QWidget *, const QString &, TextCallback done) override { done({}); }
    void pickEvidence(QWidget *, ab::InspectionFile &, const ab::ui::EvidencePick &, EvidenceCallback done) override { done(std::nullopt); }
    void chooseOne(QWidget *, const QString &, const QString &, const QStringList &, int, ChoiceCallback done) override { done(-1); }
    void documentPath(QWidget *, bool, const QString &, const QString &, const QStringList &, PathCallback done) override { done({}); }
    void signingKey(QWidget *, const QString &, const QString &, SigningKeyCallback done) override { done(std::nullopt); }
    void message(QWidget *, Severity, const QString &t, const QString &m) override
    {
        std::fprintf(stderr, "%s: %s\n", qPrintable(t), qPrintable(m));
    }
};

// Scrolls a view from top to bottom as a person dragging the scroll bar
// would, a screenful and a half per step, each step painted; reports the
// slowest steps. Pages are read as the end comes into view.
void scrollThrough(const char *name, QTableView *view, qint64 total)
{
    QScrollBar *bar = view->verticalScrollBar();
    QList<double> steps;
    QElapsedTimer all;
    all.start();
    for (int guard = 0; guard < 200000; ++guard) {
        QElapsedTimer t;
        t.start();
        bar->setValue(bar->value() + bar->pageStep() * 3 / 2);
        QApplication::processEvents(); // the view's fetch-more and layout
        view->viewport()->repaint();   // the frame
        steps.append(t.nsecsElapsed() / 1e6);
        if (bar->value() >= bar->maximum() && view->model()->rowCount() >= total && !view->model()->canFetchMore({}))
            break;
    }
    std::sort(steps.begin(), steps.end());
    const auto at = [&](double q) { return steps.isEmpty() ? 0.0 : steps.at(qMin(steps.size() - 1, qsizetype(q * steps.size()))); };
    const qsizetype stalls = std::count_if(steps.cbegin(), steps.cend(), [](double ms) { return ms > 50; });
    std::printf("%-40s %10lld rows, %lld steps in %.2f s: median %.1f ms, p99 %.1f ms, max %.1f ms, %lld over 50 ms\n", name,
                qlonglong(view->model()->rowCount()), qlonglong(steps.size()), all.elapsed() / 1000.0, at(0.5), at(0.99),
                steps.isEmpty() ? 0.0 : steps.last(), qlonglong(stalls));
    std::fflush(stdout);
}
} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("AuditBenchBench"));
    QApplication::setApplicationName(QStringLiteral("AuditBenchBench"));
    const QStringList args = QApplication::arguments();
    const QString mode = args.value(1);
    ab::Language::install(QStringLiteral("en"));
    auto dialogs = std::make_unique<Quiet>();
    dialogs->pass = qgetenv("AUDITBENCH_PASSPHRASE");
    ab::ui::MainWindow window(std::move(dialogs));
    window.resize(1366, 768);
    {
        PaintWatch shown(&window);
        window.show();
        if (!shown.wait())
            return 1;
    }
    if (mode == QLatin1String("start")) {
        report("start: process start to window painted", secondsSinceProcessStart() * 1000, "ms");
        report("start: main() to window painted", sinceMain.nsecsElapsed() / 1e6, "ms");
        return 0;
    }
    if (mode != QLatin1String("open") || args.size() < 3) {
        std::fprintf(stderr, "usage: gui_bench start | gui_bench open FILE\n");
        return 2;
    }
    {
        // The deliberate part of opening, measured alone: scrypt over the passphrase.
        QElapsedTimer k;
        k.start();
        auto key = ab::InspectionFile::unlock(args.at(2), qgetenv("AUDITBENCH_PASSPHRASE"));
        if (!key)
            return 3;
        report("open: key derivation alone (scrypt)", k.nsecsElapsed() / 1e6, "ms");
    }
    ab::ui::InspectionWidget *w = window.inspectionWidget();
    // Where the window opens is what it paints first: the evidence browser.
    window.setOpenStep(ab::ui::StepModel::Evidence);
    QElapsedTimer t;
    t.start();
    {
        PaintWatch evidence(w->evidencePage()->view()->viewport(), w->evidencePage()->view());
        window.openPath(args.at(2));
        while (window.isOpening())
            QApplication::processEvents(QEventLoop::AllEvents, 5);
        if (!window.session())
            return 3;
        const double opened = t.nsecsElapsed() / 1e6;
        if (!evidence.wait())
            return 4;
        report("open: passphrase to window filled", opened, "ms");
        report("open: passphrase to evidence rows painted", t.nsecsElapsed() / 1e6, "ms");
    }
    report("open: evidence items", double(w->evidenceModel()->totalCount()), "");
    report("open: evidence rows read", double(w->evidenceModel()->rowCount()), "");
    {
        QElapsedTimer s;
        s.start();
        PaintWatch findings(w->findingsPage()->view()->viewport(), w->findingsPage()->view());
        w->showStep(ab::ui::StepModel::Findings);
        if (!findings.wait())
            return 4;
        report("open: findings step to rows painted", s.nsecsElapsed() / 1e6, "ms");
        report("open: findings", double(w->findingsPage()->model()->totalCount()), "");
    }
    if (qEnvironmentVariableIsSet("AB_BENCH_NO_SCROLL"))
        return 0;
    w->showStep(ab::ui::StepModel::Evidence);
    scrollThrough("scroll: evidence", w->evidencePage()->view(), w->evidenceModel()->totalCount());
    w->showStep(ab::ui::StepModel::Findings);
    scrollThrough("scroll: findings", w->findingsPage()->view(), w->findingsPage()->model()->totalCount());
    {
        QElapsedTimer s;
        s.start();
        PaintWatch custody(w->custodyView()->viewport(), w->custodyView());
        w->showStep(ab::ui::StepModel::Custody);
        custody.wait();
        report("open: custody step to rows painted", s.nsecsElapsed() / 1e6, "ms");
    }
    scrollThrough("scroll: custody log", w->custodyView(), w->custodyModel()->totalCount());
    {
        // A filter over every item, in SQL.
        QElapsedTimer s;
        s.start();
        w->evidenceModel()->setFilterText(QStringLiteral("scan-09"));
        report("filter: evidence 'scan-09' (count)", s.nsecsElapsed() / 1e6, "ms");
        report("filter: evidence matching", double(w->evidenceModel()->totalCount()), "");
        s.restart();
        w->evidenceModel()->setFilterText(QString());
        w->evidenceModel()->sort(ab::ui::EvidenceModel::Name, Qt::DescendingOrder);
        w->evidenceModel()->fetchMore({});
        report("sort: evidence by name, first page", s.nsecsElapsed() / 1e6, "ms");
    }
    window.closeInspection();
    return 0;
}
