// schema::Arn: ARNs of domains, object types and integrations built from a region (its
// partition too), an account and names, and parsed back.
#include "arn.h"

#include <QTest>

using cp::schema::Arn;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

class TestArn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void partitionFollowsTheRegion_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("partition");
        QTest::newRow("us-east-1") << s("us-east-1") << s("aws");
        QTest::newRow("eu-west-2") << s("eu-west-2") << s("aws");
        QTest::newRow("cn-north-1") << s("cn-north-1") << s("aws-cn");
        QTest::newRow("cn-northwest-1") << s("cn-northwest-1") << s("aws-cn");
        QTest::newRow("us-gov-west-1") << s("us-gov-west-1") << s("aws-us-gov");
        QTest::newRow("us-iso-east-1") << s("us-iso-east-1") << s("aws-iso");
        QTest::newRow("us-isob-east-1") << s("us-isob-east-1") << s("aws-iso-b");
    }
    void partitionFollowsTheRegion()
    {
        QFETCH(QString, region);
        QFETCH(QString, partition);
        QCOMPARE(Arn::partitionOf(region), partition);
        QCOMPARE(Arn::forDomain(region, s("123456789012"), s("d")).partition, partition);
    }

    void buildsEachKind()
    {
        const QString account = s("123456789012");
        QCOMPARE(Arn::forDomain(s("us-east-1"), account, s("shop")).toString(),
                 s("arn:aws:profile:us-east-1:123456789012:domains/shop"));
        QCOMPARE(Arn::forObjectType(s("cn-north-1"), account, s("shop"), s("Contact")).toString(),
                 s("arn:aws-cn:profile:cn-north-1:123456789012:domains/shop/object-types/Contact"));
        QCOMPARE(Arn::forIntegration(s("us-gov-west-1"), account, s("shop"),
                                     s("arn:aws-us-gov:appflow:us-gov-west-1:1:flow/f"))
                     .toString(),
                 s("arn:aws-us-gov:profile:us-gov-west-1:123456789012:domains/shop/integrations/"
                   "arn:aws-us-gov:appflow:us-gov-west-1:1:flow/f"));
        const Arn type = Arn::forObjectType(s("eu-west-1"), account, s("shop"), s("Contact"));
        QCOMPARE(type.domainArn(), Arn::forDomain(s("eu-west-1"), account, s("shop")));
        QCOMPARE(type.domainArn().name, QString());
    }

    void parsesWhatItBuilds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("name");
        QTest::newRow("domain") << s("arn:aws:profile:us-east-1:123456789012:domains/d")
                                << int(Arn::Kind::Domain) << s("d") << QString();
        QTest::newRow("object type")
            << s("arn:aws-cn:profile:cn-north-1:123456789012:domains/d/object-types/T_1")
            << int(Arn::Kind::ObjectType) << s("d") << s("T_1");
        QTest::newRow("integration, an ARN with colons and slashes")
            << s("arn:aws:profile:us-east-1:123456789012:domains/d/integrations/"
                 "arn:aws:appflow:us-east-1:123456789012:flow/a/b")
            << int(Arn::Kind::Integration) << s("d")
            << s("arn:aws:appflow:us-east-1:123456789012:flow/a/b");
        QTest::newRow("integration, an S3 URI")
            << s("arn:aws:profile:us-east-1:123456789012:domains/d/integrations/arn:aws:s3:::b")
            << int(Arn::Kind::Integration) << s("d") << s("arn:aws:s3:::b");
    }
    void parsesWhatItBuilds()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        QFETCH(QString, domain);
        QFETCH(QString, name);
        const std::optional<Arn> arn = Arn::parse(text);
        QVERIFY(arn);
        QCOMPARE(int(arn->kind), kind);
        QCOMPARE(arn->domain, domain);
        QCOMPARE(arn->name, name);
        QCOMPARE(arn->accountId, s("123456789012"));
        QCOMPARE(arn->toString(), text);
    }

    void refusesOtherArns_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("not an ARN") << s("domains/d");
        QTest::newRow("another service") << s("arn:aws:s3:::bucket");
        QTest::newRow("no region") << s("arn:aws:profile::123456789012:domains/d");
        QTest::newRow("no account") << s("arn:aws:profile:us-east-1::domains/d");
        QTest::newRow("no partition") << s("arn::profile:us-east-1:123456789012:domains/d");
        QTest::newRow("no domain") << s("arn:aws:profile:us-east-1:123456789012:domains/");
        QTest::newRow("not a domain") << s("arn:aws:profile:us-east-1:123456789012:jobs/d");
        QTest::newRow("unknown resource")
            << s("arn:aws:profile:us-east-1:123456789012:domains/d/workflows/w");
        QTest::newRow("object type without a name")
            << s("arn:aws:profile:us-east-1:123456789012:domains/d/object-types/");
        QTest::newRow("object type with a slash")
            << s("arn:aws:profile:us-east-1:123456789012:domains/d/object-types/a/b");
        QTest::newRow("too few parts") << s("arn:aws:profile:us-east-1");
    }
    void refusesOtherArns()
    {
        QFETCH(QString, text);
        QVERIFY(!Arn::parse(text));
    }
};

QTEST_GUILESS_MAIN(TestArn)
#include "tst_arn.moc"
