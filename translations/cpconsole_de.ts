<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>cp::app::ConnectionManager</name>
    <message>
        <source>AWS %1</source>
        <translation>AWS %1</translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation>Profil %1</translation>
    </message>
</context>
<context>
    <name>cp::client::AwsConfigText</name>
    <message>
        <source>The profile &quot;%1&quot; is in neither %2 nor %3.</source>
        <translation>Das Profil „%1“ steht weder in %2 noch in %3.</translation>
    </message>
    <message>
        <source>No region is configured: choose one for the connection, or set AWS_REGION or the profile&apos;s region.</source>
        <translation>Es ist keine Region konfiguriert: Wählen Sie eine Region für die Verbindung aus oder legen Sie AWS_REGION oder die Region des Profils fest.</translation>
    </message>
    <message>
        <source>The endpoint URL &quot;%1&quot; is not an http or https URL.</source>
        <translation>Die Endpunkt-URL „%1“ ist keine http- oder https-URL.</translation>
    </message>
    <message>
        <source>The connection has only one of the access key id and the secret key.</source>
        <translation>Für die Verbindung ist nur die Zugriffsschlüssel-ID oder nur der geheime Zugriffsschlüssel angegeben.</translation>
    </message>
    <message>
        <source>keys of this connection</source>
        <translation>Zugriffsschlüssel dieser Verbindung</translation>
    </message>
    <message>
        <source>AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not.</source>
        <translation>AWS_ACCESS_KEY_ID ist gesetzt, AWS_SECRET_ACCESS_KEY jedoch nicht.</translation>
    </message>
    <message>
        <source>environment variables</source>
        <translation>Umgebungsvariablen</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; in %2 has only one of aws_access_key_id and aws_secret_access_key.</source>
        <translation>Das Profil „%1“ in %2 enthält nur aws_access_key_id oder nur aws_secret_access_key.</translation>
    </message>
    <message>
        <source>profile %1 in %2</source>
        <translation>Profil %1 in %2</translation>
    </message>
    <message>
        <source>No credentials found for profile &quot;%1&quot;: add keys to %2, a credential_process to %3, or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.</source>
        <translation>Für das Profil „%1“ wurden keine Anmeldedaten gefunden: Tragen Sie Zugriffsschlüssel in %2 oder einen credential_process in %3 ein, oder legen Sie AWS_ACCESS_KEY_ID und AWS_SECRET_ACCESS_KEY fest.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; names the sso-session &quot;%2&quot;, which %3 does not define.</source>
        <translation>Das Profil „%1“ nennt die sso-session „%2“, die %3 nicht definiert.</translation>
    </message>
    <message>
        <source>The IAM Identity Center profile &quot;%1&quot; lacks %2.</source>
        <translation>Dem IAM-Identity-Center-Profil „%1“ fehlt %2.</translation>
    </message>
</context>
<context>
    <name>cp::client::Credentials</name>
    <message>
        <source>The access key id or the secret key is empty.</source>
        <translation>Die Zugriffsschlüssel-ID oder der geheime Zugriffsschlüssel ist leer.</translation>
    </message>
    <message>
        <source>credential_process of profile %1</source>
        <translation>credential_process des Profils %1</translation>
    </message>
    <message>
        <source>credential_process of profile %1 is not a valid command line.</source>
        <translation>Der credential_process des Profils %1 ist keine gültige Befehlszeile.</translation>
    </message>
    <message>
        <source>credential_process of profile %1 failed (exit code %2).</source>
        <translation>Der credential_process des Profils %1 ist fehlgeschlagen (Exit-Code %2).</translation>
    </message>
    <message>
        <source>credential_process of profile %1 could not be started.</source>
        <translation>Der credential_process des Profils %1 konnte nicht gestartet werden.</translation>
    </message>
</context>
<context>
    <name>cp::client::CustomerProfilesClient</name>
    <message>
        <source>%1 is not an operation of Customer Profiles.</source>
        <translation>%1 ist keine Operation von Customer Profiles.</translation>
    </message>
    <message>
        <source>malformed JSON at byte %1 (%2).</source>
        <translation>fehlerhaftes JSON bei Byte %1 (%2).</translation>
    </message>
    <message>
        <source>the body is not a JSON object.</source>
        <translation>der Inhalt ist kein JSON-Objekt.</translation>
    </message>
</context>
<context>
    <name>cp::client::FileUpload</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>cp::client::HostText</name>
    <message>
        <source>the container&apos;s credentials endpoint</source>
        <translation>der Anmeldedaten-Endpunkt des Containers</translation>
    </message>
    <message>
        <source>the instance metadata service</source>
        <translation>der Instanz-Metadatendienst</translation>
    </message>
    <message>
        <source>The credentials service answered %1.</source>
        <translation>Der Anmeldedatendienst antwortete mit %1.</translation>
    </message>
    <message>
        <source>The credentials service answered no keys.</source>
        <translation>Der Anmeldedatendienst lieferte keine Zugriffsschlüssel.</translation>
    </message>
    <message>
        <source>%1 must be an https URL, or http to this machine or the container agent (169.254.170.2).</source>
        <translation>%1 muss eine https-URL sein oder eine http-URL zu diesem Rechner oder zum Container-Agent (169.254.170.2).</translation>
    </message>
    <message>
        <source>The container&apos;s authorization token file %1 cannot be read: %2.</source>
        <translation>Die Autorisierungstoken-Datei %1 des Containers kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The container&apos;s authorization token holds a line break.</source>
        <translation>Das Autorisierungstoken des Containers enthält einen Zeilenumbruch.</translation>
    </message>
    <message>
        <source>The container&apos;s credentials endpoint did not answer: %1</source>
        <translation>Der Anmeldedaten-Endpunkt des Containers hat nicht geantwortet: %1</translation>
    </message>
    <message>
        <source>The instance metadata service is turned off (AWS_EC2_METADATA_DISABLED).</source>
        <translation>Der Instanz-Metadatendienst ist ausgeschaltet (AWS_EC2_METADATA_DISABLED).</translation>
    </message>
    <message>
        <source>The instance metadata service did not answer: %1</source>
        <translation>Der Instanz-Metadatendienst hat nicht geantwortet: %1</translation>
    </message>
    <message>
        <source>The instance has no role attached.</source>
        <translation>Der Instanz ist keine Rolle zugeordnet.</translation>
    </message>
</context>
<context>
    <name>cp::client::IdentityText</name>
    <message>
        <source>role %1</source>
        <translation>Rolle %1</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>the account&apos;s root user</source>
        <translation>der Root-Benutzer des Kontos</translation>
    </message>
    <message>
        <source>AWS STS answered GetCallerIdentity without an account or an ARN.</source>
        <translation>AWS STS hat GetCallerIdentity ohne Konto oder ARN beantwortet.</translation>
    </message>
</context>
<context>
    <name>cp::client::LoopbackReply</name>
    <message>
        <source>The server&apos;s answer is not HTTP.</source>
        <translation>Die Antwort des Servers ist kein HTTP.</translation>
    </message>
    <message>
        <source>The server&apos;s answer has a malformed chunk.</source>
        <translation>Die Antwort des Servers enthält einen fehlerhaften Chunk.</translation>
    </message>
    <message>
        <source>The connection closed mid-answer.</source>
        <translation>Die Verbindung wurde mitten in der Antwort geschlossen.</translation>
    </message>
    <message>
        <source>The connection closed before an answer.</source>
        <translation>Die Verbindung wurde vor einer Antwort geschlossen.</translation>
    </message>
    <message>
        <source>The server answered %1.</source>
        <translation>Der Server antwortete mit %1.</translation>
    </message>
    <message>
        <source>Operation canceled</source>
        <translation>Vorgang abgebrochen</translation>
    </message>
</context>
<context>
    <name>cp::client::NetworkText</name>
    <message>
        <source>%1 names a proxy the console cannot use: give its http:// address.</source>
        <translation>%1 nennt einen Proxy, den die Konsole nicht verwenden kann: Geben Sie seine http://-Adresse an.</translation>
    </message>
    <message>
        <source>%1 is not a proxy URL.</source>
        <translation>%1 ist keine Proxy-URL.</translation>
    </message>
    <message>
        <source>The CA bundle %1 (%2) cannot be read: %3.</source>
        <translation>Das CA-Bundle %1 (%2) kann nicht gelesen werden: %3.</translation>
    </message>
    <message>
        <source>The CA bundle %1 (%2) holds no PEM certificate.</source>
        <translation>Das CA-Bundle %1 (%2) enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>Set AWS_CA_BUNDLE or the profile&apos;s ca_bundle to a PEM file with the certificate of the authority that issued it (your organisation&apos;s, if it inspects HTTPS).</source>
        <translation>Setzen Sie AWS_CA_BUNDLE oder das ca_bundle des Profils auf eine PEM-Datei mit dem Zertifikat der ausstellenden Stelle (der Ihrer Organisation, falls sie HTTPS prüft).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate for %1 is not trusted: %2. %3</source>
        <translation>Dem Zertifikat des Servers für %1 wird nicht vertraut: %2. %3</translation>
    </message>
    <message>
        <source>The server&apos;s certificate for %1 (issued by %2) is not trusted: %3. %4</source>
        <translation>Dem Zertifikat des Servers für %1 (ausgestellt von %2) wird nicht vertraut: %3. %4</translation>
    </message>
</context>
<context>
    <name>cp::client::PendingCall</name>
    <message>
        <source>the request&apos;s path or query is not a valid URL.</source>
        <translation>Pfad oder Query-String der Anfrage ergeben keine gültige URL.</translation>
    </message>
    <message>
        <source>the answer is larger than %1 bytes.</source>
        <translation>die Antwort ist größer als %1 Byte.</translation>
    </message>
    <message>
        <source>no answer within %1 ms.</source>
        <translation>keine Antwort innerhalb von %1 ms.</translation>
    </message>
    <message>
        <source>the proxy</source>
        <translation>der Proxy</translation>
    </message>
    <message>
        <source>The proxy at %1 did not accept the user name and password given.</source>
        <translation>Der Proxy %1 hat den angegebenen Benutzernamen und das Passwort nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The proxy at %1 asks for a user name and password.</source>
        <translation>Der Proxy %1 verlangt einen Benutzernamen und ein Passwort.</translation>
    </message>
</context>
<context>
    <name>cp::client::ProcessCredentialsProvider</name>
    <message>
        <source>credential_process did not print a JSON object.</source>
        <translation>credential_process hat kein JSON-Objekt ausgegeben.</translation>
    </message>
    <message>
        <source>credential_process printed an unsupported Version (expected 1).</source>
        <translation>credential_process hat eine nicht unterstützte Version ausgegeben (erwartet: 1).</translation>
    </message>
    <message>
        <source>credential_process printed no AccessKeyId or SecretAccessKey.</source>
        <translation>credential_process hat keine AccessKeyId oder keinen SecretAccessKey ausgegeben.</translation>
    </message>
    <message>
        <source>credential_process printed an Expiration that is not an ISO 8601 time.</source>
        <translation>credential_process hat eine Expiration ausgegeben, die keine ISO-8601-Zeitangabe ist.</translation>
    </message>
</context>
<context>
    <name>cp::client::ProfileSummaryText</name>
    <message>
        <source>Sign in to IAM Identity Center (%1) to use this profile.</source>
        <translation>Melden Sie sich bei IAM Identity Center (%1) an, um dieses Profil zu verwenden.</translation>
    </message>
    <message>
        <source>Nothing in the shared files gives this profile credentials: only an EC2 instance&apos;s role could.</source>
        <translation>Nichts in den gemeinsamen Dateien gibt diesem Profil Anmeldedaten: Das könnte nur die Rolle einer EC2-Instanz.</translation>
    </message>
    <message>
        <source>keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>IAM Identity Center</source>
        <translation>IAM Identity Center</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>web identity</source>
        <translation>Web-Identität</translation>
    </message>
    <message>
        <source>process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>container or instance</source>
        <translation>Container oder Instanz</translation>
    </message>
    <message>
        <source>no credentials</source>
        <translation>keine Anmeldedaten</translation>
    </message>
</context>
<context>
    <name>cp::client::RoleText</name>
    <message>
        <source>role %1 with the web identity token of %2</source>
        <translation>Rolle %1 mit dem Web-Identity-Token aus %2</translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation>Profil %1</translation>
    </message>
    <message>
        <source>The source profile &quot;%1&quot; has no credentials of its own and names no role.</source>
        <translation>Das Quellprofil „%1“ hat keine eigenen Anmeldedaten und nennt keine Rolle.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; names both source_profile and credential_source; it may name only one.</source>
        <translation>Das Profil „%1“ nennt sowohl source_profile als auch credential_source; es darf nur eines davon nennen.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; names the source profile &quot;%2&quot;, which is in neither %3 nor %4.</source>
        <translation>Das Profil „%1“ nennt das Quellprofil „%2“, das weder in %3 noch in %4 steht.</translation>
    </message>
    <message>
        <source>The profiles&apos; source_profile settings make a loop: %1.</source>
        <translation>Die source_profile-Einstellungen der Profile bilden eine Schleife: %1.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; takes its source credentials from the environment, where AWS_ACCESS_KEY_ID or AWS_SECRET_ACCESS_KEY is not set.</source>
        <translation>Das Profil „%1“ bezieht seine Quell-Anmeldedaten aus der Umgebung, in der AWS_ACCESS_KEY_ID oder AWS_SECRET_ACCESS_KEY nicht gesetzt ist.</translation>
    </message>
    <message>
        <source>environment variables</source>
        <translation>Umgebungsvariablen</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; takes its source credentials from the container, but AWS_CONTAINER_CREDENTIALS_RELATIVE_URI and AWS_CONTAINER_CREDENTIALS_FULL_URI are not set.</source>
        <translation>Das Profil „%1“ bezieht seine Quell-Anmeldedaten aus dem Container, aber AWS_CONTAINER_CREDENTIALS_RELATIVE_URI und AWS_CONTAINER_CREDENTIALS_FULL_URI sind nicht gesetzt.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; names the credential_source %2; it may be Environment, EcsContainer or Ec2InstanceMetadata.</source>
        <translation>Das Profil „%1“ nennt die credential_source %2; zulässig sind Environment, EcsContainer oder Ec2InstanceMetadata.</translation>
    </message>
    <message>
        <source>role %1 of profile %2</source>
        <translation>Rolle %1 des Profils %2</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; names role_arn but neither source_profile, credential_source nor web_identity_token_file.</source>
        <translation>Das Profil „%1“ nennt role_arn, aber weder source_profile noch credential_source noch web_identity_token_file.</translation>
    </message>
</context>
<context>
    <name>cp::client::ServiceError</name>
    <message>
        <source>The service refused the request: %1</source>
        <translation>Der Dienst hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <source>The service refused the request (%1, HTTP %2).</source>
        <translation>Der Dienst hat die Anfrage abgelehnt (%1, HTTP %2).</translation>
    </message>
    <message>
        <source>Could not reach the endpoint: %1</source>
        <translation>Der Endpunkt ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The endpoint did not answer in time.</source>
        <translation>Der Endpunkt hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The request is not valid: %1</source>
        <translation>Die Anfrage ist ungültig: %1</translation>
    </message>
    <message>
        <source>No usable credentials: %1</source>
        <translation>Keine verwendbaren Anmeldedaten: %1</translation>
    </message>
    <message>
        <source>The endpoint sent an answer that could not be read: %1</source>
        <translation>Der Endpunkt hat eine Antwort gesendet, die nicht gelesen werden konnte: %1</translation>
    </message>
</context>
<context>
    <name>cp::client::SsoSignIn</name>
    <message>
        <source>IAM Identity Center did not register the console for sign-in: %1</source>
        <translation>IAM Identity Center hat die Konsole nicht für die Anmeldung registriert: %1</translation>
    </message>
    <message>
        <source>IAM Identity Center answered the registration with no usable client.</source>
        <translation>IAM Identity Center hat die Registrierung ohne verwendbaren Client beantwortet.</translation>
    </message>
    <message>
        <source>IAM Identity Center did not start the sign-in to %1: %2</source>
        <translation>IAM Identity Center hat die Anmeldung bei %1 nicht begonnen: %2</translation>
    </message>
    <message>
        <source>IAM Identity Center answered the sign-in with no code to approve.</source>
        <translation>IAM Identity Center hat die Anmeldung ohne zu bestätigenden Code beantwortet.</translation>
    </message>
    <message>
        <source>The sign-in code expired before it was approved in the browser. Sign in again.</source>
        <translation>Der Anmeldecode ist abgelaufen, bevor er im Browser bestätigt wurde. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The sign-in was denied in the browser.</source>
        <translation>Die Anmeldung wurde im Browser abgelehnt.</translation>
    </message>
    <message>
        <source>IAM Identity Center refused the sign-in: %1</source>
        <translation>IAM Identity Center hat die Anmeldung abgelehnt: %1</translation>
    </message>
    <message>
        <source>IAM Identity Center answered the sign-in with no token.</source>
        <translation>IAM Identity Center hat die Anmeldung ohne Token beantwortet.</translation>
    </message>
    <message>
        <source>Signed in, but the sign-in could not be saved to %1.</source>
        <translation>Angemeldet, aber die Anmeldung konnte nicht in %1 gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>cp::client::SsoText</name>
    <message>
        <source>IAM Identity Center role %1 in account %2 (profile %3)</source>
        <translation>IAM-Identity-Center-Rolle %1 im Konto %2 (Profil %3)</translation>
    </message>
    <message>
        <source>Sign in with &quot;aws sso login --profile %1&quot;.</source>
        <translation>Melden Sie sich mit „aws sso login --profile %1“ an.</translation>
    </message>
    <message>
        <source>Sign in with &quot;aws sso login --sso-session %1&quot;.</source>
        <translation>Melden Sie sich mit „aws sso login --sso-session %1“ an.</translation>
    </message>
    <message>
        <source>Not signed in to IAM Identity Center for profile %1. %2</source>
        <translation>Für das Profil %1 besteht keine Anmeldung bei IAM Identity Center. %2</translation>
    </message>
    <message>
        <source>The IAM Identity Center sign-in of profile %1 has expired. %2</source>
        <translation>Die IAM-Identity-Center-Anmeldung des Profils %1 ist abgelaufen. %2</translation>
    </message>
    <message>
        <source>The IAM Identity Center sign-in of profile %1 has expired and could not be refreshed (%2). Sign in again.</source>
        <translation>Die IAM-Identity-Center-Anmeldung des Profils %1 ist abgelaufen und konnte nicht erneuert werden (%2). Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>IAM Identity Center gave no credentials for role %1 in account %2: %3</source>
        <translation>IAM Identity Center hat für die Rolle %1 im Konto %2 keine Anmeldedaten ausgegeben: %3</translation>
    </message>
    <message>
        <source>IAM Identity Center answered no credentials.</source>
        <translation>IAM Identity Center hat keine Anmeldedaten geliefert.</translation>
    </message>
