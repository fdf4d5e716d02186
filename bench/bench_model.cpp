// The service model's cost: reading the compiled-in model file into a WireModel (part of
// every start of cpconsole and cplocal), validating a typical request, and serializing
// it. Google Benchmark; run on a Release build.

#include "protocol.h"
#include "wiremodel.h"

#include <QFile>
#include <QJsonDocument>
#include <benchmark/benchmark.h>

namespace {

QByteArray modelFile()
{
    QFile file(QStringLiteral(":/cp/schema/customer-profiles.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const QJsonObject &objectTypeRequest()
{
    static const QJsonObject request = QJsonDocument::fromJson(R"({
        "DomainName": "retail", "ObjectTypeName": "Contact", "Description": "CRM contacts",
        "AllowProfileCreation": true, "SourcePriority": 2,
        "Fields": {"id": {"Source": "_source.Id", "Target": "_profile.Attributes.crmId"},
                   "email": {"Source": "_source.Email", "Target": "_profile.EmailAddress",
                             "ContentType": "EMAIL_ADDRESS"},
                   "first": {"Source": "_source.FirstName", "Target": "_profile.FirstName"}},
        "Keys": {"crmId": [{"StandardIdentifiers": ["PROFILE", "UNIQUE"], "FieldNames": ["id"]}],
                 "_email": [{"StandardIdentifiers": ["PROFILE"], "FieldNames": ["email"]}]},
        "Tags": {"team": "crm"}})")
                                             .object();
    return request;
}

void loadModel(benchmark::State &state)
{
    const QByteArray json = modelFile();
    for (auto _ : state) {
        auto model = cp::schema::WireModel::fromJson(json);
        benchmark::DoNotOptimize(model);
    }
    state.counters["bytes"] = double(json.size());
}
BENCHMARK(loadModel)->Unit(benchmark::kMillisecond);

void validateRequest(benchmark::State &state)
{
    const auto &model = cp::schema::WireModel::bundled();
    for (auto _ : state) {
        auto issues = model.validate(u"PutProfileObjectTypeRequest", objectTypeRequest());
        benchmark::DoNotOptimize(issues);
    }
}
BENCHMARK(validateRequest)->Unit(benchmark::kMicrosecond);

void serializeRequest(benchmark::State &state)
{
    const auto &model = cp::schema::WireModel::bundled();
    const cp::schema::Operation *op = model.operation(u"PutProfileObjectType");
    for (auto _ : state) {
        auto request = cp::schema::serializeRequest(model, *op, objectTypeRequest());
        benchmark::DoNotOptimize(request);
    }
}
BENCHMARK(serializeRequest)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
