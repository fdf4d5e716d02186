<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>cp::app::ConnectionManager</name>
    <message>
        <source>AWS %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cp::app::KeychainCredentialsProvider</name>
    <message>
        <source>keys of connection %1 (keychain)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cp::app::SampleDataLoader</name>
    <message>
        <source>Loading sample data into %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading sample data was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample data is in domain %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cp::app::SecretStore</name>
    <message>
        <source>No system keychain is available (%1): the secret is kept in memory until the console closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret key could not be read from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cp::client::AwsConfigText</name>
    <message>
        <source>The profile &quot;%1&quot; is in neither %2 nor %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No region is configured: choose one for the connection, or set AWS_REGION or the profile&apos;s region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint URL &quot;%1&quot; is not an http or https URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection has only one of the access key id and the secret key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys of this connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; in %2 has only one of aws_access_key_id and aws_secret_access_key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credentials found for profile &quot;%1&quot;: add keys to %2, a credential_process to %3, or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cp::client::Credentials</name>
    <message>
        <source>The access key id or the secret key is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credential_process of profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credential_process of profile %1 is not a valid command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credential_process of profile %1 failed (exit code %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credential_process of profile %1 could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cp::client::CustomerProfilesClient</name>
    <message>
        <source>%1 is not an operation of Customer Profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed JSON at byte %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cp::client::PendingCall</name>
    <message>
        <source>the request&apos;s path or query is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is larger than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cp::client::ProcessCredentialsProvider</name>
    <message>
        <source>credential_process did not print a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credential_process printed an unsupported Version (expected 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credential_process printed no AccessKeyId or SecretAccessKey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credential_process printed an Expiration that is not an ISO 8601 time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cp::client::ServiceError</name>
    <message>
        <source>The service refused the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service refused the request (%1, HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the endpoint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usable credentials: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint sent an answer that could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cp::models::ConnectionText</name>
    <message>
        <source>Give the connection a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another connection already has this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A region looks like eu-central-1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the region to connect to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint must be an http:// or https:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an AWS profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An access key id has 16 to 128 capital letters and digits, such as AKIA…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the secret access key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cp::models::RequestLogModel</name>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cp::models::TagsModel</name>
    <message>
        <source>The key must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The key must be at most %n characters long (it has %1).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Keys beginning with &quot;aws:&quot; are reserved for AWS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key may contain only letters, digits and + - = . _ : / (not &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key %1 is already used by another tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The value must be at most %n characters long (it has %1).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A resource can have at most %n tags: remove this one or another.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cp::schema::MappingText</name>
    <message>
        <source>The object has no value for the unique key &quot;%1&quot; (fields: %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cp::schema::ObjectTypeText</name>
    <message>
        <source>The object type needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name must be at most 255 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name cannot start with &quot;_&quot;: that is kept for the service&apos;s own object types.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name may contain only letters, digits, &quot;-&quot; and &quot;_&quot;, and must not start with a digit or &quot;-&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; needs a Source such as _source.email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In field &quot;%1&quot;, {{%2}} is not a _source path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In field &quot;%1&quot;, the template has unbalanced {{ }}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;%1&quot;: the Source must be a path such as _source.address.city or a template such as {{_source.first}} {{_source.last}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The object type needs a description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiration must be between 1 and 1098 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;%1&quot;: %2 is not a field of the standard profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;%1&quot;: the content type must be one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The object type needs at least one key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An object type can have at most %1 keys (it has %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key name &quot;%1&quot; may contain only letters, digits, &quot;-&quot; and &quot;_&quot; (at most 64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; has no definition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; names no field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; uses field &quot;%2&quot;, which the object type does not define.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; cannot be both LOOKUP_ONLY and NEW_ONLY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one key can be UNIQUE (%1 are).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exactly one key must be UNIQUE: it identifies an object so that a later one with the same value replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cp::schema::WireModel</name>
    <message>
        <source>The input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number between -2147483648 and 2147483647.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a timestamp given as a number of seconds since 1970.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 must be at least %n characters long (it has %2).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 must be at most %n characters long (it has %2).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not in the expected format (it must match %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be one of %2 (it is &apos;%3&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be at least %2 (it is %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be at most %2 (it is %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not be an empty list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 must have at least %n items (it has %2).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 must have at least %n entries (it has %2).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 must have at most %n items (it has %2).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 must have at most %n entries (it has %2).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 must not be null.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key &apos;%1&apos; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shape named %1 is known.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cp::views::ConnectionDialog</name>
    <message>
        <source>An AWS &amp;profile from ~/.aws</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access &amp;keys (the secret goes to the system keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the profile&apos;s region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. http://127.0.0.1:4566</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access key id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret access key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoint URL:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cp::views::CreateDomainDialog</name>
    <message>
        <source>New domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letters, digits, - and _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: arn:aws:kms:...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: https://sqs...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data &amp;expires after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead-letter &amp;queue:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cp::views::DomainOverview</name>
    <message>
        <source>Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data expires after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead-letter queue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metering profiles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objects:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cp::views::JsonObjectDialog</name>
    <message>
        <source>Put profile object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The object must be a JSON object: { ... }.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain has no object type yet: create one first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cp::views::ListPane</name>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cp::views::MainWindow</name>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer Profiles Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object &amp;types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Integrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;emplates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New domain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete domain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy domain &amp;ARN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as AWS CLI command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain %1 was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting domain %1 deletes all its profiles, objects, object types and integrations. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain %1 was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cp::views::MessageBar</name>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cp::views::ObjectTypeDetails</name>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Fields&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Keys&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From template %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a profile when no profile matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never creates profiles: objects must match an existing profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Data expires after %n day(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cp::views::ProfileEditor</name>
    <message>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Attributes&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear this field when saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>will be cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has changed yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cp::views::ProfilesPane</name>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value (several: separate with commas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objects of type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete profile %1 with its objects and keys?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value of key %1 for this profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Put object…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &amp;object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete object %1 of this profile?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 was added to the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The object was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The object was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cp::views::prompts</name>
    <message>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop console for Amazon Connect Customer Profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of the embedded local endpoint&apos;s data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window once it shows data, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load sample data into the embedded endpoint on start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer Profiles Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local (embedded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the embedded endpoint&apos;s keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the embedded local endpoint did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
