#include "domainmatchingpage.h"

#include "formissues.h"
#include "matchingrulesform.h"
#include "wiremodel.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QGroupBox>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace cp::views {

using formissues::issueLabel;
using formissues::showIssue;

namespace {

const QString kEnabled = QStringLiteral("Enabled");

QString pretty(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)).trimmed();
}

} // namespace

DomainMatchingPage::DomainMatchingPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("domainMatchingPage"));
    // The three sections need more height than the dialog has on a small screen: they
    // scroll rather than squeeze the rule form below its size.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_content = new QWidget(scroll);
    new QVBoxLayout(m_content);
    scroll->setWidget(m_content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    addSection(QStringLiteral("RuleBasedMatching"), QStringLiteral("RuleBasedMatchingRequest"),
               tr("&Rule-based matching"),
               tr("Profiles that share the attributes of a rule are matched, rule by rule; "
                  "matches up to the allowed level are merged."));
    addSection(QStringLiteral("Matching"), QStringLiteral("MatchingRequest"),
               tr("&Machine-learning matching"),
               tr("A weekly job finds profiles of the same customer by similarity and can merge "
                  "them automatically."));
    addSection(QStringLiteral("DataStore"), QStringLiteral("DataStoreRequest"), tr("&Data store"),
               tr("Keeps the domain's profiles in a store that calculated attributes and "
                  "segments read from."));
}

void DomainMatchingPage::addSection(const QString &member, const QString &shape,
                                    const QString &title, const QString &help)
{
    Section section;
    section.member = member;
    section.shape = shape;
    auto *box = new QGroupBox(title, m_content);
    box->setObjectName(member + QStringLiteral("Group"));
    auto *layout = new QVBoxLayout(box);
    auto *about = new QLabel(help, box);
    about->setWordWrap(true);
    section.enabled = new QCheckBox(tr("Enabled"), box);
    section.enabled->setObjectName(member + QStringLiteral("Enabled"));
    section.status = new QLabel(box);
    section.status->setObjectName(member + QStringLiteral("Status"));
    section.status->hide();
    section.json = new QPlainTextEdit(box);
    section.json->setObjectName(member + QStringLiteral("Json"));
    section.json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    section.json->setTabChangesFocus(true);
    section.json->setPlaceholderText(tr("Not set. Tick Enabled, or write the setting as JSON."));
    section.issue = issueLabel(box, member + QStringLiteral("Issue"));
    layout->addWidget(about);
    layout->addWidget(section.enabled);
    layout->addWidget(section.status);
    if (member == QLatin1String("RuleBasedMatching"))
        layout->addWidget(formWithJson(section, box), 1);
    else
        layout->addWidget(section.json, 1);
    layout->addWidget(section.issue);
    // Room where the settings are long: rule-based matching's rules most, the data
    // store (one flag) a few lines.
    const bool small = member == QLatin1String("DataStore");
    const int line = section.json->fontMetrics().lineSpacing();
    if (small)
        section.json->setFixedHeight(line * 4 + 12);
    else
        section.json->setMinimumHeight(line * 8 + 12);
    static_cast<QVBoxLayout *>(m_content->layout())
        ->addWidget(box, small                                          ? 0
                         : member == QLatin1String("RuleBasedMatching") ? 3
                                                                        : 2);

    const qsizetype index = m_sections.size();
    m_sections.append(section);
    connect(section.enabled, &QCheckBox::toggled, this, [this, index](bool on) {
        if (!m_syncing)
            setEnabledInJson(m_sections[index], on);
    });
    connect(section.json, &QPlainTextEdit::textChanged, this, [this, index] {
        if (m_syncing)
            return;
        syncCheckBox(m_sections[index]);
        Section &edited = m_sections[index];
        if (edited.form && !m_fromForm) {
            if (const auto value = parsed(edited))
                edited.form->setValue(*value);
        }
        Q_EMIT changed();
    });
}

// Rule-based matching's form and its JSON as two tabs of one value: the form writes the
// JSON (keeping what it has no control for), the JSON reloads the form once it parses.
QWidget *DomainMatchingPage::formWithJson(Section &section, QWidget *parent)
{
    auto *tabs = new QTabWidget(parent);
    tabs->setObjectName(section.member + QStringLiteral("Tabs"));
    m_rulesForm = new MatchingRulesForm(tabs);
    section.form = m_rulesForm;
    tabs->addTab(m_rulesForm, tr("Ru&les"));
    tabs->addTab(section.json, tr("&JSON"));
    connect(m_rulesForm, &MatchingRulesForm::edited, this,
            [this, json = section.json](const QJsonObject &value) {
                m_fromForm = true;
                json->setPlainText(pretty(value)); // textChanged reports the change
                m_fromForm = false;
            });
    return tabs;
}

