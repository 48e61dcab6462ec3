// QuestionnaireModel and its filter under QAbstractItemModelTester, on an
// inspection pinned to the mini test catalog.
#include "MiniInspection.h"

#include "core/catalog/Questionnaire.h"
#include "core/util/Language.h"
#include "ui/QuestionnaireFilter.h"
#include "ui/QuestionnaireModel.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace ab;
using namespace ab::ui;
using catalog::ItemState;

class TestQuestionnaireModel final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<InspectionFile> m_file;
    std::shared_ptr<catalog::Questionnaire> m_q;

    static ItemState stateOf(const QuestionnaireModel &m, const QString &id)
    {
        return m.status(id) ? m.status(id)->state : ItemState::NotApplicable;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Language::install(QStringLiteral("en"));
        QString error;
        m_file = guitest::createMini(m_dir.filePath(QStringLiteral("mini.inspection")), &error);
        QVERIFY2(m_file, qPrintable(error));
        auto q = catalog::Questionnaire::load(*m_file);
        QVERIFY2(q.ok(), q.ok() ? "" : qPrintable(q.error().message));
        m_q = std::make_shared<catalog::Questionnaire>(std::move(q).value());
    }

    void modelTester()
    {
        QuestionnaireModel model(QStringLiteral("interview"));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(QuestionnaireModel::ColumnCount));
        model.setQuestionnaire(m_q);
        QCOMPARE(model.rowCount(), 4); // INT-01..04; document and probe items elsewhere
        QCOMPARE(model.index(0, QuestionnaireModel::Id).data().toString(), QStringLiteral("INT-01"));
        QCOMPARE(model.index(0, QuestionnaireModel::Section).data().toString(), QStringLiteral("Section A"));
        QCOMPARE(model.index(0, QuestionnaireModel::Text).data().toString(), QStringLiteral("Question INT-01"));
        QCOMPARE(model.index(0, QuestionnaireModel::Severity).data().toString(), QStringLiteral("High"));
        QCOMPARE(model.index(3, QuestionnaireModel::State).data().toString(), QStringLiteral("Skipped"));
        QCOMPARE(model.answeredCount(), 0);
        QCOMPARE(model.applicableCount(), 3);
        model.retranslate();
        model.refresh();
        model.setQuestionnaire(nullptr);
        QCOMPARE(model.rowCount(), 0);

        QuestionnaireModel docs(QStringLiteral("document"));
        QAbstractItemModelTester docTester(&docs, QAbstractItemModelTester::FailureReportingMode::QtTest);
        docs.setQuestionnaire(m_q);
        QCOMPARE(docs.rowCount(), 4);
        QCOMPARE(stateOf(docs, QStringLiteral("DOC-01")), ItemState::Pending); // level 3
    }

    void skipLogicAndFilters()
    {
        QuestionnaireModel model(QStringLiteral("interview"));
        QuestionnaireFilter filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQuestionnaire(m_q);
        QCOMPARE(filter.rowCount(), 4);
        filter.setShow(QuestionnaireFilter::Show::Pending);
        QCOMPARE(filter.rowCount(), 3);

        QVERIFY(m_q->answer(QStringLiteral("INT-03"), QStringLiteral("yes"), {}, {}).ok());
        QCOMPARE(stateOf(model, QStringLiteral("INT-04")), ItemState::Skipped); // until refreshed
        model.refresh();
        QCOMPARE(stateOf(model, QStringLiteral("INT-04")), ItemState::Pending);
        QCOMPARE(model.index(2, QuestionnaireModel::Value).data().toString(), QStringLiteral("Yes"));
        QCOMPARE(filter.rowCount(), 3); // INT-03 left, INT-04 came in

        QVERIFY(m_q->answer(QStringLiteral("INT-02"), QStringLiteral("noncompliant"), {}, {}).ok());
        model.refresh();
        filter.setShow(QuestionnaireFilter::Show::NonCompliant);
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, QuestionnaireModel::Id).data().toString(), QStringLiteral("INT-02"));
        QCOMPARE(filter.index(0, QuestionnaireModel::Value).data().toString(), QStringLiteral("Non-compliant"));

        filter.setShow(QuestionnaireFilter::Show::All);
        filter.setSection(QStringLiteral("b"));
        QCOMPARE(filter.rowCount(), 0);
        filter.setSection(QStringLiteral("a"));
        QCOMPARE(filter.rowCount(), 4);
        filter.setSection(QString());
        QCOMPARE(model.answeredCount(), 2);
        QCOMPARE(model.applicableCount(), 4);
    }

    void valuesAndLanguages()
    {
        QuestionnaireModel docs(QStringLiteral("document"));
        docs.setQuestionnaire(m_q);
        QVERIFY(m_q->answer(QStringLiteral("DOC-03"), QStringLiteral("vn,abroad"), {}, {}).ok());
        docs.refresh();
        const int row = docs.rowOf(QStringLiteral("DOC-03"));
        QCOMPARE(docs.index(row, QuestionnaireModel::Value).data().toString(), QStringLiteral("In Viet Nam, Abroad"));
        QVERIFY(docs.index(row, 0).data(QuestionnaireModel::NonCompliantRole).toBool());
        QVERIFY(Language::install(QStringLiteral("vi")));
        QCOMPARE(docs.index(row, QuestionnaireModel::Value).data().toString(), QStringLiteral("Tại Việt Nam, Ở nước ngoài"));
        QCOMPARE(docs.index(row, QuestionnaireModel::Text).data().toString(), QStringLiteral("Câu hỏi DOC-03"));
        QCOMPARE(QuestionnaireModel::answerValueName(QStringLiteral("partial")), QStringLiteral("Đạt một phần"));
        QVERIFY(Language::install(QStringLiteral("zh_CN")));
        QCOMPARE(QuestionnaireModel::answerValueName(QStringLiteral("noncompliant")), QStringLiteral("不符合"));
        QCOMPARE(docs.index(row, QuestionnaireModel::Section).data().toString(), QStringLiteral("B 部分"));
        QVERIFY(Language::install(QStringLiteral("en")));
    }
};

QTEST_MAIN(TestQuestionnaireModel)
#include "tst_questionnairemodel.moc"
