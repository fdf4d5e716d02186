#include "wiremodel.h"
