#pragma once

#include "clicommand.h"

#include <QDialog>

class QPlainTextEdit;

namespace cp::views {

// Connection > Local endpoint details…: the embedded endpoint's URL, region and keys, and
// two ways to hand them to the AWS CLI (exported variables, or a `cplocal` profile), each
// copyable. "Copy as AWS CLI command" works after either (see models::CliAccess).
class LocalEndpointDialog : public QDialog
{
    Q_OBJECT
public:
    // The profile name the recipe configures.
    static QString profileName() { return QStringLiteral("cplocal"); }

    explicit LocalEndpointDialog(const models::CliAccess &access, QWidget *parent = nullptr);

private:
    // A read-only block of shell lines with a Copy button; objectName is its prefix.
    QWidget *shellBlock(const QString &name, const QString &lines);
};

} // namespace cp::views
