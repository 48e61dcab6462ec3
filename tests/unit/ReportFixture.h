#pragma once

// An inspection with answers, evidence, devices and findings, made through
// the core APIs: for the report tests and the report benchmark
// (tests/bench/report_fixture.cpp). The plain password SecretPassword is in
// the transcripts' contents and in a note typed by hand; reports must only
// ever show it masked.
#include "core/catalog/Catalog.h"
#include "core/catalog/Questionnaire.h"
#include "core/evidence/EvidenceStore.h"
#include "core/inspection/Assets.h"
#include "core/inspection/InspectionFile.h"
#include "core/inspection/SqlUtil.h"
#include "core/probe/ProbeTypes.h"

#include <QString>
#include <QStringList>

namespace abfixture
{

inline QString secretPassword()
{
    return QStringLiteral("Sup3rSecret!");
}
inline QString typedPassword()
{
    return QStringLiteral("admin123");
}

struct Spec {
    QString regime = QStringLiteral("cn-miit");
    int findings = 12;
    int evidence = 8;
    int devices = 4;
    bool answerAll = true;
};

inline ab::Result<void> build(const QString &path, const QByteArray &passphrase, const Spec &spec)
{
    using namespace ab;
    const bool cn = spec.regime == QLatin1String("cn-miit");
    auto catalog = catalog::Catalog::shipped(spec.regime);
    if (!catalog)
        return catalog.error();
    InspectionMeta meta;
    meta.regime = spec.regime;
    meta.organisation = cn ? QStringLiteral("华东视频云科技有限公司") : QStringLiteral("Công ty Cổ phần Giám sát Hình ảnh Đông Á");
    meta.systems = cn ? QList<SystemInfo>{{QStringLiteral("视频监控平台"), 3}, {QStringLiteral("边缘存储系统"), 2}}
                      : QList<SystemInfo>{{QStringLiteral("Hệ thống camera giám sát"), 3}, {QStringLiteral("Nền tảng lưu trữ"), 2}};
    meta.inspectors = cn ? QStringList{QStringLiteral("王晓明"), QStringLiteral("李静"), QStringLiteral("张伟")}
                         : QStringList{QStringLiteral("Nguyễn Văn An"), QStringLiteral("Trần Thị Bích"), QStringLiteral("Lê Hoàng Dũng")};
    meta.scope = {QStringLiteral("127.0.0.0/24")};
    meta.location = cn ? QStringLiteral("上海市浦东新区") : QStringLiteral("Hải Phòng");
    meta.catalogId = catalog->id();
    meta.catalogVersion = catalog->version();
    meta.startDate = QStringLiteral("2025-03-03");
    meta.endDate = QStringLiteral("2025-03-05");
    const PinnedCatalog pin = catalog->pin();
    auto created = InspectionFile::create(path, meta, passphrase, QStringLiteral("fixture"), &pin);
    if (!created)
        return created.error();
    InspectionFile &file = **created;

    // Evidence, in one transaction: transcripts hold the plain password.
    QList<qint64> evidenceIds;
    {
        sql::Transaction tx(file.database());
        if (auto r = tx.begin(); !r)
            return r;
        EvidenceStore store(file);
        const QStringList kinds = EvidenceItem::kinds();
        for (int i = 0; i < spec.evidence; ++i) {
            const QString kind = kinds.at(i % kinds.size());
            const QByteArray body =
                QStringLiteral("evidence %1\nUSER admin\r\nPASS %2\r\n230 Login successful\n").arg(i).arg(secretPassword()).toUtf8();
            ImportRequest req;
            req.name =
                kind == QLatin1String("photo") ? QStringLiteral("photo-%1.png").arg(i) : QStringLiteral("%1-%2.txt").arg(kind).arg(i);
            req.kind = kind;
            auto item = store.storeData(body, req);
            if (!item)
                return item.error();
            evidenceIds << item->id;
        }
        if (auto r = tx.commit(); !r)
            return r;
    }
    auto ev = [&](int i) { return evidenceIds.isEmpty() ? QList<qint64>{} : QList<qint64>{evidenceIds.at(i % evidenceIds.size())}; };

    if (spec.answerAll) {
        auto q = catalog::Questionnaire::load(file);
        if (!q)
            return q.error();
        const QStringList compliance{QStringLiteral("compliant"), QStringLiteral("partial"), QStringLiteral("noncompliant"),
                                     QStringLiteral("compliant"), QStringLiteral("na")};
        int i = 0;
        for (const catalog::Item &it : catalog->items()) {
            QString value;
            switch (it.answerType) {
            case catalog::AnswerType::Compliance:
                value = compliance.at(i % compliance.size());
                break;
            case catalog::AnswerType::YesNo:
                value = i % 2 ? QStringLiteral("yes") : QStringLiteral("no");
                break;
            case catalog::AnswerType::Number:
                value = QStringLiteral("3");
                break;
            case catalog::AnswerType::Date:
                value = QStringLiteral("2025-01-15");
                break;
            case catalog::AnswerType::Choice:
            case catalog::AnswerType::MultiChoice:
                value = it.choices.isEmpty() ? QString() : it.choices.first().id;
                break;
            case catalog::AnswerType::Text:
                value = QStringLiteral("见记录 / xem ghi chép");
                break;
            }
            ++i;
            const QString note = it.id == QLatin1String("INT-04")
                                     ? QStringLiteral("password %1 still in use on 12 cameras").arg(typedPassword())
                                     : QString();
            auto a = q->answer(it.id, value, note, ev(i));
            // An item ruled out by skip logic refuses its answer: that is its business.
            Q_UNUSED(a)
        }
    }

    sql::Transaction tx(file.database());
    if (auto r = tx.begin(); !r)
        return r;
    AssetStore assets(file);
    QList<qint64> devices;
    for (int d = 0; d < spec.devices; ++d) {
        DeviceRecord dev;
        dev.address = QStringLiteral("127.0.0.%1").arg(10 + d);
        dev.vendor = d % 2 ? QStringLiteral("Dahua") : QStringLiteral("Hikvision");
        dev.model = d % 2 ? QStringLiteral("DH-IPC-HFW1230S") : QStringLiteral("DS-2CD2042WD-I");
        dev.firmware = QStringLiteral("V5.4.%1").arg(d);
        auto stored = assets.upsertDevice(dev);
        if (!stored)
            return stored.error();
        devices << stored->id;
        for (const auto &[port, name] : {std::pair{21, "ftp"}, std::pair{23, "telnet"}, std::pair{80, "http"}, std::pair{554, "rtsp"}}) {
            ServiceRecord s;
            s.deviceId = stored->id;
            s.port = port;
            s.name = QLatin1String(name);
            if (auto r = assets.upsertService(s); !r)
                return r.error();
        }
    }
    const QString masked = probe::maskSecret(secretPassword());
    for (int i = 0; i < spec.findings; ++i) {
        FindingRecord f;
        f.deviceId = devices.isEmpty() ? 0 : devices.at(i % devices.size());
        f.source = QStringLiteral("probe");
        f.evidence = ev(i);
        switch (i % 6) {
        case 0:
            f.title = QStringLiteral("FTP accepts a default password");
            f.check = QStringLiteral("default-credentials");
            f.item = QStringLiteral("PRB-03");
            f.severity = QStringLiteral("high");
            f.port = 21;
            f.detail = QStringLiteral("account admin, password %1, after 1 attempt(s)").arg(masked);
            f.recommendation = QStringLiteral("Change the password to a strong, unique one; disable unused accounts and anonymous access.");
            break;
        case 1:
            f.title = QStringLiteral("Hikvision IP camera firmware with an authentication bypass");
            f.check = QStringLiteral("vulnerable-firmware");
            f.item = QStringLiteral("PRB-12");
            f.severity = i % 4 == 1 ? QStringLiteral("high") : QStringLiteral("medium");
            f.cve = QStringLiteral("CVE-2017-7921");
            f.port = 80;
            f.detail = QStringLiteral("rule hik-cve-2017-7921: Hikvision matched http.server \"App-webs/\"; version firmware V5.4.0");
            f.recommendation = QStringLiteral("Upgrade the firmware to a fixed release.");
            break;
        case 2:
            f.title = QStringLiteral("Telnet is open");
            f.check = QStringLiteral("telnet-open");
            f.item = QStringLiteral("PRB-01");
            f.severity = QStringLiteral("high");
            f.port = 23;
            f.detail = QStringLiteral("telnet answered on 127.0.0.%1:23/tcp.").arg(10 + i % std::max(1, spec.devices));
            f.recommendation = QStringLiteral("Disable Telnet; use SSH for remote management.");
            break;
        case 3:
            f.title = QStringLiteral("RTSP stream without authentication");
            f.check = QStringLiteral("rtsp-no-auth");
            f.item = QStringLiteral("PRB-07");
            f.severity = QStringLiteral("high");
            f.port = 554;
            f.detail = QStringLiteral("DESCRIBE rtsp://127.0.0.%1/Streaming/Channels/101 answered 200 without credentials.")
                           .arg(10 + i % std::max(1, spec.devices));
            break;
        case 4:
            f.title = QStringLiteral("HTTP server discloses its version");
            f.check = QStringLiteral("banner-version-disclosure");
            f.item = QStringLiteral("PRB-13");
            f.severity = QStringLiteral("low");
            f.port = 80;
            f.detail = QStringLiteral("Server: App-webs/1.0");
            break;
        default:
            f.title = cn ? QStringLiteral("监控室门禁未登记，值班电脑口令贴在显示器上")
                         : QStringLiteral("Mật khẩu máy trực dán trên màn hình phòng giám sát");
            f.severity = QStringLiteral("medium");
            f.source = QStringLiteral("manual");
            f.detail = QStringLiteral("pwd=%1 written on a note").arg(typedPassword());
            f.deadline = QStringLiteral("2025-04-30");
            break;
        }
        // Distinct findings: another port per finding beyond the first round.
        if (i >= 6)
            f.port += 10000 + i;
        if (auto r = assets.addFinding(f); !r)
            return r.error();
    }
    return tx.commit();
}

} // namespace abfixture
