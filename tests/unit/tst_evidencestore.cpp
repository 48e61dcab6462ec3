// EvidenceStore: streamed, chunked, encrypted, content-addressed evidence.
// Chunk boundaries, dedupe, export round trips, cancel, and import planning
// (folders, symlink loops, unreadable paths).
#include "CoreFixture.h"

#include "core/evidence/EvidenceStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using ab::EvidenceStore;
using ab::ImportRequest;
using ab::InspectionFile;

namespace {
constexpr qint64 CS = EvidenceStore::ChunkSize;

QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

struct Counts {
    qint64 evidence, blobs, chunks, custody;
    bool operator==(const Counts &) const = default;
};
Counts counts(const InspectionFile &f)
{
    return {abtest::scalar(f, QStringLiteral("SELECT count(*) FROM evidence")).toLongLong(),
            abtest::scalar(f, QStringLiteral("SELECT count(*) FROM blob")).toLongLong(),
            abtest::scalar(f, QStringLiteral("SELECT count(*) FROM chunk")).toLongLong(),
            abtest::scalar(f, QStringLiteral("SELECT count(*) FROM custody")).toLongLong()};
}
} // namespace

class TestEvidenceStore final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void chunkBoundaries_data();
    void chunkBoundaries();
    void importFileMetadata();
    void dedupeKeepsOneBlob();
    void cancelLeavesNothing_data();
    void cancelLeavesNothing();
    void unknownKindRefused();
    void readOnlyHandleRefuses();
    void missingItem();
    void exportRefusesAlteredContents();
    void exportNeverOverwritesTheInspection();
    void chunkAadBindsPlace();
    void kindForName_data();
    void kindForName();
    void planFolderWithSymlinkLoop();
    void planRefusesBadPaths();
    void planDedupesSameFile();
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<InspectionFile> m_file;
};

void TestEvidenceStore::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_file = abtest::create(m_dir.filePath(QStringLiteral("store.inspection")));
    QVERIFY(m_file);
}

void TestEvidenceStore::cleanupTestCase() { m_file.reset(); }

void TestEvidenceStore::chunkBoundaries_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<qint64>("chunks");
    QTest::addColumn<bool>("viaFile");
    QTest::newRow("0 bytes") << qint64(0) << qint64(1) << true;
    QTest::newRow("1 byte") << qint64(1) << qint64(1) << true;
    QTest::newRow("ChunkSize-1") << CS - 1 << qint64(1) << true;
    QTest::newRow("ChunkSize") << CS << qint64(1) << true;
    QTest::newRow("ChunkSize+1") << CS + 1 << qint64(2) << true;
    QTest::newRow("2*ChunkSize") << 2 * CS << qint64(2) << false;
    QTest::newRow("3*ChunkSize+5") << 3 * CS + 5 << qint64(4) << false;
    // From ThreadedImportBytes on, reading and sealing run on a second thread.
    constexpr qint64 T = EvidenceStore::ThreadedImportBytes;
    QTest::newRow("threaded, exact chunks") << T << (T + CS - 1) / CS << true;
    QTest::newRow("threaded, ChunkSize+1 over") << T + CS + 1 << (T + CS + 1 + CS - 1) / CS << true;
    QTest::newRow("threaded, from memory") << T + 7 << (T + 7 + CS - 1) / CS << false;
}

