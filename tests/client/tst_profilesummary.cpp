// The connection list's view of each profile: its kind, whether it needs an IAM Identity
// Center sign-in (itself or at the root of its roles), and why one cannot be used.
#include "credentialstest.h"
#include "calleridentity.h"
#include "profilesummary.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace credentialstest;

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}

const QByteArray kConfig = "[default]\nregion = us-east-1\n"
                           "[profile process]\ncredential_process = /bin/true\n"
                           "[profile sso]\nsso_session = corp\nsso_account_id = 111122223333\n"
                           "sso_role_name = Admin\nregion = eu-west-1\n"
                           "[sso-session corp]\nsso_start_url = https://corp.awsapps.com/start\n"
                           "sso_region = eu-west-1\n"
                           "[profile admin]\nrole_arn = arn:aws:iam::111122223333:role/A\n"
                           "source_profile = sso\n"
                           "[profile orphan]\nrole_arn = arn:aws:iam::1:role/B\n"
                           "source_profile = gone\n"
                           "[profile lost]\nsso_session = nowhere\nsso_account_id = 1\n"
                           "sso_role_name = R\n"
                           "[profile loop1]\nrole_arn = arn:aws:iam::1:role/L\n"
                           "source_profile = loop2\n"
                           "[profile loop2]\nrole_arn = arn:aws:iam::1:role/L\n"
                           "source_profile = loop1\n"
                           "[profile web]\nrole_arn = arn:aws:iam::1:role/W\n"
                           "web_identity_token_file = /tmp/token\n"
                           "[profile empty]\nregion = us-west-2\n";
const QByteArray kCredentials = "[default]\naws_access_key_id = AKID\n"
                                "aws_secret_access_key = secret\n";
// SHA-1 of "corp": where the AWS CLI keeps the session's token.
const char *kCorpCache = ".aws/sso/cache/ee0bfd2552fbd840c02cc48b6e823320543c450f.json";
} // namespace

class TstProfileSummary : public Fixture
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QVERIFY(makeDir()); }
    void kindsAndProblems();
    void signInFollowsTheCachedToken();
    void noCredentialsSaysOnlyAnInstanceCould();
    void tokenUsableUntilItCannotBeRenewed();
    void identityFromTheConfiguration();

private:
    void writeToken(const QDateTime &expiresAt, bool refreshable)
    {
        QJsonObject token{{s("startUrl"), s("https://corp.awsapps.com/start")},
                          {s("region"), s("eu-west-1")},
                          {s("accessToken"), s("access")},
                          {s("expiresAt"), expiresAt.toString(Qt::ISODate)}};
        if (refreshable) {
            token.insert(s("refreshToken"), s("refresh"));
            token.insert(s("clientId"), s("client"));
            token.insert(s("clientSecret"), s("client-secret"));
            token.insert(s("registrationExpiresAt"),
                         expiresAt.addDays(90).toString(Qt::ISODate));
        }
        QDir().mkpath(m_dir->filePath(s(".aws/sso/cache")));
        QVERIFY(writeFile(m_cache, QJsonDocument(token).toJson()));
    }

    QString m_cache;
};

void TstProfileSummary::kindsAndProblems()
{
    const QProcessEnvironment env = files(kConfig, kCredentials);
    const AwsSharedConfig shared = AwsSharedConfig::load(env);
    const auto summary = [&](const char *profile) {
        return summarizeProfile(s(profile), env, shared);
    };
    using Kind = ProfileSummary::Kind;
    QCOMPARE(summary("default").kind, Kind::Keys);
    QVERIFY(summary("default").problem.isEmpty());
    QCOMPARE(summary("default").region, s("us-east-1"));
    QCOMPARE(summary("process").kind, Kind::Process);
    QVERIFY(summary("process").problem.isEmpty());
    QCOMPARE(summary("process").region, QString()); // the connection chooses one
    QCOMPARE(summary("sso").kind, Kind::Sso);
    QCOMPARE(summary("admin").kind, Kind::Role);
    QCOMPARE(summary("web").kind, Kind::WebIdentity);
    QVERIFY(summary("web").problem.isEmpty());

    // Each says exactly why it cannot be used, naming what is missing.
    const ProfileSummary orphan = summary("orphan");
    QCOMPARE(orphan.kind, Kind::Role);
    QVERIFY2(orphan.problem.contains(s("gone")), qPrintable(orphan.problem));
    const ProfileSummary lost = summary("lost");
    QCOMPARE(lost.kind, Kind::Sso);
    QVERIFY2(lost.problem.contains(s("nowhere")), qPrintable(lost.problem));
    QVERIFY(!lost.needsSignIn);
    const ProfileSummary loop = summary("loop1");
    QVERIFY2(loop.problem.contains(s("loop1")) && loop.problem.contains(s("loop2")),
             qPrintable(loop.problem));
    QVERIFY(!profileKindName(Kind::Sso).isEmpty());
    QVERIFY(profileKindName(Kind::Sso) != profileKindName(Kind::Role));
}

