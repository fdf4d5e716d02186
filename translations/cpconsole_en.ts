<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>cp::models::CommandText</name>
    <message numerus="yes">
        <source>Move %n field(s)</source>
        <translation>
            <numerusform>Move %n field</numerusform>
            <numerusform>Move %n fields</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n key(s)</source>
        <translation>
            <numerusform>Move %n key</numerusform>
            <numerusform>Move %n keys</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cp::models::ObjectTypeDocument</name>
    <message numerus="yes">
        <source>Add %n field(s)</source>
        <translation>
            <numerusform>Add %n field</numerusform>
            <numerusform>Add %n fields</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n field(s)</source>
        <translation>
            <numerusform>Remove %n field</numerusform>
            <numerusform>Remove %n fields</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n key(s)</source>
        <translation>
            <numerusform>Add %n key</numerusform>
            <numerusform>Add %n keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n key(s)</source>
        <translation>
            <numerusform>Remove %n key</numerusform>
            <numerusform>Remove %n keys</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cp::models::TagsModel</name>
    <message numerus="yes">
        <source>The key must be at most %n characters long (it has %1).</source>
        <translation>
            <numerusform>The key must be at most %n character long (it has %1).</numerusform>
            <numerusform>The key must be at most %n characters long (it has %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The value must be at most %n characters long (it has %1).</source>
        <translation>
            <numerusform>The value must be at most %n character long (it has %1).</numerusform>
            <numerusform>The value must be at most %n characters long (it has %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A resource can have at most %n tags: remove this one or another.</source>
        <translation>
            <numerusform>A resource can have at most %n tag: remove it.</numerusform>
            <numerusform>A resource can have at most %n tags: remove this one or another.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cp::schema::WireModel</name>
    <message numerus="yes">
        <source>%1 must be at least %n characters long (it has %2).</source>
        <translation>
            <numerusform>%1 must be at least %n character long (it has %2).</numerusform>
            <numerusform>%1 must be at least %n characters long (it has %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 must be at most %n characters long (it has %2).</source>
        <translation>
            <numerusform>%1 must be at most %n character long (it has %2).</numerusform>
            <numerusform>%1 must be at most %n characters long (it has %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 must have at least %n items (it has %2).</source>
        <translation>
            <numerusform>%1 must have at least %n item (it has %2).</numerusform>
            <numerusform>%1 must have at least %n items (it has %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 must have at least %n entries (it has %2).</source>
        <translation>
            <numerusform>%1 must have at least %n entry (it has %2).</numerusform>
            <numerusform>%1 must have at least %n entries (it has %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 must have at most %n items (it has %2).</source>
        <translation>
            <numerusform>%1 must have at most %n item (it has %2).</numerusform>
            <numerusform>%1 must have at most %n items (it has %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 must have at most %n entries (it has %2).</source>
        <translation>
            <numerusform>%1 must have at most %n entry (it has %2).</numerusform>
            <numerusform>%1 must have at most %n entries (it has %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 must set exactly one of %2 (it sets %n).</source>
        <translation>
            <numerusform>%1 must set exactly one of %2 (it sets %n).</numerusform>
            <numerusform>%1 must set exactly one of %2 (it sets %n).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cp::views::DomainOverview</name>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n rule</numerusform>
            <numerusform>%n rules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cp::views::DuplicatesView</name>
    <message numerus="yes">
        <source>Match group %1: %n profiles.</source>
        <translation>
            <numerusform>Match group %1: %n profile.</numerusform>
            <numerusform>Match group %1: %n profiles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ, marked ≠ and in bold.</source>
        <translation>
            <numerusform>%n field differs, marked ≠ and in bold.</numerusform>
            <numerusform>%n fields differ, marked ≠ and in bold.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cp::views::MergeDialog</name>
    <message numerus="yes">
        <source>Merge %n profiles</source>
        <translation>
            <numerusform>Merge %n profile</numerusform>
            <numerusform>Merge %n profiles</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>Saved %Ln failed line(s) to %1, and the errors to %2.</source>
        <translation>
            <numerusform>Saved %Ln failed line to %1, and the errors to %2.</numerusform>
            <numerusform>Saved %Ln failed lines to %1, and the errors to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cp::views::ObjectTypeDesigner</name>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n field</numerusform>
            <numerusform>%n fields</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n key</numerusform>
            <numerusform>%n keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cp::views::ObjectTypeDetails</name>
    <message numerus="yes">
        <source>Data expires after %n day(s).</source>
        <translation>
            <numerusform>Data expires after %n day.</numerusform>
            <numerusform>Data expires after %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cp::views::ObjectTypesPane</name>
    <message numerus="yes">
        <source>%n integration(s) ingest into it and will name a type that no longer exists: %1.</source>
        <translation>
            <numerusform>%n integration ingests into it and will name a type that no longer exists: %1.</numerusform>
            <numerusform>%n integrations ingest into it and will name a type that no longer exists: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cp::views::SampleDetectionDialog</name>
    <message numerus="yes">
        <source>%n record(s) read (%1).</source>
        <translation>
            <numerusform>%n record read (%1).</numerusform>
            <numerusform>%n records read (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cp::views::SsoSignInDialog</name>
    <message numerus="yes">
        <source>Waiting for you to approve in the browser… (IAM Identity Center asked to slow down: checking every %n second(s))</source>
        <translation>
            <numerusform>Waiting for you to approve in the browser… (IAM Identity Center asked to slow down: checking every %n second)</numerusform>
            <numerusform>Waiting for you to approve in the browser… (IAM Identity Center asked to slow down: checking every %n seconds)</numerusform>
        </translation>
    </message>
</context>
</TS>
