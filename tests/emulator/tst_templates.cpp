// The emulator's built-in object type templates: every one is a valid
// GetProfileObjectTypeTemplate body, usable as PutProfileObjectType's Fields and Keys, with
// targets that name standard profile members and exactly one UNIQUE key.

#include "templatecatalogue.h"
#include "wiremodel.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QThread>

using cp::emulator::TemplateCatalogue;
using cp::schema::WireModel;

namespace {

QString describe(const QList<cp::schema::ValidationIssue> &issues)
{
    QStringList lines;
    for (const auto &issue : issues)
        lines.append(issue.path + QStringLiteral(": ") + issue.message);
    return lines.join(QLatin1Char('\n'));
}

QStringList memberNames(QStringView shapeName)
{
    QStringList names;
    const cp::schema::Shape *shape = WireModel::bundled().shape(shapeName);
    if (shape) {
        for (const auto &member : shape->members)
            names.append(member.name);
    }
    return names;
}

// The paths a "_profile." target may name: scalar members of the standard profile,
// <AddressMember>.<Address field>, and Attributes.<name>. Taken from the wire model.
struct ProfilePaths
{
    QSet<QString> scalars;
    QSet<QString> addresses;
    QSet<QString> addressFields;

    ProfilePaths()
    {
        const cp::schema::Shape *profile = WireModel::bundled().shape(u"Profile");
        if (!profile)
            return;
        for (const auto &member : profile->members) {
            if (member.name == QLatin1String("ProfileId") ||
                member.name == QLatin1String("FoundByItems") ||
                member.name == QLatin1String("Attributes"))
                continue;
            if (member.shape == QLatin1String("Address"))
                addresses.insert(member.name);
            else
                scalars.insert(member.name);
        }
        const QStringList fields = memberNames(u"Address");
        addressFields = QSet<QString>(fields.cbegin(), fields.cend());
    }

    bool contains(const QString &path) const
    {
        const QStringList parts = path.split(QLatin1Char('.'));
        if (parts.size() == 1)
            return scalars.contains(parts.at(0));
        if (parts.size() != 2 || parts.at(1).isEmpty())
            return false;
        if (parts.at(0) == QLatin1String("Attributes"))
            return parts.at(1).size() <= 255;
        return addresses.contains(parts.at(0)) && addressFields.contains(parts.at(1));
    }
};

bool isSourcePath(const QString &text)
{
    static const QRegularExpression path(QStringLiteral("^_source(\\.[A-Za-z0-9_]+)+$"));
    return path.match(text).hasMatch();
}

// "{{_source.a}} {{_source.b}}": every placeholder a source path, at least one of them.
bool isSourceTemplate(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{([^{}]*)\\}\\}"));
    qsizetype count = 0;
    auto it = placeholder.globalMatch(text);
    while (it.hasNext()) {
        if (!isSourcePath(it.next().captured(1).trimmed()))
            return false;
        ++count;
    }
    return count > 0;
}

QStringList filesListedIn(const QString &path, const QRegularExpression &pattern)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    const QString text = QString::fromUtf8(file.readAll());
    QStringList names;
    auto it = pattern.globalMatch(text);
    while (it.hasNext())
        names.append(it.next().captured(1));
    names.sort();
    return names;
}

const QStringList kRequiredIds = {
    QStringLiteral("CTR"),
    QStringLiteral("CTR-NoInferred"),
    QStringLiteral("Marketo-leads"),
    QStringLiteral("Salesforce-Account"),
    QStringLiteral("Salesforce-Contact"),
    QStringLiteral("Segment-Identify"),
    QStringLiteral("Servicenow-sys_user"),
    QStringLiteral("Shopify-Customer"),
    QStringLiteral("Zendesk-users"),
};

} // namespace

class TstTemplates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogue();
    void resourcesMatchSources();
    void eachTemplate_data();
    void eachTemplate();
    void findAndSummary();
    void instanceFromThreads();
};

