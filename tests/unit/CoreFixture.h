#pragma once

// Shared by the core unit tests: make and reopen inspection files in a
// temporary folder. Each create/open derives an scrypt key (~0.2 s), so
// tests share files where they can.
#include "core/inspection/InspectionFile.h"

#include <QSqlQuery>
#include <QString>
#include <QTest>

#include <memory>

namespace abtest {

inline QByteArray passphrase() { return QByteArrayLiteral("unit-test passphrase"); }

inline ab::InspectionMeta sampleMeta()
{
    ab::InspectionMeta m;
    m.regime = QStringLiteral("cn-miit");
    m.organisation = QStringLiteral("测试单位");
    m.systems = {{QStringLiteral("CCTV"), 3}};
    m.inspectors = {QStringLiteral("tester")};
    m.scope = {QStringLiteral("127.0.0.0/24")};
    return m;
}

inline std::unique_ptr<ab::InspectionFile> create(const QString &path)
{
    auto f = ab::InspectionFile::create(path, sampleMeta(), passphrase(), QStringLiteral("tester"));
    if (!f) {
        qWarning("create %s: %s", qPrintable(path), qPrintable(f.error().message));
        return {};
    }
    return std::move(f).value();
}

inline std::unique_ptr<ab::InspectionFile> open(const QString &path, ab::InspectionFile::Mode mode = ab::InspectionFile::Mode::ReadWrite)
{
    auto f = ab::InspectionFile::open(path, passphrase(), mode);
    if (!f) {
        qWarning("open %s: %s", qPrintable(path), qPrintable(f.error().message));
        return {};
    }
    (*f)->setActor(QStringLiteral("tester"));
    return std::move(f).value();
}

// One value from the file's own connection, for checks behind the API.
inline QVariant scalar(const ab::InspectionFile &f, const QString &sql)
{
    QSqlQuery q(f.database());
    if (!q.exec(sql) || !q.next()) {
        qWarning("%s failed", qPrintable(sql));
        return {};
    }
    return q.value(0);
}

// Raw SQL on the file's connection: what someone with the sqlite3 tool could do.
inline bool tamper(const ab::InspectionFile &f, const QString &sql)
{
    QSqlQuery q(f.database());
    if (!q.exec(sql)) {
        qWarning("%s failed", qPrintable(sql));
        return false;
    }
    return true;
}

// Deterministic, position-dependent bytes that no chunk boundary can hide.
inline QByteArray pattern(qsizetype size, int seed = 1)
{
    QByteArray out(size, Qt::Uninitialized);
    quint32 x = 2463534242u + quint32(seed);
    for (qsizetype i = 0; i < size; ++i) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        out[i] = char(x);
    }
    return out;
}

} // namespace abtest
