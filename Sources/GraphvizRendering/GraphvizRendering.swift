// Placeholder: replaced by the Graphviz wrapper.