void TestEvidenceStore::chunkBoundaries()
{
    QFETCH(qint64, size);
    QFETCH(qint64, chunks);
    QFETCH(bool, viaFile);
    const QByteArray data = abtest::pattern(size, int(size % 1000) + 7);
    EvidenceStore store(*m_file);
    const Counts before = counts(*m_file);
    ab::Result<ab::EvidenceItem> item = ab::makeError(ab::ErrorCode::Io, QString());
    qint64 lastDone = -1, calls = 0;
    if (viaFile) {
        const QString src = m_dir.filePath(QStringLiteral("src-%1.bin").arg(size));
        QVERIFY(writeFile(src, data));
        item = store.importFile(ImportRequest{src, {}, QStringLiteral("document"), {}, {}}, [&](qint64 done, qint64 total) {
            ++calls;
            lastDone = done;
            return done <= total;
        });
    } else {
        item = store.importData(data, ImportRequest{{}, QStringLiteral("generated.bin"), {}, {}, {}});
    }
    QVERIFY2(item.ok(), qPrintable(item.ok() ? QString() : item.error().message));
    if (viaFile) {
        QCOMPARE(calls, chunks); // one progress report per chunk
        QCOMPARE(lastDone, size);
    }
    QCOMPARE(item->size, size);
    QCOMPARE(item->sha256, sha256Hex(data));
    QCOMPARE(abtest::scalar(*m_file, QStringLiteral("SELECT chunks FROM blob WHERE sha256 = '%1'").arg(item->sha256)).toLongLong(), chunks);
    const Counts after = counts(*m_file);
    QCOMPARE(after.evidence, before.evidence + 1);
    QCOMPARE(after.chunks, before.chunks + chunks);
    QCOMPARE(after.custody, before.custody + 1);
    // Stored encrypted: no chunk holds a recognisable run of the plaintext.
    if (size >= 64)
        QCOMPARE(abtest::scalar(*m_file, QStringLiteral("SELECT count(*) FROM chunk WHERE instr(data, X'%1') > 0")
                                             .arg(QString::fromLatin1(data.left(32).toHex())))
                     .toLongLong(),
                 0);

    // Read back through the sink, and export to a file.
    QByteArray back;
    QVERIFY(store.read(item->id, [&](QByteArrayView v) {
                         back.append(v);
                         return true;
                     }).ok());
    QCOMPARE(back.size(), data.size());
    QVERIFY(back == data);
    const QString out = m_dir.filePath(QStringLiteral("out-%1.bin").arg(size));
    auto r = store.exportTo(item->id, out);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QVERIFY(readFile(out) == data);
}

void TestEvidenceStore::importFileMetadata()
{
    const QString src = m_dir.filePath(QStringLiteral("photo of rack.JPG"));
    QVERIFY(writeFile(src, QByteArray("jpeg-ish")));
    EvidenceStore store(*m_file);
    auto item = store.importFile(ImportRequest{src, {}, {}, QStringLiteral("DOC-01"), QStringLiteral("taken at the NVR")});
    QVERIFY(item.ok());
    QCOMPARE(item->name, QStringLiteral("photo of rack.JPG"));
    QCOMPARE(item->kind, QStringLiteral("photo"));
    auto got = store.get(item->id);
    QVERIFY(got.ok());
    QCOMPARE(got->name, item->name);
    QCOMPARE(got->item, QStringLiteral("DOC-01"));
    QCOMPARE(got->note, QStringLiteral("taken at the NVR"));
    QCOMPARE(got->addedBy, QStringLiteral("tester"));
    QCOMPARE(got->addedAt, item->addedAt);
    QCOMPARE(got->toJson(), item->toJson());
    // The custody log records the same facts.
    auto last = m_file->custody().entries(abtest::scalar(*m_file, QStringLiteral("SELECT max(seq) FROM custody")).toLongLong());
    QVERIFY(last.ok());
    QCOMPARE(last->size(), 1);
    QCOMPARE(last->first().action, QStringLiteral("evidence.add"));
    QCOMPARE(last->first().object, QStringLiteral("evidence:%1").arg(item->id));
    QCOMPARE(last->first().detail, item->custodyRecord());

    // No item and no note: stored as empty strings, listed with item null.
    auto bare = store.importData(QByteArrayView("bare"), ImportRequest{{}, QStringLiteral("bare.txt"), {}, {}, {}});
    QVERIFY2(bare.ok(), qPrintable(bare.ok() ? QString() : bare.error().message));
    QVERIFY(bare->toJson().value(QStringLiteral("item")).isNull());
    auto list = store.list();
    QVERIFY(list.ok());
    QCOMPARE(list->last().id, bare->id);
    QCOMPARE(store.count().value(), list->size());
}

