// The installed Graphviz headers, found through pkg-config (libgvc). Nothing is vendored.
#pragma once
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
