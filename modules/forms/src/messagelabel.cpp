#include "fielddesk/forms/messagelabel.h"

#include "fielddesk/theme/palette.h"

namespace fielddesk::forms {

namespace {

constexpr int kMessagePadding = 6;
constexpr int kMessageRadius = 4;

} // namespace

MessageLabel::MessageLabel(Tone tone, const QString &objectName, QWidget *parent)
    : QLabel(parent)
{
    using theme::Colour;
    const bool error = tone == Tone::Error;
    setObjectName(objectName);
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setStyleSheet(QStringLiteral("QLabel { background: %1; border: 1px solid %2; color: %3;"
                                 " padding: %4px; border-radius: %5px; }")
                      .arg(theme::css(error ? Colour::ErrorBackground : Colour::NoticeBackground),
                           theme::css(error ? Colour::ErrorBorder : Colour::NoticeBorder),
                           theme::css(error ? Colour::ErrorText : Colour::NoticeText))
                      .arg(kMessagePadding)
                      .arg(kMessageRadius));
    hide();
}

void MessageLabel::showMessage(const QString &text)
{
    setText(text);
    setVisible(!text.isEmpty());
}

} // namespace fielddesk::forms
