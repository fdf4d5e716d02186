#pragma once

#include <QJsonObject>
#include <QWidget>
#include <optional>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QTabWidget;

namespace cp::views {

class MatchingRulesForm;

// The domain's identity-resolution settings in the domain editor: machine-learning
// matching (Matching) and rule-based matching (RuleBasedMatching), and the data store.
// Each is a JSON editor holding the whole setting as the service stores it, with an
// Enabled box kept in step with the JSON; rule-based matching also has a form (its rules
// as rows) kept in step with it. What the console has no control for is kept as it came.
// A section sends its value only when the user changed it.
class DomainMatchingPage : public QWidget
{
    Q_OBJECT
public:
    explicit DomainMatchingPage(QWidget *parent = nullptr);

    // From a GetDomain answer; answer-only members (Status, Readiness) left out.
    void setDomain(const QJsonObject &domain);
    // The changed settings as UpdateDomain members (Matching, RuleBasedMatching, DataStore).
    QJsonObject changedMembers() const;
    // Why a section cannot be sent (invalid JSON), keyed by member; empty when all parse.
    QStringList syntaxProblems() const;
    // Shows the model's findings under the section they concern ("Matching.JobSchedule...").
    void showIssues(const QHash<QString, QString> &byMember);

    MatchingRulesForm *rulesForm() const { return m_rulesForm; }

Q_SIGNALS:
    void changed();

private:
    struct Section
    {
        QString member; // "Matching"
        QString shape;  // "MatchingRequest"
        QCheckBox *enabled = nullptr;
        QPlainTextEdit *json = nullptr;
        QLabel *issue = nullptr;
        QLabel *status = nullptr;          // what the service says of it (Status, Readiness)
        MatchingRulesForm *form = nullptr; // rule-based matching only
        QJsonObject original;
        bool present = false;
    };
    void addSection(const QString &member, const QString &shape, const QString &title,
                    const QString &help);
    std::optional<QJsonObject> parsed(const Section &section, QString *problem = nullptr) const;
    QString sectionProblem(const Section &section) const;
    void syncCheckBox(Section &section);
    void setEnabledInJson(Section &section, bool enabled);

    QWidget *formWithJson(Section &section, QWidget *parent);

    QWidget *m_content; // the sections, in a scroll area
    QList<Section> m_sections;
    MatchingRulesForm *m_rulesForm = nullptr;
    bool m_syncing = false;
    bool m_fromForm = false; // the JSON is being written from the form
};

} // namespace cp::views
