#include "windowsize.h"

#include <QEvent>
#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QWidget>

namespace cp::views {
namespace {

class SizeKeeper : public QObject
{
public:
    SizeKeeper(QWidget *window, const QString &key)
        : QObject(window)
        , m_key(key)
    {
        window->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Hide && watched == parent())
            QSettings().setValue(m_key, static_cast<QWidget *>(watched)->saveGeometry());
        return false;
    }

private:
    QString m_key;
};

} // namespace

void keepWindowSize(QWidget *window, const QString &key, QSize preferred)
{
    const QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (screen) {
        // Room for the window's frame and a panel: a 1366x768 screen shows it whole.
        const QSize free = screen->availableGeometry().size() - QSize(16, 48);
        preferred = preferred.boundedTo(free);
    }
    window->resize(preferred);
    const QByteArray saved = QSettings().value(key).toByteArray();
    if (!saved.isEmpty())
        window->restoreGeometry(saved);
    new SizeKeeper(window, key);
}

} // namespace cp::views
