// The parts of "Import profiles from CSV…" below the dialog: the file's head and what
// makes a file no CSV, the suggested mapping, the Fields made of it and what blocks it,
// the SSE-C headers of the upload and the S3 error answer read as a ServiceError.

#include "core/fileupload.h"
#include "csvimport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace cp;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

class TestCsvImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void previewReadsTheHead();
    void previewSaysWhatIsNotCsv_data();
    void previewSaysWhatIsNotCsv();
    void suggestsTargetsAndKey();
    void fieldsAndProblems();
    void sseHeaders();
    void s3ErrorBody();

private:
    QString write(const char *name, const QByteArray &data)
    {
        const QString path = m_dir.filePath(QString::fromLatin1(name));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            qWarning("could not write %s", name);
        return path;
    }
    QTemporaryDir m_dir;
};

void TestCsvImport::previewReadsTheHead()
{
    QByteArray csv = "\xEF\xBB\xBFid,note\r\n1,\"two\nlines, and a comma\"\r\n";
    for (int i = 2; i < 50; ++i)
        csv += QByteArray::number(i) + ",x\r\n";
    const models::CsvFilePreview preview = models::CsvFilePreview::read(write("head.csv", csv), 5);
    QVERIFY(preview.problem.isEmpty());
    QVERIFY(preview.isUsable());
    QCOMPARE(preview.header, QStringList({s("id"), s("note")})); // the byte order mark dropped
    QCOMPARE(preview.rows.size(), 5);
    QCOMPARE(preview.rows.first().at(1), s("two\nlines, and a comma"));
    QCOMPARE(preview.size, qint64(csv.size()));
}

void TestCsvImport::previewSaysWhatIsNotCsv_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("problem");
    QTest::newRow("empty") << QByteArray() << s("“f.csv” is empty.");
    QTest::newRow("binary") << QByteArray("PK\x03\x04\0\0", 6)
                            << s("“f.csv” is not a CSV file: it holds binary data, not text.");
    QTest::newRow("json lines") << QByteArray("{\"a\": 1}\n{\"a\": 2}\n")
                                << s("“f.csv” is not a CSV file: it holds JSON, not rows of "
                                     "comma-separated values with a header.");
    QTest::newRow("header only") << QByteArray("a,b\n")
                                 << s("“f.csv” has a header but no rows to import.");
    QTest::newRow("bad header") << QByteArray("a,\"b\n")
                                << s("“f.csv” is not a CSV file: its first line is not a header "
                                     "of comma-separated column names.");
    QTest::newRow("unnamed column")
        << QByteArray("a,,c\n1,2,3\n") << s("Column 2 of “f.csv” has no name in the header.");
    QTest::newRow("repeated column")
        << QByteArray("a,b,a\n1,2,3\n") << s("Two columns of “f.csv” are named “a”.");
}

void TestCsvImport::previewSaysWhatIsNotCsv()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, problem);
    const models::CsvFilePreview preview = models::CsvFilePreview::read(write("f.csv", data));
    QCOMPARE(preview.problem, problem);
    QVERIFY(!preview.isUsable());
    const models::CsvFilePreview missing =
        models::CsvFilePreview::read(m_dir.filePath(s("none.csv")));
    QVERIFY(missing.problem.startsWith(s("Could not read “none.csv”")));
}

void TestCsvImport::suggestsTargetsAndKey()
{
    const models::CsvFilePreview preview = models::CsvFilePreview::read(
        write("names.csv", "fname,Surname,Mobile,shipping_city,zip,e-mail,loyalty tier,Member ID\n"
                           "Ana,Silva,+49 151 2345678,Köln,50667,ana@example.com,gold,M-1\n"));
    QVERIFY(preview.isUsable());
    const models::UploadMapping mapping = models::UploadMapping::suggest(preview);
    QCOMPARE(mapping.targets,
             QStringList({s("_profile.FirstName"), s("_profile.LastName"),
                          s("_profile.MobilePhoneNumber"), s("_profile.ShippingAddress.City"),
                          s("_profile.Address.PostalCode"), s("_profile.EmailAddress"), QString(),
                          QString()}));
    QCOMPARE(mapping.uniqueKey, 7); // Member ID
    QVERIFY(mapping.problems().isEmpty());

    // Without an identifier column, the e-mail address is the key.
    const models::UploadMapping byEmail = models::UploadMapping::suggest(
        models::CsvFilePreview::read(write("mail.csv", "name,email\nAna,ana@example.com\n")));
    QCOMPARE(byEmail.uniqueKey, 1);
    QCOMPARE(models::UploadMapping::contentTypeOf(s("_profile.EmailAddress")), s("EMAIL_ADDRESS"));
    QCOMPARE(models::UploadMapping::contentTypeOf(s("_profile.HomePhoneNumber")),
             s("PHONE_NUMBER"));
    QCOMPARE(models::UploadMapping::contentTypeOf(s("_profile.LastName")), s("NAME"));
    QCOMPARE(models::UploadMapping::contentTypeOf(s("_profile.BusinessName")), s("STRING"));
    QCOMPARE(models::UploadMapping::contentTypeOf(s("_profile.Attributes.x")), s("STRING"));
    QVERIFY(models::UploadMapping::profileTargets().contains(s("_profile.BillingAddress.Country")));
    QVERIFY(!models::UploadMapping::profileTargets().contains(s("_profile.Attributes.")));
}

