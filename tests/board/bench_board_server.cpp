// The board against a real server with a big day: sign in, load, first full paint. Needs a
// running server with data (for example seeded by fielddesk-bench --days 1 --keep) and skips
// without one. Set FIELDDESK_BENCH_SERVER (http://127.0.0.1:8080), FIELDDESK_BENCH_EMAIL and
// FIELDDESK_BENCH_PASSWORD, then run build-*/tests/bench_board_server.

#include "fielddesk/board/boardsession.h"
#include "fielddesk/board/dispatchloader.h"
#include "fielddesk/board/dispatchstore.h"
#include "fielddesk/client/apiclient.h"
#include "fielddesk/client/authsession.h"
#include "fielddesk/dispatchboard/dispatchboard.h"

#include "benchfigures.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <cstdio>

using namespace fielddesk;

class BenchBoardServer : public QObject
{
    Q_OBJECT

private slots:
    void signInToFirstPaint()
    {
        const QString server = qEnvironmentVariable("FIELDDESK_BENCH_SERVER");
        if (server.isEmpty())
            QSKIP("set FIELDDESK_BENCH_SERVER, FIELDDESK_BENCH_EMAIL, FIELDDESK_BENCH_PASSWORD");
        client::ApiClient api;
        api.setBaseUrl(QUrl(server));
        client::AuthSession session(&api);
        QSignalSpy signedIn(&session, &client::AuthSession::signedIn);
        QElapsedTimer clock;
        clock.start();
        session.signIn(qEnvironmentVariable("FIELDDESK_BENCH_EMAIL"),
                       qEnvironmentVariable("FIELDDESK_BENCH_PASSWORD"));
        QVERIFY(signedIn.wait(30000));
        const qint64 signedInMs = clock.elapsed();

        dispatchboard::DispatchBoard board(&api);
        board.resize(1600, 1000);
        board.show();
        QVERIFY(QTest::qWaitForWindowExposed(&board));
        board::DispatchLoader *loader = board.session()->loader();
        qint64 firstPageMs = -1;
        connect(loader, &board::DispatchLoader::progress, this, [&] {
            if (firstPageMs < 0) {
                board.repaint(); // the first page on screen
                firstPageMs = clock.elapsed();
            }
        });
        QSignalSpy loaded(loader, &board::DispatchLoader::loaded);
        QSignalSpy failed(loader, &board::DispatchLoader::loadFailed);
        const qint64 startMs = clock.elapsed();
        board.start(QTimeZone(session.tenant().timeZone.toUtf8()), QStringLiteral("bench"));
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() || !failed.isEmpty(), 120000);
        QVERIFY2(failed.isEmpty(),
                 failed.isEmpty() ? "" : qPrintable(failed.at(0).at(0).toString()));
        const qint64 loadedMs = clock.elapsed();
        board.repaint();
        const qint64 paintedMs = clock.elapsed();

        const board::DispatchStore *store = board.session()->store();
        std::printf("day %s: %d technicians, %d jobs\n",
                    qPrintable(store->day().toString(Qt::ISODate)), store->technicianCount(),
                    store->jobCount());
        std::printf("signed in                       %6lld ms\n", signedInMs);
        std::printf("first page on screen            %6lld ms after sign-in\n",
                    firstPageMs - signedInMs);
        std::printf(
            "every job loaded                %6lld ms after sign-in (board built in %lld ms)\n",
            loadedMs - signedInMs, startMs - signedInMs);
        std::printf("first full paint                %6lld ms after sign-in  %s (budget 1500 ms)\n",
                    paintedMs - signedInMs, paintedMs - signedInMs <= 1500 ? "ok" : "OVER BUDGET");
        std::printf("peak memory                     %6ld MB (budget 400 MB)\n",
                    benchfigures::peakMemoryKb() / 1024);
        std::fflush(stdout);
    }
};

QTEST_MAIN(BenchBoardServer)
#include "bench_board_server.moc"
