// A right click on a widget and a choice from the menu it opens (QMenu::exec blocks, so the
// choice is made from a zero timer once the popup is up). The chosen action's text is kept for
// the test to read.
#pragma once

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QMenu>
#include <QTest>
#include <QTimer>

namespace guitest {

// True when the menu opened at pos held an action named actionName and it was chosen (with
// the keyboard, as a user would); *text is that action's text. Otherwise the menu is closed.
inline bool chooseFromContextMenu(QWidget *widget,
                                  const QPoint &pos,
                                  const QString &actionName,
                                  QString *text = nullptr)
{
    bool chosen = false;
    QTimer::singleShot(0, widget, [&chosen, actionName, text] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (QAction *action : menu->actions()) {
            if (action->objectName() == actionName) {
                if (text)
                    *text = action->text();
                menu->setActiveAction(action);
                QTest::keyClick(menu, Qt::Key_Return);
                chosen = true;
                return;
            }
        }
        menu->close();
    });
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, widget->mapToGlobal(pos));
    QApplication::sendEvent(widget, &event);
    return chosen;
}

} // namespace guitest
