#pragma once

#include <QDialog>
#include <QUrl>

namespace cp::views {

// Help > About: the program, its version, the Qt it runs on, and the licences of what
// the program ships (its own code, Qt, QtKeychain, SQLite, the service model from botocore).
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
};

// Help > Documentation: the README installed with the program
// (PREFIX/share/doc/cpconsole/README.md beside PREFIX/bin), else the checkout's one when
// running from a build tree; empty when neither is there. The project publishes no
// web site, so the documentation is the Markdown shipped with it.
QUrl documentationUrl();

} // namespace cp::views
