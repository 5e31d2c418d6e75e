// Help > User Guide: docs/user-guide.md with its screenshots, as compiled into the console, in a
// window of its own beside the work (not modal), with back and forward like a browser. Links
// to other places open in the system's browser.
#pragma once

#include <QUrl>
#include <QWidget>

class QTextBrowser;

namespace fielddesk::shell {

class UserGuideWindow : public QWidget
{
    Q_OBJECT

public:
    // Where the guide is compiled in.
    static QUrl guideUrl();

    explicit UserGuideWindow(QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitPictures();

    QTextBrowser *m_browser = nullptr;
};

} // namespace fielddesk::shell
