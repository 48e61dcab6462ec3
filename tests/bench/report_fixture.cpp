// Makes an inspection for the report benchmark (tests/bench/bench_report.sh)
// and the CLI report tests: report_fixture PATH REGIME FINDINGS EVIDENCE.
// The passphrase comes from AUDITBENCH_PASSPHRASE, as for the CLI.
#include "tests/unit/ReportFixture.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    if (args.size() != 5) {
        err << "usage: report_fixture PATH cn-miit|vn-mic FINDINGS EVIDENCE" << Qt::endl;
        return 2;
    }
    const QByteArray pass = qgetenv("AUDITBENCH_PASSPHRASE");
    if (pass.isEmpty()) {
        err << "report_fixture: set AUDITBENCH_PASSPHRASE" << Qt::endl;
        return 2;
    }
    abfixture::Spec spec;
    spec.regime = args.at(2);
    spec.findings = args.at(3).toInt();
    spec.evidence = args.at(4).toInt();
    spec.devices = std::max(1, spec.findings / 10);
    auto r = abfixture::build(args.at(1), pass, spec);
    if (!r) {
        err << "report_fixture: " << r.error().message << Qt::endl;
        return 3;
    }
    return 0;
}
