#pragma once

#include <QSize>
#include <QString>

class QWidget;

namespace cp::views {

// Gives a window the size it starts at: the user's last size of it (QSettings, under
// `key`) or else `preferred`, never larger than the screen's free area; and keeps the
// size the user leaves it at, each time it is hidden.
void keepWindowSize(QWidget *window, const QString &key, QSize preferred);

} // namespace cp::views
