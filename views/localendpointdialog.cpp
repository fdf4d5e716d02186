#include "localendpointdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

namespace cp::views {
namespace {

QLineEdit *readOnlyField(const QString &name, const QString &text, QWidget *parent)
{
    auto *field = new QLineEdit(text, parent);
    field->setObjectName(name);
    field->setReadOnly(true);
    field->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // The whole value is visible: a key cut off would be copied by hand wrongly.
    field->setMinimumWidth(field->fontMetrics().horizontalAdvance(text) + 24);
    return field;
}

} // namespace

LocalEndpointDialog::LocalEndpointDialog(const models::CliAccess &access, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("localEndpointDialog"));
    setWindowTitle(tr("Local endpoint details"));

    auto *intro = new QLabel(
        tr("The console's embedded endpoint serves the Customer Profiles API on this "
           "computer. The AWS CLI and the AWS SDKs reach it with the values below. The keys "
           "stay the same between runs; the port is chosen afresh each time the console "
           "starts."),
        this);
    intro->setObjectName(QStringLiteral("localEndpointIntro"));
    intro->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Endpoint URL:"), readOnlyField(QStringLiteral("localEndpointUrl"),
                                                    access.endpoint.toString(), this));
    form->addRow(tr("Region:"),
                 readOnlyField(QStringLiteral("localEndpointRegion"), access.region, this));
    form->addRow(tr("Access key id:"), readOnlyField(QStringLiteral("localEndpointAccessKeyId"),
                                                     access.accessKeyId, this));
    form->addRow(tr("Secret access key:"), readOnlyField(QStringLiteral("localEndpointSecretKey"),
                                                         access.secretAccessKey, this));

    auto *exports = new QGroupBox(tr("Environment variables, for this shell"), this);
    auto *exportsLayout = new QVBoxLayout(exports);
    exportsLayout->addWidget(
        shellBlock(QStringLiteral("localEndpointExports"), models::awsExportLines(access)));

    auto *profile = new QGroupBox(tr("As the AWS CLI profile \"%1\"").arg(profileName()), this);
    auto *profileLayout = new QVBoxLayout(profile);
    profileLayout->addWidget(shellBlock(QStringLiteral("localEndpointProfile"),
                                        models::awsConfigureLines(access, profileName())));

    auto *after = new QLabel(
        tr("Then \"Copy as AWS CLI command\" in the request log gives commands that run as "
           "they are: they name the endpoint (--endpoint-url) and the region, and take the "
           "keys from the variables or the profile above."),
        this);
    after->setObjectName(QStringLiteral("localEndpointAfter"));
    after->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(exports);
    layout->addWidget(profile);
    layout->addWidget(after);
    layout->addStretch();
    layout->addWidget(buttons);
    // Wrapped labels ask for the height their width needs only once the width is known.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
}

QWidget *LocalEndpointDialog::shellBlock(const QString &name, const QString &lines)
{
    auto *block = new QWidget(this);
    auto *text = new QPlainTextEdit(lines, block);
    text->setObjectName(name + QStringLiteral("Text"));
    text->setReadOnly(true);
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Every line shows whole, with no scrolling (and no scroll bar taking a line's room).
    text->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    text->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    const QFontMetrics metrics(text->font());
    int widest = 0;
    const QStringList all = lines.split(QLatin1Char('\n'));
    for (const QString &line : all)
        widest = std::max(widest, metrics.horizontalAdvance(line));
    const QMargins margins = text->contentsMargins();
    const int frame = 2 * (text->frameWidth() + int(text->document()->documentMargin()));
    text->setMinimumWidth(widest + frame + margins.left() + margins.right() +
                          metrics.averageCharWidth() * 2);
    text->setFixedHeight(int(all.size()) * metrics.lineSpacing() + frame + margins.top() +
                         margins.bottom() + metrics.descent());

    auto *copy = new QPushButton(tr("Copy"), block);
    copy->setObjectName(name + QStringLiteral("Copy"));
    copy->setToolTip(tr("Copy these lines to the clipboard, to paste them into a terminal."));
    connect(copy, &QPushButton::clicked, this,
            [lines] { QApplication::clipboard()->setText(lines + QLatin1Char('\n')); });

    auto *layout = new QHBoxLayout(block);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(text, 1);
    layout->addWidget(copy, 0, Qt::AlignTop);
    return block;
}

} // namespace cp::views