void TestCsvImport::fieldsAndProblems()
{
    models::UploadMapping mapping;
    mapping.columns = {s("First Name"),
                       s("First_Name"),
                       s("_secret"),
                       s("Address.City"),
                       QString(80, QLatin1Char('n')),
                       s("Kunden-Nr ä")};
    mapping.targets = {s("_profile.FirstName"),    QString(), s("_profile.Attributes.secret"),
                       s("_profile.Address.City"), QString(), QString()};
    mapping.uniqueKey = 5;
    const QStringList names = mapping.fieldNames();
    QCOMPARE(names.at(0), s("First_Name"));
    QCOMPARE(names.at(1), s("First_Name_2"));
    QCOMPARE(names.at(2), s("column_secret")); // "_x" names are the service's
    QCOMPARE(names.at(3), s("Address.City"));
    QCOMPARE(names.at(4).size(), 64);
    QCOMPARE(names.at(5), s("Kunden-Nr__"));
    const QJsonObject fields = mapping.fields();
    QCOMPARE(fields.keys(), QStringList({s("Address.City"), s("First_Name"), s("Kunden-Nr__"),
                                         s("column_secret")})); // unmapped left out, but the key
    QCOMPARE(fields.value(s("Address.City")).toObject(),
             QJsonObject({{s("Source"), s("_source.Address.City")},
                          {s("Target"), s("_profile.Address.City")},
                          {s("ContentType"), s("STRING")}}));
    QCOMPARE(fields.value(s("Kunden-Nr__")).toObject(),
             QJsonObject({{s("Source"), s("_source.Kunden-Nr ä")}}));
    QCOMPARE(mapping.uniqueKeyField(), s("Kunden-Nr__"));
    QVERIFY(mapping.problems().isEmpty());

    mapping.targets[1] = s("_profile.FirstName");
    mapping.targets[4] = s("_profile.City");
    mapping.uniqueKey = -1;
    QCOMPARE(mapping.problems(),
             QStringList({s("Choose the column that identifies a customer (the unique key)."),
                          s("Columns “First Name” and “First_Name” both go to FirstName."),
                          s("“City” is not a profile field (column “%1”).")
                              .arg(QString(80, QLatin1Char('n')))}));
    mapping.targets = QStringList(mapping.columns.size(), QString());
    QVERIFY(mapping.problems().contains(s("Choose a profile field for at least one column.")));
}

void TestCsvImport::sseHeaders()
{
    const QByteArray key(32, 'k');
    const client::HeaderList headers =
        client::sseCustomerKeyHeaders(QString::fromLatin1(key.toBase64()));
    QCOMPARE(headers.size(), 3);
    QCOMPARE(headers.at(0).first, QByteArray("x-amz-server-side-encryption-customer-algorithm"));
    QCOMPARE(headers.at(0).second, QByteArray("AES256"));
    QCOMPARE(headers.at(1).second, key.toBase64());
    // The MD5 of the key's bytes, not of its base64 text (as S3 defines it).
    QCOMPARE(headers.at(2).second,
             QCryptographicHash::hash(key, QCryptographicHash::Md5).toBase64());
}

void TestCsvImport::s3ErrorBody()
{
    const client::ServiceError error = client::uploadError(
        403, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>AccessDenied</Code>"
             "<Message>Request has expired</Message><RequestId>R1</RequestId></Error>");
    QCOMPARE(error.kind, client::ServiceError::Kind::Service);
    QCOMPARE(error.type, s("AccessDenied"));
    QCOMPARE(error.message, s("Request has expired"));
    QCOMPARE(error.requestId, s("R1"));
    QCOMPARE(error.httpStatus, 403);
    QCOMPARE(error.summary(), s("The service refused the request: Request has expired"));
    QCOMPARE(client::uploadError(502, "gateway").type, s("HTTP 502"));
}

QTEST_GUILESS_MAIN(TestCsvImport)
#include "tst_csvimport.moc"