void TstTemplates::catalogue()
{
    const QList<QJsonObject> all = TemplateCatalogue::instance().all();
    QVERIFY(all.size() >= kRequiredIds.size());

    QStringList ids;
    for (const QJsonObject &body : all)
        ids.append(body.value(QStringLiteral("TemplateId")).toString());
    QStringList sorted = ids;
    sorted.sort();
    QCOMPARE(ids, sorted);
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
    for (const QString &id : kRequiredIds)
        QVERIFY2(ids.contains(id), qPrintable(id));
}

// The resource holds <TemplateId>.json for each template, and templates.qrc and the CMake
// list name exactly the same files.
void TstTemplates::resourcesMatchSources()
{
    QStringList resources =
        QDir(TemplateCatalogue::resourceDirectory()).entryList({QStringLiteral("*.json")});
    resources.sort();
    QStringList expected;
    for (const QJsonObject &body : TemplateCatalogue::instance().all())
        expected.append(body.value(QStringLiteral("TemplateId")).toString() +
                        QStringLiteral(".json"));
    expected.sort();
    QCOMPARE(resources, expected);

    const QString dir = QStringLiteral(CP_SOURCE_DIR "/emulator");
    QCOMPARE(filesListedIn(dir + QStringLiteral("/templates/templates.qrc"),
                           QRegularExpression(QStringLiteral("<file>([^<]+)</file>"))),
             expected);
    QCOMPARE(
        filesListedIn(dir + QStringLiteral("/CMakeLists.txt"),
                      QRegularExpression(QStringLiteral("^\\s*templates/([^\\s/]+\\.json)\\s*$"),
                                         QRegularExpression::MultilineOption)),
        expected);
}

void TstTemplates::eachTemplate_data()
{
    QTest::addColumn<QJsonObject>("body");
    for (const QJsonObject &body : TemplateCatalogue::instance().all()) {
        const QByteArray id = body.value(QStringLiteral("TemplateId")).toString().toUtf8();
        QTest::newRow(id.constData()) << body;
    }
}

void TstTemplates::eachTemplate()
{
    QFETCH(QJsonObject, body);
    const WireModel &model = WireModel::bundled();

    auto issues = model.validate(u"GetProfileObjectTypeTemplateResponse", body);
    QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
    for (const char *member : {"TemplateId", "SourceName", "SourceObject"})
        QVERIFY2(!body.value(QLatin1String(member)).toString().isEmpty(), member);
    QVERIFY(body.value(QStringLiteral("AllowProfileCreation")).isBool());

    const QJsonObject fields = body.value(QStringLiteral("Fields")).toObject();
    const QJsonObject keys = body.value(QStringLiteral("Keys")).toObject();
    QVERIFY(!fields.isEmpty());
    QVERIFY(!keys.isEmpty());

    const QJsonObject put{
        {QStringLiteral("DomainName"), QStringLiteral("test-domain")},
        {QStringLiteral("ObjectTypeName"), body.value(QStringLiteral("TemplateId"))},
        {QStringLiteral("Description"), QStringLiteral("From a built-in template")},
        {QStringLiteral("AllowProfileCreation"),
         body.value(QStringLiteral("AllowProfileCreation"))},
        {QStringLiteral("Fields"), fields},
        {QStringLiteral("Keys"), keys},
    };
    issues = model.validate(u"PutProfileObjectTypeRequest", put);
    QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));

    static const ProfilePaths profile;
    QVERIFY(!profile.scalars.isEmpty() && !profile.addresses.isEmpty());
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        const QJsonObject field = it.value().toObject();
        const QString where = it.key();
        const QString source = field.value(QStringLiteral("Source")).toString();
        QVERIFY2(isSourcePath(source) || isSourceTemplate(source), qPrintable(where));

        const QString contentType = field.value(QStringLiteral("ContentType")).toString();
        const QJsonValue target = field.value(QStringLiteral("Target"));
        if (target.isUndefined())
            continue;
        QString path = target.toString();
        QVERIFY2(path.startsWith(QStringLiteral("_profile.")), qPrintable(where));
        path = path.mid(9);
        QVERIFY2(profile.contains(path), qPrintable(where + QStringLiteral(" -> ") + path));
        // The content type agrees with the standard member it fills.
        if (path.endsWith(QStringLiteral("PhoneNumber")))
            QVERIFY2(contentType == QLatin1String("PHONE_NUMBER"), qPrintable(where));
        if (path.endsWith(QStringLiteral("EmailAddress")))
            QVERIFY2(contentType == QLatin1String("EMAIL_ADDRESS"), qPrintable(where));
    }

    int uniqueKeys = 0;
    for (auto it = keys.constBegin(); it != keys.constEnd(); ++it) {
        const QJsonArray list = it.value().toArray();
        QVERIFY2(!list.isEmpty(), qPrintable(it.key()));
        for (const QJsonValue &entry : list) {
            const QJsonObject key = entry.toObject();
            const QJsonArray identifiers =
                key.value(QStringLiteral("StandardIdentifiers")).toArray();
            if (identifiers.contains(QStringLiteral("UNIQUE")))
                ++uniqueKeys;
            const QJsonArray names = key.value(QStringLiteral("FieldNames")).toArray();
            QVERIFY2(!names.isEmpty(), qPrintable(it.key()));
            for (const QJsonValue &name : names)
                QVERIFY2(fields.contains(name.toString()),
                         qPrintable(it.key() + QStringLiteral(" -> ") + name.toString()));
        }
    }
    QCOMPARE(uniqueKeys, 1);
}

