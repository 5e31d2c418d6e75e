// The customers workspace offscreen against a real fielddesk-server with the demo data, signed
// in as the dispatcher: the list is the server's, and a long email does not squeeze the
// address out of sight; a search typed in the box shows only the customers the server finds
// for it; a customer clicked in the list shows their details, addresses and job history as
// the server has them; a changed phone number is saved; the language their messages are
// written in is saved and shown again when they are loaded; an address is added and removed
// (after asking); a new customer is created and listed.
// Set FIELDDESK_SCREENSHOT_DIR to keep pictures.

#include "fielddesk/client/apiclient.h"
#include "fielddesk/customers/addressdialog.h"
#include "fielddesk/customers/customerclient.h"
#include "fielddesk/customers/customerdetails.h"
#include "fielddesk/customers/customersworkspace.h"
#include "fielddesk/customers/customertablemodel.h"
#include "fielddesk/forms/fielderrormarks.h"

#include "demoboardsignin.h"
#include "testhttpclient.h"
#include "testmain.h"

#include <QComboBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QUrlQuery>

namespace tst_customers_gui {

using namespace fielddesk;
using customers::CustomerDetails;
using customers::CustomersWorkspace;

namespace {

constexpr int kTimeout = 20000;

void click(QWidget *widget, QPoint at = {})
{
    QTest::mouseClick(widget, Qt::LeftButton, {}, at.isNull() ? widget->rect().center() : at);
}

} // namespace

class TestCustomersGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theListIsTheServers();
    void anAddressIsReadableBesideALongEmail();
    void aSearchShowsWhatTheServerFinds();
    void aCustomerInFull();
    void aChangedPhoneIsSaved();
    void theLanguageOfTheirMessagesIsSaved();
    void anAddressIsAddedAndRemoved();
    void aNewCustomer();

private:
    QJsonObject serverCustomer(qint64 id)
    {
        return m_http->get(QStringLiteral("/api/v1/customers/%1").arg(id)).json();
    }
    CustomerDetails *details() const { return m_workspace->details(); }

    DemoServer m_server;
    client::ApiClient m_api;
    std::unique_ptr<TestHttpClient> m_http;
    std::unique_ptr<CustomersWorkspace> m_workspace;
    qint64 m_customerId = 0;
};

void TestCustomersGui::initTestCase()
{
    QString error;
    const QTimeZone zone = startDemoAndSignInDispatcher(m_server, m_api, &error);
    QVERIFY2(zone.isValid(), qPrintable(error));
    m_http = std::make_unique<TestHttpClient>(m_server.baseUrl());
    QCOMPARE(m_http->login(QStringLiteral("dispatcher@demo.local"), kDemoPassword).status, 200);
    m_workspace = std::make_unique<CustomersWorkspace>(&m_api);
    m_workspace->resize(1400, 850);
    m_workspace->show();
    QVERIFY(QTest::qWaitForWindowActive(m_workspace.get()));
    QSignalSpy searched(m_workspace.get(), &CustomersWorkspace::searched);
    m_workspace->start(zone);
    QVERIFY(searched.wait(kTimeout));
}

void TestCustomersGui::theListIsTheServers()
{
    const qint64 total = m_http->get(QStringLiteral("/api/v1/customers?limit=1"))
                             .json()[QLatin1String("count")]
                             .toInteger();
    QVERIFY(total > 0);
    QCOMPARE(m_workspace->model()->rowCount(),
             int(std::min<qint64>(total, CustomersWorkspace::kPageSize)));
    QVERIFY(m_workspace->countLabel()->text().contains(QString::number(total)));
    QCOMPARE(m_workspace->moreButton()->isVisible(), total > CustomersWorkspace::kPageSize);
}

void TestCustomersGui::anAddressIsReadableBesideALongEmail()
{
    // The demo has company customers with long emails ("office@applewoodproperty...") that
    // once squeezed the address column to a few digits.
    const QTableView *table = m_workspace->table();
    const QHeaderView *header = table->horizontalHeader();
    const QFontMetrics metrics(table->font());
    int longestEmail = 0;
    for (int row = 0; row < m_workspace->model()->rowCount(); ++row)
        longestEmail = std::max(
            longestEmail,
            metrics.horizontalAdvance(m_workspace->model()
                                          ->index(row, customers::CustomerTableModel::EmailColumn)
                                          .data()
                                          .toString()));
    QVERIFY2(longestEmail > 35 * metrics.averageCharWidth(),
             "the demo should have an email of more than 35 characters");
    // What a row shows of its address: at least its street, the text before the first comma.
    for (int row = 0; row < 10; ++row) {
        const QString address = m_workspace->model()
                                    ->index(row, customers::CustomerTableModel::AddressColumn)
                                    .data()
                                    .toString();
        const QString street = address.section(QLatin1Char(','), 0, 0);
        QVERIFY2(!street.isEmpty(), qPrintable(address));
        QVERIFY2(header->sectionSize(customers::CustomerTableModel::AddressColumn) >
                     metrics.horizontalAdvance(street) + 2 * metrics.averageCharWidth(),
                 qPrintable(
                     QStringLiteral("\"%1\" in %2 px")
                         .arg(street)
                         .arg(header->sectionSize(customers::CustomerTableModel::AddressColumn))));
    }
    guitest::screenshot(m_workspace.get(), QStringLiteral("customers-list"));
}

