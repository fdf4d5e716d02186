// The store on a full disk and in a read-only folder, on a small file system the test
// mounts itself (a size-limited tmpfs): writes answer 500 with the reason, reads go on,
// nothing acknowledged is lost or damaged, and writes work again once there is room.
// Skipped where mounting is not permitted (not root, or no CAP_SYS_ADMIN).

#include "enginefixture.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <cerrno>
#include <cstring>
#include <sys/mount.h>

using namespace cp::emulator;
using namespace cp::emulator::test;

namespace {

// A tmpfs of a given size on a temporary folder, unmounted when it goes (also when a
// check fails half-way: QVERIFY returns from the test function).
class ScratchMount
{
public:
    explicit ScratchMount(const QByteArray &size)
        : m_options("size=" + size + ",mode=0755")
    {}
    ~ScratchMount()
    {
        if (m_mounted)
            ::umount2(QFile::encodeName(m_dir.path()).constData(), MNT_DETACH);
    }

    // A null string when mounted, else why not.
    QString mount()
    {
        if (!m_dir.isValid())
            return QStringLiteral("no temporary folder");
        if (::mount("tmpfs", path(), "tmpfs", 0, m_options.constData()) != 0)
            return QString::fromLocal8Bit(std::strerror(errno));
        m_mounted = true;
        return {};
    }
    bool remount(bool readOnly)
    {
        return ::mount("tmpfs", path(), "tmpfs", MS_REMOUNT | (readOnly ? MS_RDONLY : 0),
                       m_options.constData()) == 0;
    }
    QString file(const char *name) const { return m_dir.path() + QLatin1Char('/') + s(name); }

private:
    const char *path() const
    {
        m_path = QFile::encodeName(m_dir.path());
        return m_path.constData();
    }

    QTemporaryDir m_dir;
    QByteArray m_options;
    mutable QByteArray m_path;
    bool m_mounted = false;
};

// An engine over a file store in the scratch folder.
struct FileStore
{
    std::unique_ptr<Database> db;
    std::unique_ptr<Engine> engine;

    bool open(const QString &path)
    {
        close();
        db = std::make_unique<Database>(Database::Options{path, false});
        QString error;
        if (!db->open(&error)) {
            qWarning("cannot open the store: %s", qPrintable(error));
            return false;
        }
        engine = std::make_unique<Engine>(*db, EngineOptions{});
        return true;
    }
    void close()
    {
        engine.reset();
        db.reset();
    }
    ApiResult call(const char *operation, const QJsonObject &input)
    {
        return engine->call(QString::fromLatin1(operation), input);
    }
    ApiResult createProfile(int i)
    {
        // Some bulk (attribute values are at most 255 characters), so that a few hundred
        // profiles fill the disk.
        QJsonObject attributes;
        for (int a = 0; a < 6; ++a)
            attributes.insert(QStringLiteral("note%1").arg(a), QString(250, QLatin1Char('n')));
        return call("CreateProfile", {{s("DomainName"), s("d")},
                                      {s("FirstName"), QStringLiteral("First%1").arg(i)},
                                      {s("EmailAddress"), QStringLiteral("p%1@example.com").arg(i)},
                                      {s("Attributes"), attributes}});
    }
    bool found(const QString &profileId)
    {
        const ApiResult r = call("SearchProfiles", {{s("DomainName"), s("d")},
                                                    {s("KeyName"), s("_profileId")},
                                                    {s("Values"), QJsonArray{profileId}}});
        return r.ok() && r.body.value(s("Items")).toArray().size() == 1;
    }
    QString integrity()
    {
        QSqlQuery q(db->connection());
        if (!q.exec(s("PRAGMA integrity_check")) || !q.next())
            return s("integrity_check failed to run");
        return q.value(0).toString();
    }
};

bool writeBallast(const QString &path, qint64 bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    const QByteArray chunk(64 * 1024, 'b');
    for (qint64 written = 0; written < bytes; written += chunk.size()) {
        if (f.write(chunk) != chunk.size())
            return false;
    }
    return f.flush();
}

} // namespace

class TestStoreFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void diskFull()
    {
        ScratchMount scratch("4m");
        if (const QString why = scratch.mount(); !why.isNull())
            QSKIP(qPrintable(s("cannot mount a tmpfs here (needs root or CAP_SYS_ADMIN): ") + why));
        // Room to give back once the disk is full.
        QVERIFY(writeBallast(scratch.file("ballast"), 1024 * 1024));

        FileStore store;
        QVERIFY(store.open(scratch.file("cplocal.sqlite")));
        QVERIFY_OK(store.call("CreateDomain",
                              {{s("DomainName"), s("d")}, {s("DefaultExpirationDays"), 30}}));
        QStringList acknowledged;
        ApiResult refused;
        for (int i = 0; i < 20000; ++i) {
            const ApiResult r = store.createProfile(i);
            if (!r.ok()) {
                refused = r;
                break;
            }
            acknowledged.append(r.body.value(s("ProfileId")).toString());
        }
        QVERIFY2(acknowledged.size() > 10, qPrintable(describe(refused)));
        QCOMPARE_ERROR(refused, 500, "InternalServerException");
        QVERIFY2(refused.message.contains(s("disk holding the store is full")),
                 qPrintable(refused.message));

        // Reads go on while the disk is full.
        QVERIFY_OK(store.call("GetDomain", {{s("DomainName"), s("d")}}));
        QVERIFY(store.found(acknowledged.first()));
        QVERIFY(store.found(acknowledged.last()));
        // A smaller write may still find room; each one is either kept or refused with
        // the reason, never half done.
        for (int i = 0; i < 20; ++i) {
            const ApiResult again = store.createProfile(100000 + i);
            if (again.ok()) {
                acknowledged.append(again.body.value(s("ProfileId")).toString());
                continue;
            }
            QCOMPARE_ERROR(again, 500, "InternalServerException");
            QVERIFY2(again.message.contains(s("full")), qPrintable(again.message));
        }

        // Room again: writes work, and nothing acknowledged went missing or was damaged.
        QVERIFY(QFile::remove(scratch.file("ballast")));
        const ApiResult after = store.createProfile(200000);
        QVERIFY_OK(after);
        acknowledged.append(after.body.value(s("ProfileId")).toString());
        QCOMPARE(store.integrity(), s("ok"));
        for (const QString &id : std::as_const(acknowledged))
            QVERIFY2(store.found(id), qPrintable(id));

        // And after reopening (a restart).
        QVERIFY(store.open(scratch.file("cplocal.sqlite")));
        QCOMPARE(store.integrity(), s("ok"));
        for (const QString &id : std::as_const(acknowledged))
            QVERIFY2(store.found(id), qPrintable(id));
        store.close();
    }

    void readOnlyFolder()
    {
        ScratchMount scratch("8m");
        if (const QString why = scratch.mount(); !why.isNull())
            QSKIP(qPrintable(s("cannot mount a tmpfs here (needs root or CAP_SYS_ADMIN): ") + why));
        FileStore store;
        QVERIFY(store.open(scratch.file("cplocal.sqlite")));
        QVERIFY(!store.db->readOnly());
        QVERIFY_OK(store.call("CreateDomain",
                              {{s("DomainName"), s("d")}, {s("DefaultExpirationDays"), 30}}));
        const ApiResult created = store.createProfile(1);
        QVERIFY_OK(created);
        const QString id = created.body.value(s("ProfileId")).toString();
        store.close(); // a file open for writing would keep the remount from happening

        QVERIFY2(scratch.remount(true), std::strerror(errno));
        QVERIFY(store.open(scratch.file("cplocal.sqlite")));
        QVERIFY(store.db->readOnly());
        QVERIFY_OK(store.call("GetDomain", {{s("DomainName"), s("d")}}));
        QVERIFY_OK(store.call("ListDomains", {}));
        QVERIFY(store.found(id));
        const ApiResult refused = store.createProfile(2);
        QCOMPARE_ERROR(refused, 500, "InternalServerException");
        QVERIFY2(refused.message.contains(s("read-only")), qPrintable(refused.message));
        const ApiResult deleted =
            store.call("DeleteProfile", {{s("DomainName"), s("d")}, {s("ProfileId"), id}});
        QCOMPARE_ERROR(deleted, 500, "InternalServerException");
        QCOMPARE(store.integrity(), s("ok"));
        QVERIFY(store.found(id));
        QCOMPARE(store.engine->purgeExpired(), 0);
        store.close();

        // Writable again: a restart writes as before, and nothing was lost.
        QVERIFY2(scratch.remount(false), std::strerror(errno));
        QVERIFY(store.open(scratch.file("cplocal.sqlite")));
        QVERIFY(!store.db->readOnly());
        QVERIFY(store.found(id));
        QVERIFY_OK(store.createProfile(3));
        QCOMPARE(store.integrity(), s("ok"));
        store.close();
    }
};

QTEST_GUILESS_MAIN(TestStoreFaults)
#include "tst_store_faults.moc"
