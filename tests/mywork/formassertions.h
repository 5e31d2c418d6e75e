// What the form tests assert about where things are painted: a field's message line sits right
// under the field, in its own cell.
#pragma once

#include <QLabel>
#include <QRect>
#include <QWidget>

namespace formtest {

inline bool sitsUnder(const QLabel *message, const QWidget *input)
{
    if (!message || !input)
        return false;
    const QRect field(input->mapTo(input->window(), QPoint(0, 0)), input->size());
    const QRect below(message->mapTo(message->window(), QPoint(0, 0)), message->size());
    return message->isVisible() && below.top() >= field.bottom() &&
           below.top() - field.bottom() < field.height() && below.left() < field.right() &&
           below.right() > field.left();
}

} // namespace formtest
