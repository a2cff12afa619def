// Compiled with the calc layer's view of app/core: must build (the control
// for calc_sees_model.cpp).
#include "base/date.h"
#include "calc/loan.h"
