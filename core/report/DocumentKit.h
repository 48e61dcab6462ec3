#pragma once

#include "core/report/ReportData.h"
#include "core/report/ReportDocument.h"
#include "core/report/ReportTexts.h"

#include <QMap>

namespace ab::report
{

// What the three document builders share: the texts in the document's
// language, the national conventions for dates, numbers and numbering, and
// the common parts (masthead, title, tables of findings and evidence,
// signature panels, closing blocks).
class DocumentKit final
{
public:
    DocumentKit(const ReportData &data, const ReportTexts &texts);

    const ReportData &data() const { return m_data; }
    const QString &lang() const { return m_lang; }
    bool chinese() const { return m_lang == QLatin1String("zh_CN"); }
    bool vietnamese() const { return m_lang == QLatin1String("vi"); }

    QString t(const QString &key) const { return m_texts.text(key, m_lang); }
    QString f(const QString &key, const QMap<QString, QString> &args) const { return m_texts.format(key, m_lang, args); }
    bool has(const QString &key) const { return m_texts.has(key); }

    // Conventions: 2025年3月5日 / ngày 05 tháng 3 năm 2025 / 5 March 2025.
    QString date(const QDate &d) const;
    QString dateShort(const QDate &d) const; // in tables: 2025-03-05 / 05/03/2025
    QString dates() const;                   // the inspection's days, one or a range
    QString numeral(int n) const;            // 一, 二 … for Chinese headings; 1, 2 … otherwise
    QString number(double v) const;          // 72.5 / 72,5
    QString size(qint64 bytes) const;
    QString systems() const;
    QString team() const;
    QString ids(const QList<qint64> &ids) const;
    QString severity(const QString &s) const;
    QString result(const ItemRow &row) const;
    QString method(const QString &kind) const;
    QString evidenceKind(const QString &kind) const;
    QString findingTitle(const FindingData &f) const;
    static QString device(const QString &address); // address[:port], breakable after the colon
    QString catalogName() const;
    QString documentNumber(const QString &fileId) const; // the given one, or the next by the kind's pattern
    QString issuer() const;
    QString place() const; // where it is issued; dots to fill in when unknown

    // The document's head: GB/T 9704 masthead (organ mark, number, red line)
    // for Chinese, Decree 30 header table (organ, motto, number, place and
    // date) for Vietnamese, the same without the motto for English.
    QList<Block> masthead(const QString &number) const;
    QList<Block> title(const QString &titleText) const;
    Table keyValues(const QList<std::pair<QString, QString>> &rows, bool borders = true) const;
    Table findingsTable(const QList<FindingData> &findings) const;
    Table evidenceTable() const;
    QList<Block> custody() const;
    SignaturePanel teamPanel(bool leaderOnly) const;
    SignaturePanel unitPanel() const;
    // Chinese: issuer and date on the right over the seal space. Vietnamese
    // and English: "Nơi nhận:" with the recipients.
    QList<Block> closing() const;
    Imprint imprint() const;

    static Cell cell(const QString &text, Role role = Role::TableCell, Qt::Alignment align = {});
    static QList<Cell> headerRow(const QStringList &titles);

private:
    const ReportData &m_data;
    const ReportTexts &m_texts;
    QString m_lang;
};

} // namespace ab::report