</context>
<context>
    <name>cp::client::StsText</name>
    <message>
        <source>no credentials</source>
        <translation>keine Anmeldedaten</translation>
    </message>
    <message>
        <source>STS answered without credentials.</source>
        <translation>STS hat ohne Anmeldedaten geantwortet.</translation>
    </message>
    <message>
        <source>STS answered credentials without a valid Expiration.</source>
        <translation>STS hat Anmeldedaten ohne gültige Expiration geliefert.</translation>
    </message>
    <message>
        <source>The web identity token file %1 cannot be read: %2.</source>
        <translation>Die Web-Identity-Token-Datei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The role %1 needs a code from the MFA device %2, and nothing can ask for it here.</source>
        <translation>Die Rolle %1 benötigt einen Code vom MFA-Gerät %2, der hier aber nicht abgefragt werden kann.</translation>
    </message>
    <message>
        <source>No MFA code was given for the role %1.</source>
        <translation>Für die Rolle %1 wurde kein MFA-Code angegeben.</translation>
    </message>
    <message>
        <source>The role %1 could not be assumed: %2</source>
        <translation>Die Rolle %1 konnte nicht übernommen werden: %2</translation>
    </message>
</context>
<context>
    <name>cp::models::CommandText</name>
    <message>
        <source>Change name</source>
        <translation>Namen ändern</translation>
    </message>
    <message>
        <source>Change description</source>
        <translation>Beschreibung ändern</translation>
    </message>
    <message>
        <source>Change template</source>
        <translation>Vorlage ändern</translation>
    </message>
    <message>
        <source>Change expiration</source>
        <translation>Ablaufzeit ändern</translation>
    </message>
    <message>
        <source>Change encryption key</source>
        <translation>Verschlüsselungsschlüssel ändern</translation>
    </message>
    <message>
        <source>Change profile creation</source>
        <translation>Profilerstellung ändern</translation>
    </message>
    <message>
        <source>Change timestamp format</source>
        <translation>Zeitstempelformat ändern</translation>
    </message>
    <message>
        <source>Rename field</source>
        <translation>Feld umbenennen</translation>
    </message>
    <message>
        <source>Change field source</source>
        <translation>Quelle des Felds ändern</translation>
    </message>
    <message>
        <source>Change field target</source>
        <translation>Ziel des Felds ändern</translation>
    </message>
    <message>
        <source>Change field content type</source>
        <translation>Inhaltstyp des Felds ändern</translation>
    </message>
    <message>
        <source>Rename key</source>
        <translation>Schlüssel umbenennen</translation>
    </message>
    <message>
        <source>Change key identifiers</source>
        <translation>Bezeichner des Schlüssels ändern</translation>
    </message>
    <message>
        <source>Change key fields</source>
        <translation>Felder des Schlüssels ändern</translation>
    </message>
    <message numerus="yes">
        <source>Move %n field(s)</source>
        <translation>
            <numerusform>%n Feld verschieben</numerusform>
            <numerusform>%n Felder verschieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n key(s)</source>
        <translation>
            <numerusform>%n Schlüssel verschieben</numerusform>
            <numerusform>%n Schlüssel verschieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cp::models::ConnectionText</name>
    <message>
        <source>Give the connection a name.</source>
        <translation>Geben Sie der Verbindung einen Namen.</translation>
    </message>
    <message>
        <source>Another connection already has this name.</source>
        <translation>Eine andere Verbindung hat bereits diesen Namen.</translation>
    </message>
    <message>
        <source>A region looks like eu-central-1.</source>
        <translation>Eine Region hat die Form eu-central-1.</translation>
    </message>
    <message>
        <source>Choose the region to connect to.</source>
        <translation>Wählen Sie die Region, mit der verbunden werden soll.</translation>
    </message>
    <message>
        <source>The endpoint must be an http:// or https:// URL.</source>
        <translation>Der Endpunkt muss eine http://- oder https://-URL sein.</translation>
    </message>
    <message>
        <source>Choose an AWS profile.</source>
        <translation>Wählen Sie ein AWS-Profil aus.</translation>
    </message>
    <message>
        <source>An access key id has 16 to 128 capital letters and digits, such as AKIA…</source>
        <translation>Eine Zugriffsschlüssel-ID besteht aus 16 bis 128 Großbuchstaben und Ziffern, etwa AKIA…</translation>
    </message>
    <message>
        <source>Enter the secret access key.</source>
        <translation>Geben Sie den geheimen Zugriffsschlüssel ein.</translation>
    </message>
</context>
<context>
    <name>cp::models::CsvFilePreview</name>
    <message>
        <source>“%1” is not a CSV file: it holds binary data, not text.</source>
        <translation>“%1” ist keine CSV-Datei: Sie enthält Binärdaten, keinen Text.</translation>
    </message>
    <message>
        <source>“%1” is not a CSV file: it holds JSON, not rows of comma-separated values with a header.</source>
        <translation>“%1” ist keine CSV-Datei: Sie enthält JSON, keine Zeilen mit kommagetrennten Werten und einer Kopfzeile.</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2.</source>
        <translation>“%1” konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>“%1” ist leer.</translation>
    </message>
    <message>
        <source>“%1” is not a CSV file: its first line is not a header of comma-separated column names.</source>
        <translation>“%1” ist keine CSV-Datei: Ihre erste Zeile ist keine Kopfzeile mit kommagetrennten Spaltennamen.</translation>
    </message>
    <message>
        <source>Column %1 of “%2” has no name in the header.</source>
        <translation>Spalte %1 von “%2” hat in der Kopfzeile keinen Namen.</translation>
    </message>
    <message>
        <source>Two columns of “%1” are named “%2”.</source>
        <translation>Zwei Spalten von “%1” heißen “%2”.</translation>
    </message>
    <message>
        <source>“%1” is not a CSV file: the lines after its header are not rows of comma-separated values.</source>
        <translation>“%1” ist keine CSV-Datei: Die Zeilen nach der Kopfzeile enthalten keine kommagetrennten Werte.</translation>
    </message>
    <message>
        <source>“%1” has a header but no rows to import.</source>
        <translation>“%1” hat eine Kopfzeile, aber keine Zeilen zum Importieren.</translation>
    </message>
</context>
<context>
    <name>cp::models::CsvSource</name>
    <message>
        <source>The header row is not valid CSV (line %1): %2</source>
        <translation>Die Kopfzeile ist kein gültiges CSV (Zeile %1): %2</translation>
    </message>
    <message>
        <source>The file holds no rows.</source>
        <translation>Die Datei enthält keine Zeilen.</translation>
    </message>
    <message>
        <source>The row has %1 cells; the header names %2 columns.</source>
        <translation>Die Zeile hat %1 Zellen; die Kopfzeile nennt %2 Spalten.</translation>
    </message>
    <message>
        <source>Every cell of the row is empty.</source>
        <translation>Alle Zellen der Zeile sind leer.</translation>
    </message>
</context>
<context>
    <name>cp::models::FailedLinesModel</name>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>cp::models::FieldsModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>Inhaltstyp</translation>
    </message>
    <message>
        <source>Fills the standard asset the object brings along, not the profile.</source>
        <translation>Füllt das Standard-Asset, das das Objekt mitbringt, nicht das Profil.</translation>
    </message>
    <message>
        <source>Fills the standard case the object brings along, not the profile.</source>
        <translation>Füllt den Standard-Fall, den das Objekt mitbringt, nicht das Profil.</translation>
    </message>
    <message>
        <source>Fills the standard order the object brings along, not the profile.</source>
        <translation>Füllt die Standard-Bestellung, die das Objekt mitbringt, nicht das Profil.</translation>
    </message>
</context>
<context>
    <name>cp::models::IngestionPreviewModel</name>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Zuordnen</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>Profile fields</source>
        <translation>Profilfelder</translation>
    </message>
    <message>
        <source>Looking up the key values…</source>
        <translation>Die Schlüsselwerte werden nachgeschlagen…</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>holds the object it replaces</source>
        <translation>enthält das Objekt, das ersetzt wird</translation>
    </message>
    <message>
        <source>the object is added to it</source>
        <translation>das Objekt wird ihm hinzugefügt</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>Zugeordnet über</translation>
    </message>
    <message>
        <source>normalized value: %1</source>
        <translation>normalisierter Wert: %1</translation>
    </message>
    <message>
        <source>Refused because</source>
        <translation>Abgelehnt, weil</translation>
    </message>
    <message>
        <source>Passed over</source>
        <translation>Übergangen</translation>
    </message>
    <message>
        <source>several profiles hold these values: they decide nothing</source>
        <translation>mehrere Profile haben diese Werte: Sie entscheiden nichts</translation>
    </message>
    <message>
        <source>Unknown to the domain</source>
        <translation>Der Domäne unbekannt</translation>
    </message>
    <message>
        <source>no object type of the domain has these keys yet: no profile holds their values</source>
        <translation>kein Objekttyp der Domäne hat diese Schlüssel bisher: Kein Profil hat ihre Werte</translation>
    </message>
    <message>
        <source>Not looked up</source>
        <translation>Nicht nachgeschlagen</translation>
    </message>
    <message>
        <source>no connection</source>
        <translation>keine Verbindung</translation>
    </message>
    <message>
        <source>the decision assumes that no profile holds the key values</source>
        <translation>die Entscheidung nimmt an, dass kein Profil die Schlüsselwerte hat</translation>
    </message>
    <message>
        <source>Keys stored</source>
        <translation>Gespeicherte Schlüssel</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>what a search by key finds the profile with afterwards</source>
        <translation>womit eine Suche nach Schlüssel das Profil danach findet</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>kein Wert</translation>
    </message>
    <message>
        <source>the sample fills no profile field</source>
        <translation>das Beispiel füllt kein Profilfeld</translation>
    </message>
    <message>
        <source>normalized: %1</source>
        <translation>normalisiert: %1</translation>
    </message>
    <message>
        <source>unknown to the domain</source>
        <translation>der Domäne unbekannt</translation>
    </message>
    <message>
        <source>held by several profiles</source>
        <translation>mehrere Profile haben ihn</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>nicht gespeichert</translation>
    </message>
    <message>
        <source>the sample gives no key a value</source>
        <translation>das Beispiel gibt keinem Schlüssel einen Wert</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>aus %1</translation>
    </message>
    <message>
        <source>Asset, case and order</source>
        <translation>Asset, Fall und Bestellung</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the sample makes no standard asset, case or order</source>
        <translation>das Beispiel ergibt kein Standard-Asset, keinen Fall und keine Bestellung</translation>
    </message>
</context>
<context>
    <name>cp::models::JsonLinesSource</name>
    <message>
        <source>The line is longer than %1 bytes.</source>
        <translation>Die Zeile ist länger als %1 Byte.</translation>
    </message>
    <message>
        <source>Not valid JSON at character %1: %2.</source>
        <translation>Kein gültiges JSON bei Zeichen %1: %2.</translation>
    </message>
    <message>
        <source>Not a JSON object: the line must hold one { ... }.</source>
        <translation>Kein JSON-Objekt: Die Zeile muss genau ein { ... } enthalten.</translation>
    </message>
</context>
<context>
    <name>cp::models::KeysModel</name>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Standard identifiers</source>
        <translation>Standardbezeichner</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
</context>
<context>
    <name>cp::models::MatchGroupsModel</name>
    <message>
        <source>This group no longer exists: its profiles were merged or deleted.</source>
        <translation>Diese Gruppe existiert nicht mehr: Ihre Profile wurden zusammengeführt oder gelöscht.</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <source>Match id</source>
        <translation>Treffer-ID</translation>
    </message>
    <message>
        <source>Rule level</source>
        <translation>Regelebene</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>The names could not be read: %1</source>
        <translation>Die Namen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Match id %1</source>
        <translation>Treffer-ID %1</translation>
    </message>
    <message>
        <source>(names not read)</source>
        <translation>(Namen nicht gelesen)</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <source>the service returned none of the profiles</source>
        <translation>der Dienst lieferte keines der Profile</translation>
    </message>
</context>
<context>
    <name>cp::models::MatchingRulesModel</name>
    <message>
        <source>Level %1 names no attribute.</source>
        <translation>Ebene %1 nennt kein Attribut.</translation>
    </message>
    <message>
        <source>Level %1 names %2 attributes; a rule has at most %3.</source>
        <translation>Ebene %1 nennt %2 Attribute; eine Regel hat höchstens %3.</translation>
    </message>
    <message>
        <source>Level %1 names %2 twice.</source>
        <translation>Ebene %1 nennt %2 zweimal.</translation>
    </message>
    <message>
        <source>Level %1 names an attribute longer than 255 characters.</source>
        <translation>Ebene %1 nennt ein Attribut, das länger als 255 Zeichen ist.</translation>
    </message>
    <message>
        <source>Level %1: %2 is not among the attributes rule-based matching compares (the profile&apos;s names, email, phone, birth date, gender, account number, business name, Address.* parts and Attributes.*); the service may refuse it.</source>
        <translation>Ebene %1: %2 gehört nicht zu den Attributen, die der regelbasierte Abgleich vergleicht (Namen, E-Mail, Telefon, Geburtsdatum, Geschlecht, Kontonummer und Firmenname des Profils, Teile von Address.* sowie Attributes.*); der Dienst lehnt es möglicherweise ab.</translation>
    </message>
    <message>
        <source>not used (matching stops at level %1)</source>
        <translation>nicht verwendet (der Abgleich endet bei Ebene %1)</translation>
    </message>
    <message>
        <source>matches and merges automatically</source>
        <translation>gleicht ab und führt automatisch zusammen</translation>
    </message>
    <message>
        <source>matches; merge by hand</source>
        <translation>gleicht ab; manuell zusammenführen</translation>
    </message>
    <message>
        <source>Profiles that share all of these attributes match at level %1.</source>
        <translation>Profile, die alle diese Attribute gemeinsam haben, stimmen auf Ebene %1 überein.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Attributes that must all be equal</source>
        <translation>Attribute, die alle gleich sein müssen</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Wirkung</translation>
    </message>