void TestCustomersGui::aSearchShowsWhatTheServerFinds()
{
    // Some customer's last name.
    const QJsonObject some = m_http->get(QStringLiteral("/api/v1/customers?limit=1&offset=3"))
                                 .json()[QLatin1String("results")]
                                 .toArray()
                                 .first()
                                 .toObject();
    const QString text = some.value(QLatin1String("name")).toString().section(QLatin1Char(' '), -1);
    QVERIFY(!text.isEmpty());
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("search"), text);
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
    const qint64 expected =
        m_http->get(QStringLiteral("/api/v1/customers?") + query.toString(QUrl::FullyEncoded))
            .json()[QLatin1String("count")]
            .toInteger();
    QVERIFY(expected >= 1);

    QSignalSpy searched(m_workspace.get(), &CustomersWorkspace::searched);
    m_workspace->searchEdit()->setFocus();
    QTest::keyClicks(m_workspace->searchEdit(), text);
    QVERIFY(searched.wait(kTimeout));
    QCOMPARE(searched.size(), 1); // one search after the typing paused
    QCOMPARE(m_workspace->model()->rowCount(),
             int(std::min<qint64>(expected, CustomersWorkspace::kPageSize)));
    bool foundSome = false;
    for (int row = 0; row < m_workspace->model()->rowCount(); ++row)
        foundSome |=
            m_workspace->model()->customerAt(row).id == some.value(QLatin1String("id")).toInteger();
    QVERIFY(foundSome);
    m_customerId = some.value(QLatin1String("id")).toInteger();
    guitest::screenshot(m_workspace.get(), QStringLiteral("customers-search"));
}

void TestCustomersGui::aCustomerInFull()
{
    QVERIFY(m_customerId != 0);
    const int row = m_workspace->model()->rowOf(m_customerId);
    QVERIFY(row >= 0);
    QTableView *table = m_workspace->table();
    const QModelIndex index = m_workspace->model()->index(row, 0);
    table->scrollTo(index);
    QSignalSpy loaded(details(), &CustomerDetails::loaded);
    QSignalSpy jobs(details(), &CustomerDetails::jobsLoaded);
    click(table->viewport(), table->visualRect(index).center());
    QVERIFY(loaded.wait(kTimeout));
    const QJsonObject customer = serverCustomer(m_customerId);
    QCOMPARE(details()->nameEdit()->text(), customer.value(QLatin1String("name")).toString());
    QCOMPARE(details()->phoneEdit()->text(), customer.value(QLatin1String("phone")).toString());
    const QJsonArray addresses = customer.value(QLatin1String("addresses")).toArray();
    QCOMPARE(details()->addressTable()->rowCount(), int(addresses.size()));
    QCOMPARE(details()->addressTable()->item(0, CustomerDetails::AddressTextColumn)->text(),
             addresses.first()[QLatin1String("address")].toString());
    QVERIFY(jobs.size() == 1 || jobs.wait(kTimeout));
    const qint64 jobCount =
        m_http->get(QStringLiteral("/api/v1/jobs?customer_id=%1&limit=1").arg(m_customerId))
            .json()[QLatin1String("count")]
            .toInteger();
    QCOMPARE(details()->jobTable()->rowCount(),
             int(std::min<qint64>(jobCount, customers::CustomerClient::kHistoryLimit)));
    guitest::screenshot(m_workspace.get(), QStringLiteral("customers-details"));
}

void TestCustomersGui::aChangedPhoneIsSaved()
{
    QLineEdit *phone = details()->phoneEdit();
    phone->setFocus();
    phone->selectAll();
    QTest::keyClicks(phone, QStringLiteral("+1 720 555 0142"));
    QSignalSpy saved(details(), &CustomerDetails::customerSaved);
    click(details()->saveButton());
    QVERIFY(saved.wait(kTimeout));
    QCOMPARE(serverCustomer(m_customerId)[QLatin1String("phone")].toString(),
             QStringLiteral("+1 720 555 0142"));
    const int row = m_workspace->model()->rowOf(m_customerId);
    QCOMPARE(m_workspace->model()
                 ->index(row, customers::CustomerTableModel::PhoneColumn)
                 .data()
                 .toString(),
             QStringLiteral("+1 720 555 0142"));
}

