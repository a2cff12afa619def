#include "session/session.h"

namespace wegwijs {

void Session::Wipe() { *this = Session{}; }

}  // namespace wegwijs
