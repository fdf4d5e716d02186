#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

// Tagging operations. The resource is named by its ARN, e.g.
// arn:aws:profile:us-east-1:123456789012:domains/my-domain, which travels as one
// percent-encoded path segment.
namespace cp::api {

struct ListTagsForResourceResponse
{
    QMap<QString, QString> tags;

    static ListTagsForResourceResponse fromOutput(const QJsonObject &json);
    QJsonObject toOutput() const;
};

struct ListTagsForResourceRequest
{
    static QString operation() { return QStringLiteral("ListTagsForResource"); }
    using Response = ListTagsForResourceResponse;

    QString resourceArn;

    QJsonObject toInput() const;
    static ListTagsForResourceRequest fromInput(const QJsonObject &json);
};

struct TagResourceResponse // empty on success
{
    static TagResourceResponse fromOutput(const QJsonObject &) { return {}; }
    QJsonObject toOutput() const { return {}; }
};

struct TagResourceRequest
{
    static QString operation() { return QStringLiteral("TagResource"); }
    using Response = TagResourceResponse;

    QString resourceArn;
    QMap<QString, QString> tags;

    QJsonObject toInput() const;
    static TagResourceRequest fromInput(const QJsonObject &json);
};

struct UntagResourceResponse // empty on success
{
    static UntagResourceResponse fromOutput(const QJsonObject &) { return {}; }
    QJsonObject toOutput() const { return {}; }
};

struct UntagResourceRequest
{
    static QString operation() { return QStringLiteral("UntagResource"); }
    using Response = UntagResourceResponse;

    QString resourceArn;
    QStringList tagKeys; // sent as repeated tagKeys query parameters

    QJsonObject toInput() const;
    static UntagResourceRequest fromInput(const QJsonObject &json);
};

} // namespace cp::api
