#pragma once

#include "detect/DetectionTypes.h"

#include <QCoreApplication>
#include <QJsonObject>

// Turns a detection result into JSON (schema in the README) and into readable text for the console.
class DetectionReport
{
    Q_DECLARE_TR_FUNCTIONS(DetectionReport)

public:
    [[nodiscard]] static QJsonObject toJson(const DetectionResult &result);
    [[nodiscard]] static QJsonObject candidateToJson(const Candidate &candidate);
    [[nodiscard]] static QString toText(const DetectionResult &result);

private:
    // The numbered lines of a candidate list; the protocol before each endpoint for incoming servers.
    [[nodiscard]] static QString candidatesText(const QList<Candidate> &candidates, bool withProtocol);
};
