#pragma once

#include "core/util/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>

namespace ab {
class InspectionFile;
}

namespace ab::catalog {

// One answer to a checklist item: the value in the item's own type, who gave
// it and why. Each change is a custody entry carrying this whole record.
struct Answer {
    QString item;
    QJsonValue value;       // string, number, bool or array of strings
    QString note;
    QString source;         // inspector | probe
    QString overrideReason; // set when an inspector replaced a probe's answer
    QList<qint64> evidence; // evidence ids
    QDateTime at;
    QString by;

    QJsonObject record() const;
    static Answer fromRecord(const QJsonObject &record);
};

class AnswerStore final {
public:
    explicit AnswerStore(InspectionFile &file) : m_file(file) {}
    Result<QMap<QString, Answer>> all() const;
    // Writes the answer and its custody entry in the caller's transaction.
    Result<Answer> put(Answer answer);

private:
    InspectionFile &m_file;
};

} // namespace ab::catalog