void TstProfileSummary::signInFollowsTheCachedToken()
{
    const QProcessEnvironment env = files(kConfig, kCredentials);
    const AwsSharedConfig shared = AwsSharedConfig::load(env);
    m_cache = m_dir->filePath(s(kCorpCache));
    const auto settings = ssoSettingsFor(s("sso"), shared, env);
    QVERIFY(settings && settings->ok());
    QCOMPARE(ssoCachePath(env, settings->value()), m_cache);
    const QDateTime now = QDateTime::currentDateTimeUtc();

    // No token: the profile and the role that stands on it both need the sign-in.
    ProfileSummary sso = summarizeProfile(s("sso"), env, shared, now);
    QVERIFY(sso.needsSignIn);
    QCOMPARE(sso.signInProfile, s("sso"));
    QCOMPARE(sso.signIn->startUrl, s("https://corp.awsapps.com/start"));
    QVERIFY(sso.problem.contains(s("https://corp.awsapps.com/start")));
    ProfileSummary admin = summarizeProfile(s("admin"), env, shared, now);
    QVERIFY(admin.needsSignIn);
    QCOMPARE(admin.signInProfile, s("sso"));

    writeToken(now.addSecs(3600), false);
    sso = summarizeProfile(s("sso"), env, shared, now);
    QVERIFY(!sso.needsSignIn);
    QVERIFY(sso.problem.isEmpty());
    QVERIFY(!summarizeProfile(s("admin"), env, shared, now).needsSignIn);

    // Expired: a refreshable token still serves; one without a refresh token does not.
    writeToken(now.addSecs(-60), true);
    QVERIFY(!summarizeProfile(s("sso"), env, shared, now).needsSignIn);
    writeToken(now.addSecs(-60), false);
    QVERIFY(summarizeProfile(s("sso"), env, shared, now).needsSignIn);
}

void TstProfileSummary::noCredentialsSaysOnlyAnInstanceCould()
{
    QProcessEnvironment env = files(kConfig, kCredentials);
    const AwsSharedConfig shared = AwsSharedConfig::load(env);
    const ProfileSummary empty = summarizeProfile(s("empty"), env, shared);
    QCOMPARE(empty.kind, ProfileSummary::Kind::Container);
    QVERIFY(empty.problem.contains(s("EC2")));
    env.insert(s("AWS_CONTAINER_CREDENTIALS_FULL_URI"), s("http://127.0.0.1:9/creds"));
    QVERIFY(summarizeProfile(s("empty"), env, shared).problem.isEmpty());
    env.remove(s("AWS_CONTAINER_CREDENTIALS_FULL_URI"));
    env.insert(s("AWS_EC2_METADATA_DISABLED"), s("true"));
    QVERIFY(summarizeProfile(s("empty"), env, shared).problem.contains(s("empty")));
}

void TstProfileSummary::tokenUsableUntilItCannotBeRenewed()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    SsoToken token;
    token.accessToken = s("access");
    token.expiresAt = now.addSecs(60);
    QVERIFY(token.usable(now));
    QVERIFY(!token.canRefresh(now));
    token.expiresAt = now.addSecs(-1);
    QVERIFY(!token.usable(now));
    token.refreshToken = s("refresh");
    token.clientId = s("client");
    QVERIFY(!token.canRefresh(now)); // no client secret
    token.clientSecret = s("secret");
    QVERIFY(token.canRefresh(now));
    QVERIFY(token.usable(now));
    token.registrationExpiresAt = now.addSecs(-1); // the registration ended too
    QVERIFY(!token.canRefresh(now));
    QVERIFY(!token.usable(now));
}

void TstProfileSummary::identityFromTheConfiguration()
{
    QVERIFY(!CallerIdentity().known());
    const CallerIdentity role =
        CallerIdentity::fromRoleArn(s("arn:aws:iam::111122223333:role/team/Admin"));
    QCOMPARE(role.account, s("111122223333"));
    QVERIFY(role.known());
    QCOMPARE(role.principal(), s("role Admin"));
    QVERIFY(!CallerIdentity::fromRoleArn(s("Admin")).known());

    // IAM Identity Center: the role's name only, no made-up ARN.
    const CallerIdentity sso = CallerIdentity::fromSsoRole(s("111122223333"), s("ProfilesAdmin"));
    QVERIFY(sso.known());
    QVERIFY(sso.arn.isEmpty());
    QCOMPARE(sso.principal(), s("role ProfilesAdmin"));

    // STS's answer names the session's role.
    CallerIdentity sts;
    sts.arn = s("arn:aws:sts::111122223333:assumed-role/AWSReservedSSO_Admin_0123/jane");
    QCOMPARE(sts.principal(), s("role AWSReservedSSO_Admin_0123"));
    sts.arn = s("arn:aws:iam::111122223333:user/alice");
    QCOMPARE(sts.principal(), s("user alice"));
}

QTEST_GUILESS_MAIN(TstProfileSummary)
#include "tst_profilesummary.moc"
