#pragma once

#include "core/seal/SealManifest.h"
#include "core/seal/SealStatus.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace ab
{
class InspectionFile;
namespace catalog
{
class Questionnaire;
}
} // namespace ab

namespace ab::ui
{

// One thing that differs from what a seal covers, as a person reads it:
// "Evidence #3 (photo-cam12.jpg)" — "content differs from what was sealed",
// with core's own sentence kept for the tooltip.
struct ReadableChange {
    QString object; // as core names it: evidence:3, answer:INT-04, custody:17...
    QString title;  // Evidence #3 (photo-cam12.jpg)
    QString what;   // content differs from what was sealed
    QString detail; // core's sentence
    qint64 custodySeq = 0;
    bool navigable = false; // the object is there to be shown
    QString line() const { return title + QStringLiteral(": ") + what; }
};

// Turns core's changes into ReadableChange, naming each object from the file
// (evidence and finding names, the item's question, the device's address)
// and, for evidence the seal covered, from the signed manifest. Reads the
// file on the calling thread (the UI's, after verify has finished).
class ChangeDescriber final
{
    Q_DECLARE_TR_FUNCTIONS(ab::ui::ChangeDescriber)
public:
    ChangeDescriber(InspectionFile &file, const catalog::Questionnaire *questionnaire, std::optional<SealManifest> sealed)
        : m_file(file), m_questionnaire(questionnaire), m_sealed(std::move(sealed))
    {
    }
    QList<ReadableChange> describe(const QList<SealChange> &changes) const;
    ReadableChange describe(const SealChange &change) const;
    // "Evidence #3 (photo.jpg)", "Answer INT-04 (Are default passwords changed?)", "the whole inspection"...
    QString objectTitle(const QString &object) const;

private:
    QString what(const SealChange &change, const QString &type, qint64 id) const;
    QString afterSeal(qint64 seq) const;
    InspectionFile &m_file;
    const catalog::Questionnaire *m_questionnaire = nullptr;
    std::optional<SealManifest> m_sealed;
};

} // namespace ab::ui
