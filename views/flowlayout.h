#pragma once

#include <QLayout>
#include <QList>

namespace cp::views {

// A row of buttons that wraps onto further rows when the pane is narrower than the row:
// a pane's buttons then never hold a splitter wider than its content needs. Items keep
// their size hints, left-aligned; hidden ones take no room.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    // Places the items in `rect` (or only measures); returns the height they take.
    int arrange(const QRect &rect, bool place) const;
    int gap(Qt::Orientation orientation) const;

    QList<QLayoutItem *> m_items;
};

} // namespace cp::views
