#pragma once

#include "core/seal/Comparison.h"
#include "core/util/Result.h"

#include <QList>

namespace ab
{

class InspectionFile;

// Compares inspections of the same site made by different inspectors:
// details, answers (value and note per item), findings (matched by check,
// device address, port and CVE; by title when a finding has no check),
// devices and services (by address and port), evidence (by SHA-256: held by
// one and not another; by name: same name, different content).
class InspectionComparer final
{
public:
    // At least two files, each open (read-only is enough) on this thread.
    static Result<Comparison> compare(const QList<InspectionFile *> &files);
};

} // namespace ab
