#pragma once

// ProbeSession runs probes of every protocol and lives in core/ now; this keeps older includes working.
#include "core/ProbeSession.h"
