#include "fielddesk/approvals/inboxfilterbar.h"

#include "fielddesk/domain/requests.h"
#include "fielddesk/requests/requestfilterproxy.h"
#include "fielddesk/requests/requesttext.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

#include <algorithm>

namespace fielddesk::approvals {

namespace {

constexpr int kFilterBarMargin = 8;
constexpr int kSearchMinimumWidth = 180;
// The ages a manager asks about: anything, a day, three days, a week.
constexpr int kAgeChoicesDays[] = {0, 1, 3, 7};

} // namespace

InboxFilterBar::InboxFilterBar(requests::RequestFilterProxy *proxy, QWidget *parent)
    : QFrame(parent)
    , m_proxy(proxy)
    , m_kind(new QComboBox(this))
    , m_location(new QComboBox(this))
    , m_requester(new QComboBox(this))
    , m_age(new QComboBox(this))
    , m_search(new QLineEdit(this))
{
    setObjectName(QStringLiteral("inboxFilterBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(kFilterBarMargin, kFilterBarMargin, kFilterBarMargin,
                               kFilterBarMargin);

    m_kind->setObjectName(QStringLiteral("kindFilter"));
    m_kind->addItem(tr("All kinds"), QString());
    for (const QString &kind : allRequestKinds())
        m_kind->addItem(requests::RequestText::kindTitle(kind), kind);
    m_location->setObjectName(QStringLiteral("locationFilter"));
    m_requester->setObjectName(QStringLiteral("requesterFilter"));
    fill(m_location, tr("All locations"), {});
    fill(m_requester, tr("Everyone"), {});
    m_age->setObjectName(QStringLiteral("ageFilter"));
    for (const int days : kAgeChoicesDays)
        m_age->addItem(days == 0 ? tr("Any age") : tr("Waiting %n+ days", nullptr, days), days);
    m_search->setObjectName(QStringLiteral("inboxSearch"));
    m_search->setAccessibleName(tr("Search requests"));
    m_search->setPlaceholderText(tr("Search requests (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(kSearchMinimumWidth);

    layout->addWidget(m_kind);
    layout->addWidget(m_location);
    layout->addWidget(m_requester);
    layout->addWidget(m_age);
    layout->addWidget(m_search, 1);

    for (QComboBox *combo : {m_kind, m_location, m_requester, m_age})
        connect(combo, &QComboBox::currentIndexChanged, this, &InboxFilterBar::apply);
    connect(m_search, &QLineEdit::textChanged, this, &InboxFilterBar::apply);
}

void InboxFilterBar::fill(QComboBox *combo,
                          const QString &everything,
                          const QHash<qint64, QString> &names)
{
    const QVariant current = combo->currentData();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(everything, QVariant());
    QList<std::pair<QString, qint64>> sorted;
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        sorted.append({it.value(), it.key()});
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.first, b.first) < 0;
    });
    for (const auto &[name, id] : sorted)
        combo->addItem(name, id);
    const int keep = current.isValid() ? combo->findData(current) : 0;
    combo->setCurrentIndex(qMax(0, keep));
}

void InboxFilterBar::setLocations(const QHash<qint64, QString> &names)
{
    fill(m_location, tr("All locations"), names);
    m_location->setVisible(names.size() > 1);
    apply();
}

void InboxFilterBar::setRequesters(const QHash<qint64, QString> &names)
{
    fill(m_requester, tr("Everyone"), names);
    apply();
}

void InboxFilterBar::apply()
{
    const QString kind = m_kind->currentData().toString();
    m_proxy->setKinds(kind.isEmpty() ? QSet<QString>() : QSet<QString>{kind});
    const QVariant location = m_location->currentData();
    m_proxy->setLocationId(location.isValid() ? std::optional<qint64>(location.toLongLong())
                                              : std::nullopt);
    const QVariant requester = m_requester->currentData();
    m_proxy->setRequesterId(requester.isValid() ? std::optional<qint64>(requester.toLongLong())
                                                : std::nullopt);
    m_proxy->setMinimumAgeDays(m_age->currentData().toInt());
    m_proxy->setText(m_search->text());
}

} // namespace fielddesk::approvals
