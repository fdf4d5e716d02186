#include "aboutdialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace cp::views {
namespace {

// One entry of the licences list: what, under which licence, where to read it.
QString licenceEntry(const QString &what, const QString &licence, const QString &url,
                     const QString &note)
{
    return QStringLiteral("<p><b>%1</b>: <a href=\"%3\">%2</a><br>%4</p>")
        .arg(what.toHtmlEscaped(), licence.toHtmlEscaped(), url, note.toHtmlEscaped());
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About %1").arg(QGuiApplication::applicationDisplayName()));

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/cpconsole.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);
    auto *title = new QLabel(
        QStringLiteral("<h2>%1</h2>").arg(tr("Customer Profiles Console").toHtmlEscaped()), this);
    auto *version = new QLabel(tr("Version %1").arg(QStringLiteral(CP_VERSION)), this);
    version->setObjectName(QStringLiteral("aboutVersion"));
    version->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *qt = new QLabel(tr("Built with Qt %1, running on Qt %2.")
                              .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())),
                          this);
    qt->setObjectName(QStringLiteral("aboutQtVersion"));
    auto *summary = new QLabel(
        tr("A desktop console for Amazon Connect Customer Profiles, and cplocal, a local "
           "endpoint that emulates the service for the console, the AWS CLI and the AWS SDKs."),
        this);
    summary->setWordWrap(true);

    auto *heading = new QLabel(tr("<b>Licences</b>"), this);
    // Names of programs and licences are proper names, the same in every language.
    const QString apache = QStringLiteral("Apache License 2.0");
    auto *licences = new QLabel(this);
    licences->setObjectName(QStringLiteral("aboutLicences"));
    licences->setTextFormat(Qt::RichText);
    licences->setWordWrap(true);
    licences->setOpenExternalLinks(true);
    licences->setTextInteractionFlags(Qt::TextBrowserInteraction);
    licences->setText(
        licenceEntry(tr("Customer Profiles Console and cplocal"), apache,
                     QStringLiteral("https://www.apache.org/licenses/LICENSE-2.0"),
                     tr("This program.")) +
        licenceEntry(QStringLiteral("Qt %1").arg(QString::fromLatin1(qVersion())),
                     QStringLiteral("GNU Lesser General Public License v3"),
                     QStringLiteral("https://www.gnu.org/licenses/lgpl-3.0.html"),
                     tr("Used as the system's shared libraries, which you may replace.")) +
        licenceEntry(QStringLiteral("QtKeychain"), QStringLiteral("BSD 2-Clause License"),
                     QStringLiteral("https://github.com/frankosterfeld/qtkeychain"),
                     tr("Keeps connection secrets in the system keychain.")) +
        licenceEntry(QStringLiteral("SQLite"), tr("Public domain"),
                     QStringLiteral("https://www.sqlite.org/copyright.html"),
                     tr("The local endpoint's store.")) +
        licenceEntry(tr("Service model from botocore"), apache,
                     QStringLiteral("https://github.com/boto/botocore"),
                     tr("The Customer Profiles API model compiled into the program is made from "
                        "botocore's (Copyright Amazon.com, Inc. or its affiliates), facts only.")));
    // A width to wrap at; the dialog then takes the height every entry needs.
    licences->setMinimumWidth(licences->fontMetrics().averageCharWidth() * 70);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(version);
    text->addWidget(qt);
    text->addWidget(summary);
    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(heading);
    layout->addWidget(licences);
    layout->addStretch();
    layout->addWidget(buttons);
    layout->setSizeConstraint(QLayout::SetMinimumSize);
}

QUrl documentationUrl()
{
    const QString installed =
        QDir(QCoreApplication::applicationDirPath())
            .absoluteFilePath(QStringLiteral("../share/doc/cpconsole/README.md"));
    for (const QString &candidate : {installed, QStringLiteral(CP_SOURCE_README)}) {
        if (QFileInfo::exists(candidate))
            return QUrl::fromLocalFile(QFileInfo(candidate).canonicalFilePath());
    }
    return {};
}

} // namespace cp::views