void TestCustomersGui::theLanguageOfTheirMessagesIsSaved()
{
    // The demo's customers chose no language: the company's default shows.
    QVERIFY(serverCustomer(m_customerId)[QLatin1String("language")].isNull());
    QComboBox *language = details()->languageBox();
    QCOMPARE(language->currentIndex(), 0);
    QVERIFY(language->currentData().toString().isEmpty());
    QCOMPARE(language->accessibleName(), QStringLiteral("Messages in"));

    // Deutsch, chosen from the keyboard as a user would (the choices in their order).
    language->setFocus();
    const int deutsch = language->findData(QStringLiteral("de"));
    QVERIFY(deutsch > 0);
    QCOMPARE(language->itemText(deutsch), QStringLiteral("Deutsch"));
    for (int step = 0; step < deutsch; ++step)
        QTest::keyClick(language, Qt::Key_Down);
    QCOMPARE(language->currentIndex(), deutsch);
    QSignalSpy saved(details(), &CustomerDetails::customerSaved);
    click(details()->saveButton());
    QVERIFY(saved.wait(kTimeout));
    QCOMPARE(serverCustomer(m_customerId)[QLatin1String("language")].toString(),
             QStringLiteral("de"));
    guitest::screenshot(m_workspace.get(), QStringLiteral("customers-language"));

    // Loaded again (the form first showing something else): Deutsch, as the server has it.
    language->setCurrentIndex(0);
    QSignalSpy loaded(details(), &CustomerDetails::loaded);
    details()->showCustomer(m_customerId);
    QVERIFY(loaded.wait(kTimeout));
    QCOMPARE(language->currentData().toString(), QStringLiteral("de"));
    QCOMPARE(language->currentText(), QStringLiteral("Deutsch"));

    // The company's default again: sent as null.
    language->setCurrentIndex(0);
    click(details()->saveButton());
    QVERIFY(saved.wait(kTimeout));
    QVERIFY(serverCustomer(m_customerId)[QLatin1String("language")].isNull());
    QCOMPARE(language->currentIndex(), 0); // shown from the answer: the same four choices
    QCOMPARE(language->count(), 4);
}

void TestCustomersGui::anAddressIsAddedAndRemoved()
{
    const int before = details()->addressTable()->rowCount();
    click(details()->addAddressButton());
    auto *dialog = details()->findChild<customers::AddressDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QTest::keyClicks(dialog->labelEdit(), QStringLiteral("Cabin"));
    QTest::keyClicks(dialog->addressEdit(), QStringLiteral("77 Lake Road, Nederland"));
    QSignalSpy loaded(details(), &CustomerDetails::loaded);
    QTest::keyClick(dialog->addressEdit(), Qt::Key_Return);
    QVERIFY(loaded.wait(kTimeout));
    QCOMPARE(details()->addressTable()->rowCount(), before + 1);
    QJsonArray addresses = serverCustomer(m_customerId)[QLatin1String("addresses")].toArray();
    QCOMPARE(addresses.size(), before + 1);
    QCOMPARE(addresses.last()[QLatin1String("label")].toString(), QStringLiteral("Cabin"));

    // Removed, after asking.
    QTableWidget *table = details()->addressTable();
    const int row = table->rowCount() - 1;
    QCOMPARE(table->item(row, CustomerDetails::AddressLabelColumn)->text(),
             QStringLiteral("Cabin"));
    click(table->viewport(), table->visualItemRect(table->item(row, 1)).center());
    click(details()->removeAddressButton());
    auto *ask = details()->findChild<QMessageBox *>(QStringLiteral("removeAddressQuestion"));
    QVERIFY(ask);
    QTRY_VERIFY(ask->isVisible());
    QCOMPARE(serverCustomer(m_customerId)[QLatin1String("addresses")].toArray().size(),
             before + 1); // nothing yet
    auto *confirm = ask->findChild<QPushButton *>(QStringLiteral("confirmRemoveAddress"));
    QVERIFY(confirm);
    click(confirm);
    QVERIFY(loaded.wait(kTimeout));
    QCOMPARE(details()->addressTable()->rowCount(), before);
    QCOMPARE(serverCustomer(m_customerId)[QLatin1String("addresses")].toArray().size(), before);
}

void TestCustomersGui::aNewCustomer()
{
    m_workspace->activateWindow(); // the question before had it
    QVERIFY(QTest::qWaitForWindowActive(m_workspace.get()));
    click(m_workspace->newButton());
    QVERIFY(details()->nameEdit()->text().isEmpty());
    QVERIFY(details()->nameEdit()->hasFocus());
    QVERIFY(!details()->addressTable()->isVisible());
    // No name: said at the field, nothing sent.
    click(details()->saveButton());
    QLabel *nameMessage = details()->marks().message(QStringLiteral("name"));
    QVERIFY(nameMessage && nameMessage->isVisible());
    QTest::keyClicks(details()->nameEdit(), QStringLiteral("Katherine Johnson"));
    QTest::keyClicks(details()->emailEdit(), QStringLiteral("katherine@example.org"));
    QSignalSpy saved(details(), &CustomerDetails::customerSaved);
    click(details()->saveButton());
    QVERIFY(saved.wait(kTimeout));
    const qint64 id = saved.first().first().value<Customer>().id;
    QVERIFY(id != 0);
    QCOMPARE(serverCustomer(id)[QLatin1String("email")].toString(),
             QStringLiteral("katherine@example.org"));
    QVERIFY(m_workspace->model()->rowOf(id) >= 0);
    QVERIFY(details()->addressTable()->isVisible()); // a saved customer gets addresses
}

FIELDDESK_TEST_MAIN(TestCustomersGui)
} // namespace tst_customers_gui
#include "tst_customers_gui.moc"
