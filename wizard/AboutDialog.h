#pragma once

#include "config/DeploymentConfig.h"

#include <QDialog>

// Help > About: what MailFix is, its version, and the licences of what it is built from (Qt,
// OpenSSL, the Thunderbird ISPDB data). An MSP's branding adds its product name, logo and support line.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr, const DeploymentConfig::Branding &branding = {});

    // The licence text shown, also for tests.
    [[nodiscard]] static QString licenceText();
};
