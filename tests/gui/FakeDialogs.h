#pragma once

#include "ui/DialogProvider.h"

#include <QList>
#include <functional>
#include <QStringList>

// Answers every dialog of the main window from queues filled by the test,
// and records what was asked and said.
class FakeDialogs final : public ab::ui::DialogProvider {
public:
    QStringList passphrases;      // answered in order; empty queue = cancel
    QStringList passphraseErrors; // the error shown with each ask
    QStringList evidencePaths;    // for Add files
    QString folder;               // for Add folder
    QString exportTo;             // for Export
    QString openPath;             // for Open
    QStringList messages;         // "title: text"
    QStringList overrideReasons;  // answered in order; empty queue = cancel
    std::optional<QList<qint64>> pickedEvidence; // for Attach and the authorisation; nullopt = cancel
    QList<ab::ui::EvidencePick> evidencePicks;   // what each pick asked for
    QList<int> choices;                          // answered in order; empty queue = cancel
    QStringList choiceLists;                     // the choices offered, joined by '|'
    QStringList documentPaths;                    // answered in order; empty queue = cancel
    QStringList documentTitles;                   // the title of each ask
    QList<ab::ui::SigningKeyRequest> signingKeys; // answered in order; empty queue = cancel
    QStringList signingKeyErrors;                 // the error shown with each ask
    // The New inspection wizard: the test drives the real one here; unset = cancel.
    std::function<void(QWidget *, NewInspectionCallback)> onNewInspection;

    void openInspectionPath(QWidget *, PathCallback done) override { done(openPath); }
    void evidenceFiles(QWidget *, PathsCallback done) override { done(evidencePaths); }
    void evidenceFolder(QWidget *, PathCallback done) override { done(folder); }
    void exportPath(QWidget *, const QString &, PathCallback done) override { done(exportTo); }
    void passphrase(QWidget *, const QString &, const QString &error, PassphraseCallback done) override
    {
        passphraseErrors.append(error);
        if (passphrases.isEmpty()) {
            done(std::nullopt);
            return;
        }
        done(passphrases.takeFirst().toUtf8());
    }
    void newInspection(QWidget *parent, NewInspectionCallback done) override
    {
        if (onNewInspection)
            onNewInspection(parent, std::move(done));
        else
            done(std::nullopt);
    }
    void overrideReason(QWidget *, const QString &, TextCallback done) override
    {
        done(overrideReasons.isEmpty() ? QString() : overrideReasons.takeFirst());
    }
    void pickEvidence(QWidget *, ab::InspectionFile &, const ab::ui::EvidencePick &pick, EvidenceCallback done) override
    {
        evidencePicks.append(pick);
        done(pickedEvidence);
    }
    void chooseOne(QWidget *, const QString &, const QString &, const QStringList &list, int, ChoiceCallback done) override
    {
        choiceLists.append(list.join(QLatin1Char('|')));
        done(choices.isEmpty() ? -1 : choices.takeFirst());
    }
    void documentPath(QWidget *, bool, const QString &title, const QString &, const QStringList &, PathCallback done) override
    {
        documentTitles.append(title);
        done(documentPaths.isEmpty() ? QString() : documentPaths.takeFirst());
    }
    void signingKey(QWidget *, const QString &, const QString &error, SigningKeyCallback done) override
    {
        signingKeyErrors.append(error);
        if (signingKeys.isEmpty()) {
            done(std::nullopt);
            return;
        }
        done(signingKeys.takeFirst());
    }
    void message(QWidget *, Severity, const QString &title, const QString &text) override
    {
        messages.append(title + QStringLiteral(": ") + text);
    }
};