</context>
<context>
    <name>cp::models::ObjectImporter</name>
    <message>
        <source>The file is empty: there is nothing to import.</source>
        <translation>Die Datei ist leer: Es gibt nichts zu importieren.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text, so it is neither JSON Lines nor CSV.</source>
        <translation>Die Datei ist kein UTF-8-Text und daher weder JSON Lines noch CSV.</translation>
    </message>
    <message>
        <source>The file is a JSON array, not JSON Lines: put each object on a line of its own, without the brackets and commas between them.</source>
        <translation>Die Datei ist ein JSON-Array, nicht JSON Lines: Setzen Sie jedes Objekt in eine eigene Zeile, ohne die eckigen Klammern und die Kommas dazwischen.</translation>
    </message>
    <message>
        <source>The file looks like XML or HTML; import reads JSON Lines (a JSON object on each line) or CSV whose first row names the columns.</source>
        <translation>Die Datei sieht nach XML oder HTML aus; der Import liest JSON Lines (ein JSON-Objekt pro Zeile) oder CSV, dessen erste Zeile die Spalten benennt.</translation>
    </message>
    <message>
        <source>The file is neither JSON Lines nor CSV: its first row is not valid CSV (%1)</source>
        <translation>Die Datei ist weder JSON Lines noch CSV: Ihre erste Zeile ist kein gültiges CSV (%1)</translation>
    </message>
    <message>
        <source>The file is neither JSON Lines nor CSV with a header row: column %1 of the first row has no name.</source>
        <translation>Die Datei ist weder JSON Lines noch CSV mit Kopfzeile: Spalte %1 der ersten Zeile hat keinen Namen.</translation>
    </message>
    <message>
        <source>The file is neither JSON Lines nor CSV with a header row: the first row names column “%1” twice.</source>
        <translation>Die Datei ist weder JSON Lines noch CSV mit Kopfzeile: Die erste Zeile nennt die Spalte “%1” zweimal.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Choose a connection, a domain and an object type first.</source>
        <translation>Wählen Sie zuerst eine Verbindung, eine Domäne und einen Objekttyp.</translation>
    </message>
    <message>
        <source>Paused: the connection was closed.</source>
        <translation>Angehalten: Die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <source>Cancelled while being sent: the service may have stored it.</source>
        <translation>Während des Sendens abgebrochen: Der Dienst hat das Objekt möglicherweise bereits gespeichert.</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>Angehalten: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>cp::models::ObjectTypeChecks</name>
    <message>
        <source>The field needs a name.</source>
        <translation>Das Feld benötigt einen Namen.</translation>
    </message>
    <message>
        <source>Field name &quot;%1&quot; is longer than 64 characters.</source>
        <translation>Der Feldname „%1“ ist länger als 64 Zeichen.</translation>
    </message>
    <message>
        <source>Another field is also named &quot;%1&quot;.</source>
        <translation>Ein anderes Feld heißt ebenfalls „%1“.</translation>
    </message>
    <message>
        <source>The content type must be one of %1.</source>
        <translation>Der Inhaltstyp muss einer von %1 sein.</translation>
    </message>
    <message>
        <source>Key name &quot;%1&quot; may contain only letters, digits, &quot;-&quot; and &quot;_&quot; (1 to 64 characters).</source>
        <translation>Der Schlüsselname „%1“ darf nur Buchstaben, Ziffern, „-“ und „_“ enthalten (1 bis 64 Zeichen).</translation>
    </message>
    <message>
        <source>An object type can have at most %1 keys: remove this one or another.</source>
        <translation>Ein Objekttyp kann höchstens %1 Schlüssel haben: Entfernen Sie diesen oder einen anderen.</translation>
    </message>
    <message>
        <source>Only one key can be UNIQUE, and %1 keys are.</source>
        <translation>Nur ein Schlüssel darf UNIQUE sein, aber %1 Schlüssel sind es.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a standard identifier.</source>
        <translation>„%1“ ist kein Standardbezeichner.</translation>
    </message>
    <message>
        <source>A key cannot be both LOOKUP_ONLY and NEW_ONLY.</source>
        <translation>Ein Schlüssel kann nicht zugleich LOOKUP_ONLY und NEW_ONLY sein.</translation>
    </message>
    <message>
        <source>The key names no field: choose at least one.</source>
        <translation>Der Schlüssel nennt kein Feld: Wählen Sie mindestens eines.</translation>
    </message>
    <message>
        <source>The key uses field &quot;%1&quot;, which is not defined.</source>
        <translation>Der Schlüssel verwendet das Feld „%1“, das nicht definiert ist.</translation>
    </message>
    <message>
        <source>The object type needs at least one key.</source>
        <translation>Der Objekttyp benötigt mindestens einen Schlüssel.</translation>
    </message>
    <message>
        <source>Exactly one key must be UNIQUE: it identifies an object so that a later one with the same value replaces it.</source>
        <translation>Genau ein Schlüssel muss UNIQUE sein: Er identifiziert ein Objekt, sodass ein späteres Objekt mit demselben Wert es ersetzt.</translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; compares %2 values here but %3 values in object type &quot;%4&quot;: the same value would not match across them.</source>
        <translation>Der Schlüssel „%1“ vergleicht hier %2-Werte, im Objekttyp „%4“ aber %3-Werte: Derselbe Wert würde zwischen ihnen nicht übereinstimmen.</translation>
    </message>
    <message>
        <source>Finds the profile: objects whose value of this key is already held by a profile are added to that profile.</source>
        <translation>Findet das Profil: Objekte, deren Wert für diesen Schlüssel bereits ein Profil hat, werden diesem Profil hinzugefügt.</translation>
    </message>
    <message>
        <source>Identifies the object itself: a later object with the same value replaces it. Exactly one key per object type has it, and its fields must be given.</source>
        <translation>Identifiziert das Objekt selbst: Ein späteres Objekt mit demselben Wert ersetzt es. Genau ein Schlüssel pro Objekttyp hat diesen Bezeichner, und seine Felder müssen angegeben sein.</translation>
    </message>
    <message>
        <source>A fallback profile key: looked at only when no other profile key finds a profile.</source>
        <translation>Ein Ersatz-Profilschlüssel: Wird nur herangezogen, wenn kein anderer Profilschlüssel ein Profil findet.</translation>
    </message>
    <message>
        <source>Used to find the profile while ingesting, but not stored: you cannot search by it later.</source>
        <translation>Dient beim Einlesen zum Finden des Profils, wird aber nicht gespeichert: Sie können später nicht danach suchen.</translation>
    </message>
    <message>
        <source>Stored on the profile only when the object creates it; otherwise used just to find the profile.</source>
        <translation>Wird nur dann im Profil gespeichert, wenn das Objekt das Profil erstellt; andernfalls dient er nur zum Finden des Profils.</translation>
    </message>
    <message>
        <source>Identifies a standard asset (a product the customer owns) that objects are tied to.</source>
        <translation>Identifiziert ein Standard-Asset (ein Produkt, das der Kunde besitzt), mit dem Objekte verknüpft sind.</translation>
    </message>
    <message>
        <source>Identifies a standard case (a support ticket) that objects are tied to.</source>
        <translation>Identifiziert einen Standard-Fall (ein Support-Ticket), mit dem Objekte verknüpft sind.</translation>
    </message>
    <message>
        <source>Identifies a standard order that objects are tied to.</source>
        <translation>Identifiziert eine Standard-Bestellung, mit der Objekte verknüpft sind.</translation>
    </message>
    <message>
        <source>Identifies a device the customer uses.</source>
        <translation>Identifiziert ein Gerät, das der Kunde verwendet.</translation>
    </message>
    <message>
        <source>Identifies web analytics records (visits and events) of the customer.</source>
        <translation>Identifiziert Webanalyse-Datensätze (Besuche und Ereignisse) des Kunden.</translation>
    </message>
    <message>
        <source>Identifies a communication record (a call, chat or message).</source>
        <translation>Identifiziert einen Kommunikationsdatensatz (einen Anruf, einen Chat oder eine Nachricht).</translation>
    </message>
    <message>
        <source>Identifies a traveller&apos;s air travel preference.</source>
        <translation>Identifiziert die Flugreisepräferenz eines Reisenden.</translation>
    </message>
    <message>
        <source>Identifies a traveller&apos;s hotel preference.</source>
        <translation>Identifiziert die Hotelpräferenz eines Reisenden.</translation>
    </message>
    <message>
        <source>Identifies an air booking.</source>
        <translation>Identifiziert eine Flugbuchung.</translation>
    </message>
    <message>
        <source>Identifies a flight segment of a booking.</source>
        <translation>Identifiziert ein Flugsegment einer Buchung.</translation>
    </message>
    <message>
        <source>Identifies a hotel reservation.</source>
        <translation>Identifiziert eine Hotelreservierung.</translation>
    </message>
    <message>
        <source>Identifies the revenue of a hotel stay.</source>
        <translation>Identifiziert den Umsatz eines Hotelaufenthalts.</translation>
    </message>
    <message>
        <source>Identifies a loyalty programme membership.</source>
        <translation>Identifiziert eine Mitgliedschaft in einem Treueprogramm.</translation>
    </message>
    <message>
        <source>Identifies a loyalty programme transaction.</source>
        <translation>Identifiziert eine Transaktion in einem Treueprogramm.</translation>
    </message>
    <message>
        <source>Identifies a loyalty promotion.</source>
        <translation>Identifiziert eine Aktion eines Treueprogramms.</translation>
    </message>
    <message>
        <source>An identifier of a later release of the service; this console has no description of it yet.</source>
        <translation>Ein Bezeichner einer neueren Version des Dienstes; diese Konsole hat noch keine Beschreibung dafür.</translation>
    </message>
    <message>
        <source>Field name &quot;%1&quot; may contain only letters, digits, &quot;.&quot;, &quot;-&quot; and &quot;_&quot;.</source>
        <translation>Der Feldname „%1“ darf nur Buchstaben, Ziffern, „.“, „-“ und „_“ enthalten.</translation>
    </message>
    <message>
        <source>%1 is not a field of the standard profile, asset, case or order: choose one from the list, or _profile.Attributes.NAME for an attribute.</source>
        <translation>%1 ist kein Feld von Standardprofil, Standard-Asset, Standard-Fall oder Standard-Bestellung: Wählen Sie eines aus der Liste oder _profile.Attributes.NAME für ein Attribut.</translation>
    </message>
    <message>
        <source>A key cannot use field &quot;%1&quot;: the service allows dots in field names, but not in the fields of a key. Rename the field without dots.</source>
        <translation>Ein Schlüssel kann das Feld „%1“ nicht verwenden: Der Dienst erlaubt Punkte in Feldnamen, aber nicht in den Feldern eines Schlüssels. Benennen Sie das Feld ohne Punkte um.</translation>
    </message>
    <message>
        <source>Records %1 give the UNIQUE key %2 no value: the service refuses a record without it.</source>
        <translation>Die Datensätze %1 geben dem UNIQUE-Schlüssel %2 keinen Wert: Der Dienst lehnt einen Datensatz ohne ihn ab.</translation>
    </message>
    <message>
        <source>None of your records fills key %1: it would never find a profile.</source>
        <translation>Keiner Ihrer Datensätze füllt den Schlüssel %1: Er würde nie ein Profil finden.</translation>
    </message>
</context>
<context>
    <name>cp::models::ObjectTypeDocument</name>
    <message numerus="yes">
        <source>Add %n field(s)</source>
        <translation>
            <numerusform>%n Feld hinzufügen</numerusform>
            <numerusform>%n Felder hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n field(s)</source>
        <translation>
            <numerusform>%n Feld entfernen</numerusform>
            <numerusform>%n Felder entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicate field</source>
        <translation>Feld duplizieren</translation>
    </message>
    <message numerus="yes">
        <source>Add %n key(s)</source>
        <translation>
            <numerusform>%n Schlüssel hinzufügen</numerusform>
            <numerusform>%n Schlüssel hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n key(s)</source>
        <translation>
            <numerusform>%n Schlüssel entfernen</numerusform>
            <numerusform>%n Schlüssel entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>The JSON must be an object: the PutProfileObjectType request.</source>
        <translation>Das JSON muss ein Objekt sein: die PutProfileObjectType-Anfrage.</translation>
    </message>
    <message>
        <source>The object type is saved as &quot;%1&quot;: its name cannot change.</source>
        <translation>Der Objekttyp ist als „%1“ gespeichert: Sein Name kann sich nicht ändern.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not have the form PutProfileObjectType expects: check its members and their types.</source>
        <translation>„%1“ hat nicht die Form, die PutProfileObjectType erwartet: Prüfen Sie die Mitglieder und ihre Typen.</translation>
    </message>
    <message>
        <source>Edit JSON</source>
        <translation>JSON bearbeiten</translation>
    </message>
    <message>
        <source>Edit tags</source>
        <translation>Tags bearbeiten</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Tag hinzufügen</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Tag entfernen</translation>
    </message>
    <message>
        <source>Tag in row %1: %2</source>
        <translation>Tag in Zeile %1: %2</translation>
    </message>
    <message>
        <source>Template %1 does not exist: choose one of the list, or clear the template on the General tab.</source>
        <translation>Die Vorlage %1 gibt es nicht: Wählen Sie eine aus der Liste, oder entfernen Sie die Vorlage im Reiter „Allgemein“.</translation>
    </message>
</context>
<context>
    <name>cp::models::ProfileComparisonModel</name>
    <message>
        <source>The profiles hold different values for %1.</source>
        <translation>Die Profile haben unterschiedliche Werte für %1.</translation>
    </message>
    <message>
        <source>The profiles agree on %1.</source>
        <translation>Die Profile stimmen bei %1 überein.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Profile %1</source>
        <translation>Profil %1</translation>
    </message>
</context>
<context>
    <name>cp::models::RequestLogModel</name>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>Anfrage-ID</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Cancelled before its answer was read; the endpoint may still have carried it out.</source>
        <translation>Abgebrochen, bevor die Antwort gelesen wurde; der Endpunkt kann sie dennoch ausgeführt haben.</translation>
    </message>
    <message>
        <source>An answer the console expected (for example a lookup that found nothing), not a problem.</source>
        <translation>Eine Antwort, die die Konsole erwartet hat (etwa eine Suche ohne Treffer), kein Problem.</translation>
    </message>
</context>
<context>
    <name>cp::models::SampleRecords</name>
    <message>
        <source>There is nothing to read.</source>
        <translation>Es gibt nichts zu lesen.</translation>
    </message>
    <message>
        <source>The JSON array is not valid at character %1: %2.</source>
        <translation>Das JSON-Array ist bei Zeichen %1 ungültig: %2.</translation>
    </message>
    <message>
        <source>Record %1 is not a JSON object.</source>
        <translation>Datensatz %1 ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The JSON array holds no records.</source>
        <translation>Das JSON-Array enthält keine Datensätze.</translation>
    </message>
    <message>
        <source>Record %1 is not complete: a } is missing.</source>
        <translation>Datensatz %1 ist unvollständig: Es fehlt eine }.</translation>
    </message>
    <message>
        <source>Record %1 is not valid JSON at character %2: %3.</source>
        <translation>Datensatz %1 ist bei Zeichen %2 kein gültiges JSON: %3.</translation>
    </message>
    <message>
        <source>The header row is not valid CSV (line %1): %2</source>
        <translation>Die Kopfzeile ist kein gültiges CSV (Zeile %1): %2</translation>
    </message>
    <message>
        <source>The CSV has a header row but no records.</source>
        <translation>Das CSV hat eine Kopfzeile, aber keine Datensätze.</translation>
    </message>
