#pragma once

// The probe engine's value types, for the code that included them from here before they moved: the
// protocol-neutral ones are in core/, SMTP's own in smtp/SmtpResults.h. New code includes those.
#include "core/Connection.h"
#include "core/Credentials.h"
#include "core/Endpoint.h"
#include "core/ProbeOptions.h"
#include "core/ProbeResult.h"
#include "core/ProbeStage.h"
#include "core/Protocol.h"
#include "core/SecurityMode.h"
#include "core/Transcript.h"
#include "smtp/SmtpCapabilities.h"
#include "smtp/SmtpReply.h"
#include "smtp/SmtpResults.h"
