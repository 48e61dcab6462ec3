#pragma once

#include "core/evidence/EvidenceItem.h"
#include "core/inspection/InspectionMeta.h"
#include "ui/SigningKeyRequest.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QWidget;

namespace ab
{
class InspectionFile;
}

namespace ab::ui
{

// What the New inspection wizard hands back.
struct NewInspectionRequest {
    InspectionMeta meta;
    QString catalogPath; // a catalog file; empty: the regime's shipped catalog
    QString path;
    QByteArray passphrase; // cleansed by the receiver once used
};

// How evidence is chosen: for an answer or a finding (several), or the
// authorisation (one document).
struct EvidencePick {
    QList<qint64> chosen; // preselected
    QString onlyKind;     // empty: any kind
    bool single = false;
    QString title;
    QString hint;
};

// Every question the main window asks a person goes through here, so tests
// can answer without one. Answers come back through callbacks: dialogs are
// shown window-modal with open(), never with a nested exec() loop.
class DialogProvider
{
public:
    enum class Severity { Information, Warning, Critical };
    using PathCallback = std::function<void(const QString &)>;      // empty: cancelled
    using PathsCallback = std::function<void(const QStringList &)>; // empty: cancelled
    using PassphraseCallback = std::function<void(std::optional<QByteArray>)>;
    using NewInspectionCallback = std::function<void(std::optional<NewInspectionRequest>)>;
    using TextCallback = std::function<void(const QString &)>;                  // empty: cancelled
    using EvidenceCallback = std::function<void(std::optional<QList<qint64>>)>; // nullopt: cancelled

    virtual ~DialogProvider() = default;
    virtual void openInspectionPath(QWidget *parent, PathCallback done) = 0;
    virtual void evidenceFiles(QWidget *parent, PathsCallback done) = 0;
    virtual void evidenceFolder(QWidget *parent, PathCallback done) = 0;
    virtual void exportPath(QWidget *parent, const QString &suggestedName, PathCallback done) = 0;
    // error is empty on the first ask and says what went wrong on a retry.
    virtual void passphrase(QWidget *parent, const QString &path, const QString &error, PassphraseCallback done) = 0;
    virtual void newInspection(QWidget *parent, NewInspectionCallback done) = 0;
    // Why an inspector replaces the answer a probe gave to itemId.
    virtual void overrideReason(QWidget *parent, const QString &itemId, TextCallback done) = 0;
    // Evidence of the inspection to attach (to an answer, a finding) or to
    // record as the authorisation; read from the file a page at a time.
    virtual void pickEvidence(QWidget *parent, InspectionFile &file, const EvidencePick &pick, EvidenceCallback done) = 0;
    // One of several choices (the answer a finding comes from, the finding a
    // merge keeps); done(-1) when cancelled.
    using ChoiceCallback = std::function<void(int)>;
    virtual void chooseOne(QWidget *parent, const QString &title, const QString &label, const QStringList &choices, int current,
                           ChoiceCallback done) = 0;
    virtual void message(QWidget *parent, Severity severity, const QString &title, const QString &text) = 0;
    // A document to write (save) or read (open): title, suggested name or
    // folder, name filters ("PDF documents (*.pdf)").
    virtual void documentPath(QWidget *parent, bool save, const QString &title, const QString &suggested, const QStringList &filters,
                              PathCallback done) = 0;
    // The key to sign or seal with (SigningKeyDialog); error is empty on the
    // first ask. The receiver cleanses the request's secret (load() does).
    using SigningKeyCallback = std::function<void(std::optional<SigningKeyRequest>)>;
    virtual void signingKey(QWidget *parent, const QString &purpose, const QString &error, SigningKeyCallback done) = 0;
};

} // namespace ab::ui
