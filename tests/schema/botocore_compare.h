#pragma once

#include "wiremodel.h"

#include <QJsonObject>
#include <QSet>
#include <QStringList>

// Differences between one botocore shape and ours (kind, bounds, pattern, enum, targets,
// members), as readable lines; empty when they agree.
QStringList compareShape(const QString &name, const QJsonObject &expected,
                         const cp::schema::Shape &actual);

// Names of every shape reachable from the given roots in botocore's "shapes" object.
QSet<QString> reachable(const QJsonObject &shapes, const QStringList &roots);
