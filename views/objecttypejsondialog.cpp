#include "objecttypejsondialog.h"

#include "jsonobjectdialog.h"
#include "objecttype.h"
#include "wiremodel.h"

#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cp::views {

QJsonObject ObjectTypeJsonDialog::editableRequest(const QJsonObject &definition)
{
    QJsonObject out = definition;
    for (const char *member : {"CreatedAt", "LastUpdatedAt", "Tags", "DomainName"})
        out.remove(QLatin1String(member));
    return out;
}

ObjectTypeJsonDialog::ObjectTypeJsonDialog(const QJsonObject &definition, QWidget *parent)
    : QDialog(parent)
    , m_fixedName(definition.value(QStringLiteral("ObjectTypeName")).toString())
    , m_editor(new QPlainTextEdit(this))
    , m_problems(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("objectTypeJsonDialog"));
    setWindowTitle(m_fixedName.isEmpty() ? tr("New object type")
                                         : tr("Edit object type %1").arg(m_fixedName));
    m_editor->setObjectName(QStringLiteral("objectTypeJson"));
    m_editor->setFont(QFont(QStringLiteral("monospace")));
    m_editor->setPlainText(QString::fromUtf8(
        QJsonDocument(editableRequest(definition)).toJson(QJsonDocument::Indented)));
    m_problems->setObjectName(QStringLiteral("objectTypeProblems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #c01c28"));
    auto *hint =
        new QLabel(tr("The PutProfileObjectType request: Fields map field names to a Source "
                      "(_source.path or {{...}} template), a Target in the standard profile and a "
                      "ContentType; Keys name fields and their StandardIdentifiers."),
                   this);
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_editor);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
    resize(640, 560);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &ObjectTypeJsonDialog::revalidate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    revalidate();
}

QJsonObject ObjectTypeJsonDialog::request() const
{
    return QJsonDocument::fromJson(m_editor->toPlainText().toUtf8()).object();
}

QString ObjectTypeJsonDialog::problems() const
{
    return m_problems->text();
}

void ObjectTypeJsonDialog::revalidate()
{
    QStringList problems;
    const QByteArray text = m_editor->toPlainText().toUtf8();
    const QString jsonProblem = JsonObjectDialog::describeProblem(text);
    if (!jsonProblem.isEmpty()) {
        problems.append(jsonProblem);
    } else {
        const QJsonObject input = request();
        if (!m_fixedName.isEmpty() &&
            input.value(QStringLiteral("ObjectTypeName")).toString() != m_fixedName)
            problems.append(tr("The name of an existing object type cannot change (it is %1).")
                                .arg(m_fixedName));
        QJsonObject withDomain = input;
        withDomain.insert(QStringLiteral("DomainName"), QStringLiteral("d"));
        for (const auto &issue : schema::WireModel::instance().validate(
                 QStringLiteral("PutProfileObjectTypeRequest"), withDomain))
            problems.append(issue.message);
        if (problems.isEmpty()) {
            for (const auto &issue :
                 schema::validateObjectType(schema::ObjectTypeDefinition::fromJson(input)))
                problems.append(issue.message);
        }
    }
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_valid = problems.isEmpty();
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(m_valid);
}

} // namespace cp::views
