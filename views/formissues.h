#pragma once

#include <QColor>
#include <QLabel>
#include <QPalette>

namespace cp::views::formissues {

// A label under a field for the reason its value cannot be sent; hidden while empty.
inline QLabel *issueLabel(QWidget *parent, const QString &objectName, bool error = true)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    if (error) {
        QPalette palette = label->palette();
        palette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
        label->setPalette(palette);
    }
    label->hide();
    return label;
}

inline void showIssue(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace cp::views::formissues
