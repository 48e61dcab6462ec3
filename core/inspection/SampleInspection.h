#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QString>

namespace ab {

// The passphrase of the sample inspection; documented, so it protects nothing.
inline QByteArray samplePassphrase() { return QByteArrayLiteral("auditbench-sample"); }

// Creates a demonstration inspection at path (refuses to overwrite): a
// Vietnamese camera-platform operator with two systems, a scope on loopback,
// and four real evidence items — an interview note, a generated PNG photo, a
// device inventory CSV and a probe transcript.
Result<QString> createSampleInspection(const QString &path, const QByteArray &passphrase);

// A small valid RGB PNG (a gradient with a dark "camera" block), generated
// without QtGui so core stays free of it.
QByteArray generateSamplePng(int width, int height);

} // namespace ab