void TestEvidenceStore::dedupeKeepsOneBlob()
{
    EvidenceStore store(*m_file);
    const QByteArray data = abtest::pattern(CS + 100, 4242);
    auto a = store.importData(data, ImportRequest{{}, QStringLiteral("first.bin"), {}, {}, {}});
    QVERIFY(a.ok());
    const Counts mid = counts(*m_file);
    auto b = store.importData(data, ImportRequest{{}, QStringLiteral("second name.bin"), {}, {}, {}});
    QVERIFY(b.ok());
    const Counts after = counts(*m_file);
    QVERIFY(a->id != b->id);
    QCOMPARE(a->sha256, b->sha256);
    QCOMPARE(after.evidence, mid.evidence + 1);
    QCOMPARE(after.blobs, mid.blobs);   // one stored content
    QCOMPARE(after.chunks, mid.chunks); // the copy's chunks were dropped
    QCOMPARE(after.custody, mid.custody + 1);
    QCOMPARE(abtest::scalar(*m_file, QStringLiteral("SELECT count(DISTINCT blob_id) FROM evidence WHERE id IN (%1, %2)").arg(a->id).arg(b->id))
                 .toLongLong(),
             1);
    QByteArray back;
    QVERIFY(store.read(b->id, [&](QByteArrayView v) {
                         back.append(v);
                         return true;
                     }).ok());
    QVERIFY(back == data);
}

void TestEvidenceStore::cancelLeavesNothing_data()
{
    QTest::addColumn<int>("cancelAtCall");
    QTest::addColumn<qint64>("size");
    QTest::newRow("first chunk") << 1 << 3 * CS + 10;
    QTest::newRow("third chunk") << 3 << 3 * CS + 10;
    QTest::newRow("last chunk") << 4 << 3 * CS + 10;
    const qint64 threaded = EvidenceStore::ThreadedImportBytes + 2 * CS + 3;
    const int chunks = int((threaded + CS - 1) / CS);
    QTest::newRow("threaded, first chunk") << 1 << threaded;
    QTest::newRow("threaded, middle chunk") << chunks / 2 << threaded;
    QTest::newRow("threaded, last chunk") << chunks << threaded;
}

void TestEvidenceStore::cancelLeavesNothing()
{
    QFETCH(int, cancelAtCall);
    QFETCH(qint64, size);
    const QString src = m_dir.filePath(QStringLiteral("cancel.bin"));
    QVERIFY(writeFile(src, abtest::pattern(size, cancelAtCall + int(size % 100))));
    EvidenceStore store(*m_file);
    const Counts before = counts(*m_file);
    const qint64 maxBlob = abtest::scalar(*m_file, QStringLiteral("SELECT coalesce(max(id), 0) FROM blob")).toLongLong();
    int calls = 0;
    auto item = store.importFile(ImportRequest{src, {}, {}, {}, {}}, [&](qint64, qint64) { return ++calls < cancelAtCall; });
    QVERIFY(!item.ok());
    QCOMPARE(item.error().code, ab::ErrorCode::Cancelled);
    QCOMPARE(calls, cancelAtCall);
    QVERIFY(counts(*m_file) == before);
    QCOMPARE(abtest::scalar(*m_file, QStringLiteral("SELECT count(*) FROM chunk WHERE blob_id > %1").arg(maxBlob)).toLongLong(), 0);
    // The store is still usable afterwards.
    auto again = store.importFile(ImportRequest{src, {}, {}, {}, {}});
    QVERIFY(again.ok());
}

void TestEvidenceStore::unknownKindRefused()
{
    EvidenceStore store(*m_file);
    const Counts before = counts(*m_file);
    auto item = store.importData(QByteArrayView("x"), ImportRequest{{}, QStringLiteral("x.txt"), QStringLiteral("video"), {}, {}});
    QVERIFY(!item.ok());
    QCOMPARE(item.error().code, ab::ErrorCode::Usage);
    QVERIFY(counts(*m_file) == before);
}