void DomainMatchingPage::setDomain(const QJsonObject &domain)
{
    const auto &model = schema::WireModel::bundled();
    m_syncing = true;
    for (Section &section : m_sections) {
        const QJsonValue stored = domain.value(section.member);
        section.present = stored.isObject();
        section.original =
            section.present ? model.conformed(section.shape, stored).toObject() : QJsonObject();
        section.json->setPlainText(section.present ? pretty(section.original) : QString());
        if (section.form)
            section.form->setValue(section.original);
        section.enabled->setChecked(section.original.value(kEnabled).toBool());
        // What only the service says: the rule-based job's Status, the store's readiness.
        const QJsonObject answer = stored.toObject();
        QString status;
        if (answer.contains(QStringLiteral("Status")))
            status = tr("Status: %1").arg(answer.value(QStringLiteral("Status")).toString());
        const QJsonValue progress = answer.value(QStringLiteral("Readiness"))
                                        .toObject()
                                        .value(QStringLiteral("ProgressPercentage"));
        if (progress.isDouble())
            status = tr("Ready: %1%").arg(progress.toInt());
        showIssue(section.status, status);
    }
    m_syncing = false;
}

std::optional<QJsonObject> DomainMatchingPage::parsed(const Section &section,
                                                      QString *problem) const
{
    const QByteArray text = section.json->toPlainText().trimmed().toUtf8();
    if (text.isEmpty())
        return QJsonObject();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        if (problem)
            *problem = error.error != QJsonParseError::NoError
                           ? tr("%1 is not valid JSON: %2 at character %3.")
                                 .arg(section.member, error.errorString())
                                 .arg(error.offset)
                           : tr("%1 must be a JSON object.").arg(section.member);
        return std::nullopt;
    }
    return doc.object();
}

void DomainMatchingPage::syncCheckBox(Section &section)
{
    const auto value = parsed(section);
    section.enabled->setEnabled(value.has_value());
    if (!value)
        return;
    m_syncing = true;
    section.enabled->setChecked(value->value(kEnabled).toBool());
    m_syncing = false;
}

void DomainMatchingPage::setEnabledInJson(Section &section, bool enabled)
{
    std::optional<QJsonObject> value = parsed(section);
    if (!value)
        return;
    value->insert(kEnabled, enabled);
    section.json->setPlainText(pretty(*value)); // textChanged reports the change
}

QJsonObject DomainMatchingPage::changedMembers() const
{
    QJsonObject out;
    for (const Section &section : m_sections) {
        const auto value = parsed(section);
        if (!value)
            continue;
        const bool empty = value->isEmpty();
        if ((empty && !section.present) || (section.present && *value == section.original))
            continue;
        // Emptying a stored setting cannot remove it (UpdateDomain has no such form): the
        // stored value stays, which syntaxProblems() says.
        if (empty)
            continue;
        out.insert(section.member, *value);
    }
    return out;
}

// Why a section cannot be sent whatever the model says: its JSON, or an emptied setting.
QString DomainMatchingPage::sectionProblem(const Section &section) const
{
    QString problem;
    const auto value = parsed(section, &problem);
    if (!value)
        return problem;
    if (section.form && !section.form->problems().isEmpty())
        return section.form->problems().constFirst();
    if (section.present && section.json->toPlainText().trimmed().isEmpty())
        return tr("%1 cannot be removed: untick Enabled to turn it off.").arg(section.member);
    return {};
}

QStringList DomainMatchingPage::syntaxProblems() const
{
    QStringList out;
    for (const Section &section : m_sections) {
        if (const QString problem = sectionProblem(section); !problem.isEmpty())
            out.append(problem);
    }
    return out;
}

void DomainMatchingPage::showIssues(const QHash<QString, QString> &byMember)
{
    for (const Section &section : m_sections) {
        const QString problem = sectionProblem(section);
        QString shown = problem.isEmpty() ? byMember.value(section.member) : problem;
        if (shown.isEmpty() && section.form && !section.form->warnings().isEmpty())
            shown = section.form->warnings().constFirst();
        showIssue(section.issue, shown);
    }
}

} // namespace cp::views
