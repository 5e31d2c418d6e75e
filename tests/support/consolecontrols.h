// What GUI tests of the whole console ask of its widgets: which ones a user operates (the
// controls a keyboard and a screen reader reach) and where a widget sits, for messages.
#pragma once

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QCalendarWidget>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStringList>
#include <QTabBar>
#include <QTextEdit>

namespace guitest {

// Where a widget sits: its class and object name up to the window, for the failure message.
inline QString pathOf(const QWidget *widget)
{
    QStringList parts;
    for (const QWidget *w = widget; w && !w->isWindow(); w = w->parentWidget()) {
        parts.prepend(
            w->objectName().isEmpty()
                ? QString::fromLatin1(w->metaObject()->className())
                : QStringLiteral("%1#%2").arg(QString::fromLatin1(w->metaObject()->className()),
                                              w->objectName()));
    }
    return parts.join(QLatin1String(" > "));
}

inline bool insideOf(const QWidget *widget, const auto &isContainer)
{
    for (const QWidget *w = widget->parentWidget(); w; w = w->parentWidget()) {
        if (isContainer(w))
            return true;
    }
    return false;
}

// The widgets a user operates. Parts of a composite control (a combo box's line edit, a tab
// bar's scroll buttons, a line edit's clear button, a view's cell editors, headers and
// viewport, scroll bars, Qt's overflow buttons of menu and tool bars) are named by the control
// they belong to. A control hidden on purpose (not merely on a tab not shown) is not reached.
inline bool isControl(const QWidget *widget)
{
    if (widget->isHidden() || qobject_cast<const QScrollBar *>(widget) ||
        qobject_cast<const QHeaderView *>(widget) || widget->inherits("QToolBarExtension"))
        return false;
    if (const auto *area = qobject_cast<const QAbstractScrollArea *>(widget->parentWidget());
        area && area->viewport() == widget)
        return false;
    const bool control =
        qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QLineEdit *>(widget) ||
        qobject_cast<const QComboBox *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget) ||
        qobject_cast<const QAbstractItemView *>(widget) ||
        qobject_cast<const QTextEdit *>(widget) || qobject_cast<const QPlainTextEdit *>(widget) ||
        qobject_cast<const QAbstractSlider *>(widget) ||
        // A widget of our own that takes the keyboard (the timeline, the map).
        (widget->focusPolicy() & Qt::TabFocus &&
         QByteArray(widget->metaObject()->className()).startsWith("fielddesk::"));
    if (!control)
        return false;
    return !insideOf(widget, [](const QWidget *w) {
        return qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w) ||
               qobject_cast<const QTabBar *>(w) || qobject_cast<const QAbstractItemView *>(w) ||
               qobject_cast<const QCalendarWidget *>(w) || qobject_cast<const QLineEdit *>(w) ||
               qobject_cast<const QMenuBar *>(w);
    });
}

} // namespace guitest
