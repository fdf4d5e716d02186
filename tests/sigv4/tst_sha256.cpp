// SHA-256 and HMAC-SHA-256: known answers (FIPS 180-2, RFC 4231) on both compression
// paths, and the SHA-extension path against the portable one on random input of every
// length 0..300, fed through update() at several split points.
#include "sigv4/sha256.h"

#include <QByteArray>
#include <QList>
#include <QRandomGenerator>
#include <QTest>
#include <algorithm>

using cp::crypto::HmacSha256;
using cp::crypto::kSha256Size;
using cp::crypto::Sha256;

namespace {

QByteArray toHex(const std::uint8_t (&digest)[kSha256Size])
{
    QByteArray out(2 * kSha256Size, Qt::Uninitialized);
    cp::crypto::toHex(digest, kSha256Size, out.data());
    return out;
}

QByteArray sha256(const QByteArray &data)
{
    std::uint8_t digest[kSha256Size];
    Sha256::hash(data.constData(), std::size_t(data.size()), digest);
    return toHex(digest);
}

// Feeds data in pieces cut at the given offsets (sorted, within 0..size).
QByteArray sha256Split(const QByteArray &data, const QList<qsizetype> &cuts)
{
    Sha256 sha;
    qsizetype at = 0;
    for (const qsizetype cut : cuts) {
        sha.update(data.constData() + at, std::size_t(cut - at));
        at = cut;
    }
    sha.update(data.constData() + at, std::size_t(data.size() - at));
    std::uint8_t digest[kSha256Size];
    sha.finish(digest);
    return toHex(digest);
}

QByteArray hmac(const QByteArray &key, const QByteArray &data)
{
    std::uint8_t digest[kSha256Size];
    HmacSha256::mac(key.constData(), std::size_t(key.size()), data.constData(),
                    std::size_t(data.size()), digest);
    return toHex(digest);
}

QByteArray randomBytes(QRandomGenerator &random, qsizetype size)
{
    QByteArray out(size, Qt::Uninitialized);
    for (char &c : out)
        c = char(random.bounded(256));
    return out;
}

// Split points worth trying for a message of the given length: around block and
// padding boundaries, plus a cut into many small pieces.
QList<QList<qsizetype>> splitsFor(qsizetype size)
{
    QList<QList<qsizetype>> out;
    for (const qsizetype cut : {qsizetype(0), qsizetype(1), qsizetype(55), qsizetype(56),
                                qsizetype(63), qsizetype(64), qsizetype(65), size / 2, size - 1}) {
        if (cut >= 0 && cut <= size)
            out.append(QList<qsizetype>{cut});
    }
    if (size > 130)
        out.append(QList<qsizetype>{3, 64, 127, 128, size - 2});
    QList<qsizetype> sevens;
    for (qsizetype cut = 7; cut < size; cut += 7)
        sevens.append(cut);
    out.append(sevens);
    return out;
}

} // namespace

class TestSha256 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_hasShaExtensions = Sha256::usesShaExtensions();
        if (!m_hasShaExtensions)
            qInfo("this CPU has no SHA extensions: the comparison runs portable against portable");
    }

    void cleanup() { Sha256::forcePortableForTesting(false); }

    void knownAnswers_data()
    {
        QTest::addColumn<bool>("portable");
        QTest::newRow("selected") << false;
        QTest::newRow("portable") << true;
    }

    void knownAnswers()
    {
        QFETCH(bool, portable);
        Sha256::forcePortableForTesting(portable);
        QCOMPARE(Sha256::usesShaExtensions(), m_hasShaExtensions && !portable);

        // FIPS 180-2 appendix B, and the empty message.
        QCOMPARE(sha256(QByteArray()),
                 QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QCOMPARE(sha256("abc"),
                 QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QCOMPARE(sha256("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
                 QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"));
        const QByteArray millionA(1000000, 'a');
        const QByteArray millionDigest(
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
        QCOMPARE(sha256(millionA), millionDigest);
        QCOMPARE(sha256Split(millionA, {1, 1000, 99999, 500001}), millionDigest);

        // RFC 4231 test cases 1-4, 6 and 7 (5 is truncated output).
        QCOMPARE(hmac(QByteArray(20, '\x0b'), "Hi There"),
                 QByteArray("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"));
        QCOMPARE(hmac("Jefe", "what do ya want for nothing?"),
                 QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
        QCOMPARE(hmac(QByteArray(20, '\xaa'), QByteArray(50, '\xdd')),
                 QByteArray("773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe"));
        QCOMPARE(hmac(QByteArray::fromHex("0102030405060708090a0b0c0d0e0f10111213141516171819"),
                      QByteArray(50, '\xcd')),
                 QByteArray("82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b"));
        QCOMPARE(
            hmac(QByteArray(131, '\xaa'), "Test Using Larger Than Block-Size Key - Hash Key First"),
            QByteArray("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"));
        QCOMPARE(hmac(QByteArray(131, '\xaa'),
                      "This is a test using a larger than block-size key and a larger than "
                      "block-size data. The key needs to be hashed before being used by the HMAC "
                      "algorithm."),
                 QByteArray("9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2"));
    }

    // A keyed HmacSha256 reused for several messages gives the one-shot answer each time.
    void hmacReuse()
    {
        const QByteArray key("key");
        const HmacSha256 keyed(key.constData(), std::size_t(key.size()));
        for (const QByteArray &message : {QByteArray("one"), QByteArray(200, 'x'), QByteArray()}) {
            std::uint8_t digest[kSha256Size];
            keyed.mac(message.constData(), std::size_t(message.size()), digest);
            QCOMPARE(toHex(digest), hmac(key, message));
        }
    }

    void pathsAgree()
    {
        QRandomGenerator random(20200815); // fixed: a failure must reproduce
        for (qsizetype size = 0; size <= 300; ++size) {
            const QByteArray data = randomBytes(random, size);
            const QByteArray key = randomBytes(random, size % 97);
            const QList<QList<qsizetype>> splits = splitsFor(size);

            Sha256::forcePortableForTesting(false);
            const QByteArray selected = sha256(data);
            const QByteArray selectedMac = hmac(key, data);
            QList<QByteArray> selectedSplit;
            for (const QList<qsizetype> &cuts : splits)
                selectedSplit.append(sha256Split(data, cuts));

            Sha256::forcePortableForTesting(true);
            const QByteArray portable = sha256(data);
            QVERIFY2(selected == portable, qPrintable(QStringLiteral("length %1").arg(size)));
            QVERIFY2(hmac(key, data) == selectedMac,
                     qPrintable(QStringLiteral("HMAC, length %1").arg(size)));
            for (qsizetype i = 0; i < splits.size(); ++i) {
                QVERIFY2(
                    selectedSplit[i] == portable,
                    qPrintable(
                        QStringLiteral("length %1, split %2 (selected path)").arg(size).arg(i)));
                QVERIFY2(
                    sha256Split(data, splits[i]) == portable,
                    qPrintable(
                        QStringLiteral("length %1, split %2 (portable path)").arg(size).arg(i)));
            }
        }
    }

private:
    bool m_hasShaExtensions = false;
};

QTEST_GUILESS_MAIN(TestSha256)
#include "tst_sha256.moc"