void TestEvidenceStore::readOnlyHandleRefuses()
{
    auto ro = m_file->openAnother(InspectionFile::Mode::ReadOnly);
    QVERIFY(ro.ok());
    EvidenceStore store(**ro);
    auto item = store.importData(QByteArrayView("x"), ImportRequest{{}, QStringLiteral("x.txt"), {}, {}, {}});
    QVERIFY(!item.ok());
    QCOMPARE(item.error().code, ab::ErrorCode::Usage);
    QVERIFY(store.list().ok()); // reading still works
}

void TestEvidenceStore::missingItem()
{
    EvidenceStore store(*m_file);
    QVERIFY(!store.get(999999).ok());
    QVERIFY(!store.read(999999, {}).ok());
    const QString out = m_dir.filePath(QStringLiteral("never.bin"));
    QVERIFY(!store.exportTo(999999, out).ok());
    QVERIFY(!QFile::exists(out));
    auto missing = store.importFile(ImportRequest{m_dir.filePath(QStringLiteral("no such file")), {}, {}, {}, {}});
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, ab::ErrorCode::Io);
}

void TestEvidenceStore::exportRefusesAlteredContents()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("altered.inspection"));
    auto f = abtest::create(path);
    QVERIFY(f);
    EvidenceStore store(*f);
    auto item = store.importData(abtest::pattern(2 * CS + 1, 9), ImportRequest{{}, QStringLiteral("a.bin"), {}, {}, {}});
    QVERIFY(item.ok());
    // Flip one byte of the second chunk's ciphertext.
    QVERIFY(abtest::tamper(*f, QStringLiteral("UPDATE chunk SET data = substr(data, 1, 99) || CASE WHEN substr(data, 100, 1) = X'00'"
                                              " THEN X'01' ELSE X'00' END || substr(data, 101) WHERE idx = 1")));
    const QString out = dir.filePath(QStringLiteral("out.bin"));
    QVERIFY(writeFile(out, QByteArray("old contents")));
    auto r = store.exportTo(item->id, out);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ab::ErrorCode::Problem);
    QVERIFY2(r.error().message.contains(QStringLiteral("chunk 2 of 3")), qPrintable(r.error().message));
    QCOMPARE(readFile(out), QByteArray("old contents")); // no unverified bytes written
}

void TestEvidenceStore::exportNeverOverwritesTheInspection()
{
    EvidenceStore store(*m_file);
    auto item = store.importData(QByteArrayView("small"), ImportRequest{{}, QStringLiteral("small.txt"), {}, {}, {}});
    QVERIFY(item.ok());
    const QString link = m_dir.filePath(QStringLiteral("link-to-inspection"));
    QVERIFY(QFile::link(m_file->path(), link));
    const QByteArray before = readFile(m_file->path());
    for (const QString &out : QStringList{m_file->path(), link, m_dir.path() + QStringLiteral("/./store.inspection")}) {
        auto r = store.exportTo(item->id, out);
        QVERIFY2(!r.ok(), qPrintable(out));
        QCOMPARE(r.error().code, ab::ErrorCode::Usage);
        QVERIFY(readFile(m_file->path()) == before);
    }
    QVERIFY(store.list().ok());
}

void TestEvidenceStore::chunkAadBindsPlace()
{
    const QByteArray file(16, 'f'), blob(16, 'b');
    const QByteArray base = EvidenceStore::chunkAad(file, blob, 0, false);
    QVERIFY(base != EvidenceStore::chunkAad(file, blob, 1, false));
    QVERIFY(base != EvidenceStore::chunkAad(file, blob, 0, true));
    QVERIFY(base != EvidenceStore::chunkAad(file, QByteArray(16, 'c'), 0, false));
    QVERIFY(base != EvidenceStore::chunkAad(QByteArray(16, 'g'), blob, 0, false));
    QCOMPARE(base, EvidenceStore::chunkAad(file, blob, 0, false));
}

void TestEvidenceStore::kindForName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("kind");
    QTest::newRow("jpg") << "IMG_0001.JPG" << "photo";
    QTest::newRow("heic") << "a.heic" << "photo";
    QTest::newRow("txt") << "notes.txt" << "note";
    QTest::newRow("pcap") << "capture.pcapng" << "transcript";
    QTest::newRow("nmap xml") << "scan.xml" << "transcript";
    QTest::newRow("pdf") << "approval.pdf" << "document";
    QTest::newRow("no suffix") << "README" << "document";
}