</context>
<context>
    <name>cp::models::TagsModel</name>
    <message>
        <source>The key must not be empty.</source>
        <translation>Der Schlüssel darf nicht leer sein.</translation>
    </message>
    <message numerus="yes">
        <source>The key must be at most %n characters long (it has %1).</source>
        <translation>
            <numerusform>Der Schlüssel darf höchstens %n Zeichen lang sein (aktuell: %1).</numerusform>
            <numerusform>Der Schlüssel darf höchstens %n Zeichen lang sein (aktuell: %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Keys beginning with &quot;aws:&quot; are reserved for AWS.</source>
        <translation>Schlüssel, die mit „aws:“ beginnen, sind für AWS reserviert.</translation>
    </message>
    <message>
        <source>The key may contain only letters, digits and + - = . _ : / (not &quot;%1&quot;).</source>
        <translation>Der Schlüssel darf nur Buchstaben, Ziffern und + - = . _ : / enthalten (nicht „%1“).</translation>
    </message>
    <message>
        <source>The key %1 is already used by another tag.</source>
        <translation>Der Schlüssel %1 wird bereits von einem anderen Tag verwendet.</translation>
    </message>
    <message numerus="yes">
        <source>The value must be at most %n characters long (it has %1).</source>
        <translation>
            <numerusform>Der Wert darf höchstens %n Zeichen lang sein (aktuell: %1).</numerusform>
            <numerusform>Der Wert darf höchstens %n Zeichen lang sein (aktuell: %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A resource can have at most %n tags: remove this one or another.</source>
        <translation>
            <numerusform>Eine Ressource kann höchstens %n Tag haben: Entfernen Sie dieses oder ein anderes.</numerusform>
            <numerusform>Eine Ressource kann höchstens %n Tags haben: Entfernen Sie dieses oder ein anderes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>cp::models::UploadJobFlow</name>
    <message>
        <source>Creating the upload job…</source>
        <translation>Upload-Job wird erstellt…</translation>
    </message>
    <message>
        <source>Asking where to upload the file…</source>
        <translation>Ziel für das Hochladen der Datei wird abgefragt…</translation>
    </message>
    <message>
        <source>Uploading the file…</source>
        <translation>Datei wird hochgeladen…</translation>
    </message>
    <message>
        <source>Starting the job…</source>
        <translation>Job wird gestartet…</translation>
    </message>
    <message>
        <source>The job is running.</source>
        <translation>Der Job läuft.</translation>
    </message>
    <message>
        <source>Stopping the job…</source>
        <translation>Job wird beendet…</translation>
    </message>
    <message>
        <source>The job has ended.</source>
        <translation>Der Job ist beendet.</translation>
    </message>
    <message>
        <source>The import did not complete.</source>
        <translation>Der Import wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Stopped following the job: it may still be running, and the Imports tab shows how it ends.</source>
        <translation>Der Job wird nicht mehr verfolgt: Er läuft womöglich noch, und der Reiter „Importe“ zeigt, wie er endet.</translation>
    </message>
</context>
<context>
    <name>cp::models::UploadMapping</name>
    <message>
        <source>Choose the column that identifies a customer (the unique key).</source>
        <translation>Wählen Sie die Spalte, die einen Kunden identifiziert (den eindeutigen Schlüssel).</translation>
    </message>
    <message>
        <source>Choose a profile field for at least one column.</source>
        <translation>Wählen Sie für mindestens eine Spalte ein Profilfeld.</translation>
    </message>
    <message>
        <source>“%1” is not a profile field (column “%2”).</source>
        <translation>“%1” ist kein Profilfeld (Spalte “%2”).</translation>
    </message>
    <message>
        <source>Columns “%1” and “%2” both go to %3.</source>
        <translation>Die Spalten “%1” und “%2” gehen beide nach %3.</translation>
    </message>
</context>
<context>
    <name>cp::schema</name>
    <message>
        <source>Shape %1 has the unknown type &apos;%2&apos;.</source>
        <translation>Das Shape %1 hat den unbekannten Typ ‚%2‘.</translation>
    </message>
    <message>
        <source>Member %1.%2 has the unknown location &apos;%3&apos;.</source>
        <translation>Das Mitglied %1.%2 hat die unbekannte Location ‚%3‘.</translation>
    </message>
    <message>
        <source>Shape %1 refers to the unknown shape %2.</source>
        <translation>Das Shape %1 verweist auf das unbekannte Shape %2.</translation>
    </message>
    <message>
        <source>Member %1.%2 refers to the unknown shape &apos;%3&apos;.</source>
        <translation>Das Mitglied %1.%2 verweist auf das unbekannte Shape ‚%3‘.</translation>
    </message>
    <message>
        <source>Shape %1 does not say what it holds.</source>
        <translation>Das Shape %1 gibt nicht an, was es enthält.</translation>
    </message>
    <message>
        <source>Operation &apos;%1&apos; has no HTTP binding.</source>
        <translation>Die Operation ‚%1‘ hat keine HTTP-Bindung.</translation>
    </message>
    <message>
        <source>Operation %1 refers to the unknown shape %2.</source>
        <translation>Die Operation %1 verweist auf das unbekannte Shape %2.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>letters</source>
        <translation>Buchstaben</translation>
    </message>
    <message>
        <source>lowercase letters</source>
        <translation>Kleinbuchstaben</translation>
    </message>
    <message>
        <source>uppercase letters</source>
        <translation>Großbuchstaben</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>Ziffern</translation>
    </message>
    <message>
        <source>spaces</source>
        <translation>Leerzeichen</translation>
    </message>
    <message>
        <source>must not start with %1</source>
        <translation>darf nicht mit %1 beginnen</translation>
    </message>
    <message>
        <source>must start with %1</source>
        <translation>muss mit %1 beginnen</translation>
    </message>
    <message>
        <source>must have the form %1…</source>
        <translation>muss die Form haben: %1…</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>must hold a character other than a space</source>
        <translation>muss ein Zeichen außer dem Leerzeichen enthalten</translation>
    </message>
    <message>
        <source>must be %1 characters: %2</source>
        <translation>muss aus %1 Zeichen bestehen: %2</translation>
    </message>
    <message>
        <source>must hold %1 characters in a row of: %2</source>
        <translation>muss %1 Zeichen in Folge enthalten aus: %2</translation>
    </message>
    <message>
        <source>may hold only %1</source>
        <translation>darf nur %1 enthalten</translation>
    </message>
    <message>
        <source>must hold at least one of: %1</source>
        <translation>muss mindestens eines davon enthalten: %1</translation>
    </message>
    <message>
        <source>must start with one of: %1, and may hold only %2</source>
        <translation>muss mit einem von %1 beginnen und darf nur %2 enthalten</translation>
    </message>
</context>
<context>
    <name>cp::schema::DetectionText</name>
    <message>
        <source>&quot;%1&quot; is left out: a Source path cannot name a member whose name is empty or has a space, a dot, a bracket or a brace.</source>
        <translation>„%1“ wird ausgelassen: Ein Source-Pfad kann kein Mitglied benennen, dessen Name leer ist oder ein Leerzeichen, einen Punkt, eine eckige oder eine geschweifte Klammer enthält.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is left out: it is nested more than %2 levels deep.</source>
        <translation>„%1“ wird ausgelassen: Es ist tiefer als %2 Ebenen verschachtelt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; reads differently in different samples, as often one way as another: it is left unmapped.</source>
        <translation>„%1“ liest sich in verschiedenen Beispielen unterschiedlich, gleich oft auf die eine wie die andere Art: Es bleibt ohne Zuordnung.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could go to %2 too, but another field does: it is left unmapped.</source>
        <translation>„%1“ könnte auch nach %2 gehen, aber ein anderes Feld tut das: Es bleibt ohne Zuordnung.</translation>
    </message>
    <message>
        <source>No field identifies an object (an id-like name with a value in every sample, different in each): there is no UNIQUE key, and the object type needs one before it can be put.</source>
        <translation>Kein Feld kennzeichnet ein Objekt (ein ID-artiger Name mit einem Wert in jedem Beispiel, in jedem ein anderer): Es gibt keinen UNIQUE-Schlüssel, und der Objekttyp braucht einen, bevor Objekte abgelegt werden können.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a list: it is not mapped, since a Source reaches one element by its position and records differ in what each position holds.</source>
        <translation>„%1“ ist eine Liste: Sie wird nicht zugeordnet, da eine Source ein Element über seine Position erreicht und Datensätze sich darin unterscheiden, was an jeder Position steht.</translation>
    </message>
    <message>
        <source>Give 1 to %1 sample objects (there are %2).</source>
        <translation>Geben Sie 1 bis %1 Beispielobjekte an (es sind %2).</translation>
    </message>
    <message>
        <source>Sample %1 (Objects[%2]) is not JSON: %3 at offset %4.</source>
        <translation>Beispiel %1 (Objects[%2]) ist kein JSON: %3 bei Position %4.</translation>
    </message>
    <message>
        <source>Sample %1 (Objects[%2]) is JSON but not an object: give one record as {&quot;name&quot;: value, ...}.</source>
        <translation>Beispiel %1 (Objects[%2]) ist JSON, aber kein Objekt: Geben Sie einen Datensatz als {&quot;name&quot;: wert, ...} an.</translation>
    </message>
</context>
<context>
    <name>cp::schema::IngestionPlanText</name>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>An object with the same %1 (%2) is stored: it is replaced and stays on profile %3.</source>
        <translation>Ein Objekt mit demselben %1 (%2) ist gespeichert: Es wird ersetzt und bleibt beim Profil %3.</translation>
    </message>
    <message>
        <source>Matches profile %1 by %2 (%3).</source>
        <translation>Passt über %2 (%3) zum Profil %1.</translation>
    </message>
    <message>
        <source>Values of %1 are held by several profiles and are ignored.</source>
        <translation>Werte von %1 gehören mehreren Profilen und werden übergangen.</translation>
    </message>
    <message>
        <source>Refused: no profile matches and AllowProfileCreation is false.</source>
        <translation>Abgelehnt: Kein Profil passt, und AllowProfileCreation ist false.</translation>
    </message>
    <message>
        <source>No profile has these keys: a profile would be created.</source>
        <translation>Kein Profil hat diese Schlüssel: Ein Profil würde erstellt.</translation>
    </message>
</context>
<context>
    <name>cp::schema::MappingText</name>
    <message>
        <source>The object has no value for the unique key &quot;%1&quot; (fields: %2).</source>
        <translation>Das Objekt hat keinen Wert für den eindeutigen Schlüssel „%1“ (Felder: %2).</translation>
    </message>
</context>
<context>
    <name>cp::schema::ObjectTypeText</name>
    <message>
        <source>The object type needs a name.</source>
        <translation>Der Objekttyp benötigt einen Namen.</translation>
    </message>
    <message>
        <source>The name must be at most 255 characters long.</source>
        <translation>Der Name darf höchstens 255 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The name cannot start with &quot;_&quot;: that is kept for the service&apos;s own object types.</source>
        <translation>Der Name darf nicht mit „_“ beginnen: Das ist den eigenen Objekttypen des Dienstes vorbehalten.</translation>
    </message>
    <message>
        <source>The name may contain only letters, digits, &quot;-&quot; and &quot;_&quot;, and must not start with a digit or &quot;-&quot;.</source>
        <translation>Der Name darf nur Buchstaben, Ziffern, „-“ und „_“ enthalten und nicht mit einer Ziffer oder „-“ beginnen.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; needs a Source such as _source.email.</source>
        <translation>Das Feld „%1“ benötigt eine Source wie _source.email.</translation>
    </message>
    <message>
        <source>In field &quot;%1&quot;, {{%2}} is not a _source path.</source>
        <translation>Im Feld „%1“ ist {{%2}} kein _source-Pfad.</translation>
    </message>
    <message>
        <source>In field &quot;%1&quot;, the template has unbalanced {{ }}.</source>
        <translation>Im Feld „%1“ sind die {{ }} der Vorlage nicht ausgeglichen.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot;: the Source must be a path such as _source.address.city or a template such as {{_source.first}} {{_source.last}}.</source>
        <translation>Feld „%1“: Source muss ein Pfad wie _source.address.city oder eine Vorlage wie {{_source.first}} {{_source.last}} sein.</translation>
    </message>
    <message>
        <source>The object type needs a description.</source>
        <translation>Der Objekttyp benötigt eine Beschreibung.</translation>
    </message>
    <message>
        <source>Expiration must be between 1 and 1098 days.</source>
        <translation>Die Ablaufzeit muss zwischen 1 und 1098 Tagen liegen.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot;: the content type must be one of %2.</source>
        <translation>Feld „%1“: Der Inhaltstyp muss einer der Werte %2 sein.</translation>
    </message>
    <message>
        <source>The object type needs at least one key.</source>
        <translation>Der Objekttyp benötigt mindestens einen Schlüssel.</translation>
    </message>
    <message>
        <source>An object type can have at most %1 keys (it has %2).</source>
        <translation>Ein Objekttyp kann höchstens %1 Schlüssel haben (aktuell: %2).</translation>
    </message>
    <message>
        <source>Key name &quot;%1&quot; may contain only letters, digits, &quot;-&quot; and &quot;_&quot; (at most 64).</source>
        <translation>Der Schlüsselname „%1“ darf nur Buchstaben, Ziffern, „-“ und „_“ enthalten (höchstens 64 Zeichen).</translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; has no definition.</source>
        <translation>Der Schlüssel „%1“ hat keine Definition.</translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; names no field.</source>
        <translation>Der Schlüssel „%1“ nennt kein Feld.</translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; uses field &quot;%2&quot;, which the object type does not define.</source>
        <translation>Der Schlüssel „%1“ verwendet das Feld „%2“, das der Objekttyp nicht definiert.</translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; cannot be both LOOKUP_ONLY and NEW_ONLY.</source>
        <translation>Der Schlüssel „%1“ kann nicht zugleich LOOKUP_ONLY und NEW_ONLY sein.</translation>
    </message>
    <message>
        <source>Only one key can be UNIQUE (%1 are).</source>
        <translation>Nur ein Schlüssel kann UNIQUE sein (aktuell: %1).</translation>
    </message>
    <message>
        <source>Exactly one key must be UNIQUE: it identifies an object so that a later one with the same value replaces it.</source>
        <translation>Genau ein Schlüssel muss UNIQUE sein: Er identifiziert ein Objekt, sodass ein späteres Objekt mit demselben Wert es ersetzt.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot;: %2 is not a field of the standard profile, asset, case or order.</source>
        <translation>Feld „%1“: %2 ist kein Feld von Standardprofil, Standard-Asset, Standard-Fall oder Standard-Bestellung.</translation>
    </message>
</context>
<context>
    <name>cp::schema::WireModel</name>
    <message>
        <source>The input</source>
        <translation>Die Eingabe</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 ist erforderlich.</translation>
    </message>
    <message>
        <source>%1 must be a string.</source>
        <translation>%1 muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <source>%1 must be a whole number between -2147483648 and 2147483647.</source>
        <translation>%1 muss eine ganze Zahl zwischen -2147483648 und 2147483647 sein.</translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>%1 muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>%1 must be a number.</source>
        <translation>%1 muss eine Zahl sein.</translation>
    </message>
    <message>
        <source>%1 must be a timestamp given as a number of seconds since 1970.</source>
        <translation>%1 muss ein Zeitstempel sein, angegeben als Anzahl der Sekunden seit 1970.</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1 muss true oder false sein.</translation>
    </message>
    <message>
        <source>%1 must be a list.</source>
        <translation>%1 muss eine Liste sein.</translation>
    </message>
    <message>
        <source>%1 must be an object.</source>
        <translation>%1 muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>%1 must not be empty.</source>
        <translation>%1 darf nicht leer sein.</translation>
    </message>
    <message numerus="yes">
        <source>%1 must be at least %n characters long (it has %2).</source>
        <translation>
            <numerusform>%1 muss mindestens %n Zeichen lang sein (aktuell: %2).</numerusform>
            <numerusform>%1 muss mindestens %n Zeichen lang sein (aktuell: %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 must be at most %n characters long (it has %2).</source>
        <translation>
            <numerusform>%1 darf höchstens %n Zeichen lang sein (aktuell: %2).</numerusform>
            <numerusform>%1 darf höchstens %n Zeichen lang sein (aktuell: %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 must be one of %2 (it is &apos;%3&apos;).</source>
        <translation>%1 muss einer der Werte %2 sein (aktuell: ‚%3‘).</translation>
    </message>
    <message>
        <source>%1 must be at least %2 (it is %3).</source>
        <translation>%1 muss mindestens %2 sein (aktuell: %3).</translation>
    </message>
    <message>
        <source>%1 must be at most %2 (it is %3).</source>
        <translation>%1 darf höchstens %2 sein (aktuell: %3).</translation>
    </message>
    <message>
        <source>%1 must not be an empty list.</source>
        <translation>%1 darf keine leere Liste sein.</translation>
    </message>
    <message numerus="yes">
        <source>%1 must have at least %n items (it has %2).</source>
        <translation>
            <numerusform>%1 muss mindestens %n Element enthalten (aktuell: %2).</numerusform>
            <numerusform>%1 muss mindestens %n Elemente enthalten (aktuell: %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 must have at least %n entries (it has %2).</source>
        <translation>
            <numerusform>%1 muss mindestens %n Eintrag enthalten (aktuell: %2).</numerusform>
            <numerusform>%1 muss mindestens %n Einträge enthalten (aktuell: %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 must have at most %n items (it has %2).</source>
        <translation>
            <numerusform>%1 darf höchstens %n Element enthalten (aktuell: %2).</numerusform>
            <numerusform>%1 darf höchstens %n Elemente enthalten (aktuell: %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 must have at most %n entries (it has %2).</source>
        <translation>
            <numerusform>%1 darf höchstens %n Eintrag enthalten (aktuell: %2).</numerusform>
            <numerusform>%1 darf höchstens %n Einträge enthalten (aktuell: %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 must not be null.</source>
        <translation>%1 darf nicht null sein.</translation>
    </message>
    <message>
        <source>The key &apos;%1&apos; in %2</source>
        <translation>Der Schlüssel ‚%1‘ in %2</translation>
    </message>
    <message>
        <source>No shape named %1 is known.</source>
        <translation>Es ist kein Shape namens %1 bekannt.</translation>
    </message>
    <message>
        <source>The model file is not JSON (%1 at byte %2).</source>
        <translation>Die Modelldatei ist kein JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>The file is not a model file of this program (format &apos;%1&apos;).</source>
        <translation>Die Datei ist keine Modelldatei dieses Programms (Format ‚%1‘).</translation>
    </message>
    <message>
        <source>The pattern %1 does not compile (%2).</source>
        <translation>Das Muster %1 lässt sich nicht kompilieren (%2).</translation>
    </message>
    <message>
        <source>%1 must be base64-encoded text.</source>
        <translation>%1 muss Base64-kodierter Text sein.</translation>
    </message>
    <message>
        <source>%1 is not a member the service knows.</source>
        <translation>%1 ist kein Mitglied, das der Dienst kennt.</translation>
    </message>
    <message numerus="yes">
        <source>%1 must set exactly one of %2 (it sets %n).</source>
        <translation>
            <numerusform>%1 muss genau eines von %2 setzen (gesetzt ist %n).</numerusform>
            <numerusform>%1 muss genau eines von %2 setzen (gesetzt sind %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not in the expected format.</source>
        <translation>%1 hat nicht das erwartete Format.</translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <translation>%1 %2.</translation>
    </message>
</context>
<context>
    <name>cp::views::AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <source>Customer Profiles Console</source>
        <translation>Customer-Profiles-Konsole</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Erstellt mit Qt %1, läuft mit Qt %2.</translation>
    </message>
    <message>
        <source>A desktop console for Amazon Connect Customer Profiles, and cplocal, a local endpoint that emulates the service for the console, the AWS CLI and the AWS SDKs.</source>
        <translation>Eine Desktop-Konsole für Amazon Connect Customer Profiles, und cplocal, ein lokaler Endpunkt, der den Dienst für die Konsole, die AWS CLI und die AWS SDKs nachbildet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Licences&lt;/b&gt;</source>
        <translation>&lt;b&gt;Lizenzen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Customer Profiles Console and cplocal</source>
        <translation>Customer-Profiles-Konsole und cplocal</translation>
    </message>
    <message>
        <source>This program.</source>
        <translation>Dieses Programm.</translation>
    </message>
    <message>
        <source>Used as the system&apos;s shared libraries, which you may replace.</source>
        <translation>Als gemeinsame Bibliotheken des Systems verwendet, die Sie ersetzen dürfen.</translation>
    </message>
    <message>
        <source>Keeps connection secrets in the system keychain.</source>
        <translation>Bewahrt die Geheimnisse der Verbindungen im Schlüsselbund des Systems auf.</translation>
    </message>
    <message>
        <source>Public domain</source>
        <translation>Gemeinfrei</translation>
    </message>
    <message>
        <source>The local endpoint&apos;s store.</source>
        <translation>Der Speicher des lokalen Endpunkts.</translation>
    </message>
    <message>
        <source>Service model from botocore</source>
        <translation>Dienstmodell aus botocore</translation>
    </message>
    <message>
        <source>The Customer Profiles API model compiled into the program is made from botocore&apos;s (Copyright Amazon.com, Inc. or its affiliates), facts only.</source>
        <translation>Das ins Programm übersetzte Modell der Customer-Profiles-API ist aus dem von botocore gemacht (Copyright Amazon.com, Inc. oder verbundene Unternehmen), nur die Fakten.</translation>
    </message>
</context>
<context>
    <name>cp::views::AccountIntegrationsDialog</name>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>Object type</source>
        <translation>Objekttyp</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Integrations by URI</source>
        <translation>Integrationen nach URI</translation>
    </message>
    <message>
        <source>the source URI, e.g. arn:aws:appflow:…:flow/NAME</source>
        <translation>die Quell-URI, z. B. arn:aws:appflow:…:flow/NAME</translation>
    </message>
    <message>
        <source>&amp;URI:</source>
        <translation>&amp;URI:</translation>
    </message>
</context>
<context>
    <name>cp::views::ConnectionDialog</name>
    <message>
        <source>An AWS &amp;profile from ~/.aws</source>
        <translation>Ein AWS-&amp;Profil aus ~/.aws</translation>
    </message>
    <message>
        <source>Access &amp;keys (the secret goes to the system keychain)</source>
        <translation>&amp;Zugriffsschlüssel (der geheime Schlüssel wird im Schlüsselbund des Systems gespeichert)</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>Empty: the profile&apos;s region</source>
        <translation>Leer: Region des Profils</translation>
    </message>
    <message>
        <source>optional, e.g. http://127.0.0.1:4566</source>
        <translation>optional, z. B. http://127.0.0.1:4566</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>Access key id:</source>
        <translation>Zugriffsschlüssel-ID:</translation>
    </message>
    <message>
        <source>Secret access key:</source>
        <translation>Geheimer Zugriffsschlüssel:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;Endpoint URL:</source>
        <translation>&amp;Endpunkt-URL:</translation>
    </message>
    <message>
        <source>Do not verify HTTPS certificates (unsafe)</source>
        <translation>HTTPS-Zertifikate nicht prüfen (unsicher)</translation>
    </message>
    <message>
        <source>Anyone between this computer and the endpoint could read and change the calls. Prefer AWS_CA_BUNDLE or the profile&apos;s ca_bundle for a company&apos;s own certificates.</source>
        <translation>Jeder zwischen diesem Rechner und dem Endpunkt könnte die Aufrufe lesen und ändern. Für eigene Zertifikate eines Unternehmens besser AWS_CA_BUNDLE oder das ca_bundle des Profils verwenden.</translation>
    </message>
</context>
<context>
    <name>cp::views::ConnectionStatus</name>
    <message>
        <source>Local endpoint · account %1</source>
        <translation>Lokaler Endpunkt · Konto %1</translation>
    </message>
    <message>
        <source>The local endpoint on this computer; its data stays here.</source>
        <translation>Der lokale Endpunkt auf diesem Rechner; seine Daten bleiben hier.</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <source>no credentials</source>
        <translation>keine Anmeldedaten</translation>
    </message>
    <message>
        <source>credentials expired at %1 (renewed on the next call)</source>
        <translation>Anmeldedaten um %1 abgelaufen (beim nächsten Aufruf erneuert)</translation>
    </message>
    <message>
        <source>credentials until %1</source>
        <translation>Anmeldedaten bis %1</translation>
    </message>
    <message>
        <source>getting credentials…</source>
        <translation>Anmeldedaten werden geholt…</translation>
    </message>
    <message>
        <source>⚠ certificates not verified</source>
        <translation>⚠ Zertifikate nicht geprüft</translation>
    </message>
    <message>
        <source>This connection does not verify the endpoint&apos;s HTTPS certificate: anyone on the way could read and change its calls.</source>
        <translation>Diese Verbindung prüft das HTTPS-Zertifikat des Endpunkts nicht: Jeder auf dem Weg könnte ihre Aufrufe lesen und ändern.</translation>
    </message>
    <message>
        <source>Credentials: %1</source>
        <translation>Anmeldedaten: %1</translation>
    </message>
    <message>
        <source>They expire %1.</source>
        <translation>Sie laufen am %1 ab.</translation>
    </message>
</context>
<context>
    <name>cp::views::CreateDomainDialog</name>
    <message>
        <source>New domain</source>
        <translation>Neue Domäne</translation>
    </message>
    <message>
        <source>letters, digits, - and _</source>
        <translation>Buchstaben, Ziffern, - und _</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <source>optional: arn:aws:kms:...</source>
        <translation>optional: arn:aws:kms:...</translation>
    </message>
    <message>
        <source>optional: https://sqs...</source>
        <translation>optional: https://sqs...</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Data &amp;expires after:</source>
        <translation>Daten &amp;verfallen nach:</translation>
    </message>
    <message>
        <source>Encryption &amp;key:</source>
        <translation>Verschlüsselungs&amp;schlüssel:</translation>
    </message>
    <message>
        <source>Dead-letter &amp;queue:</source>
        <translation>&amp;Warteschlange für unzustellbare Nachrichten:</translation>
    </message>
</context>
<context>
    <name>cp::views::CsvMappingTable</name>
    <message>
        <source>Don&apos;t import</source>
        <translation>Nicht importieren</translation>
    </message>
    <message>
        <source>The profile field column “%1” goes to; type Attributes.NAME for an attribute of your own.</source>
        <translation>Das Profilfeld, in das die Spalte “%1” geht; geben Sie Attributes.NAME für ein eigenes Attribut ein.</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importieren als</translation>
    </message>
    <message>
        <source>%1 (unique key)</source>
        <translation>%1 (eindeutiger Schlüssel)</translation>
    </message>
</context>
<context>
    <name>cp::views::DesignerFieldsPage</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>U&amp;p</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation>Nach un&amp;ten</translation>
    </message>
    <message>
        <source>&amp;Add field</source>
        <translation>Feld hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Source: a _source. path or a {{...}} template. Target: a standard profile path, or empty when the field only feeds keys.</source>
        <translation>Source: ein _source.-Pfad oder eine {{...}}-Vorlage. Target: ein Pfad des Standardprofils, oder leer, wenn das Feld nur Schlüssel speist.</translation>
    </message>
</context>
<context>
    <name>cp::views::DesignerGeneralPage</name>
    <message>
        <source>&amp;Create a profile when no profile matches</source>
        <translation>Profil an&amp;legen, wenn kein Profil passt</translation>
    </message>
    <message>
        <source>The domain&apos;s default</source>
        <translation>Vorgabe der Domäne</translation>
    </message>
    <message>
        <source>The domain&apos;s key</source>
        <translation>Schlüssel der Domäne</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <source>E&amp;xpiration days:</source>
        <translation>Ablauf in &amp;Tagen:</translation>
    </message>
    <message>
        <source>The name of a saved object type cannot change.</source>
        <translation>Der Name eines gespeicherten Objekttyps kann sich nicht ändern.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>&amp;Encryption key:</source>
        <translation>&amp;Verschlüsselungsschlüssel:</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>&amp;Remove tag</source>
        <translation>Tag &amp;entfernen</translation>
    </message>
    <message>
        <source>Do not use a template: the fields and keys are the design&apos;s.</source>
        <translation>Keine Vorlage verwenden: Die Felder und Schlüssel sind die des Entwurfs.</translation>
    </message>
    <message>
        <source>&amp;Add tag</source>
        <translation>Tag hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <source>None: objects are kept in the order they arrive</source>
        <translation>Keines: Objekte werden in der Reihenfolge ihres Eintreffens übernommen</translation>
    </message>
    <message>
        <source>How the source&apos;s last-updated time is written (SourceLastUpdatedTimestampFormat), so that an older record never replaces a newer one.</source>
        <translation>Wie die Zeit der letzten Änderung in der Quelle geschrieben ist (SourceLastUpdatedTimestampFormat), damit ein älterer Datensatz nie einen neueren ersetzt.</translation>
    </message>
    <message>
        <source>&amp;Source timestamp format:</source>
        <translation>&amp;Zeitstempelformat der Quelle:</translation>
    </message>
</context>
<context>
    <name>cp::views::DesignerKeysPage</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Add key</source>
        <translation>Schlüssel hin&amp;zufügen</translation>
    </message>
    <message>
        <source>&amp;Identifiers of the key:</source>
        <translation>&amp;Kennungen des Schlüssels:</translation>
    </message>
    <message>
        <source>Fiel&amp;ds of the key:</source>
        <translation>Fel&amp;der des Schlüssels:</translation>
    </message>
</context>
<context>
    <name>cp::views::DesignerPreviewPage</name>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Abb&amp;rechen</translation>
    </message>
    <message>
        <source>A source object as JSON, e.g. a record of the integration. The preview shows what saving the design and putting this object would do; nothing is written.</source>
        <translation>Ein Quellobjekt als JSON, z. B. ein Datensatz der Integration. Die Vorschau zeigt, was das Speichern des Entwurfs und das Einstellen dieses Objekts bewirken würden; nichts wird geschrieben.</translation>
    </message>
    <message>
        <source>Loa&amp;d…</source>
        <translation>&amp;Laden…</translation>
    </message>
    <message>
        <source>Read the sample object from a JSON file.</source>
        <translation>Liest das Beispielobjekt aus einer JSON-Datei.</translation>
    </message>
    <message>
        <source>Preview the sample with the current design (Ctrl+Return).</source>
        <translation>Zeigt die Vorschau des Beispiels mit dem aktuellen Entwurf (Strg+Eingabe).</translation>
    </message>
    <message>
        <source>Stop looking up the key values.</source>
        <translation>Beendet das Nachschlagen der Schlüsselwerte.</translation>
    </message>
    <message>
        <source>S&amp;ample object:</source>
        <translation>&amp;Beispielobjekt:</translation>
    </message>
    <message>
        <source>Type or load a sample object, then press Preview.</source>
        <translation>Geben Sie ein Beispielobjekt ein oder laden Sie eines, dann drücken Sie „Vorschau“.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Load sample object</source>
        <translation>Beispielobjekt laden</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Type or paste a sample object first.</source>
        <translation>Geben Sie zuerst ein Beispielobjekt ein oder fügen Sie eines ein.</translation>
    </message>
    <message>
        <source>The sample must be a JSON object: { ... }.</source>
        <translation>Das Beispiel muss ein JSON-Objekt sein: { ... }.</translation>
    </message>
    <message>
        <source>No preview: the sample is not a JSON object.</source>
        <translation>Keine Vorschau: Das Beispiel ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>Cancelled before the lookups finished.</source>
        <translation>Abgebrochen, bevor das Nachschlagen fertig war.</translation>
    </message>
    <message>
        <source>Preview cancelled.</source>
        <translation>Vorschau abgebrochen.</translation>
    </message>
    <message>
        <source>The lookups were cancelled; press Preview to run them again.</source>
        <translation>Das Nachschlagen wurde abgebrochen; drücken Sie „Vorschau“, um es erneut auszuführen.</translation>
    </message>
    <message>
        <source>Looking up the key values…</source>
        <translation>Die Schlüsselwerte werden nachgeschlagen…</translation>
    </message>
    <message>
        <source>Not connected: the key values were not looked up.</source>
        <translation>Nicht verbunden: Die Schlüsselwerte wurden nicht nachgeschlagen.</translation>
    </message>
    <message>
        <source>No decision: a lookup failed.</source>
        <translation>Keine Entscheidung: Ein Nachschlagen ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The service answered: %1</source>
        <translation>Der Dienst antwortete: %1</translation>
    </message>
    <message>
        <source>Template %1 is kept: the service fills in its fields and keys when the type is saved, so the preview has none. Copy them from the template to preview with them.</source>
        <translation>Die Vorlage %1 wird beibehalten: Der Dienst füllt ihre Felder und Schlüssel beim Speichern des Typs, daher hat die Vorschau keine. Kopieren Sie sie aus der Vorlage, um die Vorschau mit ihnen zu sehen.</translation>
    </message>
    <message>
        <source>The records the design was detected from: choose one to preview it.</source>
        <translation>Die Datensätze, aus denen der Entwurf erkannt wurde: Wählen Sie einen für die Vorschau.</translation>
    </message>
    <message>
        <source>Record %1 of %2</source>
        <translation>Datensatz %1 von %2</translation>
    </message>
</context>
<context>
    <name>cp::views::DialogSubmission</name>
    <message>
        <source>Nothing was sent: open a connection and choose a domain, then try again.</source>
        <translation>Nichts wurde gesendet: Öffnen Sie eine Verbindung und wählen Sie eine Domäne, dann versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Sending… The dialog closes once the service has accepted it.</source>
        <translation>Wird gesendet… Der Dialog schließt sich, sobald der Dienst es angenommen hat.</translation>
    </message>
    <message>
        <source>Cancelled. The service may still have made the change: check before sending it again.</source>
        <translation>Abgebrochen. Der Dienst kann die Änderung dennoch vorgenommen haben: Prüfen Sie das, bevor Sie sie erneut senden.</translation>
    </message>
</context>
<context>
    <name>cp::views::DomainMatchingPage</name>
    <message>
        <source>&amp;Rule-based matching</source>
        <translation>&amp;Regelbasierter Abgleich</translation>
    </message>
    <message>
        <source>Profiles that share the attributes of a rule are matched, rule by rule; matches up to the allowed level are merged.</source>
        <translation>Profile, die die Attribute einer Regel gemeinsam haben, werden Regel für Regel abgeglichen; Treffer bis zur zulässigen Ebene werden zusammengeführt.</translation>
    </message>
    <message>
        <source>&amp;Machine-learning matching</source>
        <translation>&amp;Machine-Learning-Abgleich</translation>
    </message>
    <message>
        <source>A weekly job finds profiles of the same customer by similarity and can merge them automatically.</source>
        <translation>Ein wöchentlicher Job findet Profile desselben Kunden anhand ihrer Ähnlichkeit und kann sie automatisch zusammenführen.</translation>
    </message>
    <message>
        <source>&amp;Data store</source>
        <translation>&amp;Datenspeicher</translation>
    </message>
    <message>
        <source>Keeps the domain&apos;s profiles in a store that calculated attributes and segments read from.</source>
        <translation>Hält die Profile der Domäne in einem Speicher, aus dem berechnete Attribute und Segmente lesen.</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Not set. Tick Enabled, or write the setting as JSON.</source>
        <translation>Nicht festgelegt. Setzen Sie das Häkchen bei „Aktiviert“, oder geben Sie die Einstellung als JSON ein.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Ready: %1%</source>
        <translation>Bereit: %1%</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at character %3.</source>
        <translation>%1 ist kein gültiges JSON: %2 bei Zeichen %3.</translation>
    </message>
    <message>
        <source>%1 must be a JSON object.</source>
        <translation>%1 muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>%1 cannot be removed: untick Enabled to turn it off.</source>
        <translation>%1 kann nicht entfernt werden: Entfernen Sie das Häkchen bei „Aktiviert“, um die Einstellung auszuschalten.</translation>
    </message>
    <message>
        <source>Ru&amp;les</source>
        <translation>Re&amp;geln</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
</context>
<context>
    <name>cp::views::DomainOverview</name>
    <message>
        <source>Domain:</source>
        <translation>Domäne:</translation>
    </message>
    <message>
        <source>Data expires after:</source>
        <translation>Daten verfallen nach:</translation>
    </message>
    <message>
        <source>Encryption key:</source>
        <translation>Verschlüsselungsschlüssel:</translation>
    </message>
    <message>
        <source>Dead-letter queue:</source>
        <translation>Warteschlange für unzustellbare Nachrichten:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Last updated:</source>
        <translation>Zuletzt aktualisiert:</translation>
    </message>
    <message>
        <source>Profiles:</source>
        <translation>Profile:</translation>
    </message>
    <message>
        <source>Metering profiles:</source>
        <translation>Abgerechnete Profile:</translation>
    </message>
    <message>
        <source>Objects:</source>
        <translation>Objekte:</translation>
    </message>
    <message>
        <source>Stored size:</source>
        <translation>Gespeicherte Datenmenge:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n Regel</numerusform>
            <numerusform>%n Regeln</numerusform>
        </translation>
    </message>
    <message>
        <source>matching up to level %1</source>
        <translation>Abgleich bis Ebene %1</translation>
    </message>
    <message>
        <source>merging up to level %1</source>
        <translation>Zusammenführung bis Ebene %1</translation>
    </message>
    <message>
        <source>every %1 at %2</source>
        <translation>jeden %1 um %2</translation>
    </message>
    <message>
        <source>auto-merging on</source>
        <translation>automatische Zusammenführung ein</translation>
    </message>
    <message>
        <source>auto-merging off</source>
        <translation>automatische Zusammenführung aus</translation>
    </message>
    <message>
        <source> (ready: %1%)</source>
        <translation> (bereit: %1%)</translation>
    </message>
    <message>
        <source>Rule-based matching:</source>
        <translation>Regelbasierter Abgleich:</translation>
    </message>
    <message>
        <source>Machine-learning matching:</source>
        <translation>Machine-Learning-Abgleich:</translation>
    </message>
    <message>
        <source>Data store:</source>
        <translation>Datenspeicher:</translation>
    </message>
    <message>
        <source>AWS managed key (none chosen)</source>
        <translation>Von AWS verwalteter Schlüssel (keiner gewählt)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>cp::views::DomainsPane</name>
    <message>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>&amp;New domain…</source>
        <translation>&amp;Neue Domäne…</translation>
    </message>
    <message>
        <source>&amp;Delete domain…</source>
        <translation>Domäne &amp;löschen…</translation>
    </message>
    <message>
        <source>Edit do&amp;main…</source>
        <translation>&amp;Domäne bearbeiten…</translation>
    </message>
    <message>
        <source>Edit &amp;tags…</source>
        <translation>&amp;Tags bearbeiten…</translation>
    </message>
    <message>
        <source>Copy domain &amp;ARN</source>
        <translation>Domänen-&amp;ARN kopieren</translation>
    </message>
    <message>
        <source>No domains yet. Create one with New domain… (Ctrl+N), or fill a demo domain with File &gt; Load sample data.</source>
        <translation>Noch keine Domänen. Legen Sie eine mit „Neue Domäne…“ (Strg+N) an oder füllen Sie eine Demo-Domäne mit Datei &gt; Beispieldaten laden.</translation>
    </message>
    <message>
        <source>Choose a domain first.</source>
        <translation>Wählen Sie zuerst eine Domäne.</translation>
    </message>
    <message>
        <source>Open a connection first.</source>
        <translation>Öffnen Sie zuerst eine Verbindung.</translation>
    </message>
    <message>
        <source>Domain %1 was created.</source>
        <translation>Die Domäne %1 wurde erstellt.</translation>
    </message>
    <message>
        <source>Delete domain</source>
        <translation>Domäne löschen</translation>
    </message>
    <message>
        <source>Deleting domain %1 deletes all its profiles, objects, object types and integrations. This cannot be undone.</source>
        <translation>Beim Löschen der Domäne %1 werden alle ihre Profile, Objekte, Objekttypen und Integrationen gelöscht. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Domain %1 was deleted.</source>
        <translation>Die Domäne %1 wurde gelöscht.</translation>
    </message>
    <message>
        <source>Domain %1 was updated.</source>
        <translation>Die Domäne %1 wurde aktualisiert.</translation>
    </message>
    <message>
        <source>domain %1</source>
        <translation>Domäne %1</translation>
    </message>
</context>
<context>
    <name>cp::views::DuplicatesView</name>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Zusammenführen…</translation>
    </message>
    <message>
        <source>List the match groups again</source>
        <translation>Treffergruppen erneut auflisten</translation>
    </message>
    <message>
        <source>Stop listing and opening match groups</source>
        <translation>Auflisten und Öffnen der Treffergruppen beenden</translation>
    </message>
    <message>
        <source>Match groups (rule-based matching):</source>
        <translation>Treffergruppen (regelbasierter Abgleich):</translation>
    </message>
    <message>
        <source>Choose a match group to see its profiles side by side.</source>
        <translation>Wählen Sie eine Treffergruppe, um ihre Profile nebeneinander zu sehen.</translation>
    </message>
    <message>
        <source>Choose a domain to see its duplicate profiles.</source>
        <translation>Wählen Sie eine Domäne, um ihre doppelten Profile zu sehen.</translation>
    </message>
    <message>
        <source>Reading the domain&apos;s matching settings…</source>
        <translation>Abgleichseinstellungen der Domäne werden gelesen…</translation>
    </message>
    <message>
        <source>The domain&apos;s matching settings could not be read. Press Refresh to try again.</source>
        <translation>Die Abgleichseinstellungen der Domäne konnten nicht gelesen werden. Drücken Sie „Aktualisieren“, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Rule-based matching is off for domain %1, so the service finds no duplicates. Turn it on in Edit domain… &gt; Identity resolution (RuleBasedMatching, Enabled, with its MatchingRules), then press Refresh.</source>
        <translation>Der regelbasierte Abgleich ist für die Domäne %1 ausgeschaltet, daher findet der Dienst keine Duplikate. Schalten Sie ihn unter „Domäne bearbeiten…“ &gt; „Identitätsauflösung“ ein (RuleBasedMatching, Enabled, mit seinen MatchingRules) und drücken Sie dann „Aktualisieren“.</translation>
    </message>
    <message>
        <source>The match groups could not be listed. Press Refresh to try again.</source>
        <translation>Die Treffergruppen konnten nicht aufgelistet werden. Drücken Sie „Aktualisieren“, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Stopped. Press Refresh to list the match groups.</source>
        <translation>Gestoppt. Drücken Sie „Aktualisieren“, um die Treffergruppen aufzulisten.</translation>
    </message>
    <message>
        <source>No duplicates yet: no two profiles of %1 match under its rules. Profiles are matched as they are created, updated or ingested; press Refresh to look again.</source>
        <translation>Noch keine Duplikate: Nach den Regeln von %1 stimmen keine zwei Profile überein. Profile werden beim Erstellen, Aktualisieren oder Einlesen abgeglichen; drücken Sie „Aktualisieren“, um erneut nachzusehen.</translation>
    </message>
    <message>
        <source>Listing the match groups…</source>
        <translation>Treffergruppen werden aufgelistet…</translation>
    </message>
    <message>
        <source>Nothing is loading.</source>
        <translation>Es wird nichts geladen.</translation>
    </message>
    <message>
        <source>Choose a domain first.</source>
        <translation>Wählen Sie zuerst eine Domäne.</translation>
    </message>
    <message>
        <source>The group is still loading.</source>
        <translation>Die Gruppe wird noch geladen.</translation>
    </message>
    <message>
        <source>Open a match group of two or more profiles first.</source>
        <translation>Öffnen Sie zuerst eine Treffergruppe mit zwei oder mehr Profilen.</translation>
    </message>
    <message>
        <source>Choose the profile that stays and where each field comes from</source>
        <translation>Wählen Sie das Profil, das bestehen bleibt, und woher jedes Feld stammt</translation>
    </message>
    <message>
        <source>They match at rule level %1.</source>
        <translation>Sie stimmen auf Regelebene %1 überein.</translation>
    </message>
    <message>
        <source>They match at rule level %1: the same %2.</source>
        <translation>Sie stimmen auf Regelebene %1 überein: gleiche Werte bei %2.</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between matched attributes</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Stopped. Choose the group again to open it.</source>
        <translation>Gestoppt. Wählen Sie die Gruppe erneut, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>This group or profile no longer exists (merged or deleted meanwhile). Press Refresh.</source>
        <translation>Diese Gruppe oder dieses Profil existiert nicht mehr (inzwischen zusammengeführt oder gelöscht). Drücken Sie „Aktualisieren“.</translation>
    </message>
    <message>
        <source>The group could not be opened: %1</source>
        <translation>Die Gruppe konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Looking for the profiles that match %1…</source>
        <translation>Profile, die mit %1 übereinstimmen, werden gesucht…</translation>
    </message>
    <message>
        <source>Profile %1 matches no other profile under the domain&apos;s rules: it has no duplicates.</source>
        <translation>Profil %1 stimmt nach den Regeln der Domäne mit keinem anderen Profil überein: Es hat keine Duplikate.</translation>
    </message>
    <message>
        <source>Opening match group %1…</source>
        <translation>Treffergruppe %1 wird geöffnet…</translation>
    </message>
    <message numerus="yes">
        <source>Match group %1: %n profiles.</source>
        <translation>
            <numerusform>Treffergruppe %1: %n Profil.</numerusform>
            <numerusform>Treffergruppe %1: %n Profile.</numerusform>
        </translation>
    </message>
    <message>
        <source>They agree on every field.</source>
        <translation>Sie stimmen in allen Feldern überein.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ, marked ≠ and in bold.</source>
        <translation>
            <numerusform>%n Feld unterscheidet sich, markiert mit ≠ und fett.</numerusform>
            <numerusform>%n Felder unterscheiden sich, markiert mit ≠ und fett.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the first %1 are shown.</source>
        <translation>Nur die ersten %1 werden angezeigt.</translation>
    </message>
    <message>
        <source>The others were merged or deleted meanwhile: press Refresh.</source>
        <translation>Die anderen wurden inzwischen zusammengeführt oder gelöscht: Drücken Sie „Aktualisieren“.</translation>
    </message>
    <message>
        <source>Match group %1. %2</source>
        <translation>Treffergruppe %1. %2</translation>
    </message>
    <message>
        <source>Merge profiles</source>
        <translation>Profile zusammenführen</translation>
    </message>
    <message>
        <source>Merge now?</source>
        <translation>Jetzt zusammenführen?</translation>
    </message>
    <message>
        <source>The profiles were merged into %1.</source>
        <translation>Die Profile wurden in %1 zusammengeführt.</translation>
    </message>
    <message>
        <source>Stopped. Press Refresh to read the domain&apos;s matching settings.</source>
        <translation>Gestoppt. Drücken Sie „Aktualisieren“, um die Abgleichseinstellungen der Domäne zu lesen.</translation>
    </message>
    <message>
        <source>Nothing to compare: without rule-based matching the domain has no match groups.</source>
        <translation>Nichts zu vergleichen: Ohne regelbasierten Abgleich hat die Domäne keine Treffergruppen.</translation>
    </message>
    <message>
        <source>Nothing to compare: no match group is listed.</source>
        <translation>Nichts zu vergleichen: Es ist keine Treffergruppe aufgelistet.</translation>
    </message>
</context>
<context>
    <name>cp::views::EditDomainDialog</name>
    <message>
        <source>Edit domain %1</source>
        <translation>Domäne %1 bearbeiten</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <source>none: arn:aws:kms:...</source>
        <translation>keiner: arn:aws:kms:...</translation>
    </message>
    <message>
        <source>none: https://sqs...</source>
        <translation>keine: https://sqs...</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Data &amp;expires after:</source>
        <translation>Daten &amp;verfallen nach:</translation>
    </message>
    <message>
        <source>Encryption &amp;key:</source>
        <translation>Verschlüsselungs&amp;schlüssel:</translation>
    </message>
    <message>
        <source>Dead-letter &amp;queue:</source>
        <translation>&amp;Warteschlange für unzustellbare Nachrichten:</translation>
    </message>
    <message>
        <source>Loading the domain&apos;s settings…</source>
        <translation>Einstellungen der Domäne werden geladen…</translation>
    </message>
    <message>
        <source>The domain will no longer have a default encryption key.</source>
        <translation>Die Domäne hat danach keinen Standard-Verschlüsselungsschlüssel mehr.</translation>
    </message>
    <message>
        <source>The domain will no longer send failed records to a dead-letter queue.</source>
        <translation>Die Domäne sendet danach keine fehlgeschlagenen Datensätze mehr an eine Warteschlange für unzustellbare Nachrichten.</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>&amp;Identity resolution</source>
        <translation>&amp;Identitätsauflösung</translation>
    </message>
</context>
<context>
    <name>cp::views::ImportsPane</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Expiry (days)</source>
        <translation>Ablauf (Tage)</translation>
    </message>
    <message>
        <source>Job ID</source>
        <translation>Job-ID</translation>
    </message>
    <message>
        <source>Import profiles from &amp;CSV…</source>
        <translation>Profile aus &amp;CSV importieren…</translation>
    </message>
    <message>
        <source>Refre&amp;sh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Stop &amp;job</source>
        <translation>&amp;Job beenden</translation>
    </message>
    <message>
        <source>Choose a domain.</source>
        <translation>Wählen Sie eine Domäne.</translation>
    </message>
    <message>
        <source>No imports into this domain yet. Import profiles from a CSV file to start one.</source>
        <translation>Noch keine Importe in diese Domäne. Importieren Sie Profile aus einer CSV-Datei, um einen zu starten.</translation>
    </message>
    <message>
        <source>Choose a domain first.</source>
        <translation>Wählen Sie zuerst eine Domäne.</translation>
    </message>
    <message>
        <source>Open a connection first.</source>
        <translation>Öffnen Sie zuerst eine Verbindung.</translation>
    </message>
    <message>
        <source>Make profiles from the rows of a CSV file, through an upload job.</source>
        <translation>Erstellt über einen Upload-Job Profile aus den Zeilen einer CSV-Datei.</translation>
    </message>
    <message>
        <source>Choose a job that has not ended.</source>
        <translation>Wählen Sie einen Job, der noch nicht beendet ist.</translation>
    </message>
    <message>
        <source>Ask the service to stop the job; rows stored so far stay.</source>
        <translation>Fordert den Dienst auf, den Job zu beenden; bereits gespeicherte Zeilen bleiben erhalten.</translation>
    </message>
    <message>
        <source>The upload job %1 was stopped.</source>
        <translation>Der Upload-Job %1 wurde beendet.</translation>
    </message>
    <message>
        <source>Choose a job to see how many rows it created, updated and failed.</source>
        <translation>Wählen Sie einen Job, um zu sehen, wie viele Zeilen er erstellt und aktualisiert hat und wie viele fehlgeschlagen sind.</translation>
    </message>
    <message>
        <source>Reading the job…</source>
        <translation>Job wird gelesen…</translation>
    </message>
    <message>
        <source>%1: no rows read yet.</source>
        <translation>%1: noch keine Zeilen gelesen.</translation>
    </message>
    <message>
        <source>%1: created %2, updated %3, failed %4.</source>
        <translation>%1: %2 erstellt, %3 aktualisiert, %4 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Unique key: %1. Fields: %2.</source>
        <translation>Eindeutiger Schlüssel: %1. Felder: %2.</translation>
    </message>
</context>
<context>
    <name>cp::views::IntegrationDialog</name>
    <message>
        <source>Add integration to %1</source>
        <translation>Integration zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>arn:aws:appflow:…:flow/NAME, arn:aws:s3:::BUCKET, arn:aws:events:…</source>
        <translation>arn:aws:appflow:…:flow/NAME, arn:aws:s3:::BUCKET, arn:aws:events:…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Source &amp;URI:</source>
        <translation>&amp;Quell-URI:</translation>
    </message>
    <message>
        <source>&amp;Object type:</source>
        <translation>&amp;Objekttyp:</translation>
    </message>
    <message>
        <source>Loading the domain&apos;s object types…</source>
        <translation>Objekttypen der Domäne werden geladen…</translation>
    </message>
    <message>
        <source>The domain has no object types yet: create one first.</source>
        <translation>Die Domäne hat noch keine Objekttypen: Erstellen Sie zuerst einen.</translation>
    </message>
    <message>
        <source>&amp;Edit it instead</source>
        <translation>Stattdessen &amp;bearbeiten</translation>
    </message>
    <message>
        <source>One per line: EVENT_TYPE = ObjectTypeName</source>
        <translation>Eine Zuordnung pro Zeile: EVENT_TYPE = ObjectTypeName</translation>
    </message>
    <message>
        <source>none: arn:aws:iam::ACCOUNT:role/NAME</source>
        <translation>keine: arn:aws:iam::ACCOUNT:role/NAME</translation>
    </message>
    <message>
        <source>none: the name of an event trigger</source>
        <translation>keiner: Name eines Ereignis-Triggers</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht festgelegt)</translation>
    </message>
    <message>
        <source>Object type per &amp;event:</source>
        <translation>Objekttyp pro &amp;Ereignis:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Event &amp;trigger:</source>
        <translation>Ereignis-&amp;Trigger:</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Geltungsbereich:</translation>
    </message>
    <message>
        <source>This URI already has an integration (object type %1): adding would replace it.</source>
        <translation>Diese URI hat bereits eine Integration (Objekttyp %1): Durch das Hinzufügen würde sie ersetzt.</translation>
    </message>
    <message>
        <source>Edit integration %1</source>
        <translation>Integration %1 bearbeiten</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not EVENT_TYPE = ObjectTypeName.</source>
        <translation>„%1“ hat nicht die Form EVENT_TYPE = ObjectTypeName.</translation>
    </message>
    <message>
        <source>Choose the object type, or give one per event type.</source>
        <translation>Wählen Sie den Objekttyp, oder geben Sie einen pro Ereignistyp an.</translation>
    </message>
    <message>
        <source>This is not an ARN: the service expects the ARN of the source (an AppFlow flow, an S3 bucket, an EventBridge or Kinesis resource), and will likely refuse it.</source>
        <translation>Dies ist kein ARN: Der Dienst erwartet den ARN der Quelle (einen AppFlow-Flow, einen S3-Bucket, eine EventBridge- oder Kinesis-Ressource) und wird die Angabe wahrscheinlich ablehnen.</translation>
    </message>
</context>
<context>
    <name>cp::views::IntegrationsPane</name>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>Object type</source>
        <translation>Objekttyp</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Ta&amp;gs…</source>
        <translation>Ta&amp;gs…</translation>
    </message>
    <message>
        <source>Find &amp;by URI…</source>
        <translation>Nach URI &amp;suchen…</translation>
    </message>
    <message>
        <source>Find &amp;integrations by URI…</source>
        <translation>&amp;Integrationen nach URI suchen…</translation>
    </message>
    <message>
        <source>Copy &amp;ARN</source>
        <translation>&amp;ARN kopieren</translation>
    </message>
    <message>
        <source>Choose a domain.</source>
        <translation>Wählen Sie eine Domäne.</translation>
    </message>
    <message>
        <source>No integrations in this domain.</source>
        <translation>Diese Domäne hat keine Integrationen.</translation>
    </message>
    <message>
        <source>Open a connection first.</source>
        <translation>Öffnen Sie zuerst eine Verbindung.</translation>
    </message>
    <message>
        <source>Choose a domain first.</source>
        <translation>Wählen Sie zuerst eine Domäne.</translation>
    </message>
    <message>
        <source>Choose an integration first.</source>
        <translation>Wählen Sie zuerst eine Integration.</translation>
    </message>
    <message>
        <source>The integration of %1 was saved.</source>
        <translation>Die Integration von %1 wurde gespeichert.</translation>
    </message>
    <message>
        <source>Delete integration</source>
        <translation>Integration löschen</translation>
    </message>
    <message>
        <source>Delete the integration of %1 from domain %2? Records from this source will no longer be ingested.</source>
        <translation>Möchten Sie die Integration von %1 aus der Domäne %2 löschen? Datensätze aus dieser Quelle werden danach nicht mehr übernommen.</translation>
    </message>
    <message>
        <source>The integration of %1 was deleted.</source>
        <translation>Die Integration von %1 wurde gelöscht.</translation>
    </message>
    <message>
        <source>integration %1</source>
        <translation>Integration %1</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Bea&amp;rbeiten…</translation>
    </message>
    <message>
        <source>The integration of %1 names object type %2, which this domain does not have: its records cannot be ingested. Edit it to choose another type.</source>
        <translation>Die Integration von %1 nennt den Objekttyp %2, den diese Domäne nicht hat: Ihre Datensätze können nicht aufgenommen werden. Bearbeiten Sie sie, um einen anderen Typ zu wählen.</translation>
    </message>
</context>
<context>
    <name>cp::views::JsonObjectDialog</name>
    <message>
        <source>Put profile object</source>
        <translation>Profilobjekt speichern</translation>
    </message>
    <message>
        <source>Put object</source>
        <translation>Objekt speichern</translation>
    </message>
    <message>
        <source>Object &amp;type:</source>
        <translation>Objekt&amp;typ:</translation>
    </message>
    <message>
        <source>The object must be a JSON object: { ... }.</source>
        <translation>Das Objekt muss ein JSON-Objekt sein: { ... }.</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>The domain has no object type yet: create one first.</source>
        <translation>Die Domäne hat noch keinen Objekttyp: Erstellen Sie zuerst einen.</translation>
    </message>
</context>
<context>
    <name>cp::views::KeyDialog</name>
    <message>
        <source>Add key to profile %1</source>
        <translation>Schlüssel zu Profil %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove key from profile %1</source>
        <translation>Schlüssel aus Profil %1 entfernen</translation>
    </message>
    <message>
        <source>one or more values, separated by commas</source>
        <translation>ein oder mehrere Werte, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Values:</source>
        <translation>&amp;Werte:</translation>
    </message>
    <message>
        <source>The profile is not known to hold this key: type the values to remove.</source>
        <translation>Vom Profil ist nicht bekannt, dass es diesen Schlüssel hat: Geben Sie die zu entfernenden Werte ein.</translation>
    </message>
    <message>
        <source>The profile holds these values of the key; remove the ones to keep from the list.</source>
        <translation>Das Profil hat diese Werte des Schlüssels; nehmen Sie die zu behaltenden aus der Liste.</translation>
    </message>
    <message>
        <source>The profile already holds %1.</source>
        <translation>Das Profil hat bereits %1.</translation>
    </message>
</context>
<context>
    <name>cp::views::KeychainCredentialsProvider</name>
    <message>
        <source>keys of connection %1 (keychain)</source>
        <translation>Zugriffsschlüssel der Verbindung %1 (Schlüsselbund)</translation>
    </message>
</context>
<context>
    <name>cp::views::ListPane</name>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>No row matches the filter.</source>
        <translation>Keine Zeile passt zum Filter.</translation>
    </message>
</context>
<context>
    <name>cp::views::LocalEndpointDialog</name>
    <message>
        <source>Local endpoint details</source>
        <translation>Lokaler Endpunkt</translation>
    </message>
    <message>
        <source>The console&apos;s embedded endpoint serves the Customer Profiles API on this computer. The AWS CLI and the AWS SDKs reach it with the values below. The keys stay the same between runs; the port is chosen afresh each time the console starts.</source>
        <translation>Der eingebettete Endpunkt der Konsole stellt die Customer-Profiles-API auf diesem Rechner bereit. Die AWS CLI und die AWS SDKs erreichen ihn mit den Werten unten. Die Schlüssel bleiben von Start zu Start gleich; der Port wird bei jedem Start der Konsole neu gewählt.</translation>
    </message>
    <message>
        <source>Endpoint URL:</source>
        <translation>Endpunkt-URL:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>Access key id:</source>
        <translation>Zugriffsschlüssel-ID:</translation>
    </message>
    <message>
        <source>Secret access key:</source>
        <translation>Geheimer Zugriffsschlüssel:</translation>
    </message>
    <message>
        <source>Environment variables, for this shell</source>
        <translation>Umgebungsvariablen, für diese Shell</translation>
    </message>
    <message>
        <source>As the AWS CLI profile &quot;%1&quot;</source>
        <translation>Als AWS-CLI-Profil „%1“</translation>
    </message>
    <message>
        <source>Then &quot;Copy as AWS CLI command&quot; in the request log gives commands that run as they are: they name the endpoint (--endpoint-url) and the region, and take the keys from the variables or the profile above.</source>
        <translation>Danach liefert „Als AWS-CLI-Befehl kopieren“ im Anfrageprotokoll Befehle, die so laufen, wie sie sind: Sie nennen den Endpunkt (--endpoint-url) und die Region und nehmen die Schlüssel aus den Variablen oder dem Profil oben.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy these lines to the clipboard, to paste them into a terminal.</source>
        <translation>Diese Zeilen in die Zwischenablage kopieren, um sie in ein Terminal einzufügen.</translation>
    </message>
</context>
<context>
    <name>cp::views::MainWindow</name>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Customer Profiles Console</source>
        <translation>Customer-Profiles-Konsole</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>Object &amp;types</source>
        <translation>Objekt&amp;typen</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Profile</translation>
    </message>
    <message>
        <source>&amp;Integrations</source>
        <translation>&amp;Integrationen</translation>
    </message>
    <message>
        <source>Request log</source>
        <translation>Anfrageprotokoll</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <source>Connection: </source>
        <translation>Verbindung: </translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Load &amp;sample data</source>
        <translation>Beispiel&amp;daten laden</translation>
    </message>
    <message>
        <source>Add &amp;connection…</source>
        <translation>&amp;Verbindung hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Copy as AWS CLI command</source>
        <translation>Als AWS-CLI-Befehl kopieren</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the requests in progress (Esc)</source>
        <translation>Laufende Anfragen abbrechen (Esc)</translation>
    </message>
    <message>
        <source>New &amp;window</source>
        <translation>Neues &amp;Fenster</translation>
    </message>
    <message>
        <source>Te&amp;mplates</source>
        <translation>&amp;Vorlagen</translation>
    </message>
    <message>
        <source>&amp;Local endpoint details…</source>
        <translation>&amp;Lokaler Endpunkt…</translation>
    </message>
    <message>
        <source>The embedded local endpoint has not started yet.</source>
        <translation>Der eingebettete lokale Endpunkt ist noch nicht gestartet.</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>V&amp;erbindung</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Documentation</source>
        <translation>&amp;Dokumentation</translation>
    </message>
    <message>
        <source>The documentation is not installed with this copy of the program.</source>
        <translation>Die Dokumentation ist mit diesem Exemplar des Programms nicht installiert.</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Customer Profiles Console</source>
        <translation>Ü&amp;ber Customer-Profiles-Konsole</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>The embedded endpoint&apos;s URL and keys, to use it from the AWS CLI or an SDK.</source>
        <translation>URL und Schlüssel des eingebetteten Endpunkts, um ihn aus der AWS CLI oder einem SDK zu nutzen.</translation>
    </message>
    <message>
        <source>Impo&amp;rts</source>
        <translation>Impo&amp;rte</translation>
    </message>
    <message>
        <source>&amp;Duplicates</source>
        <translation>D&amp;uplikate</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Anmelden…</translation>
    </message>
    <message>
        <source>Signed in to IAM Identity Center.</source>
        <translation>Bei IAM Identity Center angemeldet.</translation>
    </message>
</context>
<context>
    <name>cp::views::MatchingRulesForm</name>
    <message>
        <source>Match up to &amp;level:</source>
        <translation>Abgleich bis &amp;Ebene:</translation>
    </message>
    <message>
        <source>Attribute &amp;types:</source>
        <translation>Attribut&amp;typen:</translation>
    </message>
    <message>
        <source>&amp;Conflicts when merging:</source>
        <translation>&amp;Konflikte beim Zusammenführen:</translation>
    </message>
    <message>
        <source>Level 1 is tried first. Double-click a rule to edit its attributes, separated by commas.</source>
        <translation>Ebene 1 wird zuerst geprüft. Doppelklicken Sie auf eine Regel, um ihre Attribute (durch Kommas getrennt) zu bearbeiten.</translation>
    </message>
    <message>
        <source>&amp;Add rule</source>
        <translation>Regel &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>every rule</source>
        <translation>alle Regeln</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>merge automatically up to l&amp;evel:</source>
        <translation>automatisch &amp;zusammenführen bis Ebene:</translation>
    </message>
    <message>
        <source>Not set: each type is its own member</source>
        <translation>Nicht festgelegt: Jeder Typ ist ein eigenes Element</translation>
    </message>
    <message>
        <source>One to one: the same member must be equal</source>
        <translation>Eins zu eins: Dasselbe Element muss übereinstimmen</translation>
    </message>
    <message>
        <source>Many to many: any chosen member may be equal</source>
        <translation>Viele zu viele: Ein beliebiges gewähltes Element darf übereinstimmen</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>The most recently updated profile wins</source>
        <translation>Das zuletzt aktualisierte Profil gewinnt</translation>
    </message>
    <message>
        <source>The profile from one source wins</source>
        <translation>Das Profil aus einer bestimmten Quelle gewinnt</translation>
    </message>
    <message>
        <source>Object type name</source>
        <translation>Name des Objekttyps</translation>
    </message>
    <message>
        <source>Conflicts resolved by source need the object type whose profiles win.</source>
        <translation>Für die Konfliktlösung nach Quelle wird der Objekttyp benötigt, dessen Profile gewinnen.</translation>
    </message>
</context>
<context>
    <name>cp::views::MergeDialog</name>
    <message numerus="yes">
        <source>Merge %n profiles</source>
        <translation>
            <numerusform>%n Profil zusammenführen</numerusform>
            <numerusform>%n Profile zusammenführen</numerusform>
        </translation>
    </message>
    <message>
        <source>Main profile (it stays and keeps its id):</source>
        <translation>Hauptprofil (bleibt bestehen und behält seine ID):</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Fields the profiles disagree on: tick the value the main profile keeps.</source>
        <translation>&amp;Felder, in denen sich die Profile unterscheiden: Markieren Sie den Wert, den das Hauptprofil behält.</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Zusammenführen…</translation>
    </message>
    <message>
        <source>MergeProfiles cannot be told where %1 comes from: the main profile&apos;s value stays (or the first merged profile&apos;s, when the main profile has none).</source>
        <translation>MergeProfiles lässt sich nicht angeben, woher %1 stammt: Der Wert des Hauptprofils bleibt erhalten (oder der des ersten zusammengeführten Profils, wenn das Hauptprofil keinen hat).</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>Profile %1 has no %2: choosing it clears the field.</source>
        <translation>Profil %1 hat kein %2: Wenn Sie es wählen, wird das Feld geleert.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>%1 (main)</source>
        <translation>%1 (Hauptprofil)</translation>
    </message>
    <message>
        <source>Profile %1</source>
        <translation>Profil %1</translation>
    </message>
    <message>
        <source>%1 stays and keeps its id.</source>
        <translation>%1 bleibt bestehen und behält seine ID.</translation>
    </message>
    <message>
        <source>Merged into it and then deleted: %1. Every key and every object of theirs moves to the main profile; nothing is lost.</source>
        <translation>Darin zusammengeführt und anschließend gelöscht: %1. Alle ihre Schlüssel und Objekte gehen auf das Hauptprofil über; nichts geht verloren.</translation>
    </message>
    <message>
        <source>Kept from the main profile: %1.</source>
        <translation>Aus dem Hauptprofil beibehalten: %1.</translation>
    </message>
    <message>
        <source>Taken from %1: %2.</source>
        <translation>Aus %1 übernommen: %2.</translation>
    </message>
    <message>
        <source>Decided by the service (the main profile&apos;s value): %1.</source>
        <translation>Vom Dienst entschieden (Wert des Hauptprofils): %1.</translation>
    </message>
    <message>
        <source>The profiles agree on every field.</source>
        <translation>Die Profile stimmen in allen Feldern überein.</translation>
    </message>
    <message>
        <source>A merge cannot be undone.</source>
        <translation>Eine Zusammenführung kann nicht rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>cp::views::MessageBar</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Error type: %1</source>
        <translation>Fehlertyp: %1</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>Meldung: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP-Status: %1</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>Anfrage-ID: %1</translation>
    </message>
    <message>
        <source>Attempts: %1</source>
        <translation>Versuche: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>cp::views::MfaText</name>
    <message>
        <source>MFA code</source>
        <translation>MFA-Code</translation>
    </message>
    <message>
        <source>The role needs a code from the MFA device
%1.

Code:</source>
        <translation>Die Rolle benötigt einen Code vom MFA-Gerät
%1.

Code:</translation>
    </message>
</context>
<context>
    <name>cp::views::MoreSearchKeys</name>
    <message>
        <source>&amp;More keys</source>
        <translation>&amp;Weitere Schlüssel</translation>
    </message>
    <message>
        <source>a profile holds every key&apos;s value (AND)</source>
        <translation>ein Profil hat die Werte aller Schlüssel (UND)</translation>
    </message>
    <message>
        <source>a profile holds any of them (OR)</source>
        <translation>ein Profil hat einen davon (ODER)</translation>
    </message>
    <message>
        <source>Search by up to %1 more keys at once.</source>
        <translation>Nach bis zu %1 weiteren Schlüsseln zugleich suchen.</translation>
    </message>
    <message>
        <source>value (several: separate with commas)</source>
        <translation>Wert (mehrere: durch Kommas getrennt)</translation>
    </message>
    <message>
        <source>Remove this key from the search</source>
        <translation>Diesen Schlüssel aus der Suche entfernen</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
</context>
<context>
    <name>cp::views::ObjectImportDialog</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>&amp;Save failed lines…</source>
        <translation>Fehlgeschlagene &amp;Zeilen speichern…</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>Cancel &amp;import</source>
        <translation>&amp;Import abbrechen</translation>
    </message>
    <message>
        <source>Import objects into %1</source>
        <translation>Objekte in %1 importieren</translation>
    </message>
    <message>
        <source>Puts every object of a file into the domain with PutProfileObject: JSON Lines (a JSON object on each line) or CSV whose first row names the columns.</source>
        <translation>Speichert jedes Objekt einer Datei mit PutProfileObject in der Domäne: JSON Lines (ein JSON-Objekt pro Zeile) oder CSV, dessen erste Zeile die Spalten benennt.</translation>
    </message>
    <message>
        <source>A .jsonl or .csv file</source>
        <translation>Eine .jsonl- oder .csv-Datei</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <source> at once</source>
        <translation> gleichzeitig</translation>
    </message>
    <message>
        <source>How many PutProfileObject calls may be in flight together.</source>
        <translation>Wie viele PutProfileObject-Aufrufe gleichzeitig laufen dürfen.</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Kein Limit</translation>
    </message>
    <message>
        <source> objects/s</source>
        <translation> Objekte/s</translation>
    </message>
    <message>
        <source>At most this many objects a second (an account has quotas); 0 for no limit. It can be changed while the import runs.</source>
        <translation>Höchstens so viele Objekte pro Sekunde (ein Konto hat Kontingente); 0 für kein Limit. Der Wert kann während des Imports geändert werden.</translation>
    </message>
    <message>
        <source>&amp;Rate limit:</source>
        <translation>Raten&amp;limit:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Object &amp;type:</source>
        <translation>Objekt&amp;typ:</translation>
    </message>
    <message>
        <source>Re&amp;quests:</source>
        <translation>A&amp;nfragen:</translation>
    </message>
    <message>
        <source>Write the refused lines to a file in the input&apos;s format, ready to fix and import again, with a list of the errors beside it (NAME.errors.csv).</source>
        <translation>Schreibt die abgelehnten Zeilen im Format der Eingabe in eine Datei, bereit zum Korrigieren und erneuten Importieren, mit einer Fehlerliste daneben (NAME.errors.csv).</translation>
    </message>
    <message>
        <source>The first records of the file put through the object type as it is stored: what importing them would do. Nothing is written until Start; a record can be edited here to try it.</source>
        <translation>Die ersten Datensätze der Datei, verarbeitet mit dem Objekttyp in seiner gespeicherten Form: was ihr Import bewirken würde. Bis „Starten“ wird nichts geschrieben; ein Datensatz kann hier zum Ausprobieren bearbeitet werden.</translation>
    </message>
    <message>
        <source>Pre&amp;view of the first records</source>
        <translation>V&amp;orschau der ersten Datensätze</translation>
    </message>
    <message>
        <source>Failed lines</source>
        <translation>Fehlgeschlagene Zeilen</translation>
    </message>
    <message>
        <source>Failed lines (%L1)</source>
        <translation>Fehlgeschlagene Zeilen (%L1)</translation>
    </message>
    <message>
        <source>The object types could not be listed: %1</source>
        <translation>Die Objekttypen konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>The domain has no object types: design one first.</source>
        <translation>Die Domäne hat keine Objekttypen: Entwerfen Sie zuerst einen.</translation>
    </message>
    <message>
        <source>The object type %1 could not be read: %2</source>
        <translation>Der Objekttyp %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Import objects</source>
        <translation>Objekte importieren</translation>
    </message>
    <message>
        <source>JSON Lines or CSV (*.jsonl *.ndjson *.json *.csv *.txt);;All files (*)</source>
        <translation>JSON Lines oder CSV (*.jsonl *.ndjson *.json *.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>JSON Lines</source>
        <translation>JSON Lines</translation>
    </message>
    <message>
        <source>%1, %2; none of its first records can be previewed.</source>
        <translation>%1, %2; für keinen der ersten Datensätze ist eine Vorschau möglich.</translation>
    </message>
    <message>
        <source>%1, %2; its first records are previewed below.</source>
        <translation>%1, %2; die Vorschau der ersten Datensätze steht unten.</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Wählen Sie zuerst eine Datei.</translation>
    </message>
    <message>
        <source>Choose an object type first.</source>
        <translation>Wählen Sie zuerst einen Objekttyp.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln failed line(s) to %1, and the errors to %2.</source>
        <translation>
            <numerusform>%Ln fehlgeschlagene Zeile in %1 gespeichert und die Fehler in %2.</numerusform>
            <numerusform>%Ln fehlgeschlagene Zeilen in %1 gespeichert und die Fehler in %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save failed lines</source>
        <translation>Fehlgeschlagene Zeilen speichern</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>&amp;Start again</source>
        <translation>&amp;Erneut starten</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>Nicht gestartet.</translation>
    </message>
    <message>
        <source>%L1 stored</source>
        <translation>%L1 gespeichert</translation>
    </message>
    <message>
        <source>%L1 failed</source>
        <translation>%L1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 objects/s</source>
        <translation>%1 Objekte/s</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>noch etwa %1</translation>
    </message>
    <message>
        <source>%1 of %2 read</source>
        <translation>%1 von %2 gelesen</translation>
    </message>
    <message>
        <source>Paused (%L1 still answering): %2</source>
        <translation>Angehalten (%L1 Antworten ausstehend): %2</translation>
    </message>
    <message>
        <source>Cancelled after %1; line %L2 and those after it were not sent:</source>
        <translation>Abgebrochen nach %1; Zeile %L2 und die folgenden wurden nicht gesendet:</translation>
    </message>
    <message>
        <source>Cancelled after %1:</source>
        <translation>Abgebrochen nach %1:</translation>
    </message>
    <message>
        <source>Done in %1:</source>
        <translation>Fertig in %1:</translation>
    </message>
</context>
<context>
    <name>cp::views::ObjectTypeDesigner</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>&amp;Fields</source>
        <translation>&amp;Felder</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>S&amp;chlüssel</translation>
    </message>
    <message>
        <source>&amp;Apply JSON</source>
        <translation>JSON &amp;übernehmen</translation>
    </message>
    <message>
        <source>The PutProfileObjectType request. Edit it and apply it, or go to another tab, to take it into the forms.</source>
        <translation>Die Anfrage PutProfileObjectType. Bearbeiten Sie sie und übernehmen Sie sie, oder wechseln Sie zu einem anderen Reiter, um sie in die Formulare zu übernehmen.</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>Problems that block saving:</source>
        <translation>Probleme, die das Speichern verhindern:</translation>
    </message>
    <message>
        <source>New object type[*]</source>
        <translation>Neuer Objekttyp[*]</translation>
    </message>
    <message>
        <source>Object type %1[*]</source>
        <translation>Objekttyp %1[*]</translation>
    </message>
    <message>
        <source>New object type %1[*]</source>
        <translation>Neuer Objekttyp %1[*]</translation>
    </message>
    <message>
        <source>Fix the problems listed first.</source>
        <translation>Beheben Sie zuerst die aufgeführten Probleme.</translation>
    </message>
    <message>
        <source>The JSON is not a PutProfileObjectType request.</source>
        <translation>Das JSON ist keine Anfrage PutProfileObjectType.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Discard the changes to object type %1?</source>
        <translation>Die Änderungen am Objekttyp %1 verwerfen?</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Save object type</source>
        <translation>Objekttyp speichern</translation>
    </message>
    <message>
        <source>Save these changes to object type %1? They are shown under the problems (&quot;- &quot; removed, &quot;+ &quot; added).</source>
        <translation>Sollen diese Änderungen am Objekttyp %1 gespeichert werden? Sie werden unter den Problemen angezeigt („- “ entfernt, „+ “ hinzugefügt).</translation>
    </message>
    <message>
        <source>From &amp;template…</source>
        <translation>Aus Vorla&amp;ge…</translation>
    </message>
    <message>
        <source>Cop&amp;y fields and keys</source>
        <translation>Felder und Schlüssel kop&amp;ieren</translation>
    </message>
    <message>
        <source>Copy the template&apos;s fields and keys into the forms, to change them.</source>
        <translation>Kopiert die Felder und Schlüssel der Vorlage in die Formulare, damit Sie sie ändern können.</translation>
    </message>
    <message>
        <source>Keep temp&amp;late ID</source>
        <translation>Vorlagen-ID beibe&amp;halten</translation>
    </message>
    <message>
        <source>Keep the TemplateId: the service fills the fields and keys from the template.</source>
        <translation>Behält die TemplateId bei: Der Dienst füllt die Felder und Schlüssel aus der Vorlage.</translation>
    </message>
    <message>
        <source>Exp&amp;ort…</source>
        <translation>Ex&amp;portieren…</translation>
    </message>
    <message>
        <source>Write the request to a JSON file (without the domain).</source>
        <translation>Schreibt die Anfrage in eine JSON-Datei (ohne die Domäne).</translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation>I&amp;mportieren…</translation>
    </message>
    <message>
        <source>Replace the design by the request in a JSON file.</source>
        <translation>Ersetzt den Entwurf durch die Anfrage in einer JSON-Datei.</translation>
    </message>
    <message>
        <source>Copy template %1</source>
        <translation>Vorlage %1 kopieren</translation>
    </message>
    <message>
        <source>The fields and keys of template %1 were copied.</source>
        <translation>Die Felder und Schlüssel der Vorlage %1 wurden kopiert.</translation>
    </message>
    <message>
        <source>Template %1 is kept: the service fills the fields and keys when it is saved.</source>
        <translation>Die Vorlage %1 wird beibehalten: Der Dienst füllt die Felder und Schlüssel beim Speichern.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Could not import %1: %2</source>
        <translation>%1 konnte nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>%1 importiert.</translation>
    </message>
    <message>
        <source>Export object type</source>
        <translation>Objekttyp exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import object type</source>
        <translation>Objekttyp importieren</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>Vorscha&amp;u</translation>
    </message>
    <message>
        <source>Detect from samp&amp;les…</source>
        <translation>Aus Beispie&amp;len erkennen…</translation>
    </message>
    <message>
        <source>Propose fields, keys and the timestamp format from your own records, then preview the design on them.</source>
        <translation>Schlägt Felder, Schlüssel und das Zeitstempelformat aus Ihren eigenen Datensätzen vor und zeigt die Vorschau des Entwurfs darauf.</translation>
    </message>
    <message>
        <source>Detect from samples</source>
        <translation>Aus Beispielen erkennen</translation>
    </message>
    <message>
        <source>%1 and %2 were detected from %3; the Preview tab shows the design on them. Undo (Ctrl+Z) puts the previous design back.</source>
        <translation>%1 und %2 wurden aus %3 erkannt; der Reiter Vorschau zeigt den Entwurf darauf. Rückgängig (Strg+Z) stellt den vorigen Entwurf wieder her.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n Feld</numerusform>
            <numerusform>%n Felder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n Schlüssel</numerusform>
            <numerusform>%n Schlüssel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n Datensatz</numerusform>
            <numerusform>%n Datensätzen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cp::views::ObjectTypeDetails</name>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>Inhaltstyp</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Bezeichner</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fields&lt;/b&gt;</source>
        <translation>&lt;b&gt;Felder&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keys&lt;/b&gt;</source>
        <translation>&lt;b&gt;Schlüssel&lt;/b&gt;</translation>
    </message>
    <message>
        <source>From template %1</source>
        <translation>Aus Vorlage %1</translation>
    </message>
    <message>
        <source>Source: %1 / %2</source>
        <translation>Quelle: %1 / %2</translation>
    </message>
    <message>
        <source>Creates a profile when no profile matches.</source>
        <translation>Erstellt ein Profil, wenn kein Profil passt.</translation>
    </message>
    <message>
        <source>Never creates profiles: objects must match an existing profile.</source>
        <translation>Erstellt nie Profile: Objekte müssen zu einem vorhandenen Profil passen.</translation>
    </message>
    <message numerus="yes">
        <source>Data expires after %n day(s).</source>
        <translation>
            <numerusform>Daten verfallen nach %n Tag.</numerusform>
            <numerusform>Daten verfallen nach %n Tagen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cp::views::ObjectTypesPane</name>
    <message>
        <source>Object type</source>
        <translation>Objekttyp</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Ta&amp;gs…</source>
        <translation>Ta&amp;gs…</translation>
    </message>
    <message>
        <source>&amp;New object type…</source>
        <translation>&amp;Neuer Objekttyp…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Bea&amp;rbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Copy &amp;ARN</source>
        <translation>&amp;ARN kopieren</translation>
    </message>
    <message>
        <source>Choose a domain.</source>
        <translation>Wählen Sie eine Domäne.</translation>
    </message>
    <message>
        <source>No object types in this domain. Design one with New object type…, or start from a template.</source>
        <translation>Diese Domäne hat keine Objekttypen. Entwerfen Sie einen mit „Neuer Objekttyp…“ oder beginnen Sie mit einer Vorlage.</translation>
    </message>
    <message>
        <source>Choose an object type first.</source>
        <translation>Wählen Sie zuerst einen Objekttyp.</translation>
    </message>
    <message>
        <source>Choose a domain first.</source>
        <translation>Wählen Sie zuerst eine Domäne.</translation>
    </message>
    <message>
        <source>object type %1</source>
        <translation>Objekttyp %1</translation>
    </message>
    <message>
        <source>Object type %1 was saved and its tags %2 removed.</source>
        <translation>Der Objekttyp %1 wurde gespeichert und seine Tags %2 wurden entfernt.</translation>
    </message>
    <message>
        <source>Object type %1 was saved.</source>
        <translation>Der Objekttyp %1 wurde gespeichert.</translation>
    </message>
    <message>
        <source>Delete object type</source>
        <translation>Objekttyp löschen</translation>
    </message>
    <message>
        <source>Deleting object type %1 deletes all its objects in domain %2 and clears the profile fields that only it filled. This cannot be undone.</source>
        <translation>Beim Löschen des Objekttyps %1 werden alle seine Objekte in der Domäne %2 gelöscht und die Profilfelder geleert, die nur er befüllt hat. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Object type %1 was deleted.</source>
        <translation>Der Objekttyp %1 wurde gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>%n integration(s) ingest into it and will name a type that no longer exists: %1.</source>
        <translation>
            <numerusform>%n Integration nimmt in ihn auf und wird einen Typ nennen, den es nicht mehr gibt: %1.</numerusform>
            <numerusform>%n Integrationen nehmen in ihn auf und werden einen Typ nennen, den es nicht mehr gibt: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add an integration for this type…</source>
        <translation>Eine Integration für diesen Typ hinzufügen…</translation>
    </message>
    <message>
        <source>Import o&amp;bjects…</source>
        <translation>Ob&amp;jekte importieren…</translation>
    </message>
    <message>
        <source>Put the objects of a JSON Lines or CSV file through this type.</source>
        <translation>Die Objekte einer JSON-Lines- oder CSV-Datei mit diesem Typ importieren.</translation>
    </message>
</context>
<context>
    <name>cp::views::ProfileDetails</name>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <source>Profile id</source>
        <translation>Profil-ID</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Choose a profile to see its fields.</source>
        <translation>Wählen Sie ein Profil, um seine Felder zu sehen.</translation>
    </message>
</context>
<context>
    <name>cp::views::ProfileEditor</name>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>Edit profile %1</source>
        <translation>Profil %1 bearbeiten</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Add attribute</source>
        <translation>Attribut hinzufügen</translation>
    </message>
    <message>
        <source>Remove attribute</source>
        <translation>Attribut entfernen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attributes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Attribute&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Clear this field when saving</source>
        <translation>Dieses Feld beim Speichern leeren</translation>
    </message>
    <message>
        <source>will be cleared</source>
        <translation>wird geleert</translation>
    </message>
    <message>
        <source>Nothing has changed yet.</source>
        <translation>Bisher wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 (deprecated):</source>
        <translation>%1 (veraltet):</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(unverändert)</translation>
    </message>
</context>
<context>
    <name>cp::views::ProfileHistoryView</name>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Object type</source>
        <translation>Objekttyp</translation>
    </message>
    <message>
        <source>Object key</source>
        <translation>Objektschlüssel</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Ausgeführt von</translation>
    </message>
    <message>
        <source>Choose a profile to see its history.</source>
        <translation>Wählen Sie ein Profil, um seinen Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>No history recorded for this profile.</source>
        <translation>Für dieses Profil ist kein Verlauf aufgezeichnet.</translation>
    </message>
</context>
<context>
    <name>cp::views::ProfileObjectsView</name>
    <message>
        <source>Object type</source>
        <translation>Objekttyp</translation>
    </message>
    <message>
        <source>Object key</source>
        <translation>Objektschlüssel</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>key value (several: separate with commas)</source>
        <translation>Schlüsselwert (mehrere: durch Kommas getrennt)</translation>
    </message>
    <message>
        <source>Choose a profile to see its objects.</source>
        <translation>Wählen Sie ein Profil, um seine Objekte zu sehen.</translation>
    </message>
    <message>
        <source>This profile has no objects.</source>
        <translation>Dieses Profil hat keine Objekte.</translation>
    </message>
    <message>
        <source>All object types</source>
        <translation>Alle Objekttypen</translation>
    </message>
    <message>
        <source>&amp;Objects of type:</source>
        <translation>&amp;Objekte des Typs:</translation>
    </message>
    <message>
        <source>Filte&amp;r by key:</source>
        <translation>Nach Schlüssel filte&amp;rn:</translation>
    </message>
    <message>
        <source>Choose one object type to filter its objects by one of its keys.</source>
        <translation>Wählen Sie einen Objekttyp, um seine Objekte nach einem seiner Schlüssel zu filtern.</translation>
    </message>
    <message>
        <source>This object type has no keys to filter by.</source>
        <translation>Dieser Objekttyp hat keine Schlüssel, nach denen gefiltert werden kann.</translation>
    </message>
    <message>
        <source>This profile has no objects of this type.</source>
        <translation>Dieses Profil hat keine Objekte dieses Typs.</translation>
    </message>
    <message>
        <source>No object of this type has this key value.</source>
        <translation>Kein Objekt dieses Typs hat diesen Schlüsselwert.</translation>
    </message>
    <message>
        <source>This domain has no object types yet, so its profiles have no objects.</source>
        <translation>Diese Domäne hat noch keine Objekttypen, daher haben ihre Profile keine Objekte.</translation>
    </message>
</context>
<context>
    <name>cp::views::ProfilesPane</name>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Profile id</source>
        <translation>Profil-ID</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>value (several: separate with commas)</source>
        <translation>Wert (mehrere durch Kommas trennen)</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>S&amp;chlüssel:</translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation>&amp;Neues Profil…</translation>
    </message>
    <message>
        <source>De&amp;lete profile</source>
        <translation>Profil &amp;löschen</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Delete profile %1 with its objects and keys?</source>
        <translation>Profil %1 mit seinen Objekten und Schlüsseln löschen?</translation>
    </message>
    <message>
        <source>Delete object</source>
        <translation>Objekt löschen</translation>
    </message>
    <message>
        <source>Delete object %1 of this profile?</source>
        <translation>Objekt %1 dieses Profils löschen?</translation>
    </message>
    <message>
        <source>The profile was created.</source>
        <translation>Das Profil wurde erstellt.</translation>
    </message>
    <message>
        <source>The profile was saved.</source>
        <translation>Das Profil wurde gespeichert.</translation>
    </message>
    <message>
        <source>The profile was deleted.</source>
        <translation>Das Profil wurde gelöscht.</translation>
    </message>
    <message>
        <source>Key %1 was added to the profile.</source>
        <translation>Der Schlüssel %1 wurde dem Profil hinzugefügt.</translation>
    </message>
    <message>
        <source>The object was stored.</source>
        <translation>Das Objekt wurde gespeichert.</translation>
    </message>
    <message>
        <source>The object was deleted.</source>
        <translation>Das Objekt wurde gelöscht.</translation>
    </message>
    <message>
        <source>Delete ke&amp;y…</source>
        <translation>Schlüssel ent&amp;fernen…</translation>
    </message>
    <message>
        <source>Key %1 was removed from the profile.</source>
        <translation>Der Schlüssel %1 wurde aus dem Profil entfernt.</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>Bea&amp;rbeiten…</translation>
    </message>
    <message>
        <source>&amp;Add key…</source>
        <translation>Schlüssel &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>P&amp;ut object…</source>
        <translation>Ob&amp;jekt speichern…</translation>
    </message>
    <message>
        <source>Delete o&amp;bject</source>
        <translation>&amp;Objekt löschen</translation>
    </message>
    <message>
        <source>Profiles are found by their keys: choose a key, type a value and press Search. An email address, a phone number, a full name or a profile id will do; separate several values with commas.</source>
        <translation>Profile werden über ihre Schlüssel gefunden: Schlüssel wählen, Wert eingeben und „Suchen“ drücken. Eine E-Mail-Adresse, eine Telefonnummer, ein vollständiger Name oder eine Profil-ID genügen; mehrere Werte durch Kommas trennen.</translation>
    </message>
    <message>
        <source>No profile holds this value.</source>
        <translation>Kein Profil hat diesen Wert.</translation>
    </message>
    <message>
        <source>Choose a domain first.</source>
        <translation>Wählen Sie zuerst eine Domäne.</translation>
    </message>
    <message>
        <source>Find a profile and choose it first.</source>
        <translation>Suchen Sie zuerst ein Profil und wählen Sie es aus.</translation>
    </message>
    <message>
        <source>Choose one of the profile&apos;s objects first.</source>
        <translation>Wählen Sie zuerst eines der Objekte des Profils.</translation>
    </message>
    <message>
        <source>The object was stored on profile %1.</source>
        <translation>Das Objekt wurde bei Profil %1 gespeichert.</translation>
    </message>
    <message>
        <source>Show the profile</source>
        <translation>Profil zeigen</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Gefunden über</translation>
    </message>
    <message>
        <source>Find duplicates</source>
        <translation>Duplikate finden</translation>
    </message>
    <message>
        <source>The domain&apos;s object types could not be listed, so neither can the profile&apos;s objects. Press Refresh (F5) to try again.</source>
        <translation>Die Objekttypen der Domäne konnten nicht aufgelistet werden, daher auch nicht die Objekte des Profils. Drücken Sie „Aktualisieren“ (F5), um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Reading the domain&apos;s object types…</source>
        <translation>Die Objekttypen der Domäne werden gelesen…</translation>
    </message>
</context>
<context>
    <name>cp::views::ProxyAuthText</name>
    <message>
        <source>Proxy sign-in</source>
        <translation>Proxy-Anmeldung</translation>
    </message>
    <message>
        <source>The proxy at %1 asks for a user name and password.</source>
        <translation>Der Proxy %1 verlangt einen Benutzernamen und ein Passwort.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Kept in memory until the console closes; never saved.</source>
        <translation>Bis zum Schließen der Konsole im Arbeitsspeicher gehalten; nie gespeichert.</translation>
    </message>
</context>
<context>
    <name>cp::views::SampleDataLoader</name>
    <message>
        <source>Loading sample data into %1…</source>
        <translation>Beispieldaten werden in %1 geladen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Loading sample data was cancelled.</source>
        <translation>Das Laden der Beispieldaten wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Loading sample data stopped: the connection was closed.</source>
        <translation>Das Laden der Beispieldaten wurde unterbrochen: Die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <source>Sample data is in domain %1: %2 profiles. Search _email for %3; the Duplicates tab shows the %4 customers entered twice.</source>
        <translation>Die Beispieldaten sind in der Domäne %1: %2 Profile. Suchen Sie mit _email nach %3; der Reiter Duplikate zeigt die %4 doppelt erfassten Kunden.</translation>
    </message>
</context>
<context>
    <name>cp::views::SampleDetectionDialog</name>
    <message>
        <source>&amp;Open file…</source>
        <translation>Datei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Detect</source>
        <translation>&amp;Erkennen</translation>
    </message>
    <message>
        <source>Detect from samples</source>
        <translation>Aus Beispielen erkennen</translation>
    </message>
    <message>
        <source>Paste up to %1 records of your own data, or open a file: JSON objects (one, an array, or one per line) or CSV with a header row. The endpoint reads them and proposes fields, keys and the timestamp format; nothing is stored.</source>
        <translation>Fügen Sie bis zu %1 Datensätze Ihrer eigenen Daten ein oder öffnen Sie eine Datei: JSON-Objekte (eines, ein Array oder eines pro Zeile) oder CSV mit Kopfzeile. Der Endpunkt liest sie und schlägt Felder, Schlüssel und das Zeitstempelformat vor; nichts wird gespeichert.</translation>
    </message>
    <message>
        <source>Open records</source>
        <translation>Datensätze öffnen</translation>
    </message>
    <message>
        <source>Records (*.json *.jsonl *.ndjson *.csv);;All files (*)</source>
        <translation>Datensätze (*.json *.jsonl *.ndjson *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Nothing to read yet.</source>
        <translation>Noch nichts zu lesen.</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) read (%1).</source>
        <translation>
            <numerusform>%n Datensatz gelesen (%1).</numerusform>
            <numerusform>%n Datensätze gelesen (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 are used.</source>
        <translation>Die ersten %1 werden verwendet.</translation>
    </message>
    <message>
        <source>Connect and choose a domain first: the endpoint detects the mapping.</source>
        <translation>Verbinden Sie sich zuerst und wählen Sie eine Domäne: Der Endpunkt erkennt die Zuordnung.</translation>
    </message>
    <message>
        <source>The endpoint could not detect a mapping: %1</source>
        <translation>Der Endpunkt konnte keine Zuordnung erkennen: %1</translation>
    </message>
    <message>
        <source>The endpoint found no mapping in these records.</source>
        <translation>Der Endpunkt hat in diesen Datensätzen keine Zuordnung gefunden.</translation>
    </message>
    <message>
        <source>Detecting… (Esc cancels)</source>
        <translation>Erkennung läuft… (Esc bricht ab)</translation>
    </message>
    <message>
        <source>Detection cancelled; the records are kept.</source>
        <translation>Erkennung abgebrochen; die Datensätze bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>cp::views::SecretStore</name>
    <message>
        <source>No system keychain is available (%1): the secret is kept in memory until the console closes.</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar (%1): Der geheime Zugriffsschlüssel wird bis zum Schließen der Konsole im Arbeitsspeicher gehalten.</translation>
    </message>
    <message>
        <source>The secret key could not be read from the keychain: %1</source>
        <translation>Der geheime Zugriffsschlüssel konnte nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>cp::views::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>The shortcuts of the main window; dialogs show theirs in their buttons and tooltips.</source>
        <translation>Die Tastenkürzel des Hauptfensters; Dialoge zeigen ihre an ihren Schaltflächen und in Tooltips.</translation>
    </message>
</context>
<context>
    <name>cp::views::SsoSignInDialog</name>
    <message>
        <source>Sign in to IAM Identity Center</source>
        <translation>Bei IAM Identity Center anmelden</translation>
    </message>
    <message>
        <source>Sign in at %1 for the role %2 in account %3 (profile %4). Approve the sign-in in your browser; check that it shows this code:</source>
        <translation>Anmeldung bei %1 für die Rolle %2 im Konto %3 (Profil %4). Bestätigen Sie die Anmeldung in Ihrem Browser; prüfen Sie, dass er diesen Code zeigt:</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation>Anmeldecode</translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation>Code &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Open browser</source>
        <translation>Browser ö&amp;ffnen</translation>
    </message>
    <message>
        <source>C&amp;ancel sign-in</source>
        <translation>Anmeldung a&amp;bbrechen</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for you to approve in the browser… (IAM Identity Center asked to slow down: checking every %n second(s))</source>
        <translation>
            <numerusform>Warten auf Ihre Bestätigung im Browser… (IAM Identity Center bat um Verlangsamung: Prüfung im Abstand von %n Sekunde)</numerusform>
            <numerusform>Warten auf Ihre Bestätigung im Browser… (IAM Identity Center bat um Verlangsamung: Prüfung im Abstand von %n Sekunden)</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Angemeldet.</translation>
    </message>
    <message>
        <source>On another device, open %1 and enter the code.</source>
        <translation>Öffnen Sie auf einem anderen Gerät %1 und geben Sie den Code ein.</translation>
    </message>
    <message>
        <source>No browser could be opened: open the address below on any device and enter the code.</source>
        <translation>Es konnte kein Browser geöffnet werden: Öffnen Sie die Adresse unten auf einem beliebigen Gerät und geben Sie den Code ein.</translation>
    </message>
    <message>
        <source>Asking IAM Identity Center for a sign-in code…</source>
        <translation>IAM Identity Center wird um einen Anmeldecode gebeten…</translation>
    </message>
    <message>
        <source>Waiting for you to approve in the browser…</source>
        <translation>Warten auf Ihre Bestätigung im Browser…</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Anmeldung abgebrochen.</translation>
    </message>
</context>
<context>
    <name>cp::views::TagsDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Tags of %1</source>
        <translation>Tags von %1</translation>
    </message>
    <message>
        <source>The tags were saved.</source>
        <translation>Die Tags wurden gespeichert.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>cp::views::UploadJobDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Start import</source>
        <translation>Import &amp;starten</translation>
    </message>
    <message>
        <source>S&amp;top job</source>
        <translation>Job &amp;beenden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import profiles from CSV into %1</source>
        <translation>Profile aus CSV in %1 importieren</translation>
    </message>
    <message>
        <source>A CSV file whose first line names the columns</source>
        <translation>Eine CSV-Datei, deren erste Zeile die Spalten benennt</translation>
    </message>
    <message>
        <source>The column that identifies a customer: a row whose value an earlier row or a stored profile holds updates that profile.</source>
        <translation>Die Spalte, die einen Kunden identifiziert: Eine Zeile, deren Wert bereits eine frühere Zeile oder ein gespeichertes Profil hat, aktualisiert dieses Profil.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <source>Ask the service to stop the job; rows stored so far stay.</source>
        <translation>Fordert den Dienst auf, den Job zu beenden; bereits gespeicherte Zeilen bleiben erhalten.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Unique key:</source>
        <translation>&amp;Eindeutiger Schlüssel:</translation>
    </message>
    <message>
        <source>Data e&amp;xpiry:</source>
        <translation>Daten &amp;verfallen nach:</translation>
    </message>
    <message>
        <source>Job &amp;name:</source>
        <translation>Job&amp;name:</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Uploading: %p%</source>
        <translation>Hochladen: %p%</translation>
    </message>
    <message>
        <source>%1 of %2 sent</source>
        <translation>%1 von %2 gesendet</translation>
    </message>
    <message>
        <source>Import profiles from CSV</source>
        <translation>Profile aus CSV importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1, %2 columns. The first rows, and where each column goes:</source>
        <translation>%1, %2 Spalten. Die ersten Zeilen und wohin jede Spalte geht:</translation>
    </message>
    <message>
        <source>Choose a column</source>
        <translation>Spalte wählen</translation>
    </message>
    <message>
        <source>Choose a CSV file.</source>
        <translation>Wählen Sie eine CSV-Datei.</translation>
    </message>
    <message>
        <source>Give the job a name.</source>
        <translation>Geben Sie dem Job einen Namen.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel the upload; the job made for it is stopped.</source>
        <translation>Bricht das Hochladen ab; der dafür angelegte Job wird beendet.</translation>
    </message>
    <message>
        <source>Close this window; the job goes on, and the Imports tab shows how it ends.</source>
        <translation>Schließt dieses Fenster; der Job läuft weiter, und der Reiter „Importe“ zeigt, wie er endet.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Created %1 · Updated %2 · Failed %3</source>
        <translation>Erstellt %1 · Aktualisiert %2 · Fehlgeschlagen %3</translation>
    </message>
</context>
<context>
    <name>cp::views::prompts</name>
    <message>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Geben Sie zur Bestätigung &lt;b&gt;%1&lt;/b&gt; ein:</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop console for Amazon Connect Customer Profiles.</source>
        <translation>Desktop-Konsole für Amazon Connect Customer Profiles.</translation>
    </message>
    <message>
        <source>Folder of the embedded local endpoint&apos;s data.</source>
        <translation>Datenordner des eingebetteten lokalen Endpunkts.</translation>
    </message>
    <message>
        <source>Save a picture of the window once it shows data, then quit.</source>
        <translation>Ein Bild des Fensters speichern, sobald es Daten anzeigt, und dann beenden.</translation>
    </message>
    <message>
        <source>Load sample data into the embedded endpoint on start.</source>
        <translation>Beim Start Beispieldaten in den eingebetteten Endpunkt laden.</translation>
    </message>
    <message>
        <source>Customer Profiles Console</source>
        <translation>Customer-Profiles-Konsole</translation>
    </message>
    <message>
        <source>Local (embedded)</source>
        <translation>Lokal (eingebettet)</translation>
    </message>
    <message>
        <source>the embedded endpoint&apos;s keys</source>
        <translation>die Zugriffsschlüssel des eingebetteten Endpunkts</translation>
    </message>
    <message>
        <source>the embedded local endpoint did not start: %1</source>
        <translation>der eingebettete lokale Endpunkt wurde nicht gestartet: %1</translation>
    </message>
    <message>
        <source>Open on a tab: overview, objecttypes, profiles, duplicates, integrations, imports or templates.</source>
        <translation>Mit einem bestimmten Reiter öffnen: overview, objecttypes, profiles, duplicates, integrations, imports oder templates.</translation>
    </message>
</context>
</TS>
