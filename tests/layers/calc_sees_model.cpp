// Compiled with the calc layer's view of app/core: must FAIL, because the
// calculators may use only base (see app/CMakeLists.txt).
#include "calc/loan.h"
#include "model/flow.h"