void TstTemplates::findAndSummary()
{
    const TemplateCatalogue &catalogue = TemplateCatalogue::instance();
    const std::optional<QJsonObject> account = catalogue.find(QStringLiteral("Salesforce-Account"));
    QVERIFY(account.has_value());
    QCOMPARE(account->value(QStringLiteral("SourceName")).toString(), QStringLiteral("Salesforce"));
    QCOMPARE(account->value(QStringLiteral("SourceObject")).toString(), QStringLiteral("Account"));
    QVERIFY(account->value(QStringLiteral("Keys"))
                .toObject()
                .contains(QStringLiteral("_salesforceAccountId")));

    const QJsonObject summary = TemplateCatalogue::summary(*account);
    const QJsonObject expected{
        {QStringLiteral("TemplateId"), QStringLiteral("Salesforce-Account")},
        {QStringLiteral("SourceName"), QStringLiteral("Salesforce")},
        {QStringLiteral("SourceObject"), QStringLiteral("Account")},
    };
    QCOMPARE(summary, expected);

    for (const QJsonObject &body : catalogue.all()) {
        const QString id = body.value(QStringLiteral("TemplateId")).toString();
        QCOMPARE(catalogue.find(id), std::optional<QJsonObject>(body));
        const QJsonObject item = TemplateCatalogue::summary(body);
        QCOMPARE(item.size(), 3);
        const auto issues =
            WireModel::bundled().validate(u"ListProfileObjectTypeTemplateItem", item);
        QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
    }

    QVERIFY(!catalogue.find(QStringLiteral("No-Such-Template")).has_value());
    QVERIFY(!catalogue.find(QString()).has_value());
    QVERIFY(!catalogue.find(QStringLiteral("salesforce-account")).has_value());
    QVERIFY(TemplateCatalogue::summary(QJsonObject()).isEmpty());
}

// instance() may be first reached from several threads at once.
void TstTemplates::instanceFromThreads()
{
    QList<const TemplateCatalogue *> seen(4, nullptr);
    QList<QThread *> threads;
    for (qsizetype i = 0; i < seen.size(); ++i) {
        threads.append(QThread::create([&seen, i] { seen[i] = &TemplateCatalogue::instance(); }));
        threads.last()->start();
    }
    for (QThread *thread : std::as_const(threads)) {
        QVERIFY(thread->wait(30000));
        delete thread;
    }
    for (const TemplateCatalogue *catalogue : std::as_const(seen))
        QCOMPARE(catalogue, &TemplateCatalogue::instance());
}

QTEST_GUILESS_MAIN(TstTemplates)
#include "tst_templates.moc"
