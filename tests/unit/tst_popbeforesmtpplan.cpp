#include "diagnose/PopBeforeSmtp.h"

#include <QTest>

// PopBeforeSmtp::plan: when MailFix checks for POP before SMTP, and which endpoints it tests again.
class TestPopBeforeSmtpPlan : public QObject
{
    Q_OBJECT

    // An SMTP probe: the relay refused without signing in (refused) or accepted; AUTH offered or not; signed
    // in or not.
    static ProbeResult smtp(const QString &host, quint16 port, bool refused, bool offersAuth, bool signedIn)
    {
        ProbeResult p;
        p.endpoint = {host, port, ProbeEndpoint::defaultSecurityFor(port)};
        p.outcome = ProbeResult::Outcome::Completed;
        p.relayWithoutAuth.outcome = refused ? RelayOutcome::RecipientRejected : RelayOutcome::Accepted;
        if (offersAuth)
            p.capabilities.authMechanisms = {QStringLiteral("PLAIN")};
        p.auth.outcome = signedIn     ? AuthOutcome::Succeeded
                         : offersAuth ? AuthOutcome::Rejected
                                      : AuthOutcome::NotOffered;
        return p;
    }

    static ProbeResult incoming(const QString &host, quint16 port, bool signedIn)
    {
        ProbeResult p;
        p.endpoint = {host, port, SecurityMode::ImplicitTls, port == 993 ? Protocol::Imap : Protocol::Pop3};
        p.outcome = ProbeResult::Outcome::Completed;
        p.incoming.signIn.outcome = signedIn ? SignInOutcome::Succeeded : SignInOutcome::Rejected;
        return p;
    }

    static QString label(const ProbeEndpoint &e) { return QStringLiteral("%1:%2").arg(e.host).arg(e.port); }

private slots:
    void plan_data()
    {
        QTest::addColumn<QList<ProbeResult>>("smtpProbes");
        QTest::addColumn<QList<ProbeResult>>("incomingProbes");
        QTest::addColumn<QString>("signInTo"); // empty: no check
        QTest::addColumn<QStringList>("retest");

        const QString s = QStringLiteral("smtp.isp.test");
        const QString m = QStringLiteral("mail.isp.test");
        const ProbeResult imapOk = incoming(m, 993, true);
        const ProbeResult popOk = incoming(m, 995, true);
        const ProbeResult imapNo = incoming(m, 993, false);

        QTest::newRow("no incoming sign-in") << QList<ProbeResult>{smtp(s, 587, true, false, false)}
                                             << QList<ProbeResult>{imapNo} << QString() << QStringList();
        QTest::newRow("no incoming probe") << QList<ProbeResult>{smtp(s, 587, true, false, false)}
                                           << QList<ProbeResult>{} << QString() << QStringList();
        QTest::newRow("relay accepted without signing in")
            << QList<ProbeResult>{smtp(s, 587, false, false, false)} << QList<ProbeResult>{imapOk}
            << QString() << QStringList();
        QTest::newRow("SMTP sign-in works") << QList<ProbeResult>{smtp(s, 587, true, true, true)}
                                            << QList<ProbeResult>{imapOk} << QString() << QStringList();
        QTest::newRow("one refused, first signed-in incoming")
            << QList<ProbeResult>{smtp(s, 587, true, false, false), smtp(s, 465, true, true, true)}
            << QList<ProbeResult>{imapNo, popOk, imapOk} << QStringLiteral("mail.isp.test:995")
            << QStringList{QStringLiteral("smtp.isp.test:587")};
        QTest::newRow("no sign-in offered first, then the recommended order, at most three")
            << QList<ProbeResult>{smtp(s, 25, true, false, false), smtp(m, 465, true, true, false),
                                  smtp(s, 587, true, false, false), smtp(s, 465, true, false, false),
                                  smtp(s, 26, true, false, false)}
            << QList<ProbeResult>{imapOk} << QStringLiteral("mail.isp.test:993")
            << QStringList{QStringLiteral("smtp.isp.test:465"), QStringLiteral("smtp.isp.test:587"),
                           QStringLiteral("smtp.isp.test:26")};
        QTest::newRow("SMTP sign-in refused: retested too")
            << QList<ProbeResult>{smtp(s, 587, true, true, false)} << QList<ProbeResult>{imapOk}
            << QStringLiteral("mail.isp.test:993") << QStringList{QStringLiteral("smtp.isp.test:587")};
    }

    void plan()
    {
        QFETCH(QList<ProbeResult>, smtpProbes);
        QFETCH(QList<ProbeResult>, incomingProbes);
        QFETCH(QString, signInTo);
        QFETCH(QStringList, retest);
        const std::optional<PopBeforeSmtp::Plan> plan = PopBeforeSmtp::plan(smtpProbes, incomingProbes);
        QCOMPARE(plan.has_value(), !signInTo.isEmpty());
        if (!plan)
            return;
        QCOMPARE(label(plan->incoming), signInTo);
        QStringList got;
        for (const ProbeEndpoint &e : plan->smtp)
            got << label(e);
        QCOMPARE(got, retest);
    }

    // The check's verdict: the sign-in worked and a retest of a refused endpoint was accepted.
    void relayOpened()
    {
        PopBeforeSmtp::Check check;
        const ProbeResult refused = smtp(QStringLiteral("smtp.isp.test"), 587, true, false, false);
        ProbeResult accepted = refused;
        accepted.relayWithoutAuth.outcome = RelayOutcome::Accepted;
        check.refusedBefore = {refused};
        check.retests = {refused, accepted};
        check.signIn = incoming(QStringLiteral("mail.isp.test"), 993, false);
        QVERIFY(!check.relayOpened()); // the sign-in did not work: proves nothing
        check.signIn = incoming(QStringLiteral("mail.isp.test"), 993, true);
        QVERIFY(check.relayOpened());
        QCOMPARE(check.opened(), &check.retests.at(1));
        check.retests = {refused};
        QVERIFY(!check.relayOpened()); // still refused
        ProbeResult other = accepted;
        other.endpoint.port = 2525;
        check.retests = {other};
        QVERIFY(!check.relayOpened()); // accepted, but it was never refused
    }
};

QTEST_GUILESS_MAIN(TestPopBeforeSmtpPlan)
#include "tst_popbeforesmtpplan.moc"
