#include "core/inspection/SampleInspection.h"

#include "core/catalog/Questionnaire.h"
#include "core/evidence/EvidenceStore.h"
#include "core/findings/FindingService.h"
#include "core/inspection/InspectionFile.h"
#include "core/inspection/Scope.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonValue>
#include <QMap>
#include <QtEndian>

#include <array>

namespace ab {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ab::SampleInspection)
};

quint32 crc32(const QByteArray &data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    quint32 c = 0xFFFFFFFFu;
    for (const char ch : data)
        c = table[(c ^ quint8(ch)) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

void appendBe32(QByteArray &out, quint32 v)
{
    char b[4];
    qToBigEndian(v, b);
    out.append(b, 4);
}

void appendChunk(QByteArray &png, const char *type, const QByteArray &data)
{
    appendBe32(png, quint32(data.size()));
    QByteArray typed(type, 4);
    typed.append(data);
    png.append(typed);
    appendBe32(png, crc32(typed));
}

const char *const InterviewNote =
    "Interview note - on-site inspection\n"
    "Organisation: Cong ty CP Giam sat An Phu (sample)\n"
    "Interviewee: head of IT operations\n\n"
    "1. Camera passwords are changed at installation; 12 cameras in warehouse B keep the vendor default.\n"
    "2. Firmware updates are applied twice a year; no record of the last update was shown.\n"
    "3. Video is kept 30 days on the NVR; remote access is through the vendor cloud app.\n"
    "4. Logs of the management platform are kept 90 days.\n";

const char *const Inventory =
    "ip,mac,vendor,model,firmware,location,role\n"
    "127.0.0.10,00:1a:2b:3c:4d:01,Hikvision,DS-2CD2143G0-I,V5.5.82,Gate A,camera\n"
    "127.0.0.11,00:1a:2b:3c:4d:02,Dahua,IPC-HFW2431S,2.800.0000000.25,Warehouse B,camera\n"
    "127.0.0.12,00:1a:2b:3c:4d:03,Hikvision,DS-7608NI-K2,V4.30.085,Server room,nvr\n"
    "127.0.0.20,00:1a:2b:3c:4d:04,Ubiquiti,EdgeRouter X,v2.0.9,Server room,gateway\n";

const char *const Authorisation =
    "DECISION on an on-site network-security inspection (sample)\n"
    "Inspected: Cong ty CP Giam sat An Phu - camera systems CCTV (level 3) and the cloud video platform (level 2).\n"
    "Scope: 127.0.0.0/24 and localhost on ports 80, 554 and 8000; intrusive tests are not authorised.\n"
    "Team: Nguyen Van An; Tran Thi Binh (team leader).\n";

const char *const Transcript =
    "# probe transcript (sample) - target 127.0.0.11:554 rtsp\n"
    "> OPTIONS rtsp://127.0.0.11:554/ RTSP/1.0\n"
    "> CSeq: 1\n"
    ">\n"
    "< RTSP/1.0 200 OK\n"
    "< CSeq: 1\n"
    "< Public: OPTIONS, DESCRIBE, SETUP, TEARDOWN, PLAY\n"
    "< Server: Rtsp Server/3.0\n"
    "<\n"
    "> DESCRIBE rtsp://127.0.0.11:554/cam/realmonitor RTSP/1.0\n"
    "> CSeq: 2\n"
    "< RTSP/1.0 200 OK (stream served without authentication)\n";
} // namespace

QByteArray generateSamplePng(int width, int height)
{
    QByteArray raw;
    raw.reserve(height * (1 + width * 3));
    for (int y = 0; y < height; ++y) {
        raw.append(char(0)); // filter: none
        for (int x = 0; x < width; ++x) {
            const bool camera = x > width / 3 && x < width * 2 / 3 && y > height / 3 && y < height * 2 / 3;
            const bool lens = camera && (x - width / 2) * (x - width / 2) + (y - height / 2) * (y - height / 2) < (height / 10) * (height / 10);
            const int r = lens ? 30 : camera ? 60 : 90 + 120 * x / width;
            const int g = lens ? 90 : camera ? 60 : 140 + 80 * y / height;
            const int b = lens ? 160 : camera ? 70 : 200;
            raw.append(char(r)).append(char(g)).append(char(b));
        }
    }
    QByteArray ihdr;
    appendBe32(ihdr, quint32(width));
    appendBe32(ihdr, quint32(height));
    ihdr.append(char(8)).append(char(2)).append(char(0)).append(char(0)).append(char(0)); // 8-bit RGB
    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    appendChunk(png, "IHDR", ihdr);
    appendChunk(png, "IDAT", qCompress(raw, 9).mid(4)); // qCompress = 4-byte length + zlib stream
    appendChunk(png, "IEND", QByteArray());
    return png;
}

Result<QString> createSampleInspection(const QString &path, const QByteArray &passphrase)
{
    InspectionMeta meta;
    meta.regime = QStringLiteral("vn-mic");
    meta.organisation = QStringLiteral("Công ty CP Giám sát An Phú (sample)");
    meta.systems = {SystemInfo{QStringLiteral("CCTV"), 3}, SystemInfo{QStringLiteral("Cloud video platform"), 2}};
    meta.inspectors = {QStringLiteral("Nguyễn Văn An"), QStringLiteral("Trần Thị Bình")};
    meta.location = QStringLiteral("Hà Nội");
    auto catalog = catalog::Catalog::shipped(meta.regime);
    if (!catalog)
        return catalog.error();
    meta.catalogId = catalog->id();
    meta.catalogVersion = catalog->version();
    const PinnedCatalog pin = catalog->pin();
    meta.startDate = QDate::currentDate().toString(Qt::ISODate);
    auto scope = Scope::parse({QStringLiteral("127.0.0.0/24"), QStringLiteral("localhost:80,554,8000")});
    if (!scope)
        return scope.error();
    meta.scope = scope->toStringList();

    auto file = InspectionFile::create(path, meta, passphrase, QStringLiteral("sample"), &pin);
    if (!file)
        return file.error();
    EvidenceStore store(**file);
    struct Sample {
        QString name, kind, item, note;
        QByteArray data;
    };
    const QList<Sample> samples{
        {QStringLiteral("interview-it-operations.txt"), QStringLiteral("note"), QStringLiteral("INT-04"),
         Tr::tr("Generated sample interview note."), QByteArray(InterviewNote)},
        {QStringLiteral("camera-warehouse-b.png"), QStringLiteral("photo"), QStringLiteral("INT-03"),
         Tr::tr("Generated sample photo."), generateSamplePng(320, 240)},
        {QStringLiteral("device-inventory.csv"), QStringLiteral("document"), QStringLiteral("DOC-04"),
         Tr::tr("Generated sample device inventory."), QByteArray(Inventory)},
        {QStringLiteral("probe-127.0.0.11-rtsp.txt"), QStringLiteral("transcript"), QStringLiteral("PRB-07"),
         Tr::tr("Generated sample probe transcript."), QByteArray(Transcript)},
        {QStringLiteral("inspection-decision.txt"), QStringLiteral("document"), QString(), Tr::tr("Generated sample authorisation."),
         QByteArray(Authorisation)},
    };
    QMap<QString, qint64> ids; // checklist item -> evidence id
    for (const Sample &s : samples) {
        ImportRequest req{QString(), s.name, s.kind, s.item, s.note};
        auto item = store.importData(s.data, req);
        if (!item)
            return item.error();
        ids.insert(s.item.isEmpty() ? s.name : s.item, item->id);
    }
    // The decision that authorises the inspection, recorded as such.
    InspectionMeta withAuthorisation = (*file)->meta();
    withAuthorisation.authorisationEvidence = ids.value(QStringLiteral("inspection-decision.txt"));
    if (auto r = (*file)->updateMeta(withAuthorisation); !r)
        return r.error();
    // A few answers, each pointing at the evidence that supports it.
    auto q = catalog::Questionnaire::load(**file);
    if (!q)
        return q.error();
    const struct {
        const char *item, *value, *note;
    } answers[] = {
        {"INT-01", "compliant", "Level-3 dossier approved; filing receipt shown."},
        {"INT-04", "noncompliant", "12 cameras in warehouse B keep the vendor default password."},
        {"DOC-04", "compliant", "Inventory lists model, firmware and IP/MAC of every device."},
    };
    for (const auto &a : answers) {
        const QString item = QString::fromLatin1(a.item);
        const QList<qint64> evidence = ids.contains(item) ? QList<qint64>{ids.value(item)} : QList<qint64>{};
        if (auto r = q->answer(item, QString::fromLatin1(a.value), QString::fromLatin1(a.note), evidence); !r)
            return r.error();
    }
    // The RTSP transcript answers PRB-07 as a probe would.
    if (auto r = q->answerFromProbe(QStringLiteral("PRB-07"), QJsonValue(QStringLiteral("noncompliant")),
                                    QStringLiteral("DESCRIBE answered 200 without credentials."), {ids.value(QStringLiteral("PRB-07"))});
        !r)
        return r.error();
    // The default passwords become a finding, as an inspector would record them.
    if (auto r = findings::FindingService(**file).fromAnswer(*q, QStringLiteral("INT-04"), QStringLiteral("en")); !r)
        return r.error();
    return (*file)->path();
}

} // namespace ab