void TestEvidenceStore::kindForName()
{
    QFETCH(QString, name);
    QFETCH(QString, kind);
    QCOMPARE(ab::EvidenceItem::kindForName(name), kind);
}

void TestEvidenceStore::planFolderWithSymlinkLoop()
{
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("evidence"));
    QVERIFY(QDir().mkpath(root + QStringLiteral("/sub")));
    QVERIFY(writeFile(root + QStringLiteral("/b.txt"), "b"));
    QVERIFY(writeFile(root + QStringLiteral("/a.txt"), "a"));
    QVERIFY(writeFile(root + QStringLiteral("/sub/c.txt"), "c"));
    QVERIFY(QFile::link(QStringLiteral("."), root + QStringLiteral("/loop")));
    QVERIFY(QFile::link(QStringLiteral(".."), root + QStringLiteral("/sub/up")));
    QVERIFY(QFile::link(QStringLiteral("nowhere"), root + QStringLiteral("/dangling")));
    QVERIFY(QFile::link(QStringLiteral("self"), root + QStringLiteral("/self")));
    auto plan = ab::planImport({root});
    QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().message));
    QStringList names;
    for (const QString &f : plan->files)
        names.append(QDir(root).relativeFilePath(f));
    QCOMPARE(names, (QStringList{QStringLiteral("a.txt"), QStringLiteral("b.txt"), QStringLiteral("sub/c.txt")}));
    QCOMPARE(plan->totalBytes, 3);
    const QString skipped = plan->skipped.join(QLatin1Char('\n'));
    QCOMPARE(plan->skipped.size(), 4);
    for (const char *name : {"/loop", "/sub/up", "/dangling", "/self"})
        QVERIFY2(skipped.contains(QLatin1String(name)), qPrintable(skipped));
}

void TestEvidenceStore::planRefusesBadPaths()
{
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("good.txt"));
    QVERIFY(writeFile(good, "g"));
    auto missing = ab::planImport({good, dir.filePath(QStringLiteral("missing.txt"))});
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, ab::ErrorCode::Io);
    QVERIFY(missing.error().message.contains(QStringLiteral("missing.txt")));

    const QString dangling = dir.filePath(QStringLiteral("dangling"));
    QVERIFY(QFile::link(QStringLiteral("nowhere"), dangling));
    auto broken = ab::planImport({dangling});
    QVERIFY(!broken.ok());
    QCOMPARE(broken.error().code, ab::ErrorCode::Io);

    auto fifo = ab::planImport({QStringLiteral("/dev/null")});
    QVERIFY(!fifo.ok());
    QCOMPARE(fifo.error().code, ab::ErrorCode::Io);

    const QString secret = dir.filePath(QStringLiteral("secret.txt"));
    QVERIFY(writeFile(secret, "s"));
    QVERIFY(QFile::setPermissions(secret, QFileDevice::Permissions()));
    if (QFileInfo(secret).isReadable())
        QSKIP("running with privileges that read a mode-000 file (root); the CLI test covers this unprivileged");
    auto unreadable = ab::planImport({good, secret});
    QVERIFY(!unreadable.ok());
    QCOMPARE(unreadable.error().code, ab::ErrorCode::Io);
    QVERIFY(unreadable.error().message.contains(QStringLiteral("secret.txt")));
}

void TestEvidenceStore::planDedupesSameFile()
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.txt"));
    QVERIFY(writeFile(a, "aaaa"));
    QVERIFY(QFile::link(a, dir.filePath(QStringLiteral("link-to-a.txt"))));
    auto plan = ab::planImport({a, dir.path(), a});
    QVERIFY(plan.ok());
    QCOMPARE(plan->files.size(), 1);
    QCOMPARE(plan->totalBytes, 4);
}

QTEST_GUILESS_MAIN(TestEvidenceStore)
#include "tst_evidencestore.moc"
