// Placeholder: the GraphvizRendering tests replace this file.
